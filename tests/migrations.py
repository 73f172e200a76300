"""Helpers for the tests of data migrations, on data made by the old code."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.fixture
def fully_migrated_afterwards():
    """For migration tests: whatever happens in the test, the next test finds every migration
    applied."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(targets):
    """Migrate the test database to `targets`; the apps (historical models) as they were."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps
