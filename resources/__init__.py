"""Packaged resources: demo dataset, icons, styles."""
