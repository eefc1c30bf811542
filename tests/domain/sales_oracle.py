"""The sales analyses computed the plain way, straight from every order line (as KAMDesk did before
the sales facts): the second, independent way the tests check the facts-backed services against."""

from __future__ import annotations

import datetime as dt

from kamdesk.rules import analytics
from kamdesk.store.models import database
from kamdesk.store.row_values import as_date_not_null


def _rows(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql.replace("?", database.param), list(params)).fetchall()


def sold_by_account(since: dt.date, until: dt.date) -> dict[int, tuple[int, int, int, int]]:
    """account -> (lines, amount, amount of the lines with a cost, that cost)."""
    return {
        a: (int(n), int(amount), int(costed), int(cost))
        for a, n, amount, costed, cost in _rows(
            "SELECT account_id, COUNT(*), SUM(amount_cents), "
            "SUM(CASE WHEN cost_cents IS NULL THEN 0 ELSE amount_cents END), COALESCE(SUM(cost_cents), 0) "
            "FROM order_line WHERE ordered_on BETWEEN ? AND ? GROUP BY account_id",
            (since, until),
        )
    }


def order_days(until: dt.date | None = None) -> dict[int, list[dt.date]]:
    days: dict[int, list[dt.date]] = {}
    for account_id, day in _rows("SELECT DISTINCT account_id, ordered_on FROM order_line"):
        if until is None or as_date_not_null(day) <= until:
            days.setdefault(account_id, []).append(as_date_not_null(day))
    return days


def slipping(today: dt.date) -> list[analytics.Slipping]:
    return analytics.slipping(order_days(), today)


def whitespace() -> tuple[list[str], dict[int, set[str]]]:
    buys: dict[int, set[str]] = {}
    for account_id, line in _rows("SELECT DISTINCT account_id, product_line FROM order_line"):
        buys.setdefault(account_id, set()).add(line)
    totals = _rows("SELECT product_line, SUM(amount_cents) FROM order_line GROUP BY product_line")
    return [line for line, _ in sorted(totals, key=lambda item: -item[1])], buys


def monthly(today: dt.date, months: int, account_id: int | None = None) -> dict[int, dict[str, int]]:
    """account -> "YYYY-MM" -> revenue, the `months` months up to `today`."""
    year, month = today.year, today.month
    for _ in range(months - 1):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    found: dict[int, dict[str, int]] = {}
    sql = "SELECT account_id, ordered_on, amount_cents FROM order_line WHERE ordered_on BETWEEN ? AND ?"
    params: list = [dt.date(year, month, 1), today]
    if account_id is not None:
        sql, params = sql + " AND account_id = ?", [*params, account_id]
    for account, day, cents in _rows(sql, params):
        label = as_date_not_null(day).isoformat()[:7]
        found.setdefault(account, {})[label] = found.get(account, {}).get(label, 0) + int(cents)
    return found
