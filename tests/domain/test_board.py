import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.rules import board_cards
from kamdesk.services import accounts, board, feedback, people, visits
from kamdesk.services.board import CardDetails, PortfolioFilter
from kamdesk.store.models import BoardMove
from tests.conftest import SCRIPT

TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def office(opened, clock_at):
    clock_at(TODAY)
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    a = accounts.save_account(
        accounts.AccountDraft(code="KA1", name="苏州华联", tier="vip", owner_id=li.id, region="华东/苏州"),
        actor=SCRIPT,
    )
    b = accounts.save_account(
        accounts.AccountDraft(
            code="KA2", name="杭州天润", tier="growth", owner_id=boss.id, region="华东/杭州"
        ),
        actor=SCRIPT,
    )
    return {"boss": boss, "li": li, "a": a, "b": b}


def test_the_framework_is_data_with_seven_cards_and_four_columns():
    assert board_cards.CARD_KEYS == (
        "communication", "product_alignment", "strategy_alignment",
        "quality", "service", "logistics", "value",
    )  # fmt: skip
    assert board_cards.COLUMN_KEYS == ("not_started", "in_progress", "secured", "at_risk")
    assert board_cards.BY_KEY["logistics"].title("zh_CN").startswith("保证③")
    assert all(card.practices for card in board_cards.CARDS)


def test_a_new_board_starts_not_started(office):
    cards = board.board(office["a"].id)
    assert [c.key for c in cards] == list(board_cards.CARD_KEYS)
    assert {c.column for c in cards} == {"not_started"}


def test_moves_are_recorded_with_who_when_from_to_and_why(office, clock_at):
    account = office["a"].id
    board.move_card(account, "quality", "in_progress", actor=office["li"])
    clock_at(TODAY + dt.timedelta(hours=1))
    board.move_card(account, "quality", "secured", note="质量投诉已全部关闭", actor=office["li"])
    assert {c.key: c.column for c in board.board(account)}["quality"] == "secured"
    moves = board.history(account, "quality")
    assert [(m.from_column, m.to_column, m.moved_by, m.note) for m in moves] == [
        ("in_progress", "secured", "李娜", "质量投诉已全部关闭"),
        ("not_started", "in_progress", "李娜", ""),
    ]
    assert moves[0].moved_at == TODAY + dt.timedelta(hours=1)


def test_a_move_from_a_column_the_card_has_left_is_refused(office):
    account = office["a"].id
    board.move_card(account, "value", "in_progress", actor=office["li"])
    with pytest.raises(errors.ConflictError):
        board.move_card(account, "value", "secured", from_column="not_started", actor=office["boss"])
    assert BoardMove.select().count() == 1


def test_securing_a_guarantee_with_open_complaints_needs_confirmation(office):
    account = office["a"].id
    assert board.confirmation_needed(account, "logistics", "secured") is None
    feedback.add_entry(account, "complaint", "logistics", "送货延迟", actor=SCRIPT)
    assert board.confirmation_needed(account, "logistics", "secured") == "open_complaints"
    assert board.confirmation_needed(account, "logistics", "in_progress") is None
    assert board.confirmation_needed(account, "quality", "secured") is None
    cards = {c.key: c for c in board.board(account)}
    assert cards["logistics"].open_complaints == 1 and cards["logistics"].suggest_at_risk
    assert cards["logistics"].column == "not_started"  # a suggestion never moves a card


def test_the_communication_card_is_flagged_past_cadence(office, clock_at):
    account = office["a"].id  # VIP: 14 days
    clock_at(TODAY + dt.timedelta(days=20))
    assert {c.key: c.past_cadence for c in board.board(account)}["communication"] is True
    visits.save_visit(
        visits.VisitDraft(account, TODAY + dt.timedelta(days=19), purpose="回访"), actor=office["li"]
    )
    assert {c.key: c.past_cadence for c in board.board(account)}["communication"] is False


def test_card_details_and_evidence(office):
    account = office["a"].id
    visit = visits.save_visit(
        visits.VisitDraft(account, TODAY, purpose="旺季备货沟通"), actor=office["li"]
    ).draft
    card = {c.key: c for c in board.board(account)}["logistics"]
    details = CardDetails(office["li"].id, dt.date(2026, 12, 31), "春节前备货", frozenset({"peak_planned"}))
    board.update_card(account, "logistics", details, card.version, actor=SCRIPT)
    board.add_evidence(account, "logistics", visit_id=visit.id, actor=SCRIPT)
    card = {c.key: c for c in board.board(account)}["logistics"]
    assert (card.owner, card.due_on, card.note, card.done_practices, card.evidence) == (
        "李娜", dt.date(2026, 12, 31), "春节前备货", frozenset({"peak_planned"}), 1,
    )  # fmt: skip
    assert [(e.kind, e.ref_id, e.text) for e in board.evidence(account, "logistics")] == [
        ("visit", visit.id, "旺季备货沟通"),
    ]
    with pytest.raises(errors.ConflictError):
        board.update_card(account, "logistics", CardDetails(), version=card.version - 1, actor=SCRIPT)
    with pytest.raises(errors.ValidationError):
        board.update_card(
            account,
            "logistics",
            CardDetails(done_practices=frozenset({"made_up"})),
            card.version,
            actor=SCRIPT,
        )


def test_portfolio_counts_filters_and_risk_order(office):
    a, b = office["a"].id, office["b"].id
    board.move_card(a, "quality", "at_risk", actor=SCRIPT)
    board.move_card(a, "service", "at_risk", actor=SCRIPT)
    board.move_card(b, "quality", "secured", actor=SCRIPT)
    board.move_card(b, "value", "at_risk", actor=SCRIPT)
    rows = board.portfolio()
    assert [r.code for r in rows] == ["KA1", "KA2"]  # two at-risk cards before one
    table = board.counts(rows)
    assert table["quality"] == {"not_started": 0, "in_progress": 0, "secured": 1, "at_risk": 1}
    assert table["communication"]["not_started"] == 2
    assert [r.code for r in board.portfolio(PortfolioFilter(owner_id=office["boss"].id))] == ["KA2"]
    assert [r.code for r in board.portfolio(PortfolioFilter(tier="vip"))] == ["KA1"]
    assert [r.code for r in board.portfolio(PortfolioFilter(region="华东/杭"))] == ["KA2"]
    score = next(r for r in rows if r.account_id == b).score
    assert (score.secured, score.at_risk, round(score.share_secured, 3)) == (1, 1, round(1 / 7, 3))
    listed = {r.id: (r.secured, r.at_risk) for r in accounts.search_accounts()}  # the accounts table's 1-2-4
    assert listed == {a: (0, 2), b: (1, 1)}


def test_opening_a_board_writes_nothing_and_its_first_change_makes_the_cards(office):
    """Reading writes no card row and no audit entry, so no other seat is told of a change nobody made."""
    from kamdesk.services import changes
    from kamdesk.store.models import AuditEntry, BoardCard

    account_id = office["a"].id
    stamp, entries = changes.change_stamp(), AuditEntry.select().count()

    states = board.board(account_id)

    assert [s.key for s in states] == list(board_cards.CARD_KEYS)
    assert {s.column for s in states} == {"not_started"} and {s.version for s in states} == {1}
    assert BoardCard.select().where(BoardCard.account == account_id).count() == 0
    assert (changes.change_stamp(), AuditEntry.select().count()) == (stamp, entries)

    board.update_card(account_id, "value", CardDetails(note="返利按季度结算"), 1, actor=office["li"])
    board.move_card(account_id, "logistics", "in_progress", "开始对接", actor=office["li"])
    assert BoardCard.select().where(BoardCard.account == account_id).count() == 7
    shown = {s.key: (s.column, s.version, s.note) for s in board.board(account_id)}
    assert shown["logistics"] == ("in_progress", 2, "") and shown["value"] == (
        "not_started",
        2,
        "返利按季度结算",
    )
    made = AuditEntry.select().where(
        (AuditEntry.table_name == "board_card") & (AuditEntry.action == "insert")
    )
    assert {e.rep_id for e in made} == {office["li"].id}  # the cards were made by the change, under its actor
