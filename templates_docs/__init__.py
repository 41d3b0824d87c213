"""DOCX templates, one per kind and language."""
