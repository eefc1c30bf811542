"""The sales facts (kamdesk.store.sales_facts) always equal a recomputation from the order lines, and
every analysis read from them gives what the plain computation over every line gives
(tests/domain/sales_oracle.py), on SQLite and PostgreSQL."""

import datetime as dt

import pytest

from kamdesk import demo, errors
from kamdesk.exchange import order_import, sku_lines
from kamdesk.rules import analytics
from kamdesk.services import accounts, as_of, delivery, incentives, sales
from kamdesk.store import sales_facts
from kamdesk.store.models import Account, AccountProductLine, BuyingCycle, SalesMonth
from tests.conftest import SCRIPT
from tests.domain import sales_oracle

D = dt.date
TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def demo_office(opened, clock_at, tmp_path):
    """The demo, and an ERP file without costs on the days where periods begin and end, some of them
    after today."""
    clock_at(TODAY)
    demo.fill_demo(accounts=60, seed=4)
    codes = [a.code for a in Account.select().order_by(Account.id).limit(6)]
    days = ["2025-11-22", "2025-11-23", "2026-08-31", "2026-09-01", "2026-11-23", "2026-11-30", "2027-01-10"]
    rows = [f"{code},{day},SKU-X{i},新品,1,{10 + i}" for i, (code, day) in enumerate(
        (code, day) for code in codes for day in days)]  # fmt: skip
    order_import.import_orders(write(tmp_path, "erp.csv", rows), actor=SCRIPT)


def facts() -> tuple:
    """Every fact stored, to compare before and after."""
    return tuple(
        sorted(tuple(str(v) for v in row) for row in model.select().tuples())
        for model in (SalesMonth, AccountProductLine, BuyingCycle)
    )


RANGES = [
    (D(2025, 11, 23), D(2026, 11, 23)),  # the trailing year: days at both ends
    (D(2026, 7, 1), D(2026, 9, 30)),  # a quarter: whole months only
    (D(2026, 7, 15), D(2026, 9, 10)),  # days, a whole month, days
    (D(2026, 8, 5), D(2026, 8, 20)),  # inside one month
    (D(2026, 8, 31), D(2026, 9, 1)),  # two days across a month's end
    (D(2020, 1, 1), D(2030, 12, 31)),  # everything
    (D(2026, 3, 1), D(2026, 2, 28)),  # empty
    (D(2025, 11, 5), D(2026, 11, 29)),  # months cut short, read as whole months less the days outside
    (D(2026, 8, 2), D(2026, 8, 30)),  # one month less a day either side (lines on the 31st)
    (D(2026, 9, 1), D(2026, 11, 30)),  # whole months, the last after today
]


def test_every_analysis_reads_what_every_line_says(demo_office):
    assert sales_facts.differences() == []
    # what is compared is there to compare: sales with and without cost, slipping accounts, gaps
    year = sales_oracle.sold_by_account(*RANGES[0])
    assert len(year) > 30 and any(v[2] for v in year.values()) and any(v[2] < v[1] for v in year.values())
    assert len(sales_oracle.slipping(D(2026, 11, 23))) >= 3
    for since, until in RANGES:
        expected = sales_oracle.sold_by_account(since, until)
        got = {a: (s.lines, s.amount_cents, s.costed_amount_cents, s.cost_cents)
               for a, s in sales.sold_by_account(since, until).items()}  # fmt: skip
        assert got == expected, (since, until)
        assert sales.revenue_by_account(since, until) == {a: v[1] for a, v in expected.items()}
    some = sorted(sales_oracle.order_days())[:5]
    for since, until in RANGES[:3]:
        expected = {a: v for a, v in sales_oracle.sold_by_account(since, until).items() if a in some}
        assert {a: s.amount_cents for a, s in sales.sold_by_account(since, until, some).items()} == {
            a: v[1] for a, v in expected.items()
        }
    for today in (D(2026, 11, 23), D(2026, 10, 31), D(2026, 11, 1), D(2026, 2, 28), D(2027, 3, 15)):
        by_account = sales_oracle.monthly(today, 12)
        got = sales.monthly_revenue_by_account(today, 12)
        assert {a: {m: c for m, c in rows if c} for a, rows in got.items()} == {
            a: {m: c for m, c in by_month.items() if c} for a, by_month in by_account.items()
        }
        office = sales_oracle.monthly(today, 24)
        totals: dict[str, int] = {}
        for by_month in office.values():
            for label, cents in by_month.items():
                totals[label] = totals.get(label, 0) + cents
        assert [c for _, c in sales.monthly_revenue(today, 24)] == [
            totals.get(label, 0) for label, _ in sales.monthly_revenue(today, 24)
        ]
        one = some[0]
        assert dict(sales.monthly_revenue(today, 12, one)) == {
            label: sales_oracle.monthly(today, 12, one).get(one, {}).get(label, 0)
            for label, _ in sales.monthly_revenue(today, 12, one)
        }
        assert sales.slipping_accounts(today) == sales_oracle.slipping(today)
    for day in (D(2026, 9, 30), D(2026, 6, 30), D(2025, 12, 31), D(2026, 11, 23), D(2024, 1, 31)):
        history = sales_oracle.order_days(until=day)
        assert sorted(sales.cycles_on(day)) == sorted(
            (a, max(days), analytics.typical_interval(days)) for a, days in history.items()
        ), day
        assert as_of.slipping_at(day) == {s.account_id: s for s in analytics.slipping(history, day)}
        assert as_of.slipping_at(day, some) == {
            s.account_id: s for s in analytics.slipping({a: history[a] for a in some if a in history}, day)
        }
    assert sales.whitespace() == sales_oracle.whitespace()
    lines, buys = sales_oracle.whitespace()
    assert incentives.product_lines() >= {line for line in lines if line}
    for account_id in some:
        assert set(delivery.product_lines(account_id)) >= {line for line in buys[account_id] if line}


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("\n".join(["客户编号,日期,物料编码,产品线,数量,金额", *rows]) + "\n", encoding="utf-8")
    return path


def test_imports_re_imports_and_refused_files_keep_the_facts_equal_to_the_lines(office, tmp_path):
    rows = [
        "KA001,2026-10-01,SKU-1,饮料,10,1200.50",
        "KA001,2026-10-15,SKU-2,,5,300",
        "KA002,2026-10-02,SKU-1,饮料,2,240",
    ]
    first = write(tmp_path, "oct.csv", rows)
    order_import.import_orders(first, actor=SCRIPT)
    assert sales_facts.differences() == []
    ka001 = Account.get(Account.code == "KA001").id
    assert sales.sold_by_account(D(2026, 10, 1), D(2026, 10, 31))[ka001].amount_cents == 150050
    before = facts()
    assert order_import.import_orders(first, actor=SCRIPT).new == 0  # the same file again: nothing new
    assert facts() == before
    bad = write(
        tmp_path, "bad.csv", ["KA001,2026-11-01,SKU-1,饮料,1,100", "KA999,2026-11-02,SKU-1,饮料,1,100"]
    )
    with pytest.raises(errors.ImportRefusedError):
        order_import.import_orders(bad, actor=SCRIPT)
    assert facts() == before
    more = write(tmp_path, "nov.csv", [f"KA001,2026-{m:02d}-{d:02d},SKU-3,乳品,1,{d}" for m in (9, 11)
                                       for d in (3, 9, 16, 27)])  # fmt: skip
    order_import.import_orders(more, actor=SCRIPT)  # before and after what was there: cycles recomputed
    assert sales_facts.differences() == []
    assert BuyingCycle.get(BuyingCycle.account == ka001).order_days == 10
    accounts.save_account(
        accounts.AccountDraft(code="KA003", name="南京苏果超市", owner_id=office.id), actor=SCRIPT
    )
    december = ["KA001,2026-12-01,SKU-3,乳品,1,5", "KA001,2026-12-15,SKU-3,乳品,1,5",
                "KA002,2026-12-20,SKU-1,饮料,1,9", "KA003,2026-12-21,SKU-1,饮料,1,9"]  # fmt: skip
    later = write(tmp_path, "dec.csv", december)
    order_import.import_orders(
        later, actor=SCRIPT
    )  # days after the last ones, and a first buyer: kept cycles grow
    assert sales_facts.differences() == []
    assert BuyingCycle.get(BuyingCycle.account == ka001).order_days == 12
    same_day = write(tmp_path, "dec2.csv", ["KA001,2026-12-15,SKU-4,乳品,2,7"])  # more on a day it has
    order_import.import_orders(same_day, actor=SCRIPT)
    assert sales_facts.differences() == [] and BuyingCycle.get(BuyingCycle.account == ka001).order_days == 12


def test_giving_skus_product_lines_moves_their_sums(office, tmp_path):
    path = write(tmp_path, "oct.csv", ["KA001,2026-10-01,SKU-9,,10,100", "KA002,2026-10-02,SKU-9,,2,20",
                                       "KA002,2026-10-03,SKU-8,,1,5"])  # fmt: skip
    order_import.import_orders(path, actor=SCRIPT)
    assert sales_facts.differences() == []
    assert sku_lines.set_lines({"SKU-9": "调味品"}, actor=SCRIPT) == 2
    assert sales_facts.differences() == []
    _, buys = sales.whitespace()
    assert buys[Account.get(Account.code == "KA001").id] == {"调味品"}
    assert buys[Account.get(Account.code == "KA002").id] == {"调味品", ""}


def test_check_finds_facts_that_differ_from_the_lines_and_rebuild_mends_them(demo_office):
    row = SalesMonth.select().first()
    SalesMonth.update(amount_cents=SalesMonth.amount_cents + 1).where(SalesMonth.id == row.id).execute()
    BuyingCycle.delete().where(BuyingCycle.account == row.account_id).execute()
    found = sales_facts.differences()
    assert any("sales_month" in f for f in found) and any(f"account {row.account_id}" in f for f in found)
    sales_facts.rebuild()
    assert sales_facts.differences() == []
