"""The demo office's value records: each big account's estimated annual need (share of wallet), the
rebates and promotions promised to them with their payments (most on time, some late, a few still
owed), and a few big accounts that lose money once their rebates are paid (seed 003's high sales at
a thin margin)."""

from __future__ import annotations

import datetime as dt
import random

from peewee import fn

from kamdesk.rules.vocab import IncentiveKind, Status, Tier
from kamdesk.store.models import Account, IncentiveAgreement, NeedEstimate, OrderLine, ServiceCostRate
from kamdesk.store.row_values import tuples

SOURCES = ["采购经理口述", "年度采购计划", "门店盘点估算", "行业协会数据", "对方财务总监"]
PROMOTIONS = ["春节堆头陈列费", "中秋促销让利", "新品进场费", "店庆联合促销"]


# What the demo office reckons a contact of each channel, and a complaint handled, cost it (yuan, as
# cents), from the start of its history.
RATES = {"onsite": 30000, "phone": 2000, "video": 5000, "resident": 50000, "event": 80000, "complaint": 20000}


def write_rates(since: dt.date) -> None:
    ServiceCostRate.insert_many(
        [{"kind": kind, "cents": cents, "effective_from": since} for kind, cents in RATES.items()]
    ).execute()


def pick_thin(rng: random.Random) -> set[int]:
    """A few big accounts (about one VIP in six) that buy at a thin margin."""
    vips = [a for (a,) in tuples(Account.select(Account.id).where(
        (Account.tier == Tier.VIP) & (Account.status == Status.ACTIVE)).order_by(Account.id))]  # fmt: skip
    return set(rng.sample(vips, k=max(1, len(vips) // 6))) if vips else set()


def write_value(today: dt.date, rng: random.Random, thin: set[int]) -> dict[str, int]:
    year_ago = today - dt.timedelta(days=364)
    revenue = dict(tuples(
        OrderLine.select(OrderLine.account, fn.SUM(OrderLine.amount_cents))
        .where(OrderLine.ordered_on.between(year_ago, today)).group_by(OrderLine.account)
    ))  # fmt: skip
    accounts = list(tuples(Account.select(Account.id, Account.tier).where(Account.status == Status.ACTIVE)))
    write_rates(dt.date(today.year - 3, 1, 1))
    needs, deals = [], []
    made = dt.datetime.combine(today, dt.time())
    for account_id, tier in accounts:
        bought = int(revenue.get(account_id, 0))
        if bought and (tier in (Tier.VIP, Tier.GROWTH) or rng.random() < 0.4):
            share = rng.uniform(0.15, 0.45) if tier == Tier.GROWTH else rng.uniform(0.35, 0.95)
            needs.append({
                "account": account_id, "annual_cents": round(bought / share, -4),
                "estimated_on": today - dt.timedelta(days=rng.randint(10, 270)),
                "source": rng.choice(SOURCES), "note": "", "created_at": made,
            })  # fmt: skip
        if tier in (Tier.VIP, Tier.GROWTH) or account_id in thin:
            deals += _agreements(account_id, today, rng, thin=account_id in thin)
    for chunk in range(0, len(needs), 400):
        NeedEstimate.insert_many(needs[chunk : chunk + 400]).execute()
    for chunk in range(0, len(deals), 200):
        IncentiveAgreement.insert_many(deals[chunk : chunk + 200]).execute()
    return {"need estimates": len(needs), "incentive agreements": len(deals)}


def _agreements(account_id: int, today: dt.date, rng: random.Random, thin: bool) -> list[dict]:
    """Half-year volume rebates over the last two years (the thin accounts' are rich) and a promotion,
    each due a month after its period; paid on time, late, or still owed."""
    out = []
    for year in (today.year - 1, today.year):
        for starts, ends in (
            (dt.date(year, 1, 1), dt.date(year, 6, 30)),
            (dt.date(year, 7, 1), dt.date(year, 12, 31)),
        ):
            if starts > today:
                continue
            rate = round(rng.uniform(5.0, 7.0), 1) if thin else rng.choice([1.0, 1.5, 2.0, 3.0])
            due = ends + dt.timedelta(days=30)
            owed = _purchases(account_id, starts, min(ends, today)) * rate / 100
            paid_on, paid = _payment(due, today, rng, round(owed))
            title = f"{year}年{'上' if starts.month == 1 else '下'}半年销量返利"
            out.append(_row(account_id, IncentiveKind.VOLUME_REBATE, title, starts, ends, due, paid_on, paid,
                            rate=rate))  # fmt: skip
    if rng.random() < 0.5:
        starts = today - dt.timedelta(days=rng.randint(60, 200))
        ends, amount = starts + dt.timedelta(days=30), rng.choice([3000, 5000, 8000, 12000]) * 100
        due = ends + dt.timedelta(days=20)
        paid_on, paid = _payment(due, today, rng, amount)
        title = rng.choice(PROMOTIONS)
        out.append(_row(account_id, IncentiveKind.PROMOTION, title, starts, ends, due, paid_on, paid,
                        promised=amount))  # fmt: skip
    return out


def _payment(
    due: dt.date, today: dt.date, rng: random.Random, owed: int
) -> tuple[dt.date | None, int | None]:
    roll = rng.random()
    if roll < 0.7:
        paid_on = due - dt.timedelta(days=rng.randint(0, 10))  # on time
    elif roll < 0.9:
        paid_on = due + dt.timedelta(days=rng.randint(10, 45))  # late: "rebate paid late"
    else:
        return None, None  # still owed
    return (paid_on, owed) if paid_on <= today else (None, None)


def _purchases(account_id: int, since: dt.date, until: dt.date) -> int:
    query = OrderLine.select(fn.SUM(OrderLine.amount_cents)).where(
        (OrderLine.account == account_id) & OrderLine.ordered_on.between(since, until)
    )
    return int(query.scalar() or 0)


def _row(account_id, kind, title, starts, ends, due, paid_on, paid, rate=None, promised=None) -> dict:
    made = dt.datetime.combine(starts, dt.time(9))
    return {"account": account_id, "kind": kind, "title": title, "starts_on": starts, "ends_on": ends,
            "rate_percent": rate, "product_line": "", "promised_cents": promised, "due_on": due,
            "paid_on": paid_on, "paid_cents": paid, "note": "", "created_at": made, "updated_at": made,
            "version": 1}  # fmt: skip
