"""The Qt user interface: the only package (with vwdesk/app.py) that imports PySide6.

Widgets lay out and hold no data access: they call services on the Workspace
through the one background Worker (worker.py), which hands back dataclasses on
the UI thread. Message boxes go through the DialogService (dialogs.py), every
visible string through Qt's translation, every typed error through
errors.message_for(). The tab contract is documented in vwdesk/ui/tabs.
"""
