"""Order lines from the distributor's ERP into the database, all or nothing.

A clean export (the usual case) is checked a column at a time, each column one pass of C code; a
file with problems is checked line by line to list every one of them. The lines already stored are
left out (kamdesk.exchange.stored_lines), so importing the same export again, or one that overlaps
an earlier one, adds only what is new; two identical lines in one file stay two orders. The rest is
written with the driver's executemany in one transaction, which holds the write lock from the
start, and folded into the sales facts in the same transaction."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Generator, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any, cast

import numpy as np
from peewee import IntegrityError

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.exchange import erp_files, read_ahead, stored_lines, text_blocks
from kamdesk.exchange.importing import (
    MAX_PROBLEMS_KEPT,
    ORDER_COLUMNS,
    ImportResult,
    Problem,
    Table,
    coded_distinct,
    collector_paused,
    convert_distinct,
    header_problems,
    mapping_for,
    parse_date,
    parse_number,
    read_table,
    read_tables,
)
from kamdesk.exchange.new_lines import DELIVERY_COLUMNS, CodedLines, NewLines
from kamdesk.store import db, row_values, sales_facts
from kamdesk.store.models import Account, ImportBatch, OrderLine, database

Progress = Callable[[int, int], None]
Parts = Generator[tuple[NewLines, list[Problem], int, int], None, None]  # lines, problems, bytes read, of
Cancelled = Callable[[], bool]
TEXT_LIMIT = 64  # sku and product_line columns
# Sane bounds: beyond them a figure is a typing or export error (and cents past 2**63 cannot be stored)
MAX_AMOUNT = 1e11  # per order line, in yuan
MAX_QUANTITY = 1e9
FIRST_DAY, LAST_DAY = "1990-01-01", "2199-12-31"
CHUNK = 50_000  # lines written at a time: cancelling is heard between them
PART_BYTES = text_blocks.BLOCK_BYTES  # a text file is read, checked and written this much at a time
READ_AHEAD_BYTES = 3 * PART_BYTES  # a tidy file this big is read on a second core (read_ahead)
BULK = 50_000  # a file this big into a smaller table: build the index once, at the end


# --- checking --------------------------------------------------------------------------------------
def account_codes() -> dict[str, int]:
    """Each account's code, as the files write it (any case, any spaces around) -> its id."""
    return {
        code.strip().lower(): account_id
        for account_id, code in row_values.tuples(Account.select(Account.id, Account.code))
    }


def check_orders(
    table: Table, positions: dict[str, int], codes: dict[str, int], coded: bool = False
) -> tuple[NewLines | CodedLines, list[Problem]]:
    """A part of the file's order lines ready to write, or every problem found (line, column, what).
    `coded`: the lines as a reading process sends them (CodedLines), when they are all right."""
    lines = _check_columns(table, positions, codes, coded)
    if lines is not None:
        return lines, []
    return _check_line_by_line(table, positions, codes)


def _check_columns(
    table: Table, positions: dict[str, int], codes: dict[str, int], coded: bool
) -> NewLines | CodedLines | None:
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
    convert: Callable[..., Any] = coded_distinct if coded else convert_distinct
    accounts = convert(cells["account_code"], lambda code: codes.get(code.strip().lower()))
    dates = convert(cells["date"], _day_in_bounds)
    skus = convert(cells["sku"], lambda text: _text(text) or None)
    product_lines = convert(cells["product_line"], _text)
    quantities = convert(cells["quantity"], _quantity_in_bounds)
    if accounts is None or dates is None or skus is None or product_lines is None or quantities is None:
        return None
    try:  # nearly all distinct: converted straight, by numpy (as float() reads them) and checked in C
        amounts = np.array(cells["amount"], dtype=np.float64)
    except ValueError:
        return None
    if not np.isfinite(amounts).all() or np.abs(amounts).max() > MAX_AMOUNT:
        return None
    cents = np.rint(amounts * 100).astype(np.int64)  # as round(): halves to even
    if coded:
        return CodedLines(accounts, dates, skus, product_lines, quantities, cents)
    return NewLines(accounts, dates, skus, product_lines, quantities, cents.tolist())


def _text(text: str) -> str | None:
    text = text.strip()
    return text if len(text) <= TEXT_LIMIT else None


def _plain_number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _day_in_bounds(text: str) -> str | None:
    day = _iso_date(text)
    return day if day and FIRST_DAY <= day <= LAST_DAY else None


def _quantity_in_bounds(text: str) -> float | None:
    quantity = _plain_number(text)
    return quantity if quantity is not None and abs(quantity) <= MAX_QUANTITY else None


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


# --- writing ---------------------------------------------------------------------------------------
def import_orders(
    path: Path, mapping: dict[str, str] | None = None, progress: Progress | None = None,
    cancelled: Cancelled | None = None, *, actor: Actor, header_line: int | None = None,
    sheet: str | None = None,
) -> ImportResult:  # fmt: skip
    """Check the whole file and write its new order lines in one transaction; refuse it whole
    (ImportRefusedError with every problem) if any line is wrong. Cancelling rolls everything back.

    A tidy file (KAMDesk's six columns on its first line) is read, checked and written a part at a
    time (PART_BYTES), in bounded memory; once a part has a problem, the rest is only checked, and
    the transaction is rolled back at the end. Any other file is read as an ERP export
    (kamdesk.exchange.erp_files): its header found, totals and notes skipped. `mapping` is KAMDesk's
    column -> the file's header text, for the columns the header does not name in a way KAMDesk knows."""
    path = Path(path)
    tidy = header_line is None and sheet is None and _is_tidy(path, mapping)
    shapes: list[tuple] = []
    with collector_paused(), _accounts_checked_once(), db.writing(actor):
        parts = (
            _tidy_parts(path, mapping, cancelled)
            if tidy
            else _erp_parts(path, mapping, header_line, sheet, shapes)
        )
        writing = _Writing(path.name, actor, cancelled)
        problems = []
        with closing(parts):  # leaving the loop early stops a reading process
            for part, found, done, total in parts:
                if cancelled and cancelled():
                    raise errors.CancelledError()  # the transaction rolls back: nothing of the file stays
                problems += found
                if len(problems) >= MAX_PROBLEMS_KEPT:
                    break
                if not problems:
                    writing.add(part, done, total)
                del part  # not kept while the next part is read
                if progress:
                    progress(done, total)
        if problems:
            raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
        writing.finish()
        for shape in shapes:
            erp_files.remember_shape(*shape)
    return ImportResult("orders", path.name, writing.lines, writing.new, writing.updated, cents=writing.cents)


def _tidy_parts(path: Path, mapping: dict[str, str] | None, cancelled: Cancelled | None) -> Parts:
    """(lines, problems, bytes read, the file's bytes) part by part; a big file's read and checked
    on a second core (kamdesk.exchange.read_ahead) while the parts before are written."""
    codes = account_codes()
    if path.stat().st_size >= READ_AHEAD_BYTES:
        return read_ahead.items(checked_parts, path, mapping, codes, PART_BYTES, True, cancelled=cancelled)
    return cast(Parts, checked_parts(path, mapping, codes, PART_BYTES))  # not coded: NewLines


def checked_parts(
    path: Path, mapping: dict[str, str] | None, codes: dict[str, int], part_bytes: int,
    coded: bool = False,
) -> Iterator[tuple[NewLines | CodedLines, list[Problem], int, int]]:  # fmt: skip
    """_tidy_parts' parts, read `part_bytes` at a time. Reads the file only: it may run in a process
    of its own (then `coded`: see check_orders)."""
    total = max(path.stat().st_size, 1)
    positions = None
    for table in read_tables(path, part_bytes):
        if positions is None:
            positions = mapping_for(table.headers, "orders", mapping)
            if problems := header_problems(table.headers, "orders", positions):
                yield NewLines.empty(), problems, total, total
                return
        lines, problems = check_orders(table, positions, codes, coded)
        read_to = min(table.read_to, total) or total
        del table  # not kept while the next part is read
        yield lines, problems, read_to, total
        del lines


class _Writing:
    """One import's writing, inside its transaction. The lines that cannot be stored already are
    written as they come; the others wait until the whole file is read (stored_lines.Overlap).
    Sums are folded in as lines are written, the buying cycles once, at the end."""

    def __init__(self, file_name: str, actor: Actor, cancelled: Cancelled | None) -> None:
        self.file_name, self.cancelled = file_name, cancelled
        self.batch = ImportBatch.create(kind="orders", file_name=file_name, imported_by=actor.id, lines=0,
                                        new_lines=0, imported_at=clock.now())  # fmt: skip
        self.days = stored_lines.Days()
        self.overlap = stored_lines.Overlap(self.days)
        self.lines = self.new = self.updated = self.cents = 0
        self.pairs: list = []  # each written part's distinct (account, day)s
        self.sums = sales_facts.Sums()
        self.index_dropped: bool | None = None  # None: not yet decided

    def add(self, lines: NewLines, done: int, total: int) -> None:
        if self.index_dropped is None and lines:
            self.index_dropped = _drop_index_for(len(lines) * total // max(done, 1))
        self.lines += len(lines)
        if (known := lines.known) is not None:  # sent by a reading process: numbered already
            self.cents += int(known.cents.sum())
            accounts, days = known.accounts, self.days.ordinals_of(*known.dates)
        else:
            self.cents += sum(lines.cents)
            accounts = np.fromiter(lines.account_ids, dtype=np.int64, count=len(lines))
            days = self.days.ordinals(lines.dates)
        fresh = self.overlap.fresh(lines, accounts, days)
        if fresh is None:
            self._write(lines, accounts, days)
        elif fresh.any():
            self._write(lines, accounts[fresh], days[fresh], fresh)

    def finish(self) -> None:
        # The held lines are written before the index comes back (without it the stored lines are
        # read by their ids, all before the import's: a range of the table, not the whole of it)
        for new, accounts, days, updates in self.overlap.resolve(indexed=not self.index_dropped):
            self._write(new, accounts, days)
            _update_deliveries(updates)
            self.updated += len(updates)
        if self.index_dropped:
            _create_index()
        self.sums.write()
        pairs = sales_facts.distinct(np, np.concatenate(self.pairs)) if self.pairs else np.zeros(0, np.int64)
        stored = self.overlap.stored_days
        new_days = pairs[~sales_facts.within(np, pairs, stored.pairs)]
        sales_facts.add_days(new_days, self.overlap.max_id_before, stored.pairs, stored.low)
        _confirm_accounts_exist(set((pairs >> 32).tolist()), self.file_name)
        ImportBatch.update(lines=self.lines, new_lines=self.new).where(
            ImportBatch.id == self.batch.id
        ).execute()

    def _write(self, lines: NewLines, accounts, days, keep=None) -> None:
        """Write the lines (those `keep` marks, if given), their accounts and day ordinals as numpy
        columns alongside."""
        if not len(accounts):
            return
        values = [*lines.columns(), *lines.extra_columns()]
        if keep is not None:
            mask = keep.tolist()
            values = [list(itertools.compress(column, mask)) for column in values]
        for start in range(0, len(accounts), CHUNK):
            if self.cancelled and self.cancelled():
                raise errors.CancelledError()  # the transaction rolls back: nothing of the file stays
            chunk = [column[start : start + CHUNK] for column in values] if len(accounts) > CHUNK else values
            try:
                db.insert_columns("order_line", lines.names(), chunk, fixed={"batch_id": self.batch.id})
            except IntegrityError as exc:  # PostgreSQL: another seat removed an account meanwhile
                raise errors.AccountsChangedError(file=self.file_name) from exc
        self.new += len(accounts)
        known = lines.known
        self.sums.add(accounts, days, known.product_lines if known else lines.product_lines,
                      known.cents if known else lines.cents, lines.costs, keep)  # fmt: skip
        self.pairs.append(sales_facts.distinct(np, stored_lines.pair_keys(accounts, days)))


INDEX = "order_line_account_id_ordered_on"


def _drop_index_for(expected_lines: int) -> bool:
    """A file far bigger than the office's lines is written faster without the index, built once at
    the end; dropped inside the transaction, a rollback brings it back. Only in an SQLite file: on
    PostgreSQL dropping it would lock every other seat out of the order lines until the import ends."""
    if not db.is_sqlite() or expected_lines <= BULK or expected_lines <= OrderLine.select().count():
        return False
    database.execute_sql(f"DROP INDEX IF EXISTS {INDEX}")
    return True


def _create_index() -> None:
    if db.is_sqlite():
        database.execute_sql("PRAGMA threads = 2")  # SQLite may sort the index on a second core
    database.execute_sql(f"CREATE INDEX {INDEX} ON order_line (account_id, ordered_on)")


def _is_tidy(path: Path, mapping: dict[str, str] | None) -> bool:
    """Whether the file's first line names all six of KAMDesk's columns (KAMDesk's own export, a
    hand-made list) and no delivery column (the ERP reader reads those)."""
    if path.suffix.lower() not in (".csv", ".txt", ".xlsx", ".xlsm"):
        return False
    try:
        headers = _first_line(path) if path.suffix.lower() in (".csv", ".txt") else _first_row(path)
    except (ValueError, IndexError, KeyError, TypeError):  # odd cells: the ERP reader says what is wrong
        return False
    positions = mapping_for(headers, "orders", mapping)
    if not all(column in positions for column in ORDER_COLUMNS):
        return False
    return not set(erp_files.DELIVERY_FIELDS) & erp_files.header_fields(headers).keys()


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


def _erp_parts(
    path: Path,
    mapping: dict[str, str] | None,
    header_line: int | None,
    sheet: str | None,
    shapes: list[tuple],
) -> Parts:
    """(lines, problems, bytes read, the file's bytes) of an ERP export: a text file part by part
    (its header found in the first part), a workbook whole. Its shape (header and columns) goes to
    `shapes` once the whole file is read without a problem, to be remembered for next month's."""
    from kamdesk.services import office_settings

    total = max(path.stat().st_size, 1)
    later: Iterator[erp_files.Sheet] = iter(())
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        found = erp_files.locate(path, sheet, header_line, mapping)
    else:
        later = erp_files.text_parts(path, PART_BYTES)
        found = erp_files.locate(path, sheet, header_line, mapping, sheets=[next(later)])
    basis, lookup = office_settings.amount_basis(), erp_files.Lookup()
    read = erp_files.read_lines(found.sheet, found.header, basis, found.chosen, lookup)
    sold, wrong = bool(read.cents), bool(read.problems)
    yield _lines_of(read), read.problems, found.sheet.read_to or total, total
    if wrong and not read.numbers and all(p.line == found.header.line for p in read.problems):
        return  # the header itself is wrong: no part can be read
    for part in later:
        read = erp_files.read_lines(part, found.header, basis, found.chosen, lookup, after_header=False)
        sold, wrong = sold or bool(read.cents), wrong or bool(read.problems)
        yield _lines_of(read), read.problems, part.read_to or total, total
    if not wrong and not sold:  # a header, and nothing under it but totals and notes: say so
        yield NewLines.empty(), [Problem(found.header.line, "", "no_sales")], total, total
    elif not wrong:
        shapes.append((found.header, erp_files.mapping_of(read)))


def _lines_of(read: erp_files.ErpLines) -> NewLines:
    costs = read.costs if any(c is not None for c in read.costs) else None
    return NewLines(read.account_ids, read.dates, read.skus, read.product_lines, read.quantities, read.cents,
                    costs, read.delivery)  # fmt: skip


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


def _confirm_accounts_exist(account_ids: set[int], file_name: str) -> None:
    """Another seat may have removed an account of the lines written while the file was read (on
    PostgreSQL; SQLite's write lock keeps other seats out)."""
    known = {account_id for (account_id,) in database.execute_sql("SELECT id FROM account").fetchall()}
    if not known.issuperset(account_ids):
        raise errors.AccountsChangedError(file=file_name)


def _update_deliveries(updates: list[tuple]) -> None:
    if updates:
        assignments = ", ".join(f"{name} = {database.param}" for name in DELIVERY_COLUMNS)
        sql = f"UPDATE order_line SET {assignments} WHERE id = {database.param}"
        database.cursor().executemany(sql, updates)
