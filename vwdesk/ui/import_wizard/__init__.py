"""The import wizard of Beheer > Importeren: a template file, checked, confirmed, imported.

wizard.py drives it, import_steps.py lays out its screens, import_models.py
holds its two tables and import_texts.py its words (table names, and each
problem's reason in the interface language).
"""
