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


@pytest.fixture
def clock_at():
    """Set the domain's clock: clock_at(datetime(2026, 11, 23, 9, 0)). Released after the test."""
    import datetime as dt

    from kamdesk import clock

    def set_clock(moment):
        if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, dt.time(9, 0))
        clock.set_fixed(moment)

    yield set_clock
    clock.set_fixed(None)
