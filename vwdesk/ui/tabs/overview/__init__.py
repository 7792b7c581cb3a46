"""The Overzicht: what needs attention today, for the signed-in person."""
