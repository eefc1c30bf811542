from collections import Counter

import pytest

from kamdesk import demo, errors
from kamdesk.services import people
from kamdesk.store.models import Account, Contact, Rep
from tests.conftest import SCRIPT


def test_same_seed_same_office():
    assert demo.make_office(50, seed=7) == demo.make_office(50, seed=7)
    assert demo.make_office(50, seed=7) != demo.make_office(50, seed=8)


def test_demo_office_is_plausible(opened):
    counts = demo.fill_demo(accounts=400, seed=3)
    assert counts["accounts"] == Account.select().count() == 400
    per_account = Counter(c.account_id for c in Contact.select(Contact.account))
    assert set(per_account) == {a.id for a in Account.select(Account.id)}
    listed = {a.id for a in Account.select().where(Account.code.startswith("P"))}  # from a prospect list
    assert len(listed) == 400 // 8 and all(per_account[a] == 1 for a in listed)
    known = [n for account_id, n in per_account.items() if account_id not in listed]
    assert min(known) >= 2 and max(known) <= 6
    tiers = Counter(a.tier for a in Account.select(Account.tier))
    assert tiers["unclassified"] > tiers["growth"] > tiers["vip"] > 0 and tiers["negative"] > 0
    strategic = Counter(a.tier for a in Account.select().where(Account.relationship == "strategic"))
    assert strategic["vip"] / tiers["vip"] > strategic["unclassified"] / tiers["unclassified"]
    assert len({a.code for a in Account.select()}) == 400
    assert Rep.select().where(Rep.role == "manager").count() == 1
    assert all(a.owner_id for a in Account.select())


def test_demo_keeps_the_seat_user_and_gives_them_accounts(opened):
    me = people.create_rep("周经理", actor=SCRIPT)
    demo.fill_demo(accounts=100, seed=1)
    assert Rep.get_by_id(me.id).role == "manager"
    assert Rep.select().where(Rep.role == "manager").count() == 1
    assert Account.select().where(Account.owner == me.id).count() > 0


def test_demo_refuses_a_database_with_accounts(opened):
    demo.fill_demo(accounts=5, seed=1)
    with pytest.raises(errors.NotEmptyError):
        demo.fill_demo(accounts=5, seed=1)
    assert Account.select().count() == 5


def test_demo_history_is_consistent_with_tiers_and_loyalty(opened, clock_at):
    import datetime as dt
    from statistics import mean

    from kamdesk.services import follow_ups
    from kamdesk.store.models import LedgerEntry, LoyaltyAssessment, Visit

    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    demo.fill_demo(accounts=300, seed=4)
    visits = Counter(v.account_id for v in Visit.select(Visit.account))
    active = list(Account.select().where(Account.status == "active"))
    by_tier = {t: mean(visits[a.id] for a in active if a.tier == t) for t in ("vip", "unclassified")}
    assert by_tier["vip"] > 2 * by_tier["unclassified"] > 0  # VIPs are seen every two weeks
    assert max(v.started_at for v in Visit.select()) <= dt.datetime(2026, 11, 23, 9, 0)
    groups = follow_ups.grouped(follow_ups.open_follow_ups())
    assert 0 < len(groups["overdue"]) < len(follow_ups.open_follow_ups())
    assert follow_ups.due_for_contact()  # some accounts have slipped past their cadence
    complaints = Counter(e.account.loyalty for e in LedgerEntry.select(LedgerEntry, Account).join(Account)
                         .where(LedgerEntry.kind == "complaint"))  # fmt: skip
    accounts_by_loyalty = Counter(a.loyalty for a in Account.select())
    rate = {k: complaints[k] / accounts_by_loyalty[k] for k in ("loyal", "disloyal")}
    assert rate["disloyal"] > rate["loyal"]
    for account in Account.select().where(Account.loyalty != "unknown", Account.status == "active").limit(50):
        latest = (LoyaltyAssessment.select().where(LoyaltyAssessment.account == account.id)
                  .order_by(LoyaltyAssessment.assessed_on.desc()).first())  # fmt: skip
        assert latest is not None and latest.level == account.loyalty


def test_demo_boards_follow_their_move_history_and_complaints(opened, clock_at):
    import datetime as dt

    from kamdesk.services import board, feedback
    from kamdesk.store.models import BoardCard, BoardMove

    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    demo.fill_demo(accounts=120, seed=9)
    active = Account.select().where(Account.status == "active").count()
    assert BoardCard.select().count() == 7 * active
    last_move = {}
    for move in BoardMove.select().order_by(BoardMove.moved_at, BoardMove.id):
        last_move[(move.account_id, move.card)] = move.to_column
    for card in BoardCard.select():
        assert last_move.get((card.account_id, card.card), "not_started") == card.column
    at_risk_guarantees = BoardCard.select().where(
        BoardCard.card.in_(("quality", "service", "logistics", "value")), BoardCard.column == "at_risk"
    )
    with_complaints = sum(
        1 for c in at_risk_guarantees if feedback.open_complaints_by_guarantee(c.account_id).get(c.card)
    )
    assert at_risk_guarantees.count() > 0 and with_complaints / at_risk_guarantees.count() > 0.5
    assert board.portfolio()[0].score.at_risk >= board.portfolio()[-1].score.at_risk


def test_demo_prospects_have_targets_trigger_events_calls_and_some_won(opened):
    from kamdesk.services import conversion, prospects
    from kamdesk.store.models import ProspectCard, TriggerEvent

    demo.fill_demo(accounts=300, seed=1)
    assert prospects.office_targets().problems() == {}
    listed = prospects.call_list()
    assert len(listed) >= 15 and listed[0].card.total >= listed[-1].card.total
    assert TriggerEvent.select().count() > 10
    won = ProspectCard.select().where(ProspectCard.result == "won")
    assert won.count() >= 2 and all(card.account.status == "active" for card in won)
    assert (
        not ProspectCard.select()
        .join(Account)
        .where(Account.status == "prospect")
        .where(ProspectCard.result == "won")
        .exists()
    )
    overall = conversion.conversion().overall
    assert 0 < overall.won < overall.worked


def test_demo_value_records_have_costs_needs_rebates_and_big_loss_makers(opened, clock_at):
    """Issue 21's demo: costs whose margins differ by product line, estimated needs, rebates with some
    paid late and some still owed, and big accounts that lose money once their rebates are paid."""
    import datetime as dt

    from peewee import fn

    from kamdesk.services import incentives, tiers
    from kamdesk.store.models import IncentiveAgreement, NeedEstimate, OrderLine

    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    demo.fill_demo(accounts=300, seed=1)
    assert not OrderLine.select().where(OrderLine.cost_cents.is_null()).exists()
    margins = {
        line: 1 - cost / amount
        for line, amount, cost in OrderLine.select(
            OrderLine.product_line, fn.SUM(OrderLine.amount_cents), fn.SUM(OrderLine.cost_cents)
        )
        .group_by(OrderLine.product_line)
        .tuples()
    }
    assert max(margins.values()) - min(margins.values()) > 0.15  # 酒类 well above 乳品
    assert NeedEstimate.select().count() > 50
    states = Counter(s.state for s in incentives.standings())
    assert states["paid_late"] > 5 and states["overdue"] > 3 and states["paid"] > states["paid_late"]
    assert IncentiveAgreement.select().where(IncentiveAgreement.promised_cents.is_null(False)).exists()
    big_losers = [s for s in tiers.tier_suggestions() if s.suggested == "negative" and s.current == "vip"]
    assert len(big_losers) >= 2
    for s in big_losers:
        v = s.value  # big sales, a positive gross profit, and rebates that take it all and more
        assert v.revenue > 50_000_000 and 0 < v.gross_profit < v.cost_to_serve < 2 * v.incentives_paid


def test_demo_complaints_carry_their_service_clock(opened, clock_at):
    import datetime as dt

    from kamdesk.services import feedback

    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    demo.fill_demo(accounts=200, seed=2)
    clock = feedback.service_clock(dt.date(2026, 1, 1), dt.date(2026, 11, 23))
    assert clock.complaints > 50 and clock.median_response_days is not None and clock.median_resolution_days
    assert 0 < clock.median_response_days < clock.median_resolution_days
    handed = feedback.handed_to(None)
    assert handed and {h.department for h in handed} <= {"quality", "logistics", "finance", "sales"}
