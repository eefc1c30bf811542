"""Importing from the distributor's ERP: order lines and the account master list, from CSV (UTF-8,
UTF-8 with BOM, GBK/GB18030, told apart without asking) or XLSX.

All or nothing: every problem in the file is listed with its line and column and nothing is written
unless there is none. Importing the same lines again adds nothing: each order line is keyed by its
content. Writing goes through the driver's executemany in one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kamdesk import clock, errors
from kamdesk.models import Account, ImportBatch, OrderLine, Rep, database

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

ORDER_COLUMNS = ("account_code", "date", "sku", "product_line", "quantity", "amount")
ACCOUNT_COLUMNS = ("code", "name", "industry", "region", "address", "tier", "relationship", "status", "owner")
REQUIRED = {"orders": ORDER_COLUMNS, "accounts": ("code", "name")}
ALIASES = {  # header as the ERP writes it (lower case) -> our column
    "account_code": "account_code", "客户编号": "account_code", "客户代码": "account_code", "customer code": "account_code",
    "date": "date", "日期": "date", "订单日期": "date", "order date": "date",
    "sku": "sku", "物料编码": "sku", "商品编码": "sku", "item": "sku",
    "product_line": "product_line", "产品线": "product_line", "product line": "product_line",
    "quantity": "quantity", "数量": "quantity", "qty": "quantity",
    "amount": "amount", "金额": "amount", "销售额": "amount",
    "code": "code", "name": "name", "客户名称": "name", "名称": "name", "industry": "industry", "行业": "industry",
    "region": "region", "区域": "region", "地区": "region", "address": "address", "地址": "address",
    "tier": "tier", "价值分级": "tier", "relationship": "relationship", "关系类型": "relationship",
    "status": "status", "状态": "status", "owner": "owner", "负责人": "owner",
}  # fmt: skip
MAX_PROBLEMS_KEPT = 1000


@dataclass(frozen=True)
class Problem:
    line: int  # as the user counts: the header is line 1
    column: str
    code: str  # missing_column, unknown_account, bad_date, not_a_number, required, duplicate_code, ...
    value: str = ""

    def __str__(self) -> str:
        what = {
            "missing_column": "the column is missing", "unknown_account": "no account has this code",
            "bad_date": "not a date (use YYYY-MM-DD)", "not_a_number": "not a number", "required": "empty",
            "duplicate_code": "the code appears twice in the file", "too_long": "too long",
            "invalid_choice": "not one of the allowed values", "unknown_rep": "no rep has this name",
        }.get(self.code, self.code)  # fmt: skip
        shown = f" ({self.value!r})" if self.value else ""
        return f"line {self.line}, column {self.column}: {what}{shown}"


@dataclass
class Table:
    """A file read into memory: its header and its rows, with the line each row came from."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = ""


@dataclass
class ImportResult:
    kind: str
    file_name: str
    lines: int
    new: int
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        if self.kind == "orders":
            old = self.lines - self.new
            return f"{self.file_name}: {self.lines} order lines read, {self.new} new, {old} already imported"
        return f"{self.file_name}: {self.lines} accounts read, {self.new} created, {self.updated} updated"


# --- reading ---------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was in: UTF-8 with BOM, UTF-8, else GB18030 (which covers GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise errors.ImportRefusedError(
            file=Path("?").name, problems=[Problem(0, "", "unreadable_encoding")]
        ) from exc


def read_table(path: Path) -> Table:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    text, encoding = decode(path.read_bytes())
    sample = text[:4096]
    delimiter = max((",", ";", "\t"), key=sample.count) if sample else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        return Table([], [], encoding)
    body = list(reader)
    physical = text.count("\n") + (0 if text.endswith("\n") else 1)
    if physical == len(body) + 1 and all(body):
        # One row per line (the usual ERP export): row i is line i + 2, no bookkeeping per row.
        return Table(headers, list(enumerate(body, start=2)), encoding)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    next(reader)
    rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    return Table(headers, rows, encoding)


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        headers = [str(h).strip() if h is not None else "" for h in next(rows_iter, ())]
        rows = []
        for number, values in enumerate(rows_iter, start=2):
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                rows.append((number, cells))
    finally:
        workbook.close()
    return Table(headers, rows, "xlsx")


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def mapping_for(headers: list[str], kind: str, chosen: dict[str, str] | None = None) -> dict[str, int]:
    """Our column -> its position in the file: the user's choices first, then the known aliases."""
    positions: dict[str, int] = {}
    lowered = [h.strip().lower() for h in headers]
    for target, header in (chosen or {}).items():
        if header in headers:
            positions[target] = headers.index(header)
    for index, name in enumerate(lowered):
        target = ALIASES.get(name)
        if kind == "accounts" and target == "account_code":
            target = "code"  # in the account list, 客户编号 is the account's own code
        if (
            target
            and target not in positions
            and target in (ORDER_COLUMNS if kind == "orders" else ACCOUNT_COLUMNS)
        ):
            positions[target] = index
    return positions


# --- checking --------------------------------------------------------------------------------------
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日", "%d/%m/%Y")


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    try:
        return (
            dt.date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else _parse_date_slow(text)
        )
    except ValueError:
        return _parse_date_slow(text)


def _parse_date_slow(text: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def parse_number(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", "").replace("¥", "").replace("￥", "").replace("$", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def check_orders(table: Table, positions: dict[str, int]) -> tuple[list[tuple], list[Problem]]:
    """Rows ready to insert (id, account_id, date, sku, product_line, quantity, cents) and every
    problem found. Written for speed: 300,000 lines a few seconds, so dates, codes and plain
    numbers take their fast paths."""
    problems = [Problem(1, c, "missing_column") for c in REQUIRED["orders"] if c not in positions]
    if problems:
        return [], problems
    codes = {
        code.lower(): account_id for account_id, code in Account.select(Account.id, Account.code).tuples()
    }
    code_cache: dict[str, int | None] = {}
    date_cache: dict[str, str | None] = {}
    p_code, p_date, p_sku, p_line, p_qty, p_amount = (positions[c] for c in ORDER_COLUMNS)
    width = max(positions.values()) + 1
    ready, seen = [], {}
    append, blake2b, from_bytes = ready.append, hashlib.blake2b, int.from_bytes
    for line, row in table.rows:
        if len(row) < width:
            row = row + [""] * (width - len(row))
        code = row[p_code]
        account_id = code_cache.get(code, -1)
        if account_id == -1:
            account_id = code_cache[code] = codes.get(code.strip().lower())
        date_text = row[p_date]
        ordered_on = date_cache.get(date_text, "")
        if ordered_on == "":
            parsed = parse_date(date_text)
            ordered_on = date_cache[date_text] = parsed.isoformat() if parsed else None
        quantity, cents = _quick_number(row[p_qty]), _quick_cents(row[p_amount])
        sku = row[p_sku].strip()
        if account_id is None or ordered_on is None or quantity is None or cents is None or not sku:
            problems.extend(_row_problems(line, row, account_id, ordered_on, quantity, cents, sku, positions))
            continue
        product_line = row[p_line].strip()
        content = f"{account_id}|{ordered_on}|{sku}|{product_line}|{quantity}|{cents}"
        occurrence = seen.get(content, 0)  # two identical lines in one file are two orders
        seen[content] = occurrence + 1
        digest = blake2b(f"{content}|{occurrence}".encode(), digest_size=8).digest()
        append((from_bytes(digest, "big", signed=True) >> 1, account_id, ordered_on, sku[:64], product_line[:64],
                quantity, cents))  # fmt: skip  # the same key as line_id(), inlined for speed
    return ready, problems[:MAX_PROBLEMS_KEPT]


def line_id(account_id: int, ordered_on: str, sku: str, product_line: str, quantity: float, cents: int,
            occurrence: int = 0) -> int:  # fmt: skip
    """An order line's id: a 63-bit hash of its content (and its occurrence among identical lines)."""
    content = f"{account_id}|{ordered_on}|{sku}|{product_line}|{quantity}|{cents}|{occurrence}"
    return int.from_bytes(hashlib.blake2b(content.encode(), digest_size=8).digest(), "big", signed=True) >> 1


def _first(row: tuple) -> int:
    return row[0]


def _quick_number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        value = parse_number(text)
        return float(value) if value is not None else None


def _quick_cents(text: str) -> int | None:
    try:
        return round(float(text) * 100)
    except ValueError:
        value = parse_number(text)
        return int((value * 100).to_integral_value()) if value is not None else None


def _row_problems(line, row, account_id, ordered_on, quantity, cents, sku, positions) -> list[Problem]:
    found = []
    for bad, column, value in (
        (account_id is None, "account_code", row[positions["account_code"]]),
        (ordered_on is None, "date", row[positions["date"]]),
        (not sku, "sku", ""),
        (quantity is None, "quantity", row[positions["quantity"]]),
        (cents is None, "amount", row[positions["amount"]]),
    ):
        if bad:
            value = value.strip()
            if not value and column != "sku":
                code = "required"
            else:
                code = {"account_code": "unknown_account", "date": "bad_date", "sku": "required"}.get(
                    column, "not_a_number"
                )
            found.append(Problem(line, column, code, value))
    return found


# --- writing ---------------------------------------------------------------------------------------
CHUNK = 5000


def import_orders(
    path: Path, mapping: dict[str, str] | None = None, actor_id: int | None = None,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> ImportResult:  # fmt: skip
    """Check the whole file, then write its new order lines in one transaction; refuse it whole
    (ImportRefusedError with every problem) if any line is wrong."""
    path = Path(path)
    table = read_table(path)
    ready, problems = check_orders(table, mapping_for(table.headers, "orders", mapping))
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems)
    ready.sort(key=_first)  # inserting in key order fills the table's b-tree from one end
    placeholder = database.param
    columns = "id, account_id, ordered_on, sku, product_line, quantity, amount_cents, batch_id"
    new = 0
    bulk = len(ready) > 50_000 and len(ready) > OrderLine.select().count()
    with database.atomic():
        if bulk:  # a big file into a small table: build the index once at the end (rolled back with the rest)
            database.execute_sql("DROP INDEX IF EXISTS order_line_account_id_ordered_on")
        batch = ImportBatch.create(kind="orders", file_name=path.name, imported_by=actor_id, lines=len(ready),
                                   imported_at=clock.now())  # fmt: skip
        sql = (
            f"INSERT INTO order_line ({columns}) VALUES ({', '.join([placeholder] * 7)}, {int(batch.id)}) "
            "ON CONFLICT (id) DO NOTHING"
        )  # the same words in SQLite and PostgreSQL; the batch id is an integer we made
        cursor = database.cursor()
        for start in range(0, len(ready), CHUNK):
            if cancelled and cancelled():
                raise errors.CancelledError()  # the transaction rolls back: nothing of the file stays
            cursor.executemany(sql, ready[start : start + CHUNK])
            new += max(cursor.rowcount, 0)  # after executemany: the rows actually inserted
            if progress:
                progress(min(start + CHUNK, len(ready)), len(ready))
        if bulk:
            database.execute_sql(
                "CREATE INDEX order_line_account_id_ordered_on ON order_line (account_id, ordered_on)"
            )
        batch.new_lines = new
        batch.save()
    return ImportResult("orders", path.name, len(ready), new)


def import_accounts(
    path: Path, mapping: dict[str, str] | None = None, actor_id: int | None = None
) -> ImportResult:
    """Create or update accounts by code, all or nothing."""
    from kamdesk.choices import RELATIONSHIPS, STATUSES, TIERS

    path = Path(path)
    table = read_table(path)
    positions = mapping_for(table.headers, "accounts", mapping)
    problems = [Problem(1, c, "missing_column") for c in REQUIRED["accounts"] if c not in positions]
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems)
    reps = {name: rep_id for rep_id, name in Rep.select(Rep.id, Rep.name).tuples()}
    existing = {
        code.lower(): account_id for account_id, code in Account.select(Account.id, Account.code).tuples()
    }
    allowed = {"tier": TIERS, "relationship": RELATIONSHIPS, "status": STATUSES}
    limits = {"code": 32, "name": 200, "industry": 60, "region": 60, "address": 200}
    width = max(positions.values()) + 1
    rows, seen = [], {}
    for line, row in table.rows:
        row = row + [""] * (width - len(row))
        values = {column: row[index].strip() for column, index in positions.items()}
        for column in ("code", "name"):
            if not values.get(column):
                problems.append(Problem(line, column, "required"))
        for column, limit in limits.items():
            if len(values.get(column, "")) > limit:
                problems.append(Problem(line, column, "too_long", values[column][:20]))
        for column, choices in allowed.items():
            if values.get(column) and values[column] not in choices:
                problems.append(Problem(line, column, "invalid_choice", values[column]))
        if values.get("owner") and values["owner"] not in reps:
            problems.append(Problem(line, "owner", "unknown_rep", values["owner"]))
        code = values.get("code", "").lower()
        if code and code in seen:
            problems.append(Problem(line, "code", "duplicate_code", values["code"]))
        seen[code] = line
        rows.append(values)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    created = updated = 0
    with database.atomic():
        ImportBatch.create(kind="accounts", file_name=path.name, imported_by=actor_id, lines=len(rows),
                           imported_at=clock.now())  # fmt: skip
        for values in rows:
            fields = {k: v for k, v in values.items() if k not in ("owner", "code") and v}
            if values.get("owner"):
                fields["owner"] = reps[values["owner"]]
            account_id = existing.get(values["code"].lower())
            if account_id is None:
                Account.insert(code=values["code"], **fields).execute()
                created += 1
            else:
                Account.update(**fields, updated_at=clock.now(), version=Account.version + 1).where(
                    Account.id == account_id
                ).execute()
                updated += 1
    return ImportResult("accounts", path.name, len(rows), created, updated)


def preview(path: Path, kind: str, rows: int = 8) -> tuple[Table, dict[str, int]]:
    """The first rows and the columns recognised, for the mapping dialog."""
    table = read_table(Path(path))
    table.rows = table.rows[:rows]
    return table, mapping_for(table.headers, kind)
