import datetime as dt
import random

from kamdesk import demo
from kamdesk.rules import analytics
from kamdesk.services import sales
from kamdesk.store.models import Account

D = dt.date


def test_pareto_by_hand():
    result = analytics.pareto({1: 5000, 2: 3000, 3: 1000, 4: 500, 5: 500, 6: 0})
    assert [r.account_id for r in result.rows] == [1, 2, 3, 4, 5]  # no revenue, no row
    assert [round(r.cumulative_share, 2) for r in result.rows] == [0.5, 0.8, 0.9, 0.95, 1.0]
    assert result.top == [1, 2] and result.share_of_accounts == 0.4
    assert analytics.pareto({1: 100}).top == [1]
    assert analytics.pareto({}).rows == [] and analytics.pareto({}).share_of_accounts == 0.0


def test_pareto_ties_keep_the_lower_id_first():
    assert [r.account_id for r in analytics.pareto({7: 10, 3: 10, 5: 10}).rows] == [3, 5, 7]


def test_typical_interval_is_the_median_gap_of_ordering_days():
    days = [D(2026, 1, 1), D(2026, 1, 11), D(2026, 1, 21), D(2026, 2, 20), D(2026, 1, 21)]  # a day twice
    assert analytics.typical_interval(days) == 10.0  # gaps 10, 10, 30: median 10
    assert analytics.typical_interval(days[:3]) is None  # too little history


def test_the_median_gap_counted_is_the_typical_interval():
    """The buying cycle kept as counted gaps (kamdesk.store.sales_facts) gives the interval worked
    out from the days themselves, for any history."""
    rng = random.Random(3)
    for _ in range(300):
        days = [D(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 400)) for _ in range(rng.randint(0, 30))]
        assert analytics.median_gap(analytics.gaps(days)) == analytics.typical_interval(days), days


def test_slipping_past_one_and_a_half_intervals():
    regular = [D(2026, 1, 1) + dt.timedelta(days=10 * i) for i in range(6)]  # last order 2026-02-20
    history = {1: regular, 2: regular[:3]}
    assert analytics.slipping(history, D(2026, 3, 6)) == []  # 14 days: within 15
    found = analytics.slipping(history, D(2026, 3, 8))  # 16 days: past 1.5 x 10
    assert [(s.account_id, s.days_since, s.typical_days) for s in found] == [(1, 16, 10.0)]


def test_demo_sales_show_the_80_20_rule_and_slipping_accounts(opened, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    demo.fill_demo(accounts=200, seed=5)
    result = sales.trailing_pareto()
    assert 0.1 < result.share_of_accounts < 0.45  # a minority of accounts makes 80% of sales
    vip = {a.id for a in Account.select().where(Account.tier == "vip")}
    assert len(vip & set(result.top)) / len(vip) > 0.6
    slipping = sales.slipping_accounts()
    churned = {a.id for a in Account.select().where(Account.status == "churned")}
    assert slipping and churned & {s.account_id for s in slipping}  # churned accounts stopped buying
