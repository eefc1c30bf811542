"""Sales facts kept ready: sums of the order lines that the analyses read instead of the lines.

Ten years of an office's ERP history are millions of order lines, and any query that reads them all
takes seconds. The Dashboard, Sales, the reviews, tiers, whitespace and the buying-cycle warning read
instead:
- sales_month: each account's lines of each month, summed (amount, the amount whose cost is known,
  the cost, how many lines);
- account_product_line: what each account ever bought of each product line;
- buying_cycle: each account's ordering days summed up (first, last, how many, the median gap, and
  every gap counted).

The order lines stay the truth. These tables change only here, inside the transaction that writes or
changes the lines (the order import, the SKU-to-product-line table, the demo), on SQLite and
PostgreSQL alike; `check` compares them with a recomputation from the lines and can rebuild them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections import Counter
from collections.abc import Iterator

from peewee import SqliteDatabase

from kamdesk.rules import analytics
from kamdesk.store import bulk
from kamdesk.store.models import AccountProductLine, BuyingCycle, SalesMonth, database
from kamdesk.store.row_values import as_date_not_null

SUMS = (
    "COUNT(*), SUM(amount_cents), SUM(CASE WHEN cost_cents IS NULL THEN 0 ELSE amount_cents END), "
    "SUM(COALESCE(cost_cents, 0))"
)
MONTH_SUMS = ("lines", "amount_cents", "costed_amount_cents", "cost_cents")
LINE_SUMS = ("lines", "amount_cents")
WINDOW_DAYS = 92  # stored days read beyond an import's new days inside accounts' spans
MANY_ACCOUNTS = 500  # more accounts than this: their cycles are read in one pass over every account


def month_of(column: str) -> str:
    """SQL for the first day of `column`'s month, as sales_month.month holds it."""
    if isinstance(database.obj, SqliteDatabase):
        return f"substr({column}, 1, 7) || '-01'"
    return f"CAST(date_trunc('month', {column}) AS DATE)"


class Sums:
    """An import's lines summed by account and month and by account and product line, a part of the
    file at a time, and folded into the facts once, at the end (`write`): each part of a history file
    covers every account and month, and adding each part's sums into the tables costs more than the
    sums. Summed with numpy, whose sort and sums run in C: three million lines in a second, where a
    loop took four and the database's GROUP BY seventeen."""

    def __init__(self) -> None:
        import numpy as np

        self.np = np
        self._months: list[tuple[list, list]] = []  # each part's (keys, sums)
        self._lines: list[tuple[list, list]] = []
        self._month_of_day: dict[str, int] = {}
        self._line_at: dict[str, int] = {}

    def add(self, accounts, dates: list[str], product_lines: list[str], cents: list[int],
            costs: list[int | None] | None) -> None:  # fmt: skip
        """Lines just written, from their columns as the import holds them (accounts as a numpy
        column, dates as ISO text; costs None when the file has none)."""
        np, n = self.np, len(accounts)
        if not n:
            return
        amounts = np.fromiter(cents, dtype=np.int64, count=n)
        known, cost = np.zeros(n, bool), np.zeros(n, np.int64)
        if costs:
            known = np.fromiter((c is not None for c in costs), dtype=bool, count=n)
            cost = np.fromiter((c or 0 for c in costs), dtype=np.int64, count=n)
        for day in set(dates).difference(self._month_of_day):
            self._month_of_day[day] = int(day[:4]) * 12 + int(day[5:7]) - 1
        months = np.fromiter(map(self._month_of_day.__getitem__, dates), dtype=np.int64, count=n)
        month_sums = [np.ones(n, np.int64), amounts, np.where(known, amounts, 0), cost]
        self._months.append(_summed(np, [accounts, months], month_sums))
        for name in set(product_lines).difference(self._line_at):
            self._line_at[name] = len(self._line_at)
        lines = np.fromiter(map(self._line_at.__getitem__, product_lines), dtype=np.int64, count=n)
        self._lines.append(_summed(np, [accounts, lines], [np.ones(n, np.int64), amounts]))

    def write(self) -> None:
        """Add the sums into sales_month and account_product_line."""
        line_names = list(self._line_at)
        self._write("sales_month", MONTH_SUMS, self._months, lambda m: f"{m // 12:04d}-{m % 12 + 1:02d}-01")
        self._write("account_product_line", LINE_SUMS, self._lines, line_names.__getitem__)
        self._months, self._lines = [], []

    def _write(self, table: str, sums: tuple[str, ...], parts: list[tuple[list, list]], key_text) -> None:
        if not parts:
            return
        np = self.np
        keys = [np.concatenate([part[0][i] for part in parts]) for i in range(2)]
        values = [np.concatenate([part[1][i] for part in parts]) for i in range(len(sums))]
        firsts, totals = _summed(np, keys, values)
        columns = zip(*(f.tolist() for f in firsts), *(s.tolist() for s in totals), strict=True)
        rows = [(account, key_text(key), *values) for account, key, *values in columns]
        second_key = "month" if table == "sales_month" else "product_line"
        _add_rows(table, ("account_id", second_key), sums, rows)


def distinct(np, values):
    """The distinct values of a numpy column, in order (np.unique hashes, and is forty times slower on
    the import's hundreds of thousands of whole numbers than a sort)."""
    ordered = np.sort(values)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def within(np, values, ordered):
    """For each of `values`, whether it is among `ordered` (distinct and in order)."""
    at = np.searchsorted(ordered, values)
    found = np.zeros(len(values), dtype=bool)
    inside = at < len(ordered)
    found[inside] = ordered[at[inside]] == values[inside]
    return found


def _summed(np, keys: list, values: list) -> tuple[list, list]:
    """The distinct keys of the `keys` columns, and the sums of each of `values` for each (whole
    numbers, summed exactly), as numpy columns."""
    order = np.lexsort(keys[::-1])
    sorted_keys = [k[order] for k in keys]
    changed = np.zeros(len(order), dtype=bool)
    changed[0] = True
    for k in sorted_keys:
        changed[1:] |= k[1:] != k[:-1]
    starts = np.flatnonzero(changed)
    return [k[starts] for k in sorted_keys], [np.add.reduceat(v[order], starts) for v in values]


def _adding(table: str, keys: str, sums: tuple[str, ...]) -> str:
    """The ON CONFLICT clause that adds a row's sums into the one with the same keys."""
    added = ", ".join(f"{column} = {table}.{column} + excluded.{column}" for column in sums)
    return f"ON CONFLICT ({keys}) DO UPDATE SET {added}"


def _add_rows(table: str, keys: tuple[str, ...], sums: tuple[str, ...], rows: list[tuple]) -> None:
    """_add_sums for rows already summed."""
    on_conflict = _adding(table, ", ".join(keys), sums)
    for start in range(0, len(rows), 50_000):
        bulk.insert_rows(table, [*keys, *sums], rows[start : start + 50_000], on_conflict=on_conflict)


def give_product_line(sku: str, product_line: str) -> int:
    """The order lines of `sku` that have no product line get `product_line` (the office's SKU
    table), their sums moving with them; returns how many lines."""
    if not product_line:
        return 0
    unclassified = f"FROM order_line WHERE sku = {database.param} AND product_line = ''"
    _add_sums("account_product_line", "account_id, product_line", LINE_SUMS,
              f"SELECT account_id, {database.param}, COUNT(*), SUM(amount_cents) {unclassified} "
              "GROUP BY account_id", [product_line, sku])  # fmt: skip
    moved = database.execute_sql(
        f"SELECT account_id, COUNT(*), SUM(amount_cents) {unclassified} GROUP BY account_id", [sku]
    ).fetchall()
    database.cursor().executemany(
        f"UPDATE account_product_line SET lines = lines - {database.param}, "
        f"amount_cents = amount_cents - {database.param} "
        f"WHERE account_id = {database.param} AND product_line = ''",
        [(lines, cents, account_id) for account_id, lines, cents in moved],
    )
    database.execute_sql("DELETE FROM account_product_line WHERE lines = 0")
    cursor = database.execute_sql(
        f"UPDATE order_line SET product_line = {database.param} "
        f"WHERE sku = {database.param} AND product_line = ''",
        [product_line, sku],
    )
    return cursor.rowcount


def _add_sums(table: str, keys: str, sums: tuple[str, ...], select: str, params: list | None = None) -> None:
    """Insert the rows `select` gives (the keys, then the sums) into `table`; where a row with the
    same keys is there already, add the sums into it."""
    database.execute_sql(
        f"INSERT INTO {table} ({keys}, {', '.join(sums)}) {select} {_adding(table, keys, sums)}", params
    )


def add_days(pairs, stored_before: int) -> None:
    """Fold an import's new ordering days into the buying cycles: `pairs` are the distinct, in order,
    (account << 32 | day ordinal) of the lines just written on days their account had no line
    (kamdesk.exchange.stored_lines.pair_keys); `stored_before` the last order line id before them.
    A new account's cycle is its new days'. Days before an account's first or after its last add
    their gaps to the kept ones (the usual monthly export). An account given a day between its first
    and last is worked out again from its days stored before and its new ones."""
    import numpy as np

    if not len(pairs):
        return
    accounts, days = pairs >> 32, pairs & 0xFFFFFFFF
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    query = BuyingCycle.select(BuyingCycle.account, BuyingCycle.first_on, BuyingCycle.last_on,
                               BuyingCycle.order_days, BuyingCycle.gaps)  # fmt: skip
    kept = {account_id: rest for account_id, *rest in database.execute(query)}
    rows, first_buyers, inside = [], [], {}
    for account_id, new in zip(accounts[starts].tolist(), np.split(days, starts[1:]), strict=True):
        if account_id not in kept:
            first_buyers.append(account_id)
            continue
        first, last, order_days, gaps = kept[account_id]
        first, last = as_date_not_null(first).toordinal(), as_date_not_null(last).toordinal()
        before, after = new[new < first], new[new > last]
        if len(before) + len(after) < len(new):
            inside[account_id] = new
            continue
        counted = (
            parse_gaps(gaps)
            + _counted_gaps([*before.tolist(), first])
            + _counted_gaps([last, *after.tolist()])
        )
        rows.append((account_id, dt.date.fromordinal(min([first, *before.tolist()])),
                     dt.date.fromordinal(max([last, *after.tolist()])), order_days + len(new),
                     analytics.median_gap(counted), _gaps_text(counted)))  # fmt: skip
    if first_buyers:
        rows += _cycles_of(np, pairs[within(np, accounts, np.array(first_buyers, dtype=np.int64))])
    if inside:
        rows += _with_days_inside(np, inside, kept, stored_before)
    _store_cycles(rows, [row[0] for row in rows])


def _with_days_inside(np, inside: dict, kept: dict, stored_before: int) -> list[tuple]:
    """buying_cycle's rows for accounts given days between their first and last: only the gaps
    between the stored days around the new ones change. They are read in a window around the new
    days (WINDOW_DAYS beyond them, so the days next to them are usually in it; else each is looked up
    on its own), not over every day the accounts ever ordered on."""
    ids = sorted(inside)
    low = min(int(new[0]) for new in inside.values()) - WINDOW_DAYS
    high = max(int(new[-1]) for new in inside.values()) + WINDOW_DAYS
    stored = _stored_pairs(np, ids, stored_before, dt.date.fromordinal(low), dt.date.fromordinal(high))
    stored_accounts, stored_days = stored >> 32, stored & 0xFFFFFFFF
    rows = []
    for account_id in ids:
        new = inside[account_id]
        first, last, order_days, gaps = kept[account_id]
        first, last = as_date_not_null(first).toordinal(), as_date_not_null(last).toordinal()
        at = np.searchsorted(stored_accounts, [account_id, account_id + 1])
        days = stored_days[at[0] : at[1]]
        low_new, high_new = int(new[0]), int(new[-1])
        i, j = int(np.searchsorted(days, low_new)), int(np.searchsorted(days, high_new, "right"))
        before, after = [], []  # the stored days next to the new ones, if any
        if i or low_new > first:
            before = [int(days[i - 1]) if i else _next_day(account_id, low_new, -1, stored_before)]
        if j < len(days) or high_new < last:
            after = [int(days[j]) if j < len(days) else _next_day(account_id, high_new, 1, stored_before)]
        between = days[i:j].tolist()
        counted = parse_gaps(gaps)
        counted.subtract(_counted_gaps([*before, *between, *after]))
        counted.update(_counted_gaps(sorted({*before, *between, *new.tolist(), *after})))
        counted = +counted  # no gap left counted zero times
        span = dt.date.fromordinal(min(first, low_new)), dt.date.fromordinal(max(last, high_new))
        rows.append(
            (account_id, *span, order_days + len(new), analytics.median_gap(counted), _gaps_text(counted))
        )
    return rows


def _next_day(account_id: int, day: int, direction: int, up_to_id: int) -> int:
    """The account's stored ordering day nearest `day` before it (direction -1) or after it (1)."""
    pick, compare = ("MAX", "<") if direction < 0 else ("MIN", ">")
    found = database.execute_sql(
        f"SELECT {pick}(ordered_on) FROM order_line WHERE account_id = {database.param} "
        f"AND ordered_on {compare} {database.param} AND id <= {database.param}",
        [account_id, dt.date.fromordinal(day).isoformat(), up_to_id],
    ).fetchone()[0]
    return as_date_not_null(found).toordinal()


def _stored_pairs(np, ids: list[int], up_to_id: int, low: dt.date, high: dt.date):
    """The (account << 32 | day ordinal) of the lines of `ids` stored up to line `up_to_id`, on days
    from `low` to `high`, distinct and in order."""
    sql = "SELECT DISTINCT account_id, ordered_on FROM order_line"
    where = [f"id <= {database.param}", f"ordered_on BETWEEN {database.param} AND {database.param}"]
    params: list = [up_to_id, low.isoformat(), high.isoformat()]
    if len(ids) <= MANY_ACCOUNTS:
        where.append(f"account_id IN ({', '.join([database.param] * len(ids))})")
        params += ids
    cursor = database.execute_sql(f"{sql} WHERE {' AND '.join(where)}", params)
    ordinals: dict[object, int] = {}
    found = []
    while rows := cursor.fetchmany(100_000):
        for _, day in rows:
            if day not in ordinals:
                ordinals[day] = as_date_not_null(day).toordinal()
        accounts = np.fromiter((account for account, _ in rows), np.int64, len(rows))
        days = np.fromiter((ordinals[day] for _, day in rows), np.int64, len(rows))
        found.append((accounts << 32) | days)
    return distinct(np, np.concatenate(found)) if found else np.zeros(0, np.int64)


def _cycles_of(np, pairs) -> list[tuple]:
    """buying_cycle's rows for the accounts of `pairs` (distinct, in order), from these days alone:
    the gaps counted for all accounts at once."""
    accounts, days = pairs >> 32, pairs & 0xFFFFFFFF
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    ends = np.r_[starts[1:], len(pairs)] - 1
    same = accounts[1:] == accounts[:-1]
    gap_keys = np.sort((accounts[1:][same] << 32) | (days[1:] - days[:-1])[same])
    first_of_key = np.flatnonzero(np.r_[True, gap_keys[1:] != gap_keys[:-1]]) if len(gap_keys) else gap_keys
    counts = np.diff(np.r_[first_of_key, len(gap_keys)])
    keys = gap_keys[first_of_key]
    counted: dict[int, Counter[int]] = {}
    for account, gap, n in zip(
        (keys >> 32).tolist(), (keys & 0xFFFFFFFF).tolist(), counts.tolist(), strict=True
    ):
        counted.setdefault(account, Counter())[gap] = n
    rows = []
    for account, first, last, n in zip(accounts[starts].tolist(), days[starts].tolist(), days[ends].tolist(),
                                       (ends - starts + 1).tolist(), strict=True):  # fmt: skip
        gaps = counted.get(account, Counter())
        rows.append((account, dt.date.fromordinal(first), dt.date.fromordinal(last), n,
                     analytics.median_gap(gaps), _gaps_text(gaps)))  # fmt: skip
    return rows


def _counted_gaps(ordinals: list[int]) -> Counter[int]:
    return Counter(b - a for a, b in itertools.pairwise(ordinals))


def _store_cycles(rows: list[tuple], ids: list[int] | None) -> None:
    """Put these buying cycles in place of those of `ids` (None: every account's)."""
    if ids is None:
        database.execute_sql("DELETE FROM buying_cycle")
    else:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            database.execute_sql(
                f"DELETE FROM buying_cycle WHERE account_id IN ({', '.join([database.param] * len(chunk))})",
                chunk,
            )
    fields = [BuyingCycle.account, BuyingCycle.first_on, BuyingCycle.last_on, BuyingCycle.order_days,
              BuyingCycle.typical_days, BuyingCycle.gaps]  # fmt: skip
    for start in range(0, len(rows), 500):
        BuyingCycle.insert_many(rows[start : start + 500], fields=fields).execute()


def _ordering_days() -> Iterator[tuple[int, list[dt.date]]]:
    """(account, its distinct ordering days, oldest first), account by account, read off the
    (account_id, ordered_on) index a row at a time: never every line in memory."""
    sql = "SELECT DISTINCT account_id, ordered_on FROM order_line"
    params: list[int] = []
    rows = database.execute_sql(sql + " ORDER BY account_id, ordered_on", params)
    dates: dict[object, dt.date] = {}  # ten years hold 3,650 days, and millions of rows

    def date(day: object) -> dt.date:
        found = dates.get(day)
        if found is None:
            found = dates[day] = as_date_not_null(day)
        return found

    for account_id, days in itertools.groupby(rows, key=operator.itemgetter(0)):
        yield account_id, [date(day) for _, day in days]


def _summed_by_the_database() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(table, its keys, its sums, the SELECT that sums every line into its rows), for the two
    tables of sums: what rebuild writes and differences compares with. The WHERE is SQLite's
    documented way to read a "SELECT ... ON CONFLICT" right."""
    month = month_of("ordered_on")
    return [
        ("sales_month", "account_id, month", MONTH_SUMS,
         f"SELECT account_id, {month}, {SUMS} FROM order_line WHERE true GROUP BY account_id, {month}"),
        ("account_product_line", "account_id, product_line", LINE_SUMS,
         "SELECT account_id, product_line, COUNT(*), SUM(amount_cents) FROM order_line WHERE true "
         "GROUP BY account_id, product_line"),
    ]  # fmt: skip


def rebuild() -> None:
    """Every fact again from the lines (after an upgrade or the demo, or when `check` found them
    wrong), summed by the database."""
    with database.atomic():
        for model in (SalesMonth, AccountProductLine, BuyingCycle):
            model.delete().execute()
        for table, keys, sums, select in _summed_by_the_database():
            _add_sums(table, keys, sums, select)
        _store_cycles([_cycle_of(account_id, days) for account_id, days in _ordering_days()], None)


def differences(limit: int = 10) -> list[str]:
    """Where the facts differ from a recomputation from the lines (empty: they are right)."""
    found: list[str] = []
    for table, keys, sums, recomputed in _summed_by_the_database():
        stored = f"SELECT {keys}, {', '.join(sums)} FROM {table}"
        for name, first, second in (
            ("missing or wrong", recomputed, stored),
            ("not in the lines", stored, recomputed),
        ):
            rows = database.execute_sql(
                f"SELECT * FROM ({first} EXCEPT {second}) AS d LIMIT {int(limit)}"
            ).fetchall()
            found += [f"{table} {name}: {row}" for row in rows]
    cycles = {
        row[0]: row[1:]
        for row in database.execute_sql(
            "SELECT account_id, first_on, last_on, order_days, typical_days, gaps FROM buying_cycle"
        )
    }
    for account_id, days in _ordering_days():
        expected = _cycle_of(account_id, days)[1:]
        got = cycles.pop(account_id, None)
        if got is None or _stored(got) != expected:
            found.append(f"buying_cycle of account {account_id}: {got} stored, {expected} from the lines")
    found += [f"buying_cycle of account {a}: stored, but it has no lines" for a in cycles]
    return found[:limit] if limit else found


def _cycle_of(account_id: int, days: list[dt.date]) -> tuple:
    """buying_cycle's row for an account's distinct ordering days, oldest first."""
    counted = analytics.gaps(days)
    return (account_id, days[0], days[-1], len(days), analytics.median_gap(counted), _gaps_text(counted))


def _gaps_text(counted: Counter[int]) -> str:
    return " ".join(f"{gap}:{n}" for gap, n in sorted(counted.items()))


def parse_gaps(text: str) -> Counter[int]:
    """buying_cycle.gaps read back."""
    return Counter({int(gap): int(n) for gap, n in (item.split(":") for item in text.split())})


def _stored(row: tuple) -> tuple:
    first, last, count, typical, gaps = row
    return (as_date_not_null(first), as_date_not_null(last), count, typical, gaps)
