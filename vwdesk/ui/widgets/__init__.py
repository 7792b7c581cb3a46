"""Widgets that more than one tab embeds (checklists on the client page and the debt tab)."""
