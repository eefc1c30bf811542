"""Value as the seeds measure it: margin, cost to serve, net contribution, share of wallet, the
tiers they suggest, and the rebate ledger. Each figure is worked out by hand in the test."""

import dataclasses
import datetime as dt
import json

import pytest

from kamdesk import errors
from kamdesk.rules import value_tiers
from kamdesk.rules.value_tiers import AccountValue, Wallet
from kamdesk.services import accounts, feedback, incentives, people, sales, tiers, value, visits
from kamdesk.store import sales_facts
from kamdesk.store.models import Account, OrderLine, TierDecision
from tests.conftest import SCRIPT
from tests.orders import add_order_line

TODAY = dt.datetime(2026, 11, 23, 9, 0)
YUAN = 100


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2025, 1, 5, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    rep = people.create_rep("李娜", actor=SCRIPT)
    made = {"boss": boss, "rep": rep}
    rates = {"onsite": 300 * YUAN, "phone": 20 * YUAN, "complaint": 200 * YUAN}  # the office's estimates
    value.set_value_settings(0.8, rates, dt.date(2025, 1, 5), actor=boss)
    for code in ("A", "B", "C", "D"):
        made[code] = accounts.save_account(
            accounts.AccountDraft(code=code, name=f"客户{code}", owner_id=rep.id), actor=SCRIPT
        ).id
    clock_at(TODAY)
    return made


def order(account_id, day, yuan, cost_yuan=None, line="饮料"):
    cost = None if cost_yuan is None else cost_yuan * YUAN
    add_order_line(account=account_id, ordered_on=day, sku="S", product_line=line, quantity=1,
                     amount_cents=yuan * YUAN, cost_cents=cost)  # fmt: skip


def visit(account_id, day, channel="onsite"):
    draft = visits.VisitDraft(account_id=account_id, started_at=dt.datetime.combine(day, dt.time(10)),
                              channel=channel, purpose="回访")  # fmt: skip
    visits.save_visit(draft, actor=SCRIPT)


def complaint(account_id, day):
    feedback.add_entry(account_id, "complaint", "logistics", "送货晚了", day, actor=SCRIPT)


def agreement(account_id, **values):
    base = dict(kind="volume_rebate", title="年度返利", starts_on=dt.date(2026, 1, 1),
                ends_on=dt.date(2026, 6, 30), due_on=dt.date(2026, 7, 31))  # fmt: skip
    return incentives.save(incentives.IncentiveDraft(account_id, **(base | values)), actor=SCRIPT)


# --- the figures -----------------------------------------------------------------------------------
def test_margin_cost_to_serve_and_net_contribution_by_hand(office):
    a = office["A"]
    order(a, dt.date(2026, 3, 1), 60_000, 45_000)  # 25% margin
    order(a, dt.date(2026, 5, 1), 36_000, 27_000)  # 25% margin
    order(a, dt.date(2026, 6, 1), 4_000)  # no cost: 4% of the revenue
    agreement(a, promised_cents=3_000 * YUAN, paid_on=dt.date(2026, 8, 5), paid_cents=3_000 * YUAN)
    visit(a, dt.date(2026, 4, 2))  # 300 yuan (the default on-site rate)
    visit(a, dt.date(2026, 4, 9), "phone")  # 20
    complaint(a, dt.date(2026, 4, 10))  # 200
    got = value.account_values(dt.date(2026, 1, 1), dt.date(2026, 12, 31))[a]
    assert (got.revenue, got.costed_revenue, got.cost) == (100_000 * YUAN, 96_000 * YUAN, 72_000 * YUAN)
    assert got.cost_coverage == 0.96 and got.margin == 0.25
    assert got.gross_profit == 25_000 * YUAN  # the uncosted 4% at the account's own 25%
    assert (got.incentives_paid, got.contacts_cost, got.complaints_cost) == (
        3_000 * YUAN,
        320 * YUAN,
        200 * YUAN,
    )
    assert got.cost_to_serve == 3_520 * YUAN and got.net_contribution == 21_480 * YUAN
    first_half = value.account_values(dt.date(2026, 1, 1), dt.date(2026, 6, 30))[a]
    assert first_half.incentives_paid == 0  # paid in August: the cost falls there


def test_too_little_cost_data_is_said_never_pretended(office):
    order(office["A"], dt.date(2026, 3, 1), 1000, 700)
    order(office["A"], dt.date(2026, 3, 2), 1000)  # half the revenue has no cost
    got = value.account_values(dt.date(2026, 1, 1), dt.date(2026, 12, 31))[office["A"]]
    assert got.cost_coverage == 0.5 and got.margin == 0.3
    assert got.gross_profit is None and got.net_contribution is None


def test_a_new_rate_never_changes_what_earlier_contacts_cost(office, clock_at):
    clock_at(dt.datetime(2026, 9, 20, 9))
    visit(office["A"], dt.date(2026, 9, 1))
    value.set_rate("onsite", 500 * YUAN, dt.date(2026, 10, 1), actor=office["boss"])  # from next month
    clock_at(TODAY)
    visit(office["A"], dt.date(2026, 10, 15))
    q3 = value.account_values(dt.date(2026, 7, 1), dt.date(2026, 9, 30))[office["A"]]
    q4 = value.account_values(dt.date(2026, 10, 1), dt.date(2026, 12, 31))[office["A"]]
    assert (q3.contacts_cost, q4.contacts_cost) == (300 * YUAN, 500 * YUAN)
    half = value.account_values(dt.date(2026, 7, 1), dt.date(2026, 12, 31))[office["A"]]
    assert half.contacts_cost == 800 * YUAN  # across the change: each visit at the rate of its day
    assert value.Rates.read().current()["onsite"] == 500 * YUAN
    with pytest.raises(errors.PermissionDeniedError):
        value.set_rate("onsite", 1, dt.date(2026, 11, 1), actor=office["rep"])


def test_share_of_wallet_is_what_they_buy_of_what_they_need(office):
    order(office["A"], dt.date(2026, 2, 1), 250_000)
    order(office["A"], dt.date(2025, 10, 1), 99_000)  # more than a year ago: not counted
    value.record_need(office["A"], 800_000 * YUAN, dt.date(2026, 1, 10), "采购经理口述", actor=SCRIPT)
    value.record_need(office["A"], 1_000_000 * YUAN, dt.date(2026, 9, 1), "年度采购计划", actor=SCRIPT)
    wallet = value.wallets()[office["A"]]
    assert (wallet.need, wallet.bought) == (1_000_000 * YUAN, 250_000 * YUAN)
    assert wallet.share == 0.25 and wallet.potential == 750_000 * YUAN
    assert value.wallets(dt.date(2026, 6, 30))[office["A"]].need == 800_000 * YUAN  # as it stood then
    with pytest.raises(errors.ValidationError) as caught:
        value.record_need(office["A"], 0, dt.date(2026, 12, 1), " ", actor=SCRIPT)
    assert caught.value.errors == {
        "source": "required",
        "annual_cents": "out_of_range",
        "estimated_on": "in_future",
    }


# --- the tiers, by hand ----------------------------------------------------------------------------
def worth(account_id, revenue, margin, serve):
    """An AccountValue with every line costed at `margin` and `serve` yuan of cost to serve."""
    return AccountValue(account_id, revenue, revenue, round(revenue * (1 - margin)), serve, 0, 0)


def test_vip_is_who_makes_the_profit_not_the_sales():
    """Seed 003: 虽然销售额很高,而毛利率很低,并不是我们所需要的大客户."""
    values = {
        1: worth(1, 10_000, 0.02, 150),  # the biggest seller: 200 gross, 50 net
        2: worth(2, 3_000, 0.30, 100),  # 900 gross, 800 net
        3: worth(3, 2_000, 0.10, 50),  # 200 gross, 150 net
        4: worth(4, 1_500, 0.05, 120),  # 75 gross, -45 net: costs more than it brings
    }
    assert [values[a].net_contribution for a in (1, 2, 3, 4)] == [50, 800, 150, -45]
    got = value_tiers.suggest(values, {}, vip_share=0.8)
    assert {a: s.tier for a, s in got.items()} == {
        1: "unclassified",
        2: "vip",
        3: "unclassified",
        4: "negative",
    }
    assert got[2].reason == "vip_profit" and got[2].share == 0.8  # 800 of the 1,000 positive
    assert got[4].reason == "negative"


def test_growth_is_the_largest_need_not_yet_bought_from_us():
    values = {a: worth(a, 1_000, 0.2, 0) for a in (1, 2, 3)}
    wallets = {2: Wallet(2, 10_000, 1_000), 3: Wallet(3, 1_500, 1_000)}  # potential 9,000 and 500
    got = value_tiers.suggest(values, wallets, vip_share=0.3)  # 1 alone (ties: the lower id) is VIP
    assert {a: s.tier for a, s in got.items()} == {1: "vip", 2: "growth", 3: "unclassified"}
    assert got[2].share == 0.1 and got[3].reason == "none_applies"


def test_without_cost_data_vip_is_by_revenue_and_nobody_is_negative():
    values = {1: AccountValue(1, 9_000, 0, 0, 5_000, 0, 0), 2: AccountValue(2, 1_000, 0, 0, 0, 0, 0)}
    assert not value_tiers.profit_basis(values)
    got = value_tiers.suggest(values, {}, vip_share=0.8)
    assert (got[1].tier, got[1].reason, got[2].tier) == ("vip", "vip_revenue", "unclassified")


def test_a_slipping_profitable_account_is_visited_not_let_go_and_a_loss_maker_is(office):
    a, b, c = office["A"], office["B"], office["C"]
    for i in range(8):  # A ordered every 20 days until May, then stopped: slipping
        order(a, dt.date(2026, 1, 5) + dt.timedelta(days=20 * i), 5_000, 3_500)
    order(b, dt.date(2026, 6, 1), 40_000, 39_000)  # 1,000 gross ...
    agreement(
        b, promised_cents=2_500 * YUAN, paid_on=dt.date(2026, 8, 1), paid_cents=2_500 * YUAN
    )  # ... 2,500 paid
    order(c, dt.date(2026, 7, 1), 3_000, 2_400)
    assert a in {s.account_id for s in sales.slipping_accounts()}
    found = {s.code: s for s in tiers.tier_suggestions()}
    assert found["A"].suggested == "vip" and found["B"].suggested == "negative"
    assert found["B"].value.net_contribution == -1_500 * YUAN
    tiers.decide_tier(found["B"], True, actor=office["boss"])
    decision = TierDecision.get(TierDecision.account == b)
    assert Account.get_by_id(b).tier == "negative"
    assert json.loads(decision.reason)["net_contribution"] == -1_500 * YUAN
    assert json.loads(decision.reason)["reason"] == "negative"


def test_existing_decisions_stay_and_growth_is_not_taken_back_without_an_estimate(office):
    Account.update(tier="growth").where(Account.id == office["D"]).execute()
    order(office["A"], dt.date(2026, 6, 1), 5_000, 4_000)
    order(office["D"], dt.date(2026, 6, 1), 100, 80)
    found = {s.code: s.suggested for s in tiers.tier_suggestions()}
    assert "D" not in found  # no need estimate: its growth cannot be judged, so it stays
    value.record_need(office["D"], 100 * YUAN, dt.date(2026, 6, 2), "门店盘点", actor=SCRIPT)
    assert {s.code: s.suggested for s in tiers.tier_suggestions()}.get("D") == "unclassified"
    rejected = next(s for s in tiers.tier_suggestions() if s.code == "A")
    tiers.decide_tier(rejected, False, actor=office["boss"])
    assert "A" not in {s.code for s in tiers.tier_suggestions()}


# --- the rebate ledger -----------------------------------------------------------------------------
def test_a_rate_on_volume_accrues_from_the_order_lines_and_goes_overdue(office, clock_at):
    a = office["A"]
    order(a, dt.date(2026, 2, 1), 10_000, line="饮料")
    order(a, dt.date(2026, 3, 1), 5_000, line="乳品")  # another product line: not counted
    order(a, dt.date(2026, 8, 1), 4_000, line="饮料")  # after the period: not counted
    clock_at(dt.datetime(2026, 3, 15, 9))
    made = agreement(a, rate_percent=2.0, product_line="饮料")
    order(a, dt.date(2026, 5, 1), 6_000, line="饮料")
    clock_at(dt.datetime(2026, 3, 20, 9))
    (now,) = incentives.standings([a])
    assert (now.accrued_cents, now.owed_cents, now.state) == (
        200 * YUAN,
        200 * YUAN,
        "open",
    )  # 2% of 10,000 so far
    clock_at(TODAY)
    (late,) = incentives.standings([a])
    assert (late.accrued_cents, late.owed_cents, late.state) == (
        320 * YUAN,
        320 * YUAN,
        "overdue",
    )  # 2% of 16,000
    assert incentives.overdue_counts() == {a: 1}
    assert [i.code for i in incentives.overdue_items(owner_id=office["rep"].id)] == ["A"]
    assert incentives.overdue_items(owner_id=office["boss"].id) == []
    incentives.record_payment(made, dt.date(2026, 11, 20), 320 * YUAN, actor=SCRIPT)
    (paid,) = incentives.standings([a])
    assert paid.state == "paid_late" and incentives.overdue_counts() == {}


def test_an_agreement_is_a_rate_or_an_amount_and_a_stale_copy_is_refused(office):
    with pytest.raises(errors.ValidationError) as caught:
        agreement(office["A"], rate_percent=2.0, promised_cents=100, ends_on=dt.date(2025, 12, 1),
                  paid_on=dt.date(2026, 12, 1))  # fmt: skip
    assert caught.value.errors == {"ends_on": "before_start", "rate_percent": "rate_or_amount",
                                   "paid_cents": "required", "paid_on": "in_future"}  # fmt: skip
    made = agreement(office["A"], promised_cents=500 * YUAN)
    stale = incentives.get(made)
    incentives.save(dataclasses.replace(stale, title="二季度陈列费"), actor=SCRIPT)
    with pytest.raises(errors.ConflictError):
        incentives.save(dataclasses.replace(stale, note="旧的"), actor=SCRIPT)
    assert incentives.get(made).title == "二季度陈列费"


# --- what the review found --------------------------------------------------------------------------
def test_rates_are_the_offices_and_never_reach_back(office, opened):
    assert value.rates_set()
    with pytest.raises(errors.ValidationError) as caught:
        value.set_rate("onsite", 5_000 * YUAN, dt.date(2026, 1, 1), actor=office["boss"])  # before today
    assert caught.value.errors == {"effective_from": "not_before_today"}
    with pytest.raises(errors.ValidationError):  # one bad rate: nothing of the settings is saved
        value.set_value_settings(
            0.7, {"phone": 30 * YUAN, "onsite": -1}, dt.date(2026, 12, 1), actor=office["boss"]
        )
    assert value.vip_share() == 0.8 and value.Rates.read().on("phone", dt.date(2026, 12, 1)) == 20 * YUAN
    with pytest.raises(errors.ValidationError):
        value.set_vip_share(0.99, actor=office["boss"])
    with pytest.raises(errors.PermissionDeniedError):
        value.set_vip_share(0.7, actor=office["rep"])


def test_an_office_that_set_no_rates_costs_contacts_at_nothing(opened, clock_at):
    clock_at(TODAY)
    made = accounts.save_account(accounts.AccountDraft(code="X", name="客户X"), actor=SCRIPT)
    visit(made.id, dt.date(2026, 9, 1))
    assert not value.rates_set()
    assert value.account_values(dt.date(2026, 1, 1), dt.date(2026, 12, 31))[made.id].contacts_cost == 0


def test_an_agreements_dates_payment_and_product_line_are_checked(office):
    order(office["A"], dt.date(2026, 2, 1), 1_000, line="饮料")
    with pytest.raises(errors.ValidationError) as caught:
        agreement(office["A"], rate_percent=2.0, product_line="饮料类", due_on=dt.date(2025, 12, 1),
                  paid_on=dt.date(2025, 12, 2), paid_cents=0)  # fmt: skip
    assert caught.value.errors == {
        "due_on": "before_period", "paid_on": "before_period", "paid_cents": "out_of_range",
        "product_line": "unknown_product_line",
    }  # fmt: skip


def test_a_rate_still_accruing_is_not_paid_however_much_was_paid(office, clock_at):
    order(office["A"], dt.date(2026, 2, 1), 10_000)
    clock_at(dt.datetime(2026, 3, 1, 9))
    agreement(office["A"], rate_percent=2.0, paid_on=dt.date(2026, 2, 20), paid_cents=200 * YUAN)
    (s,) = incentives.standings([office["A"]])
    assert (s.accrued_cents, s.paid_cents, s.state) == (200 * YUAN, 200 * YUAN, "open")  # the period runs on


def test_what_the_figures_cannot_weigh_never_moves_a_tier(office):
    """A VIP whose own cost is too little known is not suggested down; while the office's lines carry
    too little cost, a negative account is not suggested up for that; an old rejection made under
    the former rules does not silence the seeds' measures."""
    Account.update(tier="vip").where(Account.id == office["A"]).execute()
    order(office["A"], dt.date(2026, 6, 1), 1_000_000, 900_000)
    order(office["A"], dt.date(2026, 6, 2), 100_000)  # 91% costed: its profit is not judged
    order(office["B"], dt.date(2026, 6, 1), 3_000_000, 2_900_000)
    order(office["C"], dt.date(2026, 6, 1), 500_000, 300_000)
    found = {s.code: s for s in tiers.tier_suggestions()}
    assert "A" not in found and found["B"].suggested == "vip"
    OrderLine.update(cost_cents=None).execute()
    sales_facts.rebuild()  # as an office whose costs were never known  # no costs at all: revenue judges
    Account.update(tier="negative").where(Account.id == office["D"]).execute()
    assert "D" not in {s.code for s in tiers.tier_suggestions()}
    TierDecision.insert(account=office["C"], suggested="vip", previous="unclassified", accepted=False,
                        decided_at=TODAY, reason="").execute()  # fmt: skip  # a rejection from before v9
    assert {s.code: s.suggested for s in tiers.tier_suggestions()}.get("B") == "vip"


def test_an_account_that_buys_nothing_but_costs_rebates_is_negative_and_churned_ones_rank_nobody(office):
    order(office["A"], dt.date(2026, 6, 1), 5_000, 4_000)
    agreement(office["B"], promised_cents=2_000 * YUAN, paid_on=dt.date(2026, 8, 1), paid_cents=2_000 * YUAN)
    order(office["C"], dt.date(2026, 6, 1), 90_000, 60_000)  # the biggest earner...
    Account.update(status="churned", churned_on=dt.date(2026, 7, 1)).where(
        Account.id == office["C"]
    ).execute()
    found = {s.code: s for s in tiers.tier_suggestions()}
    assert found["B"].suggested == "negative" and found["B"].value.net_contribution == -2_000 * YUAN
    assert found["A"].suggested == "vip"  # ...left: A makes all the active accounts' contribution
    with pytest.raises(errors.PermissionDeniedError):
        tiers.decide_tier(found["A"], True, actor=office["rep"])


# --- importing the agreements -----------------------------------------------------------------------
def test_agreements_import_from_a_sheet_all_or_nothing_and_again_brings_payments_up_to_date(office, tmp_path):
    from kamdesk.exchange import incentive_import

    order(office["A"], dt.date(2026, 2, 1), 1_000, line="饮料")
    header = "客户编号,类型,约定内容,开始日期,结束日期,返利比例,产品线,约定金额,应付日期,支付日期,支付金额"
    good = [
        "A,销量返利,上半年返利,2026-01-01,2026-06-30,2%,饮料,,2026-07-31,,",
        'B,促销,中秋陈列费,2026/9/1,2026/9/30,,,"5,000",2026-10-31,2026-10-20,"5,000"',
    ]
    bad = [
        "ZZ,返利,x,2026-01-01,2026-06-30,2,,,2026-07-31,,",  # no such account
        "A,回扣,y,2026-01-01,2026-06-30,2,,,2026-07-31,,",  # no such kind
        "A,返利,z,2026-01-01,2026-06-30,2,,100,2026-07-31,,",  # a rate and an amount
        "A,返利,w,2026-13-01,2026-06-30,两个点,,,2026-07-31,,",  # a bad date, a word for the rate
    ]
    path = tmp_path / "deals.csv"
    path.write_text("\n".join([header, *good, *bad]) + "\n", encoding="utf-8")
    with pytest.raises(errors.ImportRefusedError) as refused:
        incentive_import.import_incentives(path, actor=SCRIPT)
    found = [(p.line, p.column, p.code) for p in refused.value.problems]
    assert found == [(4, "account_code", "unknown_account"), (5, "kind", "invalid_choice"),
                     (6, "rate_percent", "rate_or_amount"), (7, "starts_on", "bad_date"),
                     (7, "rate_percent", "not_a_number")]  # fmt: skip
    assert not incentives.standings()
    path.write_text("\n".join([header, *good]) + "\n", encoding="utf-8")
    result = incentive_import.import_incentives(path, actor=SCRIPT)
    assert (result.new, result.updated) == (2, 0)
    by_title = {s.agreement.title: s for s in incentives.standings()}
    assert (
        by_title["上半年返利"].agreement.rate_percent == 2.0
        and by_title["上半年返利"].owed_cents == 20 * YUAN
    )
    assert (by_title["中秋陈列费"].agreement.kind, by_title["中秋陈列费"].state) == ("promotion", "paid")
    paid = good[0].replace("2026-07-31,,", "2026-07-31,2026-08-10,20")
    path.write_text("\n".join([header, paid, good[1]]) + "\n", encoding="utf-8")
    again = incentive_import.import_incentives(path, actor=SCRIPT)
    assert (again.new, again.updated) == (0, 1) and len(incentives.standings()) == 2
    assert {s.agreement.title: s.state for s in incentives.standings()}["上半年返利"] == "paid_late"


def test_the_value_and_the_ledger_export_and_the_ledger_reads_back_unchanged(office, tmp_path):
    import csv

    from kamdesk.exchange import exporting, incentive_import

    order(office["A"], dt.date(2026, 6, 1), 10_000, 7_500)
    value.record_need(office["A"], 40_000 * YUAN, dt.date(2026, 6, 2), "年度采购计划", actor=SCRIPT)
    agreement(office["A"], rate_percent=2.0, title="=SUM(1)", note="+86 电话确认")  # formula-looking text
    exporting.export("value", tmp_path / "value.csv")
    rows = {r["account_code"]: r for r in csv.DictReader((tmp_path / "value.csv").open(encoding="utf-8-sig"))}
    assert (rows["A"]["revenue_12m"], rows["A"]["gross_profit_12m"], rows["A"]["margin"]) == (
        "10000",
        "2500",
        "0.25",
    )
    assert (rows["A"]["share_of_wallet"], rows["B"]["net_contribution_12m"]) == ("0.25", "0")
    exporting.export("incentives", tmp_path / "deals.csv")
    result = incentive_import.import_incentives(tmp_path / "deals.csv", actor=SCRIPT)
    assert (result.new, result.updated) == (0, 0)  # the same agreements, nothing to change
    (s,) = incentives.standings()
    assert (s.agreement.title, s.agreement.note) == ("=SUM(1)", "+86 电话确认")
