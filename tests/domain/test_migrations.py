"""Upgrading an office keeps every row: from every released schema version, with data in every table.

tests/data/schema_vN.sql is an empty database of version N exactly as that version's own code made
it. Each test fills every table with rows (every column set, references pointing at real rows),
opens the file with today's KAMDesk and compares every table, row by row, with what was put in."""

import datetime as dt
import sqlite3
from graphlib import TopologicalSorter
from pathlib import Path

import pytest
from peewee import IntegrityError

from kamdesk import errors
from kamdesk.services import accounts, people, visits
from kamdesk.store import db, migrations, sales_facts
from kamdesk.store.migrations import v1_base
from kamdesk.store.models import Account, Contact, LedgerEntry, OrderLine, Visit, database
from tests.backends import sqlite_only
from tests.conftest import SCRIPT
from tests.orders import add_order_line

DATA = Path(__file__).parents[1] / "data"
OLDER = range(1, migrations.SCHEMA_VERSION)
ROWS = 3


def older_database(path: Path, version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript((DATA / f"schema_v{version}.sql").read_text(encoding="utf-8"))
    conn.close()
    return path


def columns(conn, table):
    """(name, declared type, primary key?) of each column."""
    return [(r[1], r[2].upper(), r[5]) for r in conn.execute(f'PRAGMA table_info("{table}")')]


def references(conn, table):
    """column -> the table it references."""
    return {r[3]: r[2] for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')}


def user_tables(conn):
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if r[0] != "kamdesk_meta"
    ]


def value_for(table, column, declared, number):
    if declared.startswith("INTEGER"):
        return (
            number % 2
            if column in ("active", "accepted") or column.startswith(("sold", "ref", "pers"))
            else number
        )
    if declared == "REAL":
        return number + 0.25
    if declared == "DATE":
        return f"2026-0{number}-1{number}"
    if declared == "DATETIME":
        return f"2026-0{number}-1{number} 09:3{number}:00"
    return f"{table}.{column} {number} 客户"  # text: unique per row, with Chinese


def fill_every_table(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """ROWS rows in every table, parents first; returns each table's columns and rows as read back."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    tables = user_tables(conn)
    order = TopologicalSorter({t: set(references(conn, t).values()) - {t} for t in tables}).static_order()
    for table in order:
        refs = references(conn, table)
        cols = columns(conn, table)
        already = conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # seeded (cadence)
        for number in range(already + 1, already + ROWS + 1):
            values = []
            for name, declared, _ in cols:
                if name in refs:
                    values.append((number - 1) % ROWS + 1)  # the parent table's row of that number
                else:
                    values.append(value_for(table, name, declared, number))
            names = ", ".join(f'"{name}"' for name, _, _ in cols)
            marks = ", ".join("?" * len(cols))
            conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', values)
    conn.commit()
    snapshot = {t: ([name for name, _, _ in columns(conn, t)], everything_in(conn, t)) for t in tables}
    conn.close()
    return snapshot


def everything_in(conn, table, names=None):
    names = names or [name for name, _, _ in columns(conn, table)]
    quoted = ", ".join(f'"{n}"' for n in names)
    return conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()


def shape(path):
    conn = sqlite3.connect(path)
    tables = sorted(user_tables(conn))
    result = {
        t: (
            sorted(columns(conn, t)),
            sorted(tuple(r[2:7]) for r in conn.execute(f'PRAGMA foreign_key_list("{t}")')),
        )
        for t in tables
    }
    indexes = sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'"))
    conn.close()
    return result, indexes


@pytest.mark.parametrize("version", OLDER)
def test_an_office_of_every_older_version_keeps_every_row_of_every_table(tmp_path, version):
    path = older_database(tmp_path / f"v{version}.sqlite3", version)
    before = fill_every_table(path)
    assert all(len(rows) >= ROWS for _, rows in before.values())

    opened = db.open_database(str(path))
    db.close_database()
    assert opened.schema_version == migrations.SCHEMA_VERSION

    conn = sqlite3.connect(path)
    for table, (names, rows) in before.items():
        assert everything_in(conn, table, names) == rows, f"{table} changed in the upgrade"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    if "order_line" in before:  # the sales facts were built from the lines the office had
        assert conn.execute("SELECT SUM(lines) FROM sales_month").fetchone()[0] == len(
            before["order_line"][1]
        )
    conn.close()
    db.open_database(str(path))
    assert sales_facts.differences() == []
    db.close_database()

    fresh = tmp_path / "new.sqlite3"
    db.open_database(str(fresh))
    db.close_database()
    assert shape(path) == shape(fresh)  # the same tables, columns, references and indexes as a new office


def test_the_upgrade_copy_taken_first_is_the_older_file_untouched(tmp_path):
    path = older_database(tmp_path / "v3.sqlite3", 3)
    before = fill_every_table(path)
    opened = db.open_database(str(path))
    db.close_database()
    conn = sqlite3.connect(opened.backup)
    assert conn.execute("SELECT value FROM kamdesk_meta WHERE key = 'schema_version'").fetchone() == ("3",)
    assert {t: (names, everything_in(conn, t)) for t, (names, _) in before.items()} == before
    conn.close()


def test_every_step_is_checked_for_dangling_references(tmp_path, monkeypatch):
    """A step that leaves a row pointing nowhere fails, and the office stays at the last good version."""
    path = older_database(tmp_path / "v6.sqlite3", 6)
    fill_every_table(path)

    def careless_step(database_):
        database_.execute_sql("DELETE FROM account WHERE id = 1")  # its contacts stay behind

    monkeypatch.setitem(migrations.STEPS, 7, careless_step)
    with pytest.raises(errors.MigrationError) as refused:
        db.open_database(str(path))
    assert refused.value.params["reached"] == 6
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM account").fetchone() == (ROWS,)
    conn.close()


@pytest.mark.parametrize("text", ["seven", "7.0", "", "-1"])
def test_a_schema_version_that_is_not_a_number_is_refused_with_a_message(tmp_path, text):
    path = older_database(tmp_path / "odd.sqlite3", 6)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE kamdesk_meta SET value = ? WHERE key = 'schema_version'", (text,))
    conn.commit()
    conn.close()
    unchanged = path.read_bytes()
    with pytest.raises(errors.UnreadableSchemaVersionError) as refused:
        db.open_database(str(path))
    assert repr(text) in str(refused.value)
    assert path.read_bytes() == unchanged


def build_at_version(version: int) -> None:
    """An empty office of `version` on the open database, built by the steps themselves."""
    v1_base.create_base(database.obj)
    for step in range(2, version + 1):
        migrations.STEPS[step](database.obj)
    migrations.write_version(version)


def test_an_older_office_on_the_server_keeps_its_history_and_refuses_to_lose_it(database_url, clock_at):
    """PostgreSQL offices began at version 6: one at 6 is upgraded in place, rows kept."""
    if db.sqlite_path(database_url) is not None:
        older_database(Path(database_url), 6)
    else:
        server = db.connect_server(database_url)
        database.initialize(server)
        build_at_version(6)
        server.close()
    clock_at(dt.datetime(2026, 5, 4, 9, 0))
    opened = db.open_database(database_url)
    try:
        assert opened.schema_version == migrations.SCHEMA_VERSION
        boss = people.create_rep("王经理", actor=SCRIPT)
        account = accounts.save_account(
            accounts.AccountDraft(code="KA1", name="上海华联", owner_id=boss.id), actor=SCRIPT
        )
        draft = visits.VisitDraft(
            account_id=account.id,
            started_at=dt.datetime(2026, 5, 4, 10),
            purpose="季度回顾",
            our_rep_ids=(boss.id,),
        )
        visits.save_visit(draft, actor=boss)
        with pytest.raises(IntegrityError), database.atomic():
            Account.delete().where(Account.id == account.id).execute()
        assert Visit.select().count() == 1
    finally:
        db.close_database()


@sqlite_only
def test_deleting_an_account_with_any_history_archives_it_and_keeps_the_history(opened, clock_at):
    clock_at(dt.datetime(2026, 5, 4, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    made = {}
    for code in ("KA1", "KA2", "KA3", "KA4"):
        made[code] = accounts.save_account(
            accounts.AccountDraft(code=code, name=f"客户{code}", owner_id=boss.id), actor=SCRIPT
        )
    visits.save_visit(visits.VisitDraft(account_id=made["KA1"].id, started_at=dt.datetime(2026, 5, 4, 10),
                                        purpose="拜访", our_rep_ids=(boss.id,)), actor=boss)  # fmt: skip
    LedgerEntry.create(account=made["KA2"].id, kind="complaint", guarantee="quality", text="破损",
                       noted_on=dt.date(2026, 5, 4))  # fmt: skip
    add_order_line(account=made["KA3"].id, ordered_on=dt.date(2026, 5, 4), sku="A1", amount_cents=100)
    from kamdesk.services import board

    board.ensure_board(made["KA4"].id)  # the board's cards, as made: nothing recorded yet

    assert [accounts.remove_account(made[c].id, actor=SCRIPT) for c in ("KA1", "KA2", "KA3", "KA4")] == [
        "archived", "archived", "archived", "deleted",
    ]  # fmt: skip
    assert Visit.select().count() == LedgerEntry.select().count() == OrderLine.select().count() == 1
    assert Account.select().count() == 3 and Contact.select().count() == 0
