"""Sales history in the shapes the analyses take: read from the sales facts kept ready
(kamdesk.store.sales_facts), and from the order lines only for the days around whole months."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import Value, fn

from kamdesk import clock
from kamdesk.rules import analytics
from kamdesk.store import sales_facts
from kamdesk.store.models import AccountProductLine, BuyingCycle, SalesMonth, database
from kamdesk.store.row_values import as_date_not_null


@dataclass(frozen=True)
class Sold:
    """Order lines summed: how many, their amount, the amount of those whose cost is known, that cost."""

    lines: int = 0
    amount_cents: int = 0
    costed_amount_cents: int = 0
    cost_cents: int = 0


def sold_by_account(
    since: dt.date, until: dt.date, account_ids: Iterable[int] | None = None
) -> dict[int, Sold]:
    """Each account's order lines dated `since` to `until` (both included), summed; only accounts
    with lines then (only `account_ids`'s). Whole months come from the sales facts; a month cut short
    from its facts less the lines of its days outside the range, or from the lines of its days inside,
    whichever are fewer days (the trailing year from the 2nd reads one day's lines, not 29), through
    the lines' (account, date) index: never a pass over every line."""
    ids = None if account_ids is None else list(account_ids)
    if since > until or ids == []:
        return {}
    months, added, taken = _pieces(since, until)
    parts: list[Iterable[tuple]] = []
    if months is not None:
        facts = (
            SalesMonth.lines,
            SalesMonth.amount_cents,
            SalesMonth.costed_amount_cents,
            SalesMonth.cost_cents,
        )
        query = SalesMonth.select(SalesMonth.account, *map(fn.SUM, facts)).where(
            SalesMonth.month.between(*months)
        )
        if ids is not None:
            query = query.where(SalesMonth.account.in_(ids))
        parts.append(database.execute(query.group_by(SalesMonth.account)))
    parts += [_lines_sold(start, end, ids) for start, end in added]
    parts += [
        [(a, *(-int(s) for s in sums)) for a, *sums in _lines_sold(start, end, ids)] for start, end in taken
    ]
    totals: dict[int, list[int]] = {}
    for account_id, *sums in itertools.chain.from_iterable(parts):
        if account_id in totals:
            totals[account_id] = [a + int(b) for a, b in zip(totals[account_id], sums, strict=True)]
        else:
            totals[account_id] = [int(s) for s in sums]
    return {account_id: Sold(*sums) for account_id, sums in totals.items() if sums[0]}  # sums[0]: lines


def _pieces(since: dt.date, until: dt.date) -> tuple[tuple[dt.date, dt.date] | None, list, list]:
    """since..until as the sales facts of the months first..last (None: none), plus the lines of the
    `added` day ranges, less the lines of the `taken` ones: a month cut short counts the fewer of its
    days, those inside the range or those outside it."""
    first, last = since.replace(day=1), until.replace(day=1)
    added: list[tuple[dt.date, dt.date]] = []
    taken: list[tuple[dt.date, dt.date]] = []
    if first == last:  # one month: its days inside, or the month less the days either side
        outside = [(first, since - _DAY), (until + _DAY, _month_end(until))]
        if _days(since, until) <= sum(_days(start, end) for start, end in outside):
            return None, [(since, until)], []
        return (first, last), [], [(start, end) for start, end in outside if start <= end]
    if since != first:
        if _days(first, since - _DAY) < _days(since, _month_end(since)):
            taken.append((first, since - _DAY))
        else:
            added.append((since, _month_end(since)))
            first = _month_end(since) + _DAY
    if until != _month_end(until):
        if _days(until + _DAY, _month_end(until)) < _days(last, until):
            taken.append((until + _DAY, _month_end(until)))
        else:
            added.append((last, until))
            last = (last - _DAY).replace(day=1)
    return ((first, last) if first <= last else None), added, taken


def _days(start: dt.date, end: dt.date) -> int:
    return max((end - start).days + 1, 0)


def revenue_by_account(since: dt.date, until: dt.date) -> dict[int, int]:
    return {account_id: sold.amount_cents for account_id, sold in sold_by_account(since, until).items()}


def _lines_sold(since: dt.date, until: dt.date, ids: list[int] | None) -> list[tuple]:
    """(account, lines, amount, costed amount, cost) straight from the lines, for a few days: one
    look-up of the (account, date) index per account."""
    accounts = "SELECT id FROM account" if ids is None else ", ".join([database.param] * len(ids))
    cursor = database.execute_sql(
        f"SELECT account_id, {sales_facts.SUMS} FROM order_line WHERE account_id IN ({accounts}) "
        f"AND ordered_on BETWEEN {database.param} AND {database.param} GROUP BY account_id",
        [*(ids or []), since, until],
    )
    return cursor.fetchall()


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


_DAY = dt.timedelta(days=1)


def trailing_pareto(today: dt.date | None = None, months: int = 12) -> analytics.Pareto:
    """The 80:20 view of the trailing twelve months' revenue."""
    today = today or clock.today()
    since = today - dt.timedelta(days=round(months * 365 / 12))
    return analytics.pareto(revenue_by_account(since, today))


def slipping_accounts(today: dt.date | None = None) -> list[analytics.Slipping]:
    """Accounts past 1.5 times their buying cycle, from the cycles the sales facts keep."""
    query = BuyingCycle.select(BuyingCycle.account, BuyingCycle.last_on, BuyingCycle.typical_days)
    cycles = (
        (account_id, as_date_not_null(last), typical) for account_id, last, typical in database.execute(query)
    )
    return analytics.slipping_cycles(cycles, today or clock.today())


def cycles_on(
    day: dt.date, account_ids: Iterable[int] | None = None
) -> list[tuple[int, dt.date, float | None]]:
    """Each account's (id, last ordering day, typical interval) as they stood at the end of `day`,
    from its orders dated up to it: the buying cycle the sales facts keep, less the ordering days
    since (read through the (account, date) index: a quarter's, not ten years')."""
    query = BuyingCycle.select(BuyingCycle.account, BuyingCycle.first_on, BuyingCycle.last_on,
                               BuyingCycle.typical_days, BuyingCycle.gaps)  # fmt: skip
    if account_ids is not None:
        query = query.where(BuyingCycle.account.in_(list(account_ids)))
    found, later = [], []
    for account_id, first, last, typical, gaps in database.execute(query):
        if as_date_not_null(first) > day:
            continue  # no order yet that day
        if as_date_not_null(last) <= day:
            found.append((account_id, as_date_not_null(last), typical))
        else:
            later.append((account_id, gaps))
    since = _days_after(day, [account_id for account_id, _ in later])
    cursor = database.cursor()
    for account_id, gaps in later:
        cursor.execute(
            f"SELECT MAX(ordered_on) FROM order_line WHERE account_id = {database.param} "
            f"AND ordered_on <= {database.param}",
            (account_id, day),
        )
        last = as_date_not_null(cursor.fetchone()[0])
        counted = sales_facts.parse_gaps(gaps)
        counted.subtract(analytics.gaps([last, *since[account_id]]))
        found.append((account_id, last, analytics.median_gap(+counted)))
    return found


def _days_after(day: dt.date, ids: list[int]) -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = database.execute_sql(
            f"SELECT DISTINCT account_id, ordered_on FROM order_line WHERE account_id IN "
            f"({', '.join([database.param] * len(chunk))}) AND ordered_on > {database.param}",
            [*chunk, day],
        )
        for account_id, ordered in rows:
            found.setdefault(account_id, []).append(as_date_not_null(ordered))
    return found


def whitespace() -> tuple[list[str], dict[int, set[str]]]:
    """Product lines (most sold first) and, per account, the lines it buys from us: the gaps are
    what to offer next."""
    bought = AccountProductLine.select(AccountProductLine.account, AccountProductLine.product_line)
    buys: dict[int, set[str]] = {}
    for account_id, line in database.execute(bought):
        buys.setdefault(account_id, set()).add(line)
    totals = AccountProductLine.select(
        AccountProductLine.product_line, fn.SUM(AccountProductLine.amount_cents)
    ).group_by(AccountProductLine.product_line)
    lines = [line for line, _ in sorted(database.execute(totals), key=lambda item: -item[1])]
    return lines, buys


def monthly_revenue(
    today: dt.date | None = None, months: int = 24, account_id: int | None = None
) -> list[tuple[str, int]]:
    """("2026-01", cents) for the last `months` months up to `today`, oldest first, empty months
    included; the office's, or one account's."""
    today = today or clock.today()
    labels = _month_labels(today, months)
    by_account = _monthly(labels, today, None if account_id is None else [account_id], by_account=False)
    totals = by_account.get(0, {})
    return [(label, totals.get(label, 0)) for label in labels]


def monthly_revenue_by_account(today: dt.date, months: int = 12) -> dict[int, list[tuple[str, int]]]:
    """monthly_revenue for every account that bought in the `months` months up to `today`."""
    labels = _month_labels(today, months)
    totals = _monthly(labels, today, None)
    return {a: [(label, by_month.get(label, 0)) for label in labels] for a, by_month in totals.items()}


def _monthly(
    labels: list[str], today: dt.date, ids: list[int] | None, by_account: bool = True
) -> dict[int, dict[str, int]]:
    """account -> month label -> revenue, for the months `labels` name, the last one up to `today`
    (not `by_account`: the accounts' together, under 0)."""
    since = dt.date.fromisoformat(labels[0] + "-01")
    totals: dict[int, dict[str, int]] = {}
    whole_until = today if today == _month_end(today) else today.replace(day=1) - _DAY
    if since <= whole_until:
        account = SalesMonth.account if by_account else Value(0)
        query = SalesMonth.select(account, SalesMonth.month, fn.SUM(SalesMonth.amount_cents)).where(
            SalesMonth.month.between(since, whole_until.replace(day=1))
        )
        if ids is not None:
            query = query.where(SalesMonth.account.in_(ids))
        group = (SalesMonth.account, SalesMonth.month) if by_account else (SalesMonth.month,)
        for account_id, month, cents in database.execute(query.group_by(*group)):
            totals.setdefault(account_id, {})[str(month)[:7]] = int(cents)
    if whole_until < today:  # this month, up to today
        for account_id, _, cents, *_ in _lines_sold(today.replace(day=1), today, ids):
            key = account_id if by_account else 0
            this_month = totals.setdefault(key, {})
            this_month[labels[-1]] = this_month.get(labels[-1], 0) + int(cents)
    return totals


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
