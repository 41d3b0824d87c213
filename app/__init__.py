"""TreatyDesk: case management for litigation before the UN treaty bodies."""

__version__ = "0.1.0"
