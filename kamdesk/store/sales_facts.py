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
from typing import Any

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
ROWS_AT_A_TIME = 50_000  # sums written at a time
FOLDED = 4  # an import's sums of this many parts are summed into one as it goes (Sums)
GROWN_AT_A_TIME = 200_000  # an import's new ordering days folded into the buying cycles at a time


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
    loop took four and the database's GROUP BY seventeen. Every FOLDED parts' sums are summed into
    one as the parts come: memory stays bounded by the keys, and the work falls while the import
    waits for the file's next part rather than at the end."""

    def __init__(self) -> None:
        import numpy as np

        self.np = np
        self._months: list[tuple[Any, list]] = []  # (account << 32 | month, sums) of parts
        self._lines: list[tuple[Any, list]] = []
        self._line_at: dict[str, int] = {}

    def add(self, accounts, days, product_lines: list[str] | tuple[list[str], Any], cents,
            costs: list[int | None] | None, keep=None) -> None:  # fmt: skip
        """Lines just written, from their columns as the import holds them (accounts and day
        ordinals as numpy columns, of the lines `keep` marks in the others if given; product lines a
        list, or numbered: (each distinct name, each line's index among them); cents a list or a numpy
        column; costs None when the file has none)."""
        np, n = self.np, len(accounts)
        if not n:
            return

        def kept(column):
            return column if keep is None else column[keep]

        amounts = kept(np.asarray(cents, dtype=np.int64))
        known, cost = np.zeros(n, bool), np.zeros(n, np.int64)
        if costs:
            known = kept(np.fromiter((c is not None for c in costs), dtype=bool, count=len(costs)))
            cost = kept(np.fromiter((c or 0 for c in costs), dtype=np.int64, count=len(costs)))
        months = _months_of(np, days)
        month_sums = [np.ones(n, np.int64), amounts, np.where(known, amounts, 0), cost]
        self._months = _folded(np, self._months, (accounts.astype(np.int64) << 32) | months, month_sums)
        names, codes = product_lines if isinstance(product_lines, tuple) else (product_lines, None)
        for name in set(names).difference(self._line_at):
            self._line_at[name] = len(self._line_at)
        numbers = np.fromiter(map(self._line_at.__getitem__, names), np.int64, len(names))
        lines = kept(numbers if codes is None else numbers[codes])
        self._lines = _folded(np, self._lines, (accounts.astype(np.int64) << 32) | lines,
                              [np.ones(n, np.int64), amounts])  # fmt: skip

    def write(self) -> None:
        """Add the sums into sales_month and account_product_line."""
        line_names = list(self._line_at)
        self._write("sales_month", MONTH_SUMS, self._months, lambda m: f"{m // 12:04d}-{m % 12 + 1:02d}-01")
        self._write("account_product_line", LINE_SUMS, self._lines, line_names.__getitem__)
        self._months, self._lines = [], []

    def _write(self, table: str, sums: tuple[str, ...], parts: list[tuple[Any, list]], key_text) -> None:
        if not parts:
            return
        np = self.np
        keys, totals = _merged(np, parts)
        accounts, second = keys >> 32, keys & 0xFFFFFFFF
        seconds = distinct(np, second).tolist()
        text_of = dict(zip(seconds, map(key_text, seconds), strict=True))
        second_key = "month" if table == "sales_month" else "product_line"
        for start in range(0, len(keys), ROWS_AT_A_TIME):  # never every row as Python objects at once
            at = slice(start, start + ROWS_AT_A_TIME)
            rows = list(zip(accounts[at].tolist(), map(text_of.__getitem__, second[at].tolist()),
                            *(s[at].tolist() for s in totals), strict=True))  # fmt: skip
            _add_rows(table, ("account_id", second_key), sums, rows)


def _folded(np, parts: list[tuple[Any, list]], keys, sums: list) -> list[tuple[Any, list]]:
    """`parts` ((keys, sums), each summed) and these lines' `keys` and `sums`, summed; every FOLDED
    parts summed into one."""
    parts = [*parts, _summed(np, keys, sums)]
    return [_merged(np, parts)] if len(parts) >= FOLDED else parts


def _merged(np, parts: list[tuple[Any, list]]) -> tuple[Any, list]:
    """Summed parts summed into one."""
    keys = np.concatenate([part[0] for part in parts])
    sums = [np.concatenate([part[1][i] for part in parts]) for i in range(len(parts[0][1]))]
    return _summed(np, keys, sums)


def _months_of(np, ordinals):
    """Each day ordinal's month, as year * 12 + month - 1."""
    epoch = dt.date(1970, 1, 1).toordinal()
    since_1970 = (ordinals.astype(np.int64) - epoch).astype("datetime64[D]").astype("datetime64[M]")
    return since_1970.astype(np.int64) + 1970 * 12


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


def _summed(np, keys, values: list) -> tuple:
    """The distinct `keys` (a numpy column of whole numbers), in order, and the sums of each of
    `values` for each (whole numbers, summed exactly), as numpy columns. Sorted by numpy's quicksort,
    five times as fast on whole numbers as a stable sort: equal keys are summed whatever their order."""
    if not len(keys):
        return keys, [np.asarray(v)[:0] for v in values]
    order = np.argsort(keys)
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    return sorted_keys[starts], [np.add.reduceat(v[order], starts) for v in values]


def _adding(table: str, keys: str, sums: tuple[str, ...]) -> str:
    """The ON CONFLICT clause that adds a row's sums into the one with the same keys."""
    added = ", ".join(f"{column} = {table}.{column} + excluded.{column}" for column in sums)
    return f"ON CONFLICT ({keys}) DO UPDATE SET {added}"


def _add_rows(table: str, keys: tuple[str, ...], sums: tuple[str, ...], rows: list[tuple]) -> None:
    """_add_sums for rows already summed."""
    on_conflict = _adding(table, ", ".join(keys), sums)
    for start in range(0, len(rows), ROWS_AT_A_TIME):
        bulk.insert_rows(table, [*keys, *sums], rows[start : start + ROWS_AT_A_TIME], on_conflict=on_conflict)


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


def add_days(pairs, stored_before: int, stored=None, stored_from: int | None = None) -> None:
    """Fold an import's new ordering days into the buying cycles: `pairs` are the distinct, in order,
    (account << 32 | day ordinal) of the lines just written on days their account had no line
    (kamdesk.exchange.stored_lines.pair_keys); `stored_before` the last order line id before them;
    `stored` the pairs of the lines up to it on every day from `stored_from` on, if the import read
    them (else the few needed are read here).
    A new account's cycle is its new days'. Days before an account's first or after its last add
    their gaps to the kept ones (the usual monthly export). A day between its first and last splits
    the gap between the stored days either side of it (_split_gaps). Worked out for every account
    at once, with numpy: ten years of history are a million new days."""
    import numpy as np

    if not len(pairs):
        return
    query = BuyingCycle.select(BuyingCycle.account, BuyingCycle.first_on, BuyingCycle.last_on,
                               BuyingCycle.order_days, BuyingCycle.gaps)  # fmt: skip
    kept = {account_id: rest for account_id, *rest in database.execute(query)}
    had_days = within(np, pairs >> 32, np.array(sorted(kept), dtype=np.int64))
    rows = _cycles_of(np, pairs[~had_days]) if not had_days.all() else []
    if had_days.any():
        rows += _grown(np, kept, pairs[had_days], stored_before, stored, stored_from)
    _store_cycles(rows, [row[0] for row in rows])


def _grown(np, kept: dict[int, list], pairs, stored_before: int, stored,
           stored_from: int | None) -> list[tuple]:  # fmt: skip
    """buying_cycle's rows for the accounts of `pairs` (add_days' pairs), from their `kept` rows
    (account -> first, last, order days, gaps) and their new days; GROWN_AT_A_TIME days at a time,
    whole accounts each time (a decade of history is a million new days: memory stays bounded)."""
    accounts = pairs >> 32
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    targets = np.arange(GROWN_AT_A_TIME, len(pairs), GROWN_AT_A_TIME)
    cuts = distinct(np, starts[np.searchsorted(starts, targets, side="right") - 1]).tolist()  # at accounts
    rows: list[tuple] = []
    for start, end in itertools.pairwise([0, *cuts, len(pairs)]):
        if start < end:
            rows += _grown_accounts(np, kept, pairs[start:end], stored_before, stored, stored_from)
    return rows


def _grown_accounts(np, kept: dict[int, list], pairs, stored_before: int, stored,
                    stored_from: int | None) -> list[tuple]:  # fmt: skip
    accounts, days = pairs >> 32, pairs & 0xFFFFFFFF
    starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
    ends = np.r_[starts[1:], len(pairs)] - 1
    spans = {account_id: [as_date_not_null(day) for day in kept[account_id][:2]]
             for account_id in accounts[starts].tolist()}  # fmt: skip
    ordinals = np.array([[day.toordinal() for day in span] for span in spans.values()], dtype=np.int64)
    first, last = np.repeat(ordinals, ends - starts + 1, axis=0).T  # each day's account's
    keys, signs = _outer_gaps(np, accounts, days, first, last)
    if (inside := (days > first) & (days < last)).any():
        inner_keys, inner_signs = _split_gaps(np, pairs[inside], stored_before, stored, stored_from)
        keys, signs = np.concatenate([keys, inner_keys]), np.concatenate([signs, inner_signs])
    counts = {account_id: parse_gaps(kept[account_id][3]) for account_id in spans}
    _count(np, counts, keys, signs)
    rows = []
    runs = (accounts[starts], days[starts], days[ends], ends - starts + 1)
    for account_id, low, high, new in zip(*(run.tolist() for run in runs), strict=True):
        (first_on, last_on), counted = spans[account_id], counts[account_id]
        rows.append((account_id, min(first_on, dt.date.fromordinal(low)),
                     max(last_on, dt.date.fromordinal(high)), kept[account_id][2] + new,
                     analytics.median_gap(counted), _gaps_text(counted)))  # fmt: skip
    return rows


def _outer_gaps(np, accounts, days, first, last):
    """The gaps (account << 32 | gap, each counted once) that new `days` before their account's
    `first` stored day or after its `last` make: from each day before to the next, the last of them
    to `first`; from `last` to the first day after, and on from each to the next."""
    same_account = accounts[1:] == accounts[:-1]
    before, after = days < first, days > last
    next_day = np.where(np.r_[same_account & before[1:], False], np.r_[days[1:], 0], first)
    previous_day = np.where(np.r_[False, same_account & after[:-1]], np.r_[0, days[:-1]], last)
    keys = np.concatenate([(accounts[before] << 32) | (next_day - days)[before],
                           (accounts[after] << 32) | (days - previous_day)[after]])  # fmt: skip
    return keys, np.ones(len(keys), dtype=np.int64)


def _count(np, counts: dict[int, Counter[int]], keys, signs) -> None:
    """Add to `counts` (account -> its gaps) the gaps `keys` (account << 32 | gap), each counted
    `signs` times (-1: a gap gone)."""
    summed, (net,) = _summed(np, keys, [signs])
    for account_id, gap, n in zip(
        (summed >> 32).tolist(), (summed & 0xFFFFFFFF).tolist(), net.tolist(), strict=True
    ):
        counted = counts[account_id]
        counted[gap] += n
        if counted[gap] <= 0:
            del counted[gap]  # no gap left counted zero times


def _split_gaps(np, pairs, stored_before: int, stored, stored_from: int | None):
    """The gaps (account << 32 | gap) that the new days `pairs` (account << 32 | day, in order) make
    inside their accounts' spans, each with +1, and those they split, each with -1: a run of new days
    between two stored days replaces the gap between those with the gaps it makes. Only those stored
    days are needed: from `stored` when it holds every stored day from `stored_from` on, else read in
    a window WINDOW_DAYS around the new days (the days either side are usually in it; one outside is
    looked up on its own). Never every day the accounts ever ordered on."""
    accounts, days = pairs >> 32, pairs & 0xFFFFFFFF
    low = int(days.min())
    if stored is None or stored_from is None or stored_from > low:  # (other accounts' days do no harm)
        ids = distinct(np, accounts).tolist()
        high = dt.date.fromordinal(int(days.max()) + WINDOW_DAYS)
        stored = stored_pairs(np, ids, stored_before, dt.date.fromordinal(low - WINDOW_DAYS), high)
    position = np.searchsorted(stored, pairs)  # the stored day after each new one
    run_starts = np.flatnonzero(
        np.r_[True, (position[1:] != position[:-1]) | (accounts[1:] != accounts[:-1])]
    )
    run_ends = np.r_[run_starts[1:], len(pairs)] - 1
    run_accounts = accounts[run_starts]
    at = position[run_starts]
    before = _neighbours(np, stored, at - 1, run_accounts, days[run_starts], -1, stored_before)
    after = _neighbours(np, stored, at, run_accounts, days[run_ends], 1, stored_before)
    inner = np.ones(len(pairs), dtype=bool)
    inner[run_starts] = False
    gap_accounts = np.concatenate([accounts[inner], run_accounts, run_accounts, run_accounts])
    gaps = np.concatenate([days[inner] - days[np.flatnonzero(inner) - 1], days[run_starts] - before,
                           after - days[run_ends], after - before])  # fmt: skip
    signs = np.r_[np.ones(len(gaps) - len(run_starts), np.int64), -np.ones(len(run_starts), np.int64)]
    return (gap_accounts << 32) | gaps, signs


def _neighbours(np, stored, at, accounts, days, direction: int, up_to_id: int):
    """For each of `accounts`: the day of `stored` at `at` (the stored day just before its `days`,
    direction -1, or just after, 1), if it is that account's; else that day looked up on its own."""
    found = np.zeros(len(at), dtype=np.int64)
    read = (at >= 0) & (at < len(stored))
    read[read] = (stored[at[read]] >> 32) == accounts[read]
    found[read] = stored[at[read]] & 0xFFFFFFFF
    for i in np.flatnonzero(~read).tolist():
        found[i] = _next_day(int(accounts[i]), int(days[i]), direction, up_to_id)
    return found


def _next_day(account_id: int, day: int, direction: int, up_to_id: int) -> int:
    """The account's stored ordering day nearest `day` before it (direction -1) or after it (1)."""
    pick, compare = ("MAX", "<") if direction < 0 else ("MIN", ">")
    found = database.execute_sql(
        f"SELECT {pick}(ordered_on) FROM order_line WHERE account_id = {database.param} "
        f"AND ordered_on {compare} {database.param} AND id <= {database.param}",
        [account_id, dt.date.fromordinal(day).isoformat(), up_to_id],
    ).fetchone()[0]
    return as_date_not_null(found).toordinal()


def stored_pairs(np, ids: list[int] | None, up_to_id: int, low: dt.date, high: dt.date):
    """The (account << 32 | day ordinal) of the lines of `ids` (None: every account's) stored up to
    line `up_to_id`, on days from `low` to `high`, distinct and in order."""
    sql = "SELECT DISTINCT account_id, ordered_on FROM order_line"
    where = [f"id <= {database.param}", f"ordered_on BETWEEN {database.param} AND {database.param}"]
    params: list = [up_to_id, low.isoformat(), high.isoformat()]
    if ids is not None and len(ids) <= MANY_ACCOUNTS:
        where.append(f"account_id IN ({', '.join([database.param] * len(ids))})")
        params += ids
    cursor = database.execute_sql(f"{sql} WHERE {' AND '.join(where)}", params)
    ordinals: dict[object, int] = {}
    found = []
    while rows := cursor.fetchmany(100_000):
        accounts, days = zip(*rows, strict=True)
        for day in set(days).difference(ordinals):
            ordinals[day] = as_date_not_null(day).toordinal()
        ordinal_column = np.fromiter(map(ordinals.__getitem__, days), np.int64, len(days))
        found.append((np.array(accounts, dtype=np.int64) << 32) | ordinal_column)
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
    columns = ["account_id", "first_on", "last_on", "order_days", "typical_days", "gaps"]
    bulk.insert_rows("buying_cycle", columns, [(account_id, first.isoformat(), last.isoformat(), *rest)
                                               for account_id, first, last, *rest in rows])  # fmt: skip


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
