"""Several seats on one database: a save made on an old copy is refused with who and when, nothing is
overwritten, and board moves from two seats all land. The other seat is a separate process with its
own connection, on SQLite and on the PostgreSQL server alike."""

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kamdesk import errors
from kamdesk.services import accounts, board, changes, people
from kamdesk.store.models import Account, BoardMove
from tests.conftest import SCRIPT

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(opened):
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", "manager", actor=SCRIPT)  # a second manager: may change tiers too
    account = accounts.save_account(
        accounts.AccountDraft(code="KA001", name="苏州华联超市", owner_id=li.id), actor=boss
    )
    return {"boss": boss, "li": li, "account": account}


def other_seat(database_url: str, rep_id: int, code: str) -> None:
    """Run `code` as another seat would: its own process and connection, `me` (rep_id) at the keyboard."""
    script = textwrap.dedent(f"""
        import dataclasses
        from kamdesk.store import db
        from kamdesk.services import accounts, board, people
        db.open_database({database_url!r})
        me = people.get_rep({rep_id})
    """) + textwrap.dedent(code)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_a_save_on_an_old_copy_is_refused_with_who_and_when_and_nothing_is_overwritten(office, database_url):
    mine = accounts.get_account(office["account"].id)  # this seat opens the account
    other_seat(
        database_url,
        office["li"].id,
        f"""
        theirs = accounts.get_account({mine.id})
        accounts.save_account(dataclasses.replace(theirs, name="苏州华联超市（总部）", tier="vip"), actor=me)
    """,
    )

    with pytest.raises(errors.ConflictError) as refused:
        accounts.save_account(dataclasses.replace(mine, industry="连锁超市"), actor=office["boss"])
    who, when = changes.last_change("account", mine.id)
    assert refused.value.params["who"] == "李娜" == who
    assert refused.value.params["when"] == when.strftime("%Y-%m-%d %H:%M")
    stored = Account.get_by_id(mine.id)
    assert (stored.name, stored.tier, stored.industry) == ("苏州华联超市（总部）", "vip", "")

    reloaded = accounts.get_account(mine.id)  # what "Reload their version" does, then the change again
    accounts.save_account(dataclasses.replace(reloaded, industry="连锁超市"), actor=office["boss"])
    stored = Account.get_by_id(mine.id)
    assert (stored.name, stored.industry, stored.version) == ("苏州华联超市（总部）", "连锁超市", 3)


def test_board_moves_from_two_seats_both_land_in_order_and_a_stale_move_names_the_mover(office, database_url):
    account_id = office["account"].id
    board.ensure_board(account_id)
    board.move_card(
        account_id, "communication", "in_progress", from_column="not_started", actor=office["boss"]
    )
    li = office["li"].id
    moves = f"""
        board.move_card({account_id}, "product_alignment", "in_progress", from_column="not_started", actor=me)
        board.move_card({account_id}, "communication", "secured", from_column="in_progress", actor=me)
    """
    other_seat(database_url, li, moves)
    board.move_card(account_id, "quality", "in_progress", from_column="not_started", actor=office["boss"])

    moves = [
        (m.card, m.from_column, m.to_column, m.moved_by.name)
        for m in BoardMove.select().where(BoardMove.account == account_id).order_by(BoardMove.id)
    ]
    assert moves == [
        ("communication", "not_started", "in_progress", "王经理"),
        ("product_alignment", "not_started", "in_progress", "李娜"),
        ("communication", "in_progress", "secured", "李娜"),
        ("quality", "not_started", "in_progress", "王经理"),
    ]
    with pytest.raises(errors.ConflictError) as refused:  # this seat still shows it in progress
        board.move_card(
            account_id, "communication", "not_started", from_column="in_progress", actor=office["boss"]
        )
    assert refused.value.params["who"] == "李娜"
    assert next(c.column for c in board.board(account_id) if c.key == "communication") == "secured"
