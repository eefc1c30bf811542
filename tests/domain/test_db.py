import datetime as dt
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from kamdesk import errors
from kamdesk.rules.vocab import DEFAULT_CADENCE_DAYS
from kamdesk.services.accounts import AccountDraft, save_account
from kamdesk.store import db, integrity_checks, migrations
from kamdesk.store.models import Account, Cadence, database
from tests.conftest import SCRIPT


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path, accounts=0):
    db.open_database(str(path))
    for i in range(accounts):
        save_account(AccountDraft(code=f"A{i:04d}", name=f"客户{i}" * 5, notes="备注" * 200), actor=SCRIPT)
    db.close_database()


def test_new_database_is_created_with_safe_pragmas(db_path):
    info = db.open_database(str(db_path))
    try:
        assert info.created and info.schema_version == migrations.SCHEMA_VERSION
        pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == db.BUSY_TIMEOUT_MS
    finally:
        db.close_database()
    assert db_path.exists()


def test_sqlite_url_and_plain_path_open_the_same_file(db_path):
    make_database(db_path, accounts=1)
    info = db.open_database(f"sqlite:///{db_path}")
    try:
        assert info.path == db_path and Account.select().count() == 1
    finally:
        db.close_database()


def test_reopening_keeps_data_and_does_not_recreate(db_path):
    make_database(db_path, accounts=3)
    info = db.open_database(str(db_path))
    try:
        assert not info.created and Account.select().count() == 3
    finally:
        db.close_database()


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("客户名单\nKA001,华联超市\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(errors.NotADatabaseError) as caught:
        db.open_database(str(path))
    assert str(path) in str(caught.value)
    assert digest(path) == before


def test_other_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(errors.ForeignDatabaseError):
        db.open_database(str(path))
    assert digest(path) == before


def test_corrupt_database_is_refused_untouched(db_path):
    make_database(db_path, accounts=300)
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = os.urandom(2 * page)  # scribble over two b-tree pages
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(errors.CorruptDatabaseError) as caught:
        db.open_database(str(db_path))
    assert "backup" in str(caught.value)
    assert digest(db_path) == before


def test_torn_database_is_refused_untouched(db_path):
    make_database(db_path, accounts=300)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])  # the second half never reached the disk
    before = digest(db_path)
    with pytest.raises(errors.CorruptDatabaseError):
        db.open_database(str(db_path))
    assert digest(db_path) == before


def test_newer_schema_is_refused_naming_both_versions(db_path):
    make_database(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE kamdesk_meta SET value='99' WHERE key='schema_version'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(errors.NewerSchemaError) as caught:
        db.open_database(str(db_path))
    message = str(caught.value)
    assert "99" in message and str(migrations.SCHEMA_VERSION) in message
    assert digest(db_path) == before


def test_database_locked_by_another_program_is_refused(db_path):
    make_database(db_path, accounts=1)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE account SET name='held'")
    try:
        with pytest.raises(errors.DatabaseLockedError):
            db.open_database(str(db_path), busy_timeout_ms=200)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_folder_that_cannot_be_created_is_reported(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(errors.FolderNotWritableError) as caught:
        db.open_database(str(blocker / "sub" / "office.sqlite3"))
    assert "sub" in str(caught.value)


def test_read_only_folder_is_reported_and_file_untouched(db_path, monkeypatch):
    make_database(db_path, accounts=1)
    before = digest(db_path)
    real_access = os.access
    folder = db_path.parent
    monkeypatch.setattr(
        os, "access", lambda p, mode: not (Path(p) == folder and mode & os.W_OK) and real_access(p, mode)
    )
    with pytest.raises(errors.FolderNotWritableError):
        db.open_database(str(db_path))
    assert digest(db_path) == before


def test_network_share_is_detected_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        "//fileserver/sales /mnt/sales cifs rw 0 0\n"
        "server:/export /home/shared nfs4 rw 0 0\n"
    )
    assert db.is_network_path(db.Path("/mnt/sales/kamdesk.sqlite3"), str(mounts))
    assert db.is_network_path(db.Path("/home/shared/office/k.sqlite3"), str(mounts))
    assert not db.is_network_path(db.Path("/home/alice/k.sqlite3"), str(mounts))
    assert not db.is_network_path(db.Path("/mnt/salesroom/k.sqlite3"), str(mounts))


def test_database_on_a_network_share_opens_with_a_warning(db_path, monkeypatch):
    monkeypatch.setattr(db, "is_network_path", lambda path: True)
    info = db.open_database(str(db_path))
    db.close_database()
    assert info.warnings == ["db.network_share"]


def test_unknown_url_scheme_is_refused():
    with pytest.raises(errors.UnsupportedDatabaseError):
        db.open_database("mysql://office/kamdesk")


FUTURE = migrations.SCHEMA_VERSION + 1


def test_migration_backs_up_then_upgrades(db_path, monkeypatch):
    make_database(db_path, accounts=2)

    def add_credit_limit(database):
        database.execute_sql("ALTER TABLE account ADD COLUMN credit_limit INTEGER DEFAULT 0")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", FUTURE)
    monkeypatch.setitem(migrations.STEPS, FUTURE, add_credit_limit)
    info = db.open_database(str(db_path))
    try:
        assert info.schema_version == FUTURE
        columns = [c.name for c in database.get_columns("account")]
        assert "credit_limit" in columns and Account.select().count() == 2
    finally:
        db.close_database()
    assert info.backup is not None and info.backup.exists()
    old = sqlite3.connect(info.backup)
    version = old.execute("SELECT value FROM kamdesk_meta WHERE key='schema_version'").fetchone()
    assert version == (str(FUTURE - 1),)
    assert old.execute("SELECT COUNT(*) FROM account").fetchone() == (2,)
    old.close()


def test_failed_migration_step_leaves_the_last_good_version(db_path, monkeypatch):
    make_database(db_path, accounts=2)

    def broken(database):
        database.execute_sql("ALTER TABLE account ADD COLUMN half_done INTEGER")
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", FUTURE)
    monkeypatch.setitem(migrations.STEPS, FUTURE, broken)
    with pytest.raises(errors.MigrationError) as caught:
        db.open_database(str(db_path))
    assert "disk full" in str(caught.value)
    conn = sqlite3.connect(db_path)
    version = conn.execute("SELECT value FROM kamdesk_meta WHERE key='schema_version'").fetchone()
    assert version == (str(FUTURE - 1),)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(account)")]
    assert "half_done" not in columns
    assert conn.execute("SELECT COUNT(*) FROM account").fetchone() == (2,)
    conn.close()


def schema_of(path):
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    shape = {t: sorted((r[1], r[2], r[3]) for r in conn.execute(f'PRAGMA table_info("{t}")')) for t in tables}
    indexes = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'"))
    conn.close()
    return shape, indexes


def test_a_real_version_1_database_upgrades_to_the_same_schema_as_a_new_one(tmp_path):
    old = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(old)
    conn.executescript((Path(__file__).parents[1] / "data" / "kamdesk_v1.sql").read_text(encoding="utf-8"))
    conn.close()
    info = db.open_database(str(old))
    try:
        assert info.schema_version == migrations.SCHEMA_VERSION and info.backup is not None
        assert Account.select().count() == 12
        assert {c.tier: c.days for c in Cadence.select()} == DEFAULT_CADENCE_DAYS
    finally:
        db.close_database()
    fresh = tmp_path / "new.sqlite3"
    db.open_database(str(fresh))
    db.close_database()
    assert schema_of(old) == schema_of(fresh)


def test_every_version_has_a_step():
    assert set(migrations.STEPS) == set(range(2, migrations.SCHEMA_VERSION + 1))


def scribble(path):
    data = bytearray(path.read_bytes())
    data[3 * 4096 : 5 * 4096] = os.urandom(2 * 4096)
    path.write_bytes(bytes(data))


def test_the_app_reads_the_whole_file_through_at_the_first_start_of_the_day(db_path, clock_at):
    make_database(db_path, accounts=300)
    clock_at(dt.datetime(2026, 11, 23, 8, 30))
    assert integrity_checks.due(db_path)
    db.open_database(str(db_path), full_check="daily")
    db.close_database()
    assert not integrity_checks.due(db_path)  # checked and sound: later starts today skip it
    clock_at(dt.datetime(2026, 11, 23, 17, 0))
    assert not integrity_checks.due(db_path)

    clock_at(dt.datetime(2026, 11, 24, 8, 30))  # the next working day
    assert integrity_checks.due(db_path)
    scribble(db_path)
    with pytest.raises(errors.CorruptDatabaseError):
        db.open_database(str(db_path), full_check="daily")
    assert integrity_checks.due(db_path)  # a damaged file is never noted as checked


def test_a_damaged_header_is_refused_even_on_a_start_that_skips_the_read_through(db_path, clock_at):
    make_database(db_path, accounts=20)
    clock_at(dt.datetime(2026, 11, 23, 8, 30))
    db.open_database(str(db_path), full_check="daily")
    db.close_database()
    data = bytearray(db_path.read_bytes())
    data[0:16] = b"not a database!!"
    db_path.write_bytes(bytes(data))
    with pytest.raises(errors.NotADatabaseError):
        db.open_database(str(db_path), full_check="daily")


def test_a_seat_on_an_sqlite_file_never_loads_the_postgresql_driver(db_path):
    """peewee would import psycopg2 (and ssl) at every start; only a server connection needs it."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from kamdesk.store import db\n"
        "from kamdesk.services import accounts\n"
        f"db.open_database({str(db_path)!r})\n"
        "accounts.search_accounts()\n"
        "print('psycopg2' in sys.modules, 'ssl' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert shown.stdout.split() == ["False", "False"]


def test_with_psycopg_3_importable_a_server_is_still_spoken_to_through_psycopg2(tmp_path):
    """kamdesk/__init__.py hides psycopg2 from peewee as it loads; were psycopg 3 installed, peewee
    would then pick its psycopg 3 adapter, under which insert_rows and the fault rules break."""
    import os
    import subprocess
    import sys

    from tests.conftest import PG_URL, empty_postgres

    stub = tmp_path / "site" / "psycopg"  # what peewee imports from psycopg 3, and no more
    (stub / "types").mkdir(parents=True)
    (stub / "__init__.py").write_text("")
    (stub / "pq.py").write_text("class TransactionStatus:\n    IDLE = INERROR = UNKNOWN = 0\n")
    (stub / "types" / "__init__.py").write_text("")
    (stub / "types" / "json.py").write_text("class Json:\n    pass\n\nclass Jsonb:\n    pass\n")
    script = (
        "import sys\n"
        "from kamdesk.store import db  # first, as every start does\n"
        "import peewee\n"
        "assert peewee.psycopg is not None and peewee.psycopg2 is None  # the trap is set\n"
        "print(type(db.OfficePostgresDatabase('office')._adapter).__name__)\n"
        "url = sys.argv[1]\n"
        "if url:\n"
        "    db.open_database(url)\n"
        "    db.insert_rows('kamdesk_meta', ['key', 'value'], [('psycopg_check', 'ok')])\n"
        "    sql = 'SELECT value FROM kamdesk_meta WHERE key = %s'\n"
        "    print(db.database.execute_sql(sql, ('psycopg_check',)).fetchone()[0])\n"
    )
    url = empty_postgres(PG_URL) if PG_URL else ""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "site"), os.getcwd()])}
    shown = subprocess.run([sys.executable, "-c", script, url], capture_output=True, text=True, env=env)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["Psycopg2OnConnect"] + (["ok"] if url else [])
