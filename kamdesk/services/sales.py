"""Sales history read from the order lines, in the shapes the analyses take."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from peewee import fn

from kamdesk import clock
from kamdesk.rules import analytics
from kamdesk.store.models import OrderLine, database
from kamdesk.store.row_values import as_date_not_null


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


def order_days(
    until: dt.date | None = None, account_ids: Iterable[int] | None = None
) -> dict[int, list[dt.date]]:
    """Each account's ordering days (those on or before `until`; only `account_ids`'s)."""
    query = OrderLine.select(OrderLine.account, OrderLine.ordered_on).distinct()
    if until is not None:
        query = query.where(OrderLine.ordered_on <= until)
    if account_ids is not None:
        query = query.where(OrderLine.account.in_(list(account_ids)))
    result: dict[int, list[dt.date]] = {}
    dates: dict[object, dt.date] = {}  # two years hold ~730 days, and hundreds of thousands of rows
    for account_id, day in database.execute(query):
        date = dates.get(day)
        if date is None:
            date = dates[day] = as_date_not_null(day)
        result.setdefault(account_id, []).append(date)
    return result


def slipping_accounts(today: dt.date | None = None) -> list[analytics.Slipping]:
    return analytics.slipping(order_days(), today or clock.today())


def whitespace() -> tuple[list[str], dict[int, set[str]]]:
    """Product lines (most sold first) and, per account, the lines it buys from us: the gaps are
    what to offer next."""
    query = OrderLine.select(OrderLine.account, OrderLine.product_line).distinct()
    buys: dict[int, set[str]] = {}
    for account_id, line in database.execute(query):
        buys.setdefault(account_id, set()).add(line)
    totals = OrderLine.select(OrderLine.product_line, fn.SUM(OrderLine.amount_cents)).group_by(
        OrderLine.product_line
    )
    lines = [line for line, _ in sorted(database.execute(totals), key=lambda item: -item[1])]
    return lines, buys


def monthly_revenue(
    today: dt.date | None = None, months: int = 24, account_id: int | None = None
) -> list[tuple[str, int]]:
    """("2026-01", cents) for the last `months` months up to `today`, oldest first, empty months
    included; the office's, or one account's."""
    today = today or clock.today()
    labels = _month_labels(today, months)
    since = dt.date.fromisoformat(labels[0] + "-01")
    month = _month(OrderLine.ordered_on)
    query = (
        OrderLine.select(month, fn.SUM(OrderLine.amount_cents))
        .where(OrderLine.ordered_on.between(since, today))
        .group_by(month)
    )
    if account_id is not None:
        query = query.where(OrderLine.account == account_id)
    totals = {str(m)[:7]: int(c) for m, c in database.execute(query)}
    return [(label, totals.get(label, 0)) for label in labels]


def monthly_revenue_by_account(today: dt.date, months: int = 12) -> dict[int, list[tuple[str, int]]]:
    """monthly_revenue for every account that bought in the `months` months up to `today`."""
    labels = _month_labels(today, months)
    since = dt.date.fromisoformat(labels[0] + "-01")
    month_of = _month(OrderLine.ordered_on)
    query = (
        OrderLine.select(OrderLine.account, month_of, fn.SUM(OrderLine.amount_cents))
        .where(OrderLine.ordered_on.between(since, today))
        .group_by(OrderLine.account, month_of)
    )
    totals: dict[int, dict[str, int]] = {}
    for account_id, label, cents in database.execute(query):
        totals.setdefault(account_id, {})[str(label)[:7]] = int(cents)
    return {a: [(label, by_month.get(label, 0)) for label in labels] for a, by_month in totals.items()}


def _month_labels(today: dt.date, months: int) -> list[str]:
    """["2025-12", ..., "2026-11"]: the `months` months up to today's, oldest first."""
    labels = []
    year, month = today.year, today.month
    for _ in range(months):
        labels.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return labels[::-1]


def _month(column):
    """ "2026-01" from a date column: SQLite keeps dates as text; PostgreSQL formats them."""
    from peewee import PostgresqlDatabase

    if isinstance(database.obj, PostgresqlDatabase):
        return fn.TO_CHAR(column, "YYYY-MM")
    return fn.SUBSTR(column, 1, 7)
