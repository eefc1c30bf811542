"""The reviews print value as of their period's end: gross profit, cost to serve and net contribution
in the quarter, the accounts that cost more than they brought, and the incentives overdue at the end.
Worked out by hand, counted again straight from the tables, and the same when printed later."""

import datetime as dt
import re

import pytest
from peewee import fn

from kamdesk.reports.quarterly_review import QuarterlyReview
from kamdesk.rules import periods
from kamdesk.services import accounts, feedback, incentives, people, quarter_figures, value, visits
from kamdesk.store.models import LedgerEntry, OrderLine, ServiceCostRate, Visit
from tests.conftest import SCRIPT
from tests.domain.test_reports import read
from tests.orders import add_order_line

Q3 = periods.quarter(2026, 3)
YUAN = 100


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 1, 5, 9))
    boss = people.create_rep("王经理", actor=SCRIPT)
    made = {"boss": boss}
    value.set_value_settings(
        0.8, {"onsite": 300 * YUAN, "complaint": 200 * YUAN}, dt.date(2026, 1, 5), actor=boss
    )
    for code in ("A", "B"):
        made[code] = accounts.save_account(
            accounts.AccountDraft(code=code, name=f"客户{code}", owner_id=boss.id), actor=SCRIPT
        ).id
    clock_at(dt.datetime(2026, 11, 23, 9))
    a, b = made["A"], made["B"]
    add_order_line(account=a, ordered_on=dt.date(2026, 8, 1), sku="S", product_line="饮料", quantity=1,
                     amount_cents=100_000 * YUAN, cost_cents=75_000 * YUAN)  # fmt: skip
    add_order_line(account=b, ordered_on=dt.date(2026, 9, 1), sku="S", product_line="饮料", quantity=1,
                     amount_cents=10_000 * YUAN, cost_cents=9_800 * YUAN)  # fmt: skip
    for account_id, day in ((a, 5), (b, 6), (b, 7)):
        started = dt.datetime(2026, 8, day, 10)
        visits.save_visit(
            visits.VisitDraft(account_id=account_id, started_at=started, purpose="回访"), actor=SCRIPT
        )
    feedback.add_entry(a, "complaint", "logistics", "送货晚了", dt.date(2026, 8, 6), actor=SCRIPT)
    promised = incentives.IncentiveDraft(a, kind="promotion", title="中秋促销让利",
                                         starts_on=dt.date(2026, 8, 1), ends_on=dt.date(2026, 8, 31),
                                         promised_cents=3_000 * YUAN,
                                         due_on=dt.date(2026, 9, 15), paid_on=dt.date(2026, 10, 10),
                                         paid_cents=3_000 * YUAN)  # fmt: skip
    incentives.save(promised, actor=SCRIPT)
    return made


def counted_again(office):
    """The quarter's value straight from the tables: the lines' sums and the default rates."""
    start, end = dt.datetime(2026, 7, 1), dt.datetime(2026, 9, 30, 23, 59, 59)
    revenue, cost = OrderLine.select(fn.SUM(OrderLine.amount_cents), fn.SUM(OrderLine.cost_cents)).where(
        OrderLine.ordered_on.between(Q3.start, Q3.end)).tuples().first()  # fmt: skip
    rate = dict(ServiceCostRate.select(ServiceCostRate.kind, ServiceCostRate.cents).tuples())
    contacts = Visit.select().where(Visit.started_at.between(start, end)).count() * rate["onsite"]
    complaints = (
        LedgerEntry.select().where(LedgerEntry.noted_on.between(Q3.start, Q3.end)).count() * rate["complaint"]
    )
    return revenue - cost, contacts + complaints  # nothing was paid within the quarter


def test_the_quarterly_review_prints_value_as_of_the_quarters_end(office, tmp_path, clock_at):
    figures = quarter_figures.quarter_figures(Q3)
    gross, serve = counted_again(office)
    assert (gross, serve) == (25_200 * YUAN, 1_100 * YUAN)  # 25,000 + 200; 3 visits x 300 + 1 complaint x 200
    v = figures.value
    assert (v.gross_profit, v.cost_to_serve, v.net_contribution, v.incentives_paid) == (
        gross,
        serve,
        gross - serve,
        0,
    )
    assert [(i.code, i.title, i.outstanding_cents) for i in figures.incentives_overdue] == [
        ("A", "中秋促销让利", 3_000 * YUAN)
    ]  # paid in October: still owed when the quarter ended
    assert [a.code for a in figures.loss_making] == ["B"]  # 200 gross, 600 of visits
    assert {a.code: a.signals for a in figures.accounts}["B"] == ("loss_making",)
    json = figures.to_json()
    assert (json["net_contribution_cents"], json["incentives_overdue_at_end"]) == (24_100 * YUAN, 1)
    path = QuarterlyReview(figures, "en").write(tmp_path / "q3.pdf")
    text = re.sub(r"\s+", " ", "\n".join(read(path)))
    assert "gross profit ¥25,200 (22.9% margin), cost to serve ¥1,100" in text
    assert "net contribution ¥24,100" in text
    assert re.search(r"A 客户A .*Promotion .*中秋促销让利 2026-09-15 ¥?3,000", text)

    clock_at(dt.datetime(2027, 1, 10, 9))  # later: a new rate, another payment, another quarter's visit
    value.set_rate("onsite", 900 * YUAN, dt.date(2027, 1, 10), actor=office["boss"])
    visits.save_visit(visits.VisitDraft(account_id=office["B"], started_at=dt.datetime(2026, 12, 20, 10),
                                        purpose="年终拜访"), actor=SCRIPT)  # fmt: skip
    assert quarter_figures.quarter_figures(Q3).to_json() == json | {"as_of": json["as_of"]}


def test_the_account_review_prints_value_wallet_and_the_incentives_as_they_stood(office, tmp_path):
    from kamdesk.reports.account_review import AccountReview
    from kamdesk.services import reviews

    value.record_need(office["A"], 400_000 * YUAN, dt.date(2026, 6, 1), "年度采购计划", actor=SCRIPT)
    value.record_need(
        office["A"], 900_000 * YUAN, dt.date(2026, 11, 1), "采购经理口述", actor=SCRIPT
    )  # after Q3
    data = reviews.account_review(office["A"], Q3)
    figures = data.to_json()
    assert (figures["gross_profit_cents"], figures["cost_to_serve_cents"]) == (25_000 * YUAN, 500 * YUAN)
    assert figures["share_of_wallet"] == 0.25  # 100,000 of the 400,000 estimated by the end
    assert figures["incentives_overdue_at_end"] == 1 and "risk_incentives_overdue" in figures["risks"]
    value_card = next(c for c in data.cards if c.key == "value")
    assert value_card.overdue_incentives == 1 and value_card.suggest_at_risk
    text = re.sub(r"\s+", " ", "\n".join(read(AccountReview(data, "en").write(tmp_path / "a.pdf"))))
    assert "In the period ¥100,000 ¥25,000 25.0% ¥500 ¥24,500" in text
    assert "an estimated need of ¥400,000 a year (年度采购计划, 2026-06-01)" in text
    assert "中秋促销让利 2026-08-01 – 2026-08-31 ¥3,000 — 2026-09-15 Overdue" in text
    assert "1 rebates or promotions overdue, ¥3,000 unpaid" in text
    losing = reviews.account_review(office["B"], Q3)
    assert [r.key for r in losing.risks if r.key == "risk_loss_making"] == ["risk_loss_making"]
