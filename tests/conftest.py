import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kamdesk.actor import Actor
from kamdesk.store import db

SCRIPT = Actor.command_line()
"""Who acts in a test where who acts does not matter: the command line, with a manager's rights."""


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """Backups and other files of the user data and cache folders go to the test's own folder."""
    from kamdesk import paths

    folder = tmp_path / "user-data"
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    monkeypatch.setattr(paths, "user_cache_dir", lambda: tmp_path / "user-cache")
    return folder


@pytest.fixture
def db_path(tmp_path):
    """A path for a database file that does not exist yet."""
    return tmp_path / "office.sqlite3"


PG_URL = os.environ.get("KAMDESK_TEST_PG")  # set by scripts/start_test_postgres.sh


def empty_postgres(url: str) -> str:
    """Drop everything in the test server's database, so each test starts as on a new server."""
    import psycopg2

    conn = psycopg2.connect(url.replace("postgresql://", "postgres://", 1))
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    finally:
        conn.close()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, db_path):
    """Where the test's database lives: a new SQLite file, then the same test on PostgreSQL."""
    if request.param == "sqlite":
        return str(db_path)
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must run the database tests on PostgreSQL: KAMDESK_TEST_PG is not set")
        pytest.skip("no PostgreSQL server: source scripts/start_test_postgres.sh (see README)")
    return empty_postgres(PG_URL)


@pytest.fixture
def opened(database_url):
    """A fresh, empty KAMDesk database opened for the test (on each backend); closed afterwards."""
    info = db.open_database(database_url)
    yield info
    db.close_database()


# Every test runs on a clock it sets: this moment unless it asks for another through clock_at. A test
# that read the real clock would pass or fail by the day it runs (.ci/run also runs the suite under a
# faked system clock at a year's end and on a 29th of February to catch any that still does).
DEFAULT_MOMENT = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture(autouse=True)
def fixed_clock():
    """The domain's clock stands at DEFAULT_MOMENT from the first fixture on; released afterwards."""
    from kamdesk import clock

    clock.set_fixed(DEFAULT_MOMENT)
    yield DEFAULT_MOMENT
    clock.set_fixed(None)


@pytest.fixture
def clock_at(fixed_clock):
    """Set the domain's clock: clock_at(datetime(2026, 11, 23, 9, 0)); a date means 09:00 that day."""
    from kamdesk import clock

    def set_clock(moment):
        if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, dt.time(9, 0))
        clock.set_fixed(moment)

    return set_clock
