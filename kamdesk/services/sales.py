"""Sales history read from the order lines, in the shapes the analyses take."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from kamdesk import analytics, clock
from kamdesk.models import OrderLine, database


def revenue_by_account(since: dt.date, until: dt.date) -> dict[int, int]:
    query = (
        OrderLine.select(OrderLine.account, fn.SUM(OrderLine.amount_cents))
        .where(OrderLine.ordered_on.between(since, until))
        .group_by(OrderLine.account)
    )
    return {account_id: int(total) for account_id, total in database.execute(query)}


def trailing_pareto(today: dt.date | None = None, months: int = 12) -> analytics.Pareto:
    """The 80:20 view of the trailing twelve months' revenue."""
    today = today or clock.today()
    since = today - dt.timedelta(days=round(months * 365 / 12))
    return analytics.pareto(revenue_by_account(since, today))


def order_days() -> dict[int, list[dt.date]]:
    query = OrderLine.select(OrderLine.account, OrderLine.ordered_on).distinct()
    result: dict[int, list[dt.date]] = {}
    for account_id, day in database.execute(query):
        result.setdefault(account_id, []).append(
            day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
        )
    return result


def slipping_accounts(today: dt.date | None = None) -> list[analytics.Slipping]:
    return analytics.slipping(order_days(), today or clock.today())
