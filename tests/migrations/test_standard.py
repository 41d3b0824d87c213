"""pytest-alembic's standard checks: one head, upgrade, model/DDL match, up/down consistency."""

from pytest_alembic.tests import (  # noqa: F401 - imported to be collected
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
