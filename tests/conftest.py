import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kamdesk import db


@pytest.fixture
def db_path(tmp_path):
    """A path for a database file that does not exist yet."""
    return tmp_path / "office.sqlite3"


@pytest.fixture
def opened(db_path):
    """A fresh, empty KAMDesk database opened for the test; closed afterwards."""
    info = db.open_database(str(db_path))
    yield info
    db.close_database()
