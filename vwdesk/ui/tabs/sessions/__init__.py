"""The Spreekuren tab: schedules, the week's sessions, and logging contacts at the hour.

`ContactDialog` (contact_dialog.py) is the way other tabs log a contact outside
a session, for example from a client's page.
"""
