"""Importing from the distributor's ERP: reading CSV (UTF-8, UTF-8 with BOM, GBK/GB18030, told apart
without asking) or XLSX, recognising the columns, and the account master list. Order lines have
their own module, kamdesk.exchange.order_import.

All or nothing: every problem in the file is listed with its line and column and nothing is written
unless there is none."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import itertools
import operator
import os
import sys
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.exchange import text_blocks
from kamdesk.exchange.exporting import NEUTRALISED_STARTS
from kamdesk.rules.validation import has_control_characters
from kamdesk.rules.vocab import Relationship, Status, Tier, Vocab
from kamdesk.services import prospect_cards
from kamdesk.store import db
from kamdesk.store.models import Account, ImportBatch, Rep
from kamdesk.store.row_values import dicts, tuples

_C = TypeVar("_C", bound=Hashable)
_T = TypeVar("_T")
ORDER_COLUMNS = ("account_code", "date", "sku", "product_line", "quantity", "amount")
ACCOUNT_COLUMNS = ("code", "name", "industry", "region", "address", "tier", "relationship", "status", "owner")
PROSPECT_COLUMNS = (
    "name", "code", "industry", "region", "contact", "title", "phone", "email", "source", "owner",
    "sold_before", "reference_customer", "personally_involved", "trigger_date", "trigger_kind",
    "trigger_what", "trigger_source",
)  # fmt: skip
SKU_LINE_COLUMNS = ("sku", "product_line")
INCENTIVE_COLUMNS = (
    "account_code", "kind", "title", "starts_on", "ends_on", "rate_percent", "product_line", "promised",
    "due_on", "paid_on", "paid", "note",
)  # fmt: skip
COLUMNS = {"orders": ORDER_COLUMNS, "accounts": ACCOUNT_COLUMNS, "prospects": PROSPECT_COLUMNS,
           "sku_lines": SKU_LINE_COLUMNS, "incentives": INCENTIVE_COLUMNS}  # fmt: skip
REQUIRED = {"orders": ORDER_COLUMNS, "accounts": ("code", "name"), "prospects": ("name",),
            "sku_lines": SKU_LINE_COLUMNS, "incentives": ("account_code", "title", "starts_on", "ends_on", "due_on")}  # fmt: skip
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
KIND_ALIASES = {  # headers that mean something else in one kind of file
    "sku_lines": {
        "存货编码": "sku", "产品代码": "sku", "产品编码": "sku", "存货代码": "sku", "商品代码": "sku",
        "存货分类": "product_line", "产品类别": "product_line", "商品类别": "product_line", "产品分类": "product_line",
    },
    "accounts": {"客户编号": "code", "客户代码": "code", "account_code": "code", "customer code": "code"},
    "incentives": {
        "客户编码": "account_code", "kind": "kind", "类型": "kind", "政策类型": "kind",
        "title": "title", "约定": "title", "约定内容": "title", "政策名称": "title", "名称": "title",
        "starts_on": "starts_on", "start": "starts_on", "开始日期": "starts_on", "起始日期": "starts_on",
        "ends_on": "ends_on", "end": "ends_on", "结束日期": "ends_on", "截止日期": "ends_on",
        "rate_percent": "rate_percent", "rate": "rate_percent", "返利比例": "rate_percent", "比例": "rate_percent",
        "返利率": "rate_percent", "promised": "promised", "amount": "promised", "金额": "promised",
        "承诺金额": "promised", "约定金额": "promised", "due_on": "due_on", "due": "due_on", "应付日期": "due_on",
        "兑现日期": "due_on", "paid_on": "paid_on", "支付日期": "paid_on", "兑付日期": "paid_on",
        "paid": "paid", "支付金额": "paid", "已付金额": "paid", "note": "note", "备注": "note",
    },
    "prospects": {
        "company": "name", "公司": "name", "公司名称": "name", "企业名称": "name", "territory": "region",
        "contact": "contact", "联系人": "contact", "姓名": "contact", "title": "title", "职位": "title", "职务": "title",
        "phone": "phone", "电话": "phone", "手机": "phone", "email": "email", "e-mail": "email", "邮箱": "email",
        "source": "source", "来源": "source", "名单来源": "source",
        "sold before": "sold_before", "sold_before": "sold_before", "曾在该行业销售": "sold_before",
        "reference customer": "reference_customer", "reference_customer": "reference_customer", "有参考客户": "reference_customer",
        "personally involved": "personally_involved", "personally_involved": "personally_involved", "亲自参与": "personally_involved",
        "trigger date": "trigger_date", "trigger_date": "trigger_date", "触发事件日期": "trigger_date",
        "trigger kind": "trigger_kind", "trigger_kind": "trigger_kind", "触发事件类型": "trigger_kind",
        "trigger event": "trigger_what", "trigger_what": "trigger_what", "触发事件": "trigger_what",
        "trigger source": "trigger_source", "trigger_source": "trigger_source", "消息来源": "trigger_source",
    },
}  # fmt: skip
MAX_PROBLEMS_KEPT = 1000
PART_ROWS = 100_000  # a workbook read a part at a time: rows per part
# An .xlsx is a zip of XML parts, and a small one can unpack to gigabytes: a 1 MB file unpacking to
# 1 GB took 2.1 GB of memory and 20 s to read, and one of 1 MB holding 400 MB of shared strings 2.5 GB
# and five minutes. The office's largest files, 300,000-line order exports, unpack to some 100-200 MB
# (300-600 bytes of sheet XML a line), so a workbook whose parts add up to more than 512 MB is refused
# before anything is unpacked: room for exports twice as wide, and a bound on what reading costs
# (the sheet streams, but openpyxl keeps every shared string: 130 MB of short ones take 1 GB).
# Real parts pack 3 to 30 times smaller (a sheet's cell references keep it from packing better;
# repeated shared strings reach a few hundred), while deflate cannot pass about 1,030 times, which
# is what zip bombs are made of: a part over 10 MB claiming more than 200 is refused as well.
MAX_XLSX_UNPACKED = 512 * 2**20
MAX_XLSX_RATIO = 200
XLSX_RATIO_CHECKED_FROM = 10 * 2**20


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
            "duplicate_name": "the name appears twice in the file", "not_yes_no": "not yes or no",
            "invalid_email": "not an e-mail address", "invalid_phone": "not a phone number",
            "in_future": "in the future", "code_taken": "another account already has this code",
            "mixed_encoding": "this line is not UTF-8 while others are: the file mixes encodings; save it again as UTF-8",
            "unreadable_encoding": "neither UTF-8 nor GBK/GB18030 text; save the file again as UTF-8",
            "control_character": "holds an invisible control character (such as NUL); remove it",
            "out_of_range": "outside the sane range (amounts up to 100 billion, quantities up to 1 billion, dates 1990-2199)",
            "not_xlsx": "not an Excel workbook (.xlsx); open it in Excel and save it again",
            "xlsx_too_large": f"unpacks to more than {MAX_XLSX_UNPACKED >> 20} MB, or is packed suspiciously tightly (a zip bomb); export fewer lines per file, or save it as CSV",
            "xlsx_damaged": "damaged (a part of the workbook does not unpack to what the file declares); open it in Excel and save it again",
            "duplicate_header": "the column appears twice in the header",
            "no_rows": "a header but no rows: nothing to import",
            "unknown_customer": "no account has this name: map it to an account or create the account, then import again",
            "ambiguous_customer": "more than one account has this name: map it to the right account, then import again",
            "no_header": "no header naming a date, a customer and an amount in the first 40 lines: name the header line (--header-line N) and the columns (--map 客户名称=account_name)",
            "no_such_sheet": "the workbook has no sheet of this name",
            "no_header_line": "the file has no such row to be the header",
            "no_sales": "no sale lines under the header, only totals or notes: nothing to import",
            "churn_needs_reasons": "an account becomes churned only with its date and reasons: use Mark churned... in the app",
            "before_start": "ends before it starts", "before_period": "before the period it is for begins",
            "rate_or_amount": "give either a rate on their purchases or a fixed amount, not both",
            "unknown_product_line": "not a product line in the order lines or the SKU table: check its spelling",
            "win_back_instead": "the account is churned: use Reactivate in the app to make it active again",
            "mapped_header_missing": "the header has no column of this name to map",
            "not_xls": "not an Excel 97-2003 workbook (.xls); open it in Excel and save it again",
        }.get(self.code, self.code)  # fmt: skip
        shown = f" ({self.value!r})" if self.value else ""
        if self.line == 0:  # the whole file, not one line
            where = "the file"
        elif self.column:
            where = f"line {self.line}, column {self.column}"
        else:
            where = f"line {self.line}"
        return f"{where}: {what}{shown}"


class Table:
    """A file read into memory: its header and its cells, kept by row, or by column when a plain file
    was split the fast way (rows are then only made if somebody asks for them). `line_numbers` holds
    the line each row came from, or is None when row i is simply line `first_line` + i (a file read
    a part at a time is a Table per part, each with the file's header)."""

    def __init__(self, headers: list[str], rows: list[list[str]] | None = None, encoding: str = "",
                 line_numbers: list[int] | None = None, columns: list[list[str]] | None = None,
                 first_line: int = 2) -> None:  # fmt: skip
        self.headers, self.encoding, self.line_numbers = headers, encoding, line_numbers
        self._rows, self._columns, self.first_line = rows, columns, first_line
        self.read_to = 0  # a part of a text file: the file's bytes read up to its end

    @property
    def rows(self) -> list[list[str]]:
        if self._rows is None:
            self._rows = [list(cells) for cells in zip(*self._columns, strict=True)] if self._columns else []
        return self._rows

    def __len__(self) -> int:
        return len(self._columns[0]) if self._columns else len(self.rows)

    def column(self, index: int) -> list[str] | None:
        """Every row's cell at `index`, or None if some row is too short to have one."""
        if self._columns is not None:
            return self._columns[index] if index < len(self._columns) else None
        if self.rows and min(map(len, self.rows)) <= index:
            return None
        return list(map(operator.itemgetter(index), self.rows))

    def numbered(self):
        """(line, row) pairs, as the user counts lines: the header is line 1."""
        if self.line_numbers is None:
            return enumerate(self.rows, start=self.first_line)
        return zip(self.line_numbers, self.rows, strict=True)


@dataclass
class ImportResult:
    kind: str
    file_name: str
    lines: int
    new: int
    updated: int = 0
    cents: int = 0  # order lines: the sum of the file's amounts, to check against its own total

    def summary(self) -> str:
        if self.kind == "orders":
            old = self.lines - self.new
            delivery = f" ({self.updated} with their delivery brought up to date)" if self.updated else ""
            return (f"{self.file_name}: {self.lines} order lines read (amounts {self.cents / 100:,.2f}), "
                    f"{self.new} new, {old} already imported{delivery}")  # fmt: skip
        if self.kind == "sku_lines":
            return f"{self.file_name}: {self.lines} SKUs read, {self.new} added, {self.updated} changed"
        if self.kind == "incentives":
            return f"{self.file_name}: {self.lines} agreements read, {self.new} added, {self.updated} brought up to date"
        if self.kind == "prospects":
            known = self.lines - self.new
            return (
                f"{self.file_name}: {self.lines} prospects read, {self.new} added, {known} already in KAMDesk"
            )
        return f"{self.file_name}: {self.lines} accounts read, {self.new} created, {self.updated} updated"


# --- reading ---------------------------------------------------------------------------------------
def convert_distinct(cells: list[_C], convert: Callable[[_C], _T | None]) -> list[_T] | None:
    """Each cell converted, converting each distinct cell once (an export repeats its dates, codes and
    SKUs endlessly); None if any does not convert. When every cell converts to itself (ISO dates,
    SKUs with no spaces around them), `cells` itself: three million lines are not mapped for nothing."""
    converted: dict[_C, _T] = {}
    unchanged = True
    for cell in set(cells):
        value = convert(cell)
        if value is None:
            return None
        converted[cell] = value
        unchanged = unchanged and type(value) is type(cell) and value == cell
    if unchanged:
        return cells  # type: ignore[return-value]  # each _T is the _C it came from
    return list(map(converted.__getitem__, cells))


def coded_distinct(cells: list[_C], convert: Callable[[_C], _T | None]) -> tuple[list[_T], list[int]] | None:
    """convert_distinct's result numbered: each distinct cell's converted value, and for each cell
    the index of its value among them; None if any cell does not convert. What a reading process
    sends (kamdesk.exchange.new_lines.CodedLines): a column of dates or SKUs is then a few thousand
    texts and a small whole number a line, which pickle writes in two bytes. Each cell keeps its own
    value, as convert_distinct gives it (equal values are not merged: -0 and 0 are equal, yet not the
    same quantity). A list, not a numpy column: numpy takes twice as long to make one from Python's
    numbers, on the side the import waits for."""
    values: list[_T] = []
    code_of: dict[_C, int] = {}
    for cell in set(cells):
        value = convert(cell)
        if value is None:
            return None
        code_of[cell] = len(values)
        values.append(value)
    return values, list(map(code_of.__getitem__, cells))


@contextmanager
def collector_paused():
    """Reading a big file makes hundreds of thousands of small lists that all stay alive; the cyclic
    garbage collector would walk them again and again (it costs two thirds of the reading time).
    Reference counting still frees everything; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_table(path: Path, limit: int | None = None) -> Table:
    """The whole file, or its header and first `limit` rows (for a preview)."""
    if limit is not None:
        return _first_rows(path, limit)
    (table,) = read_tables(path, part_bytes=None, part_rows=sys.maxsize)
    return table


def read_tables(
    path: Path, part_bytes: int | None = text_blocks.BLOCK_BYTES, part_rows: int = PART_ROWS
) -> Iterator[Table]:
    """The file a part at a time, in bounded memory: each part a Table of about `part_bytes` of
    whole lines (a workbook's: of `part_rows` rows), with the file's header and its rows' own line
    numbers. A file with control characters in its cells (NUL and the like: no person types them) is
    refused, naming each cell, and so is a header with no rows under it. A part is yielded once it
    has passed; a refusal may come after parts have been yielded (all or nothing is the reader's)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        parts = _xlsx_tables(path, None, part_rows)
    else:
        parts = _text_tables(path, part_bytes)
    rows, headers = 0, False
    for table, suspect in parts:
        if suspect and (problems := _control_characters(table)):
            raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
        rows, headers = rows + len(table), bool(table.headers)
        yield table
        del table  # not kept while the next part is read
    if headers and not rows:
        raise errors.ImportRefusedError(file=path.name, problems=[Problem(0, "", "no_rows")])


def _control_characters(table: Table) -> list[Problem]:
    found = [
        Problem(1, header, "control_character") for header in table.headers if has_control_characters(header)
    ]
    for line, row in table.numbered():
        if has_control_characters("\n".join(row)):
            found += [
                Problem(line, table.headers[i] if i < len(table.headers) else str(i + 1), "control_character")
                for i, cell in enumerate(row)
                if has_control_characters(cell)
            ]
    return found


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """A whole file's text and the encoding it was in (see kamdesk.exchange.text_blocks)."""
    decoder = text_blocks.Decoder()
    with decoding(file_name):
        text = decoder.decode(data)
    return text, decoder.encoding


@contextmanager
def decoding(file_name: str):
    """A file's text in no one encoding KAMDesk reads is refused, naming the line."""
    try:
        yield
    except text_blocks.EncodingError as exc:
        raise errors.ImportRefusedError(file=file_name, problems=[Problem(exc.line, "", exc.code)]) from exc


def _first_rows(path: Path, limit: int) -> Table:
    """The header and first `limit` rows, from the file's first megabyte (a workbook's first rows)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table, suspect = next(_xlsx_tables(path, limit, limit))
    else:
        text, encoding = decode(text_blocks.head(path), path.name)
        delimiter = _delimiter(text)
        headers, body, first_line = _header(text, delimiter, 1)
        found = text_blocks.records(body, delimiter, first_line, final=True)
        table = _numbered(headers, found, limit)
        table.encoding = encoding
        table = _restore_neutralised(table) if "'" in text else table
        suspect = has_control_characters(text)
    if suspect and (problems := _control_characters(table)):
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    return table


def _delimiter(text: str) -> str:
    sample = text[:4096]
    return max((",", ";", "\t"), key=sample.count) if sample else ","


def _text_tables(path: Path, part_bytes: int | None) -> Iterator[tuple[Table, bool]]:
    decoder = text_blocks.Decoder()
    headers: list[str] | None = None
    delimiter = ","

    def parse(text: str, first_line: int, final: bool) -> tuple[Table, str]:
        nonlocal headers, delimiter
        if headers is None:
            delimiter = _delimiter(text)
            headers, text, first_line = _header(text, delimiter, first_line)
        return _read_csv(text, headers, delimiter, first_line, final)

    with decoding(path.name):
        for table, read_to, control in text_blocks.parsed(path, part_bytes, decoder, parse):
            table.encoding, table.read_to = decoder.encoding, read_to
            yield table, control
            del table  # not kept while the next part is read
    if headers is None:  # an empty file
        yield Table([], [], decoder.encoding), False


def _header(text: str, delimiter: str, first_line: int) -> tuple[list[str], str, int]:
    """The header's cells, the text after it, and the line that text starts on."""
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delimiter)
    headers = [h.strip() for h in next(reader, [])]
    if "'" in text:
        headers = list(map(restore_neutralised, headers))
    return headers, text[stream.tell() :], first_line + reader.line_num


def _read_csv(
    text: str, headers: list[str], delimiter: str, first_line: int, final: bool
) -> tuple[Table, str]:
    """The rows of `text` (whole lines under the header, the first on `first_line`), and the text of
    a last record a quoted cell keeps open (see text_blocks.records)."""
    carried = ""
    if (columns := _split_plain(text, delimiter, len(headers))) is not None:
        table = Table(headers, columns=columns, first_line=first_line)
    else:
        found = text_blocks.records(text, delimiter, first_line, final)
        carried = found.carried
        if found.ends is None and all(found.cells):
            table = Table(headers, found.cells, first_line=first_line)  # a row a line
        else:
            table = _numbered(headers, found)
    return (_restore_neutralised(table) if "'" in text else table), carried


def _numbered(headers: list[str], found: text_blocks.Records, limit: int | None = None) -> Table:
    """The records that hold anything, each numbered by the line it ends on (as the csv module counts)."""
    ends = found.ends or range(found.first_line, found.first_line + len(found.cells))
    kept = [
        (end, cells) for end, cells in zip(ends, found.cells, strict=True) if any(c.strip() for c in cells)
    ]
    kept = kept[:limit] if limit is not None else kept
    return Table(headers, [cells for _, cells in kept], line_numbers=[end for end, _ in kept])


def restore_neutralised(cell: str) -> str:
    """A CSV cell as it was before a spreadsheet-safe export (kamdesk.exchange.exporting.neutralise) put an
    apostrophe in front of it: "'=SUM(A1)" -> "=SUM(A1)", "''x" -> "'x"; other text as it is."""
    if cell[:1] == "'" and cell[1:2] in NEUTRALISED_STARTS:
        return cell[1:]
    return cell


def _restore_neutralised(table: Table) -> Table:
    if table._columns is not None:
        table._columns = [list(map(restore_neutralised, column)) for column in table._columns]
    else:
        table._rows = [list(map(restore_neutralised, row)) for row in table.rows]
    return table


def _split_plain(text: str, delimiter: str, width: int) -> list[list[str]] | None:
    """The columns of lines without a quote character that each have `width` cells: then splitting
    at delimiters and line ends reads exactly what the csv module would, in a third of the time,
    since str.split runs in C. None for any other text."""
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    body = text[:-1] if text.endswith("\n") else text
    if not body:
        return [[] for _ in range(width)]
    lines = body.split("\n")
    if set(map(str.count, lines, itertools.repeat(delimiter))) != {width - 1}:
        return None  # blank lines, ragged lines: the csv module reads those, with their line numbers
    del lines
    cells = body.replace("\n", delimiter).split(delimiter)
    return [cells[i::width] for i in range(width)]


def _xlsx_tables(path: Path, limit: int | None, part_rows: int) -> Iterator[tuple[Table, bool]]:
    """The first sheet, `part_rows` rows at a time as openpyxl's read-only parser streams it from
    the zip (16 KB of XML at a time), once the zip's directory has passed check_xlsx_parts. One open
    file serves both, so the parts read are the parts checked; and zipfile never unpacks a part past
    the size the directory declares (it stops there, and then the part's CRC fails or its XML is cut
    short), so a forged size cannot carry more than the checked total: such a file is refused as
    damaged."""
    try:
        with path.open("rb") as file:
            for table in _workbook_tables(file, path.name, limit, part_rows):
                yield table, True
    except OSError as exc:  # gone, unreadable
        raise refused(path.name, "not_xlsx") from exc


def _workbook_tables(file, file_name: str, limit: int | None, part_rows: int) -> Iterator[Table]:
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook

    broken = (zipfile.BadZipFile, zlib.error, EOFError, ParseError)  # a part that does not unpack as declared
    try:
        with zipfile.ZipFile(file) as archive:
            check_xlsx_parts(archive, os.fstat(file.fileno()).st_size, file_name)
    except zipfile.BadZipFile as exc:  # empty, random, an .xls renamed
        raise refused(file_name, "not_xlsx") from exc
    try:
        file.seek(0)
        workbook = load_workbook(file, read_only=True, data_only=True)
    except broken as exc:
        raise refused(file_name, "xlsx_damaged") from exc
    except (KeyError, ValueError) as exc:  # a zip, but no workbook in it
        raise refused(file_name, "not_xlsx") from exc
    try:
        sheet = workbook.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        headers = [str(h).strip() if h is not None else "" for h in next(rows_iter, ())]
        rows: list[list[str]] = []
        numbers: list[int] = []
        taken = 0
        for number, values in enumerate(rows_iter, start=2):
            if limit is not None and taken >= limit:
                break
            cells = [_cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                rows.append(cells)
                numbers.append(number)
                taken += 1
                if len(rows) == part_rows:
                    yield Table(headers, rows, "xlsx", numbers)
                    rows, numbers = [], []
        if rows or not taken:
            yield Table(headers, rows, "xlsx", numbers)
    except broken as exc:
        raise refused(file_name, "xlsx_damaged") from exc
    finally:
        workbook.close()


def check_xlsx_parts(archive, archive_size: int, file_name: str) -> None:
    """Refuse, from the zip's directory alone, a workbook whose parts would unpack to more than
    MAX_XLSX_UNPACKED together, or one of which claims to pack more than MAX_XLSX_RATIO times smaller
    (its packed size counted as at most the file's, so that it cannot be overstated to hide the
    ratio); and parts an .xlsx never has: encrypted, or packed other than by deflate or not at all
    (zipfile unpacks bzip2 and LZMA a read at a time without bound, before it cuts at the size)."""
    import zipfile

    total = 0
    for part in archive.infolist():
        if part.flag_bits & 0x1 or part.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused(file_name, "not_xlsx")
        total += part.file_size
        packed = max(1, min(part.compress_size, archive_size))
        bomb = part.file_size > XLSX_RATIO_CHECKED_FROM and part.file_size > MAX_XLSX_RATIO * packed
        if total > MAX_XLSX_UNPACKED or bomb:
            raise refused(file_name, "xlsx_too_large")


def refused(file_name: str, code: str) -> errors.ImportRefusedError:
    """The whole file refused for one reason (line 0)."""
    return errors.ImportRefusedError(file=file_name, problems=[Problem(0, "", code)])


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
    own = KIND_ALIASES.get(kind, {})
    for index, name in enumerate(lowered):
        known = own.get(name) or ALIASES.get(name)
        if known and known not in positions and known in COLUMNS[kind]:
            positions[known] = index
    return positions


def header_problems(headers: list[str], kind: str, positions: dict[str, int]) -> list[Problem]:
    """A required column missing, or a column we read whose header the file has twice (which of the
    two is meant cannot be told). Columns we do not read may repeat: they are ignored."""
    problems = [Problem(1, c, "missing_column") for c in REQUIRED[kind] if c not in positions]
    lowered = [h.strip().lower() for h in headers]
    problems += [
        Problem(1, headers[i], "duplicate_header")
        for i in sorted(positions.values())
        if lowered.count(lowered[i]) > 1
    ]
    return problems


def read_mapped(path: Path, kind: str, mapping: dict[str, str] | None) -> tuple[Table, dict[str, int]]:
    """A small file (accounts, prospects) read whole, with its columns found; refused whole when a
    required column is missing or ambiguous."""
    with collector_paused():
        table = read_table(path)
    positions = mapping_for(table.headers, kind, mapping)
    problems = header_problems(table.headers, kind, positions)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems)
    return table, positions


def mapped_rows(table: Table, positions: dict[str, int]):
    """(line, {our column: stripped cell}) for each row; a short row's missing cells are empty."""
    for line, row in table.numbered():
        yield line, {column: (row[i] if i < len(row) else "").strip() for column, i in positions.items()}


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


def import_accounts(path: Path, mapping: dict[str, str] | None = None, *, actor: Actor) -> ImportResult:
    """Create or update accounts by code, all or nothing. The list sets owners and value tiers, so
    only a manager imports it."""
    require_manager(actor, "import the account list")

    path = Path(path)
    table, positions = read_mapped(path, "accounts", mapping)
    problems: list[Problem] = []
    reps = {name: rep_id for rep_id, name in tuples(Rep.select(Rep.id, Rep.name))}
    read = [getattr(Account, column) for column in ACCOUNT_COLUMNS]
    existing = {row["code"].lower(): row for row in dicts(Account.select(Account.id, *read))}
    allowed: dict[str, type[Vocab]] = {"tier": Tier, "relationship": Relationship, "status": Status}
    limits = {"code": 32, "name": 200, "industry": 60, "region": 60, "address": 200}
    rows, seen = [], {}
    for line, values in mapped_rows(table, positions):
        for column in ("code", "name"):
            if not values.get(column):
                problems.append(Problem(line, column, "required"))
        for column, limit in limits.items():
            if len(values.get(column, "")) > limit:
                problems.append(Problem(line, column, "too_long", values[column][:20]))
        for column, vocabulary in allowed.items():
            if values.get(column) and not vocabulary.has(values[column]):
                problems.append(Problem(line, column, "invalid_choice", values[column]))
        if values.get("owner") and values["owner"] not in reps:
            problems.append(Problem(line, "owner", "unknown_rep", values["owner"]))
        code = values.get("code", "").lower()
        was = existing[code]["status"] if code in existing else None
        if values.get("status") == Status.CHURNED and was != Status.CHURNED:
            problems.append(Problem(line, "status", "churn_needs_reasons", values["status"]))
        elif was == Status.CHURNED and values.get("status") not in (None, "", Status.CHURNED):
            problems.append(Problem(line, "status", "win_back_instead", values["status"]))
        if code and code in seen:
            problems.append(Problem(line, "code", "duplicate_code", values["code"]))
        seen[code] = line
        rows.append(values)
    if problems:
        raise errors.ImportRefusedError(file=path.name, problems=problems[:MAX_PROBLEMS_KEPT])
    created = updated = 0
    with db.writing(actor):
        ImportBatch.create(kind="accounts", file_name=path.name, imported_by=actor.id, lines=len(rows),
                           imported_at=clock.now())  # fmt: skip
        for values in rows:
            fields = {k: v for k, v in values.items() if k not in ("owner", "code") and v}
            if values.get("owner"):
                fields["owner"] = reps[values["owner"]]
            before = existing.get(values["code"].lower())
            if before is None:
                Account.insert(code=values["code"], **fields).execute()
                created += 1
            elif any(before[name] != value for name, value in fields.items()):  # else: nothing to change
                Account.update(**fields, updated_at=clock.now(), version=Account.version + 1).where(
                    Account.id == before["id"]
                ).execute()
                updated += 1
        prospect_cards.ensure_cards()
    return ImportResult("accounts", path.name, len(rows), created, updated)


def preview(path: Path, kind: str, rows: int = 8) -> tuple[Table, dict[str, int]]:
    """The first rows and the columns recognised, for the mapping dialog."""
    table = read_table(Path(path), limit=rows)
    return table, mapping_for(table.headers, kind)
