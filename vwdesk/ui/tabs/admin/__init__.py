"""The Beheer tab: pages for the team, sign-in accounts and (later) the team's other lists.

A page is a QWidget with `refresh()` and `clear()`, listed in `admin_pages()`
with the permission it needs; add a page there (one line), like a tab in
vwdesk/ui/tabs/__init__.py.
"""
