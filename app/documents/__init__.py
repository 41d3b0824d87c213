"""Document renderers: DOCX through docxtpl templates, PDF through reportlab."""
