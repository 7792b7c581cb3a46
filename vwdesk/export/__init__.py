"""Figures to report model (pure data) to PDF; lists and templates to xlsx/csv."""
