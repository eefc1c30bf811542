"""Which lines of an order file are stored already: importing the same export again, or one that
overlaps an earlier one, adds only what is new, and two identical lines in one file stay two orders
(a file with a line twice, of which the database holds one, adds one).

A line can be stored already only on a day its account has a stored line on. Those days are known
without reading them for most lines: a day outside the account's first and last ordering day (its
kept buying cycle) has none, and the usual export, last month's, falls after them. For the lines
inside, the office's (account, day)s are read once, from the earliest such day on (one pass over the
index, StoredDays); a line on a day its account has no line on is written as it is read too.
The lines on stored days are held back, compactly (a numpy column per field, texts numbered),
until the whole file is read; they are then matched with the lines stored before the import on the
same accounts and days, a batch of accounts at a time. Memory stays bounded by what the file holds
back and the stored lines on the same accounts and days (those are read a hundred thousand at a time
and only they are kept), never by all the office has stored."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator

import numpy as np

from kamdesk.exchange import erp_files
from kamdesk.exchange.new_lines import DELIVERY_COLUMNS, NewLines
from kamdesk.store import db
from kamdesk.store.models import database
from kamdesk.store.row_values import as_iso_date
from kamdesk.store.sales_facts import WINDOW_DAYS, distinct, stored_pairs, within

BATCH_LINES = 200_000  # held lines matched at a time
STORED_ROWS = 100_000  # stored lines fetched at a time
HELD_DAYS = "import_held_day"  # a temporary table: the held lines' (account, day)s
NONE_DAY = 0  # no date: day ordinals start at 1


def pair_keys(accounts: np.ndarray, days: np.ndarray) -> np.ndarray:
    """One whole number per (account, day): what an ordering day is to the buying cycles."""
    return (accounts.astype(np.int64) << 32) | days.astype(np.int64)


class Days:
    """ISO dates <-> day ordinals, each distinct date converted once (ten years are 3,650 days)."""

    def __init__(self) -> None:
        self._ordinals: dict[object, int] = {}
        self._texts: dict[int, str] = {}

    def ordinal(self, value: object) -> int:
        found = self._ordinals.get(value)
        if found is None:
            iso = as_iso_date(value)
            found = NONE_DAY if iso is None else dt.date.fromisoformat(iso).toordinal()
            self._ordinals[value] = found
            self._texts[found] = iso  # type: ignore[assignment]  # None for NONE_DAY
        return found

    def ordinals(self, values: list) -> np.ndarray:
        for value in set(values).difference(self._ordinals):
            self.ordinal(value)
        return np.fromiter(map(self._ordinals.__getitem__, values), dtype=np.int32, count=len(values))

    def ordinals_of(self, values: list, codes: np.ndarray) -> np.ndarray:
        """ordinals of the column whose line i holds values[codes[i]]."""
        return np.fromiter(map(self.ordinal, values), dtype=np.int32, count=len(values))[codes]

    def text(self, ordinal: int) -> str | None:
        return self._texts[ordinal] if ordinal != NONE_DAY else None


class Overlap:
    """The lines of one import that may be stored already, held back until the file is read."""

    def __init__(self, days: Days) -> None:
        self.days = days
        self.max_id_before = database.execute_sql("SELECT MAX(id) FROM order_line").fetchone()[0] or 0
        ranges = database.execute_sql("SELECT account_id, first_on, last_on FROM buying_cycle").fetchall()
        size = 1 + max((account for account, *_ in ranges), default=0)
        self._first = np.full(size, np.iinfo(np.int32).max, dtype=np.int32)
        self._last = np.zeros(size, dtype=np.int32)
        for account, first, last in ranges:
            self._first[account], self._last[account] = days.ordinal(first), days.ordinal(last)
        self._last_day = int(self._last.max()) if ranges else 0
        self._texts: dict[str, int] = {}
        self._held: list[dict[str, np.ndarray]] = []
        self._lines = 0  # lines seen, in file order
        self.costs = False  # the file has costs
        self.delivery = False  # the file has delivery columns
        self.stored_days = StoredDays(days, self.max_id_before)

    def fresh(self, lines: NewLines, accounts: np.ndarray, days: np.ndarray) -> np.ndarray | None:
        """Which of the lines (their accounts and day ordinals as numpy columns) cannot be stored
        already (a mask), or None for all of them; the others are held back."""
        self.costs = self.costs or lines.costs is not None  # a part of an ERP file may have none
        self.delivery = self.delivery or lines.delivery is not None  # every part with lines, or none
        n = len(lines)
        known = accounts < len(self._first)
        inside = np.zeros(n, dtype=bool)
        inside[known] = (self._first[accounts[known]] <= days[known]) & (
            days[known] <= self._last[accounts[known]]
        )
        self._lines += n
        if not inside.any():
            return None
        self.stored_days.read(int(days[inside].min()) - WINDOW_DAYS, self._last_day)
        inside[inside] = within(np, pair_keys(accounts[inside], days[inside]), self.stored_days.pairs)
        if not inside.any():
            return None
        self._held.append(self._compact(lines, np.flatnonzero(inside), accounts, days, self._lines - n))
        return ~inside

    def _compact(self, lines: NewLines, held: np.ndarray, accounts: np.ndarray, days: np.ndarray,
                 offset: int) -> dict[str, np.ndarray]:  # fmt: skip
        """The held lines of a part as numpy columns."""
        n, at = len(held), held.tolist()
        texts = self._texts

        def picked(column: list, dtype=object) -> np.ndarray:
            return np.array([column[i] for i in at], dtype=dtype)

        def numbered(column: list[str]) -> np.ndarray:
            chosen = picked(column)
            for text in set(chosen.tolist()).difference(texts):
                texts[text] = len(texts)
            return np.fromiter(map(texts.__getitem__, chosen), np.int32, n)

        out = {
            "account": accounts[held].astype(np.int32), "day": days[held], "sku": numbered(lines.skus),
            "product_line": numbered(lines.product_lines),
            "quantity": picked(lines.quantities, np.float64) + 0.0,  # a quantity of -0.0 is the stored 0.0
            "cents": picked(lines.cents, np.int64), "order": (held + offset).astype(np.int32),
            "cost": np.zeros(n, np.int64), "costed": np.zeros(n, bool),  # a part without costs
        }  # fmt: skip
        if lines.costs:
            costs = picked(lines.costs)
            out["costed"] = costs != None  # noqa: E711  # elementwise, on an object array
            out["cost"] = np.where(out["costed"], costs, 0).astype(np.int64)
        if lines.delivery is not None:
            requested, delivered, quantities, urgent = lines.delivery.columns()
            out["requested"] = self.days.ordinals(picked(requested).tolist())
            out["delivered"] = self.days.ordinals(picked(delivered).tolist())
            out["delivered_quantity"] = picked([math.nan if q is None else q for q in quantities], np.float64)
            out["urgent"] = picked([-1 if u is None else int(u) for u in urgent], np.int8)
        return out

    def resolve(self, indexed: bool = True) -> Iterator[tuple[NewLines, np.ndarray, np.ndarray, list[tuple]]]:
        """For each batch of accounts: the held lines not stored already, to write (with their
        accounts and day ordinals as numpy columns), and the updates for stored lines whose delivery
        the file tells more of, as (requested, delivered, quantity, urgent, id): what the file says,
        where it says it."""
        if not self._held:
            return
        held = {}
        for name in list(self._held[0]):  # a column at a time, each part's freed as it goes
            held[name] = np.concatenate([part.pop(name) for part in self._held])
        self._held = []
        by_account = np.argsort(held["account"], kind="stable")  # stable: file order within an account
        for name, column in held.items():
            held[name] = column[by_account]
        del by_account
        accounts = held["account"]
        starts = np.flatnonzero(np.r_[True, accounts[1:] != accounts[:-1]])
        texts = list(self._texts)
        for first, last in _batches(starts, len(accounts)):
            part = {name: column[first:last] for name, column in held.items()}
            new, updates = self._match(part, self._stored(part, indexed))
            yield *self._lines_of(part, new, texts), updates

    def _stored(self, part: dict[str, np.ndarray], indexed: bool) -> dict[str, np.ndarray]:
        """The lines stored before the import on the part's (account, day)s, oldest first. Only they
        are read: the pairs go into a temporary table joined with the lines, looked up by the index
        (or, while the import has it dropped, in one pass over the lines stored before, by id)."""
        pairs = distinct(np, pair_keys(part["account"], part["day"]))
        days = pairs & 0xFFFFFFFF
        sqlite = db.is_sqlite()
        kept = "" if sqlite else " ON COMMIT DROP"  # SQLite: till it closes
        table = "account_id INTEGER NOT NULL, ordered_on DATE NOT NULL, PRIMARY KEY (account_id, ordered_on)"
        database.execute_sql(f"CREATE TEMPORARY TABLE IF NOT EXISTS {HELD_DAYS} ({table}){kept}")
        database.execute_sql(f"DELETE FROM {HELD_DAYS}")
        rows = zip((pairs >> 32).tolist(), map(self.days.text, days.tolist()), strict=True)
        db.insert_rows(HELD_DAYS, ["account_id", "ordered_on"], list(rows))
        if not sqlite:  # else PostgreSQL guesses its size, and may scan the lines
            database.execute_sql(f"ANALYZE {HELD_DAYS}")
        columns = ["id", "account_id", "ordered_on", "sku", "product_line", "quantity", "amount_cents"]
        columns += list(DELIVERY_COLUMNS) if self.delivery else []
        tables = [f"{HELD_DAYS} h", "order_line o"]  # the order SQLite loops in (PostgreSQL plans its own)
        cursor = database.execute_sql(
            f"SELECT {', '.join('o.' + column for column in columns)} "
            f"FROM {' CROSS JOIN '.join(tables if indexed else tables[::-1])} WHERE h.account_id = "
            f"o.account_id AND h.ordered_on = o.ordered_on AND o.id <= {database.param}",
            [self.max_id_before],
        )
        chunks = []
        while rows := cursor.fetchmany(STORED_ROWS):
            chunks.append(self._compact_stored(rows))
        database.execute_sql(f"DELETE FROM {HELD_DAYS}")
        if not chunks:
            return self._compact_stored([])
        stored = {name: np.concatenate([chunk[name] for chunk in chunks]) for name in chunks[0]}
        oldest_first = np.argsort(stored["id"], kind="stable")
        return {name: column[oldest_first] for name, column in stored.items()}

    def _compact_stored(self, rows: list[tuple]) -> dict[str, np.ndarray]:
        n = len(rows)
        columns = list(zip(*rows, strict=True)) if rows else [()] * (11 if self.delivery else 7)
        ids, accounts, days, skus, product_lines, quantities, cents = columns[:7]
        numbered = self._texts.get
        stored: dict[str, np.ndarray] = {
            "id": np.array(ids, dtype=np.int64),
            "account": np.array(accounts, dtype=np.int64),
            "day": self.days.ordinals(list(days)),
            "sku": np.fromiter((numbered(text, -1) for text in skus), np.int32, n),
            "product_line": np.fromiter((numbered(text, -1) for text in product_lines), np.int32, n),
            "quantity": np.array(quantities, dtype=np.float64) + 0.0,
            "cents": np.array(cents, dtype=np.int64),
        }
        if self.delivery:
            stored["known"] = np.empty(n, dtype=object)
            for i, delivery in enumerate(zip(*columns[7:], strict=True)):
                stored["known"][i] = _known(delivery)
        return stored

    def _match(
        self, part: dict[str, np.ndarray], stored: dict[str, np.ndarray]
    ) -> tuple[np.ndarray, list[tuple]]:
        """The held lines of `part` that are new (a mask); each other one is paired with a stored line
        of the same six values: the first held with the oldest stored, and so on."""
        held_n, stored_n = len(part["account"]), len(stored["account"])
        if not stored_n:
            return np.ones(held_n, dtype=bool), []
        keys = [
            np.concatenate([stored[name], part[name]]) for name in ("account", "day", "sku", "product_line")
        ]
        keys += [np.concatenate([stored["quantity"], part["quantity"]]).view(np.int64),
                 np.concatenate([stored["cents"], part["cents"]])]  # fmt: skip
        held_side = np.r_[np.zeros(stored_n, dtype=bool), np.ones(held_n, dtype=bool)]
        position = np.r_[np.arange(stored_n), np.arange(held_n)]  # stored by id, held in file order
        order = np.lexsort([position, held_side, *keys[::-1]])
        changed = np.zeros(len(order), dtype=bool)
        changed[0] = True
        for key in keys:
            ordered = key[order]
            changed[1:] |= ordered[1:] != ordered[:-1]
        group = np.cumsum(changed) - 1
        group_start = np.flatnonzero(changed)[group]
        stored_in_group = np.add.reduceat(~held_side[order], np.flatnonzero(changed))[group]
        rank = np.arange(len(order)) - group_start - stored_in_group  # among the group's held lines
        is_held = held_side[order]
        repeat = is_held & (rank < stored_in_group)
        new = np.ones(held_n, dtype=bool)
        new[position[order][repeat]] = False
        updates: list[tuple] = []
        if self.delivery:
            pairs = zip(
                position[order][repeat].tolist(), order[group_start + rank][repeat].tolist(), strict=True
            )
            for held_at, stored_at in pairs:
                told = self._told(part, held_at)
                known = stored["known"][stored_at]
                merged = tuple(k if t is None else t for t, k in zip(told, known, strict=True))
                if merged != known:
                    updates.append((*merged, int(stored["id"][stored_at])))
        return new, updates

    def _told(self, part: dict[str, np.ndarray], i: int) -> tuple:
        quantity = float(part["delivered_quantity"][i])
        urgent = int(part["urgent"][i])
        return (self.days.text(int(part["requested"][i])), self.days.text(int(part["delivered"][i])),
                None if np.isnan(quantity) else quantity, None if urgent < 0 else bool(urgent))  # fmt: skip

    def _lines_of(
        self, part: dict[str, np.ndarray], keep: np.ndarray, texts: list[str]
    ) -> tuple[NewLines, np.ndarray, np.ndarray]:
        """The kept held lines, back in the form they are written in, in file order, with their
        accounts and day ordinals."""
        kept = {name: column[keep] for name, column in part.items()}
        order = np.argsort(kept["order"], kind="stable")
        kept = {name: column[order] for name, column in kept.items()}
        text = self.days.text
        costs = None
        if self.costs:
            costs = [
                c if known else None
                for c, known in zip(kept["cost"].tolist(), kept["costed"].tolist(), strict=True)
            ]
        delivery = None
        if self.delivery:
            delivery = erp_files.Delivery(
                [text(d) for d in kept["requested"].tolist()],
                [text(d) for d in kept["delivered"].tolist()],
                [None if np.isnan(q) else q for q in kept["delivered_quantity"].tolist()],
                [None if u < 0 else bool(u) for u in kept["urgent"].tolist()],
            )
        lines = NewLines(
            kept["account"].tolist(), [text(d) for d in kept["day"].tolist()],  # type: ignore[misc]
            [texts[i] for i in kept["sku"].tolist()], [texts[i] for i in kept["product_line"].tolist()],
            kept["quantity"].tolist(), kept["cents"].tolist(), costs, delivery,
        )  # fmt: skip
        return lines, kept["account"].astype(np.int64), kept["day"]


class StoredDays:
    """The distinct (account << 32 | day ordinal) of the lines stored before the import, on the days
    from `low` on (`pairs`, in order): read when a file first has a line inside an account's span,
    from a margin before its day to the last stored day, so that a file in date order reads them
    once; read further back if a later part goes further back."""

    def __init__(self, days: Days, up_to_id: int) -> None:
        self.days, self.up_to_id = days, up_to_id
        self.pairs = np.zeros(0, dtype=np.int64)
        self.low: int | None = None  # the first day read; None: none read

    def read(self, low: int, high: int) -> None:
        """Have the pairs of every day from `low` to `high` at hand."""
        if self.low is not None and low >= self.low:
            return
        high = high if self.low is None else self.low - 1
        first, last = (dt.date.fromordinal(max(day, 1)) for day in (low, high))
        found = stored_pairs(np, None, self.up_to_id, first, last)
        self.pairs, self.low = distinct(np, np.concatenate([self.pairs, found])), low


def _known(delivery: tuple) -> tuple:
    requested, delivered, quantity, urgent = delivery
    return (
        as_iso_date(requested),
        as_iso_date(delivered),
        quantity,
        None if urgent is None else bool(urgent),
    )


def _batches(starts: np.ndarray, total: int) -> Iterator[tuple[int, int]]:
    """(first, last) row ranges of whole accounts, about BATCH_LINES rows each (an account's lines
    are never split: they are matched together)."""
    first = 0
    for at in [*starts.tolist()[1:], total]:
        if at - first >= BATCH_LINES or at == total:
            yield first, at
            first = at
