"""The Huisbezoeken tab: the overdue households, planned visits and the home-visit pool."""
