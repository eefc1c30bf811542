"""`main.py copy`: an office moved from a PC's SQLite file into an empty database, checked by counts."""

import datetime as dt
import os

import pytest

from kamdesk import cli, demo, errors
from kamdesk.services import accounts
from kamdesk.store import db
from kamdesk.store.models import ALL_MODELS, Account, BoardCard, OrderLine, Rep, Visit
from tests.conftest import SCRIPT, empty_postgres

COPY_PG = os.environ.get("KAMDESK_TEST_PG_COPY")


@pytest.fixture
def office_file(tmp_path, clock_at):
    """A demo office in an SQLite file, closed: what a PC has before the move."""
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    path = tmp_path / "pc.sqlite3"
    db.open_database(str(path))
    demo.fill_demo(accounts=40, seed=3)
    db.close_database()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "server.sqlite3")
    if not COPY_PG:
        if os.environ.get("CI"):
            pytest.fail("CI must test the copy into PostgreSQL: KAMDESK_TEST_PG_COPY is not set")
        pytest.skip("no PostgreSQL server: source scripts/start_test_postgres.sh (see README)")
    return empty_postgres(COPY_PG)


def contents():
    """Every table's rows, as the models read them, in key order."""
    return {
        model._meta.table_name: list(model.select().order_by(model._meta.primary_key).tuples())
        for model in ALL_MODELS
    }


def test_the_copy_holds_every_value_and_new_ids_follow_the_copied_ones(office_file, empty_target, capsys):
    db.open_readonly(str(office_file))
    before = contents()
    db.close_database()

    assert cli.run(cli.parse_args(["copy", "--from", str(office_file), "--to", empty_target])) == 0
    printed = capsys.readouterr().out
    assert "counts checked" in printed and "account 40" in printed

    db.open_database(empty_target)
    try:
        after = contents()
        assert after.keys() == before.keys()
        for table in before:
            assert after[table] == before[table], table  # dates, booleans, Chinese text, money
        assert Account.select().count() == 40 and OrderLine.select().count() > 1000
        assert BoardCard.select().where(BoardCard.column != "not_started").exists()
        largest = Account.select(Account.id).order_by(Account.id.desc()).scalar()
        made = accounts.save_account(accounts.AccountDraft(code="NEW1", name="搬家后新客户"), actor=SCRIPT)
        assert made.id == largest + 1  # the server's id sequence continues after the copied ids
        assert Visit.select().where(Visit.purpose != "").exists()
    finally:
        db.close_database()


def test_a_target_that_holds_an_office_is_refused_and_left_as_it_was(office_file, empty_target, capsys):
    db.open_database(empty_target)
    accounts.save_account(accounts.AccountDraft(code="SRV1", name="服务器上已有的客户"), actor=SCRIPT)
    db.close_database()

    assert cli.run(cli.parse_args(["copy", "--from", str(office_file), "--to", empty_target])) == 1
    err = capsys.readouterr().err
    assert "is not empty" in err and "1 accounts" in err

    db.open_database(empty_target)
    try:
        assert [a.code for a in Account.select()] == ["SRV1"] and Rep.select().count() == 0
    finally:
        db.close_database()


def test_a_failed_copy_leaves_the_target_empty(office_file, empty_target, monkeypatch):
    from kamdesk.store import copying

    real = copying._copy_table

    def fail_at_visits(model, *args):
        if model is Visit:
            raise RuntimeError("the network dropped")
        return real(model, *args)

    monkeypatch.setattr(copying, "_copy_table", fail_at_visits)
    with pytest.raises(RuntimeError):
        copying.copy_office(str(office_file), empty_target)
    monkeypatch.undo()
    db.open_database(empty_target)
    try:
        assert Account.select().count() == 0 and Rep.select().count() == 0
    finally:
        db.close_database()
    assert copying.copy_office(str(office_file), empty_target).counts["account"] == 40  # and it can go again


def test_a_database_of_another_program_is_refused(office_file, tmp_path):
    import sqlite3

    from kamdesk.store import copying

    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.executescript("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    before = other.read_bytes()
    with pytest.raises(errors.ForeignDatabaseError):
        copying.copy_office(str(office_file), str(other))
    assert other.read_bytes() == before
