"""Order lines from the distributor's ERP into the database, all or nothing.

A clean export (the usual case) is checked a column at a time, each column one pass of C code; a
file with problems is checked line by line to list every one of them. The lines already stored are
then taken away, so importing the same export again, or one that overlaps an earlier one, adds only
what is new; two identical lines in one file stay two orders. The rest is written with the driver's
executemany in one transaction, which holds the write lock from the start."""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.exchange import erp_files
from kamdesk.exchange.importing import (
    MAX_PROBLEMS_KEPT,
    ORDER_COLUMNS,
    ImportResult,
    Problem,
    Table,
    collector_paused,
    convert_distinct,
    header_problems,
    mapping_for,
    parse_date,
    parse_number,
    read_table,
)
from kamdesk.store import db, row_values, sales_facts
from kamdesk.store.models import Account, ImportBatch, OrderLine, database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TEXT_LIMIT = 64  # sku and product_line columns
# Sane bounds: beyond them a figure is a typing or export error (and cents past 2**63 cannot be stored)
MAX_AMOUNT = 1e11  # per order line, in yuan
MAX_QUANTITY = 1e9
FIRST_DAY, LAST_DAY = "1990-01-01", "2199-12-31"
CHUNK = 5000
DELIVERY_COLUMNS = ("requested_on", "delivered_on", "delivered_quantity", "urgent")  # as erp_files.Delivery
BULK = 50_000  # a file this big into a smaller table: build the index once, at the end


@dataclass
class NewLines:
    """Order lines ready to write, one list per column (far cheaper than a tuple per line). What
    makes a line the same line again is its first six columns; the cost comes along when known."""

    account_ids: list[int]
    dates: list[str]  # ISO
    skus: list[str]
    product_lines: list[str]
    quantities: list[float]
    cents: list[int]
    costs: list[int | None] | None = None  # None: the file has no cost
    delivery: erp_files.Delivery | None = None  # None: the file says nothing of delivery

    @classmethod
    def empty(cls) -> NewLines:
        return cls([], [], [], [], [], [])

    def __len__(self) -> int:
        return len(self.account_ids)

    def rows(self) -> Iterator[tuple]:
        """Each line's values to write: the six columns, the cost and the delivery when the file has them."""
        return zip(*self.columns(), *self.extra_columns(), strict=True)

    def extra_columns(self) -> list[list]:
        costs = [self.costs] if self.costs is not None else []
        return costs + (list(self.delivery.columns()) if self.delivery is not None else [])

    def names(self) -> list[str]:
        """The columns `rows` gives, as order_line names them."""
        names = ["account_id", "ordered_on", "sku", "product_line", "quantity", "amount_cents"]
        names += ["cost_cents"] if self.costs is not None else []
        return names + (list(DELIVERY_COLUMNS) if self.delivery is not None else [])

    def only(self, keep: list[int]) -> NewLines:
        kept = [[column[i] for i in keep] for column in self.columns()]
        costs = [self.costs[i] for i in keep] if self.costs is not None else None
        delivery = None
        if self.delivery is not None:
            delivery = erp_files.Delivery(*([column[i] for i in keep] for column in self.delivery.columns()))
        return NewLines(kept[0], kept[1], kept[2], kept[3], kept[4], kept[5], costs, delivery)

    def columns(self) -> tuple[list, ...]:
        """The columns that make a line the same line."""
        return (self.account_ids, self.dates, self.skus, self.product_lines, self.quantities, self.cents)


# --- checking --------------------------------------------------------------------------------------
def check_orders(table: Table, positions: dict[str, int]) -> tuple[NewLines, list[Problem]]:
    """The file's order lines ready to write, or every problem found (line, column, what)."""
    problems = header_problems(table.headers, "orders", positions)
    if problems:
        return NewLines.empty(), problems
    codes = {
        code.strip().lower(): account_id
        for account_id, code in row_values.tuples(Account.select(Account.id, Account.code))
    }
    lines = _check_columns(table, positions, codes)
    if lines is not None:
        return lines, []
    return _check_line_by_line(table, positions, codes)


def _check_columns(table: Table, positions: dict[str, int], codes: dict[str, int]) -> NewLines | None:
    """The lines if every cell is plainly right, else None (and the line-by-line check says why).
    Codes, dates, SKUs, product lines and quantities repeat a lot: each distinct text is checked once."""
    if not len(table):
        return NewLines.empty()
    cells: dict[str, list[str]] = {}
    for name, index in positions.items():
        column = table.column(index)
        if column is None:
            return None
        cells[name] = column
    account_ids = convert_distinct(cells["account_code"], lambda code: codes.get(code.strip().lower()))
    dates = convert_distinct(cells["date"], _iso_date)
    skus = convert_distinct(cells["sku"], lambda text: _text(text) or None)
    product_lines = convert_distinct(cells["product_line"], _text)
    quantities = convert_distinct(cells["quantity"], _plain_number)
    if account_ids is None or dates is None or skus is None or product_lines is None or quantities is None:
        return None
    try:
        amounts = list(map(float, cells["amount"]))  # nearly all distinct: converted straight
    except ValueError:
        return None
    if not all(map(math.isfinite, amounts)) or not amounts or max(map(abs, amounts)) > MAX_AMOUNT:
        return None
    if max(map(abs, quantities)) > MAX_QUANTITY or not FIRST_DAY <= min(dates) <= max(dates) <= LAST_DAY:
        return None
    cents = list(map(round, map(operator.mul, amounts, itertools.repeat(100))))
    return NewLines(account_ids, dates, skus, product_lines, quantities, cents)


def _text(text: str) -> str | None:
    text = text.strip()
    return text if len(text) <= TEXT_LIMIT else None


def _plain_number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _iso_date(text: str) -> str | None:
    parsed = parse_date(text)
    return parsed.isoformat() if parsed else None


def _check_line_by_line(
    table: Table, positions: dict[str, int], codes: dict[str, int]
) -> tuple[NewLines, list[Problem]]:
    lines, problems = NewLines.empty(), []
    width = max(positions.values()) + 1
    dates: dict[str, str | None] = {}
    for line, row in table.numbered():
        if len(row) < width:
            row = row + [""] * (width - len(row))
        values = {column: row[positions[column]] for column in ORDER_COLUMNS}
        code, day = values["account_code"], values["date"]
        account_id = codes.get(code.strip().lower())
        if day not in dates:
            dates[day] = _iso_date(day)
        checked: dict[str, str | float | None] = {
            "account_code": account_id, "date": dates[day], "sku": values["sku"].strip(),
            "product_line": values["product_line"].strip(), "quantity": _number(values["quantity"]),
            "amount": _number(values["amount"]),
        }  # fmt: skip
        found = _line_problems(line, values, checked)
        if found:
            problems.extend(found)
            continue
        amount = checked["amount"]
        assert isinstance(amount, float)  # _line_problems found it a number
        checked["amount"] = round(amount * 100)  # cents, as _check_columns makes them
        for target, value in zip(lines.columns(), checked.values(), strict=True):
            target.append(value)
    return lines, problems[:MAX_PROBLEMS_KEPT]


def _number(text: str) -> float | None:
    value = _plain_number(text)
    if value is None and (parsed := parse_number(text)) is not None:  # 1,300  ¥88  and the like
        value = float(parsed)
    return value


def _line_problems(
    line: int, values: dict[str, str], checked: dict[str, str | float | None]
) -> list[Problem]:
    found = []
    for column in ORDER_COLUMNS:
        raw, value = values[column].strip(), checked[column]
        if column in ("sku", "product_line"):
            assert isinstance(value, str)  # the stripped text
            if column == "sku" and not value:
                found.append(Problem(line, column, "required"))
            elif len(value) > TEXT_LIMIT:
                found.append(Problem(line, column, "too_long", raw[:20]))
        elif value is None:
            wrong = {"account_code": "unknown_account", "date": "bad_date"}.get(column, "not_a_number")
            found.append(Problem(line, column, wrong if raw else "required", raw))
        elif _out_of_bounds(column, value):
            found.append(Problem(line, column, "out_of_range", raw[:20]))
    return found


def _out_of_bounds(column: str, value: str | float) -> bool:
    if isinstance(value, str):  # the date, as ISO text
        return column == "date" and not FIRST_DAY <= value <= LAST_DAY
    if column == "amount":
        return abs(value) > MAX_AMOUNT
    if column == "quantity":
        return abs(value) > MAX_QUANTITY
    return False


# --- what is new -----------------------------------------------------------------------------------
def subtract_stored(lines: NewLines, updates: list[tuple] | None = None) -> NewLines:
    """The lines not already stored. Identical lines are counted: a file with a line twice, of which
    the database holds one, adds one. Reads only the stored lines in the file's date range.

    A stored line the file tells more of its delivery (an export taken after the goods left) goes to
    `updates` as (requested, delivered, quantity, urgent, id): what the file says, where it says it."""
    if not lines:
        return lines
    if lines.delivery is not None and updates is not None:
        return _subtract_updating(lines, updates)
    sql = (
        "SELECT account_id, ordered_on, sku, product_line, quantity, amount_cents FROM order_line "
        f"WHERE ordered_on BETWEEN {database.param} AND {database.param}"
    )
    cursor = database.execute_sql(sql, (min(lines.dates), max(lines.dates)))
    stored = Counter(
        (account_id, row_values.as_iso_date(day), *rest) for account_id, day, *rest in cursor.fetchall()
    )
    if not stored:
        return lines
    days = {(account_id, day) for account_id, day, *_ in stored}
    maybe_stored = list(map(days.__contains__, zip(lines.account_ids, lines.dates, strict=True)))
    if not any(maybe_stored):
        return lines
    candidates = itertools.compress(range(len(lines)), maybe_stored)
    keys = zip(*(itertools.compress(column, maybe_stored) for column in lines.columns()), strict=True)
    already = set()
    for index, key in zip(candidates, keys, strict=True):
        if stored[key] > 0:
            stored[key] -= 1
            already.add(index)
    if not already:
        return lines
    return lines.only([i for i in range(len(lines)) if i not in already])


def _subtract_updating(lines: NewLines, updates: list[tuple]) -> NewLines:
    """subtract_stored for a file with delivery columns: each stored line is matched with its id."""
    assert lines.delivery is not None
    sql = (
        "SELECT account_id, ordered_on, sku, product_line, quantity, amount_cents, id, "
        f"{', '.join(DELIVERY_COLUMNS)} FROM order_line "
        f"WHERE ordered_on BETWEEN {database.param} AND {database.param} ORDER BY id"
    )
    cursor = database.execute_sql(sql, (min(lines.dates), max(lines.dates)))
    stored: dict[tuple, list[tuple]] = {}
    for account_id, day, *rest, line_id, requested, delivered, quantity, urgent in cursor.fetchall():
        known = (_iso(requested), _iso(delivered), quantity, None if urgent is None else bool(urgent))
        stored.setdefault((account_id, row_values.as_iso_date(day), *rest), []).append((line_id, known))
    if not stored:
        return lines
    keep = []
    said = zip(*lines.delivery.columns(), strict=True)
    for index, (key, told) in enumerate(zip(zip(*lines.columns(), strict=True), said, strict=True)):
        same = stored.get(key)
        if not same:
            keep.append(index)
            continue
        line_id, known = same.pop(0)
        merged = tuple(k if t is None else t for t, k in zip(told, known, strict=True))
        if merged != known:
            updates.append((*merged, line_id))
    return lines if len(keep) == len(lines) else lines.only(keep)


def _iso(day: object) -> str | None:
    return None if day is None else row_values.as_iso_date(day)


# --- writing ---------------------------------------------------------------------------------------
def import_orders(
    path: Path, mapping: dict[str, str] | None = None, progress: Progress | None = None,
    cancelled: Cancelled | None = None, *, actor: Actor, header_line: int | None = None,
    sheet: str | None = None,
) -> ImportResult:  # fmt: skip
    """Check the whole file, then write its new order lines in one transaction; refuse it whole
    (ImportRefusedError with every problem) if any line is wrong. Cancelling rolls everything back.

    A tidy file (KAMDesk's six columns on its first line) takes the fast path; any other file is
    read as an ERP export (kamdesk.exchange.erp_files): its header found, totals and notes skipped.
    `mapping` is KAMDesk's column -> the file's header text, for the columns the header does not
    name in a way KAMDesk knows."""
    path = Path(path)
    shape = None
    with collector_paused():
        tidy = _tidy_table(path, mapping) if header_line is None and sheet is None else None
        if tidy is not None:
            table, positions = tidy
            lines, problems = check_orders(table, positions)
            del table  # the values are in `lines` now
        else:
            lines, problems, shape = _read_erp_file(path, mapping, header_line, sheet)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems)
    with collector_paused(), _accounts_checked_once(), db.writing(actor):
        _confirm_accounts_exist(lines, path.name)
        updates: list[tuple] = []
        new = subtract_stored(lines, updates)
        batch = ImportBatch.create(kind="orders", file_name=path.name, imported_by=actor.id, lines=len(lines),
                                   new_lines=len(new), imported_at=clock.now())  # fmt: skip
        _write(new, batch.id, progress, cancelled)
        sales_facts.add(new.account_ids, new.dates, new.product_lines, new.cents, new.costs)
        _update_deliveries(updates)
        if shape is not None:
            erp_files.remember_shape(*shape)
    return ImportResult("orders", path.name, len(lines), len(new), len(updates), cents=sum(lines.cents))


def _tidy_table(path: Path, mapping: dict[str, str] | None) -> tuple[Table, dict[str, int]] | None:
    """The file and its columns when its first line names all six of KAMDesk's columns (KAMDesk's
    own export, a hand-made list); else None."""
    if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".xlsm"):
        return None
    try:
        headers = _first_line(path) if path.suffix.lower() in (".csv", ".txt") else _first_row(path)
    except (ValueError, IndexError, KeyError, TypeError):  # odd cells: the ERP reader says what is wrong
        return None
    positions = mapping_for(headers, "orders", mapping)
    if not all(column in positions for column in ORDER_COLUMNS):
        return None
    if set(erp_files.DELIVERY_FIELDS) & erp_files.header_fields(headers).keys():
        return None  # the ERP reader reads delivery columns
    table = read_table(path)
    return table, mapping_for(table.headers, "orders", mapping)


def _first_line(path: Path) -> list[str]:
    """A text file's first line, cut into cells, from its first bytes only (a tidy file is then read
    once, whole; any other goes to the ERP reader without a wasted read)."""
    import csv

    with path.open("rb") as file:
        head = file.read(65536)
    head = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    line = head.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        text = line.decode("gb18030", errors="replace")
    delimiter = max((",", ";", "\t"), key=text.count)
    try:
        return [cell.strip() for cell in next(csv.reader([text], delimiter=delimiter), [])]
    except csv.Error:  # lines ending in a lone CR, NULs: not a tidy file
        return []


def _first_row(path: Path) -> list[str]:
    return read_table(path, limit=1).headers


def _read_erp_file(
    path: Path, mapping: dict[str, str] | None, header_line: int | None, sheet: str | None
) -> tuple[NewLines, list[Problem], tuple | None]:
    from kamdesk.services import office_settings

    found = erp_files.locate(path, sheet, header_line, mapping)
    read = erp_files.read_lines(found.sheet, found.header, office_settings.amount_basis(), found.chosen)
    if read.problems:
        return NewLines.empty(), read.problems, None
    if not read.cents:  # a header, and nothing under it but totals and notes: say so, not "0 imported"
        return NewLines.empty(), [Problem(found.header.line, "", "no_sales")], None
    costs = read.costs if any(c is not None for c in read.costs) else None
    lines = NewLines(read.account_ids, read.dates, read.skus, read.product_lines, read.quantities, read.cents,
                     costs, read.delivery)  # fmt: skip
    return lines, [], (found.header, erp_files.mapping_of(read))


@contextmanager
def _accounts_checked_once():
    """SQLite would look up each line's account as the line is written (an eighth of the writing
    time for a big file). The import matched every code to an account already and confirms they all
    still exist inside the writing transaction (_confirm_accounts_exist), so for this one connection
    the per-line check is off while the file is written. The pragma only takes effect outside a
    transaction, hence a context around it."""
    sqlite = db.is_sqlite()
    if sqlite:
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        if sqlite:
            database.execute_sql("PRAGMA foreign_keys = ON")


def _confirm_accounts_exist(lines: NewLines, file_name: str) -> None:
    """Another seat may have removed an account between checking the file and writing it."""
    known = {account_id for (account_id,) in database.execute_sql("SELECT id FROM account").fetchall()}
    if not known.issuperset(lines.account_ids):
        raise errors.AccountsChangedError(file=file_name)


def _update_deliveries(updates: list[tuple]) -> None:
    if updates:
        assignments = ", ".join(f"{name} = {database.param}" for name in DELIVERY_COLUMNS)
        sql = f"UPDATE order_line SET {assignments} WHERE id = {database.param}"
        database.cursor().executemany(sql, updates)


def _write(lines: NewLines, batch_id: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    columns = lines.names()
    index = "order_line_account_id_ordered_on"
    bulk = len(lines) > BULK and len(lines) > OrderLine.select().count()
    if bulk:  # dropped inside the transaction: a rollback brings it back
        database.execute_sql(f"DROP INDEX IF EXISTS {index}")
    rows, done = lines.rows(), 0
    while chunk := list(itertools.islice(rows, CHUNK)):
        if cancelled and cancelled():
            raise errors.CancelledError()  # the transaction rolls back: nothing of the file stays
        db.insert_rows("order_line", columns, chunk, fixed={"batch_id": batch_id})
        done += len(chunk)
        if progress:
            progress(done, len(lines))
    if bulk:
        if db.is_sqlite():
            database.execute_sql("PRAGMA threads = 2")  # SQLite may sort the index on a second core
        database.execute_sql(f"CREATE INDEX {index} ON order_line (account_id, ordered_on)")
