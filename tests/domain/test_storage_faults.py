"""A lock held too long, a full disk, a lost or stalled server, a damaged or read-only file, a journal
that does not belong: each is said in words, and nothing is half written."""

import os
import sqlite3
from pathlib import Path

import pytest

from kamdesk import cli, errors
from kamdesk.exchange import order_import
from kamdesk.services.accounts import AccountDraft, save_account
from kamdesk.store import backups, bulk, db, sqlite_files
from kamdesk.store.models import Account, OrderLine, database
from tests.backends import postgres_only
from tests.conftest import SCRIPT

HEADER = "account_code,date,sku,product_line,quantity,amount\n"


def orders_file(tmp_path: Path, lines: int) -> Path:
    path = tmp_path / "orders.csv"
    body = "".join(
        f"KA1,2026-10-{1 + i % 28:02d},SKU{i},饮料,{1 + i % 5},{100 + i}.5\n" for i in range(lines)
    )
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def an_office(path: Path) -> None:
    db.open_database(str(path))
    save_account(AccountDraft(code="KA1", name="上海华联"), actor=SCRIPT)
    db.close_database()


def test_an_import_into_a_locked_database_is_refused_in_words(db_path, tmp_path, capsys):
    an_office(db_path)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock throughout
    try:
        code = cli.run(
            cli.parse_args(["import", "orders", str(orders_file(tmp_path, 3)), "--db", str(db_path)])
        )
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert f"{db_path} is busy: another seat or program kept it locked for 5 seconds" in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM order_line").fetchone() == (0,)


def test_a_full_disk_during_an_import_names_the_full_disk_and_writes_nothing(db_path, tmp_path):
    an_office(db_path)
    db.open_database(str(db_path))
    try:
        pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
        database.execute_sql(f"PRAGMA max_page_count = {pages + 3}")  # SQLite's own way to fill the disk
        with pytest.raises(errors.DiskFullError) as caught:
            order_import.import_orders(orders_file(tmp_path, 5000), actor=SCRIPT)
        assert str(db_path) in str(caught.value) and "cannot rollback" not in str(caught.value)
        assert OrderLine.select().count() == 0
        database.execute_sql("PRAGMA max_page_count = 1073741823")
        assert (
            order_import.import_orders(orders_file(tmp_path, 50), actor=SCRIPT).new == 50
        )  # the next try works
    finally:
        db.close_database()


def test_a_backup_onto_a_full_disk_is_refused_in_words_and_leaves_no_partial_file(
    db_path, tmp_path, monkeypatch, capsys
):
    an_office(db_path)
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        conn = real_connect(target, *args, **kwargs)
        if str(target).endswith(backups.PARTIAL):
            conn.execute("PRAGMA max_page_count = 3")  # the copy's disk fills after three pages
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    out = tmp_path / "usb" / "office-copy.sqlite3"
    out.parent.mkdir()
    code = cli.run(cli.parse_args(["backup", "--db", str(db_path), "-o", str(out)]))
    err = capsys.readouterr().err
    assert code == 1 and f"The disk holding {out} is full" in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []


def test_a_backup_of_a_damaged_file_says_it_is_damaged(db_path, tmp_path, capsys):
    db.open_database(str(db_path))
    for i in range(300):
        save_account(AccountDraft(code=f"KA{i:04d}", name="客户" * 20, notes="备注" * 300), actor=SCRIPT)
    db.close_database()
    data = bytearray(db_path.read_bytes())
    data[5 * 4096 : 40 * 4096] = b"\xff" * (35 * 4096)  # the disk scribbled over the tables' pages
    db_path.write_bytes(bytes(data))
    out = tmp_path / "copy.sqlite3"
    code = cli.run(cli.parse_args(["backup", "--db", str(db_path), "-o", str(out)]))
    err = capsys.readouterr().err
    assert code == 1 and f"{db_path} is damaged" in err and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob("*.partial*"))


def _folder_read_only(monkeypatch, folder: Path) -> None:
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


def test_a_read_only_file_is_reported_as_a_read_only_file_not_folder(db_path, monkeypatch):
    an_office(db_path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == db_path and mode & os.W_OK else real_access(p, mode)
    )
    with pytest.raises(errors.FileReadOnlyError) as caught:
        db.open_database(str(db_path))
    assert str(db_path) in str(caught.value) and "read-only file" in str(caught.value)


def test_check_export_and_backup_read_an_office_in_a_folder_they_cannot_write(
    db_path, tmp_path, monkeypatch, capsys
):
    an_office(db_path)
    _folder_read_only(monkeypatch, db_path.parent)
    assert sqlite_files.readonly_uri(db_path).endswith("&immutable=1")  # no -shm can be made there
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()
    assert cli.run(cli.parse_args(["check", "--db", str(db_path)])) == 0
    assert (
        cli.run(cli.parse_args(["export", "accounts", "--db", str(db_path), "-o", str(out / "a.csv")])) == 0
    )
    assert cli.run(cli.parse_args(["backup", "--db", str(db_path), "-o", str(out / "b.sqlite3")])) == 0
    assert "KA1" in (out / "a.csv").read_text(encoding="utf-8-sig")
    assert backups.check(out / "b.sqlite3") == []
    with pytest.raises(errors.FolderNotWritableError):  # while saving there is refused up front
        db.open_database(str(db_path))


def lay_a_stray_journal_beside(db_path: Path, tmp_path: Path) -> bytes:
    """Put the -wal journal of another office file beside `db_path` (say, copied with a folder)."""
    other = tmp_path / "other.sqlite3"
    db.open_database(str(other))
    for i in range(200):
        save_account(AccountDraft(code=f"X{i}", name="别的办公室" * 10, notes="备注" * 300), actor=SCRIPT)
    writer = sqlite3.connect(other)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE scratch (x)")  # the other file's own schema page goes into its journal
    writer.executemany("INSERT INTO scratch VALUES (?)", [(i,) for i in range(5000)])
    writer.execute("UPDATE account SET notes = ?", ("x" * 3000,))
    writer.commit()
    stray = Path(f"{other}-wal").read_bytes()
    writer.close()
    db.close_database()
    Path(f"{db_path}-wal").write_bytes(stray)
    return stray


def test_a_journal_of_another_copy_is_offered_to_be_set_aside_and_the_file_opens_intact(
    db_path, tmp_path, capsys
):
    an_office(db_path)
    stray = lay_a_stray_journal_beside(db_path, tmp_path)

    with pytest.raises(errors.StrayJournalError) as caught:
        db.open_database(str(db_path))
    assert caught.value.params["journal"] == Path(f"{db_path}-wal")
    assert cli.run(cli.parse_args(["check", "--db", str(db_path)])) == 1
    assert "itself is sound, but the journal file beside it" in capsys.readouterr().err

    kept = db.set_journal_aside(db_path)
    assert kept.read_bytes() == stray and not Path(f"{db_path}-wal").exists()
    db.open_database(str(db_path))
    try:
        assert [a.code for a in Account.select()] == ["KA1"]
    finally:
        db.close_database()


@postgres_only
def test_the_server_going_away_mid_import_is_said_in_words_and_the_next_save_reconnects(
    opened, tmp_path, monkeypatch
):
    import psycopg2

    from tests.conftest import PG_URL

    save_account(AccountDraft(code="KA1", name="上海华联"), actor=SCRIPT)
    real_insert = bulk.insert_rows

    def insert_after_the_server_ends_the_session(*args, **kwargs):
        pid = database.connection().get_backend_pid()
        admin = psycopg2.connect(PG_URL.replace("postgresql://", "postgres://", 1))
        admin.autocommit = True
        admin.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))
        admin.close()
        real_insert(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert_rows", insert_after_the_server_ends_the_session)
    with pytest.raises(errors.ServerGoneError) as caught:
        order_import.import_orders(orders_file(tmp_path, 20), actor=SCRIPT)
    assert "127.0.0.1" in str(caught.value) and "InterfaceError" not in str(caught.value)
    monkeypatch.setattr(bulk, "insert_rows", real_insert)
    assert OrderLine.select().count() == 0  # a new session, and nothing of the file
    assert order_import.import_orders(orders_file(tmp_path, 20), actor=SCRIPT).new == 20


@postgres_only
def test_a_stalled_server_statement_is_bounded_and_the_connection_keeps_alive(database_url, monkeypatch):
    monkeypatch.setattr(db, "STATEMENT_TIMEOUT_S", 1)
    db.open_database(database_url)
    try:
        params = database.connection().get_dsn_parameters()
        assert params["keepalives"] == "1" and int(params["keepalives_idle"]) <= 60
        with pytest.raises(errors.ServerTimeoutError) as caught:
            database.execute_sql("SELECT pg_sleep(30)")
        assert "did not finish within 1 seconds" in str(caught.value)
        assert database.execute_sql("SELECT 1").fetchone() == (1,)  # the session goes on
    finally:
        db.close_database()
