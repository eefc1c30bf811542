"""Markers for tests about one database backend only (the `database_url` fixture runs both)."""

import pytest

sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
postgres_only = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
