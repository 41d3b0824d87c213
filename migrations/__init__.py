"""Alembic migrations. Configured in code by app.migrate; no alembic.ini needed at run time."""
