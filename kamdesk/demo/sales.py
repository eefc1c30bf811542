"""Two years of the demo office's order lines: seasonal, each account buying its own product lines,
a few slipping away, the churned ones stopping at their churn date with their reasons recorded. Each
line carries the ERP's cost: margins differ by product line, and a few big accounts buy at a price
that leaves almost nothing (kamdesk.demo.value pays them rebates on top)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection

from kamdesk.rules.vocab import Status, Tier
from kamdesk.store import db, sales_facts
from kamdesk.store.models import Account
from kamdesk.store.row_values import tuples

PRODUCT_LINES = {  # product line -> (skus, typical price per unit)
    "饮料": (["BEV-001", "BEV-002", "BEV-015", "BEV-020"], 48.0),
    "休闲食品": (["SNK-101", "SNK-110", "SNK-130"], 36.0),
    "调味品": (["SEA-201", "SEA-205"], 22.0),
    "乳品": (["DAI-301", "DAI-310"], 55.0),
    "方便食品": (["INS-401", "INS-402"], 30.0),
    "酒类": (["LIQ-501", "LIQ-520"], 160.0),
}
MARGIN = {"饮料": 0.22, "休闲食品": 0.30, "调味品": 0.35, "乳品": 0.15, "方便食品": 0.25, "酒类": 0.40}
THIN_MARGIN = 0.03  # what a "big but thin" account leaves on its goods
SEASON = {
    1: 1.6,
    2: 1.3,
    3: 0.8,
    4: 0.85,
    5: 0.95,
    6: 1.2,
    7: 1.35,
    8: 1.3,
    9: 1.0,
    10: 1.05,
    11: 0.9,
    12: 1.4,
}
GROWTH: dict[str, float] = {Tier.GROWTH: 1.5, Tier.NEGATIVE: 0.6}  # a year on the year before
CYCLE_DAYS: dict[str, int] = {Tier.VIP: 7, Tier.GROWTH: 12, Tier.NEGATIVE: 25, Tier.UNCLASSIFIED: 20}
SIZE: dict[str, int] = {
    Tier.VIP: 150,
    Tier.GROWTH: 30,
    Tier.NEGATIVE: 10,
    Tier.UNCLASSIFIED: 8,
}  # VIPs make most of the money (seed 001)
SURFACE = ["价格偏高", "淡季不进货", "对方换了采购经理", "促销支持不足"]
DEEP = ["连续两个季度交货延迟", "竞品返利高出 3 个点", "投诉长期未解决", "对接业务员频繁更换"]
DEEP_STEP = dict(zip(DEEP, ("logistics", "value", "service", "communication"), strict=True))
OTHER_DEEP = [
    "被集团收购,改由总部统一采购",
    "客户转产,不再需要该品类",
    "客户资金链断裂停业",
]  # no step of ours failed
COMPETITORS = ["康达食品", "华润万家供应链", "统联商贸", "金源贸易"]


def write_sales(
    today: dt.date, rng: random.Random, cost_rng: random.Random, thin: Collection[int] = ()
) -> int:
    """Order lines for every active and churned account; returns how many were written. Costs are
    drawn from `cost_rng`; the accounts in `thin` buy at THIN_MARGIN."""
    start = dt.date(today.year - 2, today.month, 1)
    rows = []
    deliveries = Deliveries(today)
    query = Account.select(Account.id, Account.tier, Account.status).where(Account.status != Status.PROSPECT)
    for account_id, tier, status in tuples(query):
        lines = rng.sample(list(PRODUCT_LINES), k=rng.randint(2, 5))  # leaves whitespace to sell into
        stop = today
        if status == Status.CHURNED:
            stop = today - dt.timedelta(days=rng.randint(40, 400))
            churned_on, surface = stop + dt.timedelta(days=rng.randint(20, 60)), rng.choice(SURFACE)
            deep, competitor = rng.choice(DEEP), rng.choice(COMPETITORS)
            step = DEEP_STEP[deep]
            if account_id % 10 < 3:  # about 30% went for reasons of their own (seed 004: ~70% at a step)
                deep, step = OTHER_DEEP[account_id % len(OTHER_DEEP)], "other"
            Account.update(
                churned_on=churned_on, churn_surface=surface, churn_deep=deep, churn_competitor=competitor,
                churn_step=step,
            ).where(Account.id == account_id).execute()  # fmt: skip
        else:
            step = ""
            if rng.random() < 0.08:
                stop = today - dt.timedelta(days=rng.randint(60, 120))  # slipping: buying stopped lately
        growth = GROWTH.get(tier, 1.0)
        cycle = CYCLE_DAYS[tier] * rng.uniform(0.8, 1.25)  # each account orders on its own rhythm
        day = start + dt.timedelta(days=rng.randint(0, int(cycle)))
        while day < stop:
            share = (day - start).days / 730
            size = SIZE[tier] * SEASON[day.month] * (1 + (growth - 1) * share)
            for _ in range(rng.randint(1, 3)):  # an order of one to three lines
                line = rng.choice(lines)
                skus, price = PRODUCT_LINES[line]
                sku = rng.choice(skus)
                quantity = float(max(1, round(rng.gauss(size, size / 4))))
                cents = round(quantity * price * rng.uniform(0.9, 1.1) * 100)
                margin = THIN_MARGIN if account_id in thin else MARGIN[line] + cost_rng.uniform(-0.03, 0.03)
                rows.append(
                    (account_id, day.isoformat(), sku, line, quantity, cents, round(cents * (1 - margin)),
                     *deliveries.of(account_id, day, quantity, poor=step == "logistics"))
                )  # fmt: skip
            day += dt.timedelta(days=max(1, round(cycle * rng.uniform(0.8, 1.2))))
    columns = [
        "account_id",
        "ordered_on",
        "sku",
        "product_line",
        "quantity",
        "amount_cents",
        "cost_cents",
        "requested_on",
        "delivered_on",
        "delivered_quantity",
        "urgent",
    ]
    for i in range(0, len(rows), 5000):
        db.insert_rows("order_line", columns, rows[i : i + 5000])
    sales_facts.rebuild()  # the demo's lines are the office's only ones
    return len(rows)


class Deliveries:
    """Each line's promised and delivered day (guarantee 3), from a stream of its own (the office's
    stays as it was): promised three days after the order (the next day when urgent, one in
    sixteen), nearly all delivered on time and whole; accounts with poor logistics (a churned one
    that left over it, and one active account in eleven) get a third of theirs late or short. A line
    not yet delivered today has no delivered day."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.rng = random.Random(20261201)

    def of(self, account_id: int, day: dt.date, quantity: float, *, poor: bool = False) -> tuple:
        rng = self.rng
        urgent = rng.random() < 1 / 16
        requested = day + dt.timedelta(days=1 if urgent else 3)
        poor = poor or account_id % 11 == 0
        late = rng.randint(1, 6) if rng.random() < (0.3 if poor else 0.01) else 0
        early = day + dt.timedelta(days=rng.randint(1, 1 if urgent else 3))
        delivered = requested + dt.timedelta(days=late) if late else early
        short = rng.random() < (0.1 if poor else 0.005)
        delivered_quantity = float(max(1, round(quantity * 0.8))) if short else quantity
        if delivered > self.today:
            return requested.isoformat(), None, None, urgent
        return requested.isoformat(), delivered.isoformat(), delivered_quantity, urgent
