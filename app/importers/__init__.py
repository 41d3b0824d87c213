"""Importers: concluding observations, decisions, spreadsheets, bundles."""
