"""Order lines from the files a Chinese distributor's ERP really exports (用友 U8/T+/好会计, 金蝶
K/3/KIS/精斗云 and the like), as they come, with no hand editing.

Such a file is a sheet, not a table: a report title and a filter line or two above the header, a
header that may span two lines (merged cells: 客户 over 编码 | 名称), the ERP's own column names,
subtotal lines after each customer and a total at the foot, customers often named instead of coded,
amounts written 1,234.50 or ¥1,234.50 or (1,234.50), dates as Excel date cells, Excel serial numbers
or text in half a dozen forms. This module reads .xlsx, the old .xls (xlrd), CSV in UTF-8 or GBK and
tab-separated text into rows numbered as the sheet numbers them, finds the header, tells the sale
lines from the lines to skip (saying why), and checks every sale line, listing each problem with its
sheet row. kamdesk.exchange.order_import writes what it finds, all or nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import itertools
import json
import math
import operator
import re
import struct
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from kamdesk import errors
from kamdesk.exchange import text_blocks
from kamdesk.exchange.importing import (
    MAX_PROBLEMS_KEPT,
    Problem,
    check_xlsx_parts,
    convert_distinct,
    decode,
    decoding,
    refused,
)
from kamdesk.rules.validation import has_control_characters
from kamdesk.store.models import Account, CustomerName, ImportShape, SkuProductLine
from kamdesk.store.row_values import tuples

FIELDS = (
    "date", "doc_no", "account_code", "account_name", "sku", "sku_name", "spec", "quantity", "amount",
    "amount_with_tax", "tax", "cost", "margin", "rep", "department", "category", "product_line",
    "requested_on", "delivered_on", "delivered_quantity", "urgent",
)  # fmt: skip
"""What KAMDesk can read from an export; any other column is ignored, never an error."""

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    # The common names of each ERP family (用友, 金蝶, 管家婆, ...) and KAMDesk's own export's.
    "date": ("单据日期", "日期", "业务日期", "订单日期", "出库日期", "销售日期", "开票日期",
             "date", "order date", "ordered_on"),
    "doc_no": ("单据号", "单据编号", "订单号", "出库单号", "发货单号", "单号", "document", "document no"),
    "account_code": ("客户编码", "客户编号", "往来单位编码", "客户代码", "购货单位编码", "单位编码",
                     "account_code", "customer code"),
    "account_name": ("客户名称", "购货单位", "客户", "往来单位", "往来单位名称", "客户全称", "购货单位名称",
                     "customer", "customer name"),
    "sku": ("存货编码", "物料编码", "产品代码", "商品编码", "产品编码", "存货代码", "物料代码", "商品代码",
            "sku", "item", "item code"),
    "sku_name": ("存货名称", "产品名称", "商品名称", "物料名称", "item name"),
    "spec": ("规格型号", "规格"),
    "quantity": ("数量", "销售数量", "出库数量", "主数量", "qty", "quantity"),
    "amount": ("无税金额", "金额", "销售金额", "不含税金额", "本币无税金额", "销售额", "amount"),
    "amount_with_tax": ("价税合计", "含税金额", "本币价税合计", "含税销售额", "amount with tax"),
    "tax": ("税额", "本币税额", "tax"),
    "cost": ("成本", "成本金额", "销售成本", "cost"),
    "margin": ("毛利", "毛利额", "gross margin"),
    "rep": ("业务员", "销售员", "职员"),
    "department": ("部门", "销售部门"),
    "category": ("存货分类", "产品类别", "商品类别", "物料类别", "存货类别", "产品分类", "商品分类"),
    "product_line": ("产品线", "product line", "product_line"),
    # Delivery (保证③), optional: a sales order's promised date, the shipment's day and quantity
    "requested_on": ("要求交期", "要求交货日期", "交货日期", "交期", "预计交货日期", "承诺交期",
                     "requested date", "requested_on", "due date"),
    "delivered_on": ("发货日期", "到货日期", "实际发货日期", "实际交货日期", "实际到货日期", "delivered date",
                     "delivered_on", "delivery date"),
    "delivered_quantity": ("实发数量", "到货数量", "已发货数量", "实际发货数量", "delivered quantity",
                           "delivered_quantity", "delivered qty"),
    "urgent": ("加急", "是否加急", "紧急", "急单", "urgent"),
}  # fmt: skip
DELIVERY_FIELDS = ("requested_on", "delivered_on", "delivered_quantity", "urgent")
YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "x", "加急", "紧急", "急"})
NO = frozenset({"否", "n", "no", "false", "0", "普通", "正常", "-"})
TOTAL_ZH = "合计|总计|小计|累计"
# A label saying a line is a total, whatever else the line holds (a date, a customer): the word alone
# or with what ERPs put around it (合  计, 合计:, 本月合计, 沈阳美嘉 小计, 合计(含税), 小计: 1,200).
TOTAL_LABEL = re.compile(rf"^(.*({TOTAL_ZH})|({TOTAL_ZH})[:：].*)$")
# In English only the word itself, as ERPs write it (Total, TOTAL, Sub-total, Grand Total): "Total 便利店"
# and "TOTAL QUARTZ 9000" are a customer and an oil.
TOTAL_EN = re.compile(r"^((grand|Grand|GRAND)\s*|(sub|Sub|SUB)\s*-?\s*)?(totals?|Totals?|TOTALS?)\s*[:：]?$")
TOTAL_HINTS = ("计", "otal", "OTAL")  # what every label TOTAL_LABEL or TOTAL_EN takes holds
HEADER_SCAN = 40  # rows looked at for the header
MAX_AMOUNT = 1e11  # per line, in yuan: beyond it a figure is a typing or export error
MAX_QUANTITY = 1e9
FIRST_DAY, LAST_DAY = dt.date(1990, 1, 1), dt.date(2199, 12, 31)  # beyond them a date is a typing error
EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 (after its 1900 leap-year bug)


def _normal(text: str) -> str:
    """A header as compared: full-width folded, no spaces, no unit or mark (金额(元), *客户)."""
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"[\s*＊]", "", text)
    return re.sub(r"\((元|¥|rmb|cny|万元|个|件|箱)\)$", "", text)


KNOWN = {_normal(name): target for target, names in HEADER_NAMES.items() for name in names}


def name_key(name: str) -> str:
    """A customer's name as matched: what does not change the company folded away (full- and
    half-width forms, （）and (), spaces, letter case), nothing else. 有限公司 and 有限责任公司 stay
    apart: they are different legal forms, so possibly different companies."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).lower()


# --- reading a file into numbered rows ------------------------------------------------------------
@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, list[object]]]  # (row number as the sheet shows it, cell values)
    maybe_totals: set[int] | None = None  # the rows holding a TOTAL_HINTS word, when the reader knows
    read_to: int = 0  # a part of a text file (text_parts): the file's bytes read up to its end


def read_sheets(path: Path, limit: int | None = None) -> list[Sheet]:
    """Every sheet of a workbook, or the one "sheet" of a CSV or text file, as rows of values: text,
    numbers, and dates where the file says a cell is a date. Empty rows are left out; the numbers are
    those Excel (or a text editor) shows."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, limit)
    if suffix == ".xls":
        return _read_xls(path, limit)
    return [_read_text(path, limit)]


def _keep(number: int, values: Iterable[object]) -> tuple[int, list[object]] | None:
    cells = [v.strip() if isinstance(v, str) else v for v in values]
    while cells and (cells[-1] is None or cells[-1] == ""):
        cells.pop()
    return (number, cells) if cells else None


def _read_xlsx(path: Path, limit: int | None = None) -> list[Sheet]:
    import zipfile

    from openpyxl import load_workbook

    try:
        with path.open("rb") as file:
            with zipfile.ZipFile(file) as archive:
                check_xlsx_parts(archive, path.stat().st_size, path.name)
            file.seek(0)
            book = load_workbook(file, read_only=True, data_only=True)
            try:
                sheets = []
                for ws in book.worksheets:
                    numbered = itertools.islice(enumerate(ws.iter_rows(values_only=True), start=1), limit)
                    rows = [kept for number, values in numbered if (kept := _keep(number, values))]
                    sheets.append(Sheet(ws.title, rows))
                return sheets
            finally:
                book.close()
    except errors.ImportRefusedError:
        raise
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, IndexError, TypeError, EOFError) as exc:
        raise refused(path.name, "not_xlsx") from exc  # damaged parts or cells: open and save it again


def _read_xls(path: Path, limit: int | None = None) -> list[Sheet]:
    """The old binary workbook (BIFF 97-2003), still written by many ERPs, through xlrd: small, pure
    Python and read-only (its 2.x reads .xls and nothing else, with no formula evaluation to trust)."""
    import xlrd
    from xlrd.compdoc import CompDocError

    try:
        return _xls_sheets(xlrd, path, limit)
    except errors.ImportRefusedError:
        raise
    except (xlrd.biffh.XLRDError, CompDocError, OSError, AssertionError, IndexError, ValueError,
            KeyError, TypeError, struct.error) as exc:  # fmt: skip  # a truncated or damaged workbook
        raise refused(path.name, "not_xls") from exc


def _xls_sheets(xlrd, path: Path, limit: int | None) -> list[Sheet]:
    book = xlrd.open_workbook(str(path), on_demand=True)
    try:
        sheets = []
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            rows = []
            for r in range(ws.nrows if limit is None else min(ws.nrows, limit)):
                values: list[object] = []
                for cell in ws.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            values.append(xlrd.xldate_as_datetime(float(cell.value), book.datemode))
                        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                            values.append(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        values.append(None)
                    elif cell.ctype == xlrd.XL_CELL_ERROR:
                        values.append("#ERROR")
                    else:
                        values.append(cell.value)
                if kept := _keep(r + 1, values):
                    rows.append(kept)
            sheets.append(Sheet(ws.name, rows))
            book.unload_sheet(index)
        return sheets
    finally:
        book.release_resources()


def _read_text(path: Path, limit: int | None = None) -> Sheet:
    """A CSV or text file whole, or (`limit`) its first lines, from its first megabyte only."""
    if limit is None:
        (sheet,) = text_parts(path, None)
        return sheet
    text, _encoding = decode(text_blocks.head(path), path.name)
    sheet, _ = _text_sheet(path.stem, text, _delimiter(text), 1, final=True)
    return Sheet(path.stem, [(number, cells) for number, cells in sheet.rows if number <= limit])


def text_parts(path: Path, part_bytes: int | None) -> Iterator[Sheet]:
    """A CSV or text file a part of about `part_bytes` at a time (None: whole), each part a Sheet of
    whole records whose rows keep the file's line numbers (a record a quoted cell keeps open at a
    part's end is read with the next: kamdesk.exchange.text_blocks). An empty file is one empty part."""
    delimiter = ""

    def parse(text: str, first_line: int, final: bool) -> tuple[Sheet, str]:
        nonlocal delimiter
        delimiter = delimiter or _delimiter(text)
        return _text_sheet(path.stem, text, delimiter, first_line, final)

    with decoding(path.name):
        for sheet, read_to, _ in text_blocks.parsed(path, part_bytes, text_blocks.Decoder(), parse):
            sheet.read_to = read_to
            yield sheet
    if not delimiter:
        yield Sheet(path.stem, [])


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:65536].splitlines()[:HEADER_SCAN])
    return max(("\t", ",", ";"), key=sample.count)


def _text_sheet(name: str, text: str, delimiter: str, first_line: int, final: bool) -> tuple[Sheet, str]:
    """The rows of whole lines of text, the first of them the file's line `first_line`, and the text
    of a record still open at the end (text_blocks.records)."""
    found = text_blocks.records(text, delimiter, first_line, final)
    everything: list[list[object]] = found.cells  # type: ignore[assignment]  # each cell stripped where used
    if found.starts is None:  # no cell spans lines: row i is line first_line + i
        rows = [(first_line + i, cells) for i, cells in enumerate(everything) if any(cells)]
        totals = {first_line - 1 + line for line in lines_holding(text, TOTAL_HINTS)}
        return Sheet(name, rows, totals), found.carried
    rows = [(start, cells) for start, cells in zip(found.starts, everything, strict=True) if any(cells)]
    return Sheet(name, rows), found.carried


# --- finding the header ---------------------------------------------------------------------------
def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # an Excel date cell
    return str(value).strip()


def header_fields(headers: list[str]) -> dict[str, int]:
    """KAMDesk's field -> the column of the first header naming it."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        target = KNOWN.get(_normal(header))
        if target and target not in found:
            found[target] = index
    return standing_in(found)


def standing_in(found: dict[str, int]) -> dict[str, int]:
    """A shipment list (发货单) dates its lines by the day they left and counts what was shipped: with
    no order date, the day delivered is the line's date too; with no quantity ordered, the quantity
    delivered is the line's quantity (and then nothing says whether it was in full)."""
    if "date" not in found and "delivered_on" in found:
        found["date"] = found["delivered_on"]
    if "quantity" not in found and "delivered_quantity" in found:
        found["quantity"] = found.pop("delivered_quantity")
    return found


def _two_lines(top: list[object], bottom: list[object]) -> list[str]:
    """A header over two rows (merged cells): 客户 above 编码 and 名称 reads 客户编码, 客户名称. A
    lower name that says enough alone (数量) stands alone, unless the lower row has it twice (原币 and
    本币 each over 数量 | 金额): then each keeps what is above it, and none is taken for granted."""
    width = max(len(top), len(bottom))
    lowers = [_text(bottom[i]) if i < len(bottom) else "" for i in range(width)]
    repeated = {name for name in lowers if name and lowers.count(name) > 1}
    out, above = [], ""
    for i in range(width):
        upper = _text(top[i]) if i < len(top) else ""
        lower = lowers[i]
        above = upper or (above if lower else "")
        alone = lower and KNOWN.get(_normal(lower)) and lower not in repeated
        out.append(above + lower if lower and not alone else (lower or upper))
    return out


def ambiguous(names: list[str]) -> set[str]:
    """The fields two or more of the header's columns are named for (金额 twice): which one is meant
    cannot be told, so the user says."""
    seen = Counter(KNOWN[_normal(n)] for n in names if _normal(n) in KNOWN)
    # An optional delivery column named twice (发货日期 and 到货日期) takes the first: never a refusal
    return {target for target, count in seen.items() if count > 1 and target not in DELIVERY_FIELDS}


def _usable(found: dict[str, int]) -> bool:
    has_account = "account_code" in found or "account_name" in found
    has_amount = "amount" in found or "amount_with_tax" in found
    return "date" in found and has_account and has_amount


@dataclass
class Header:
    line: int  # the sheet's row number of the header's (first) line
    lines: int  # 1, or 2 for a header over two rows
    names: list[str]  # each column's header text (two lines joined)
    index: int  # the position of the header's first row among the sheet's kept rows

    @property
    def signature(self) -> str:
        """The file's shape: the same export from the same ERP gives the same signature."""
        text = "|".join(_normal(n) for n in self.names)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def find_header(
    sheet: Sheet,
    line: int | None = None,
    remembered: Iterable[str] = (),
    chosen: dict[str, str] | None = None,
) -> Header | None:
    """The header: the row (or pair of rows) among the first HEADER_SCAN of a shape the office has
    imported before (`remembered` signatures), else naming the most known columns with a date, a
    customer and an amount among them; or the one at sheet row `line`."""
    remembered = set(remembered)
    best: tuple[int, int, Header] | None = None
    for index, (number, values) in enumerate(sheet.rows[:HEADER_SCAN] if line is None else sheet.rows):
        if line is not None and number != line:
            continue
        single = [_text(v) for v in values]
        candidates = [Header(number, 1, single, index)]
        if index + 1 < len(sheet.rows):
            candidates.append(Header(number, 2, _two_lines(values, sheet.rows[index + 1][1]), index))
        for header in candidates:
            found = header_fields(header.names) | _chosen_fields(chosen or {}, header)
            known = header.signature in remembered
            score = (len(found) + (10 if _usable(found) else 0) + (100 if known else 0), -header.lines)
            if (line is not None or known or _usable(found)) and (best is None or score > best[:2]):
                best = (*score, header)
    return best[2] if best else None


# --- reading the lines ----------------------------------------------------------------------------
@dataclass
class Skipped:
    line: int
    reason: str  # total, note
    text: str  # what the line says, shortened


@dataclass
class Delivery:
    """Each line's delivery, as the file says it (None where a cell is blank)."""

    requested: list[str | None] = field(default_factory=list)  # ISO dates
    delivered: list[str | None] = field(default_factory=list)
    quantities: list[float | None] = field(default_factory=list)
    urgent: list[bool | None] = field(default_factory=list)

    def columns(self) -> tuple[list, ...]:
        return (self.requested, self.delivered, self.quantities, self.urgent)


@dataclass
class ErpLines:
    """What a file holds, ready to check and write."""

    sheet: str
    header: Header
    columns: dict[str, int]  # field -> column
    basis: str  # the amount used: "without_tax" or "with_tax"
    numbers: list[int] = field(default_factory=list)  # each sale line's sheet row
    account_ids: list[int] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    skus: list[str] = field(default_factory=list)
    product_lines: list[str] = field(default_factory=list)
    quantities: list[float] = field(default_factory=list)
    cents: list[int] = field(default_factory=list)
    costs: list[int | None] = field(default_factory=list)
    delivery: Delivery | None = None  # None: the file says nothing of delivery
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unknown_names: dict[str, list[int]] = field(default_factory=dict)  # a name no account has -> its lines

    @property
    def total_cents(self) -> int:
        return sum(self.cents)


def parse_amount(value: object) -> float | None:
    """An amount as ERPs write it: 1234.5, "1,234.50", "¥1,234.50", "(1,234.50)" (a return), "-12"."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    if type(value) is str and "_" not in value:  # the usual forms: a plain number, or 1,234.50
        try:
            number = float(_unseparated(value) if "," in value else value)
        except ValueError:
            pass
        else:
            return number if math.isfinite(number) else None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = text.replace("¥", "").replace("$", "").replace("元", "").strip()
    if "_" in text:
        return None
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1].strip()
    try:
        number = float(_unseparated(text) if "," in text else text)
    except ValueError:
        return None
    if not math.isfinite(number):
        return None
    return -number if negative else number


THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


def _unseparated(text: str) -> str:
    """1,234.50 -> 1234.50. Commas anywhere else (1.234,50 as Europe writes it, 12,34) make it no
    number: which is meant cannot be told, and a wrong guess would be a hundred times off."""
    stripped = text.strip()
    if not THOUSANDS.match(stripped):
        raise ValueError(f"not thousands separators: {text!r}")
    return stripped.replace(",", "")


def parse_day(value: object) -> dt.date | None:
    """A date as ERPs write it: an Excel date cell, an Excel serial number, 2026/3/5,
    2026-03-05 00:00:00, 2026年3月5日, 20260305."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if 20000 < number < 80000:  # an Excel serial: 1954 to 2119
            return EXCEL_EPOCH + dt.timedelta(days=int(number))
        if 19000101 <= number <= 21991231 and number.is_integer():
            return _compact_day(str(int(number)))
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    match = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$", text)
    if match:
        try:
            return dt.date(*map(int, match.groups()))
        except ValueError:
            return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return parse_day(float(text))
    if re.fullmatch(r"\d{8}", text):
        return _compact_day(text)
    return None  # 3/5/2026 is 3 May or 5 March depending on who wrote it: no guess


def _compact_day(text: str) -> dt.date | None:
    """20260305."""
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return None


class Lookup:
    """Accounts by code and by name (folded), the names users mapped before, and the SKU table."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}
        self.names: dict[str, set[int]] = {}
        for account_id, code, name in tuples(Account.select(Account.id, Account.code, Account.name)):
            self.codes[_code_key(code)] = account_id
            self.names.setdefault(name_key(name), set()).add(account_id)
        self.mapped = dict(tuples(CustomerName.select(CustomerName.name_key, CustomerName.account)))
        self.sku_lines = dict(tuples(SkuProductLine.select(SkuProductLine.sku, SkuProductLine.product_line)))

    def account(self, code: str, name: str) -> tuple[int | None, str]:
        """(the account, or None and why: unknown_account, unknown_customer, ambiguous_customer)."""
        if code:
            found = self.codes.get(_code_key(code))
            if found is not None or not name:
                return found, "unknown_account"
        key = name_key(name)
        if key in self.mapped:
            return self.mapped[key], ""
        matches = self.names.get(key, set())
        if len(matches) == 1:
            return next(iter(matches)), ""
        return None, "ambiguous_customer" if matches else "unknown_customer"


LABELLED = re.compile(r"^[^:：]{1,12}[:：]")  # 制单人:李会计, 打印日期：2026-12-01, 审核人:


def is_note(texts: list[str], has_customer: bool) -> bool:
    """A line with no amount that is a footer, not a sale: two cells at most and no customer, or
    only "label: value" cells (制单人:李会计 | 打印日期:2026-12-01), wherever they stand."""
    words = [t for t in texts if t]
    if len(words) <= 2 and not has_customer:
        return True
    return all(LABELLED.match(w) for w in words)


def _code_key(code: str) -> str:
    """A customer code as matched: ＫＡ00002 (typed full-width) is KA00002."""
    return unicodedata.normalize("NFKC", code).strip().lower()


def is_total(cells: list[str]) -> bool:
    """A 合计 / 总计 / 小计 line (a total, never a sale, dated or not): a cell that ends with such a
    word, or starts with one and a colon, once spaces and a bracketed note (（含税）) are taken
    away; or a cell that says Total, Subtotal or Grand total and nothing else. A name that merely
    holds the word (小计算器有限公司) is no total."""
    for cell in cells:
        if not cell:
            continue
        label = re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell))
        label = re.sub(r"\([^()]*\)$", "", label)
        if TOTAL_LABEL.match(label) or TOTAL_EN.match(cell.strip()):
            return True
    return False


def read_lines(sheet: Sheet, header: Header, basis: str, chosen: dict[str, str] | None = None,
               lookup: Lookup | None = None, after_header: bool = True) -> ErpLines:  # fmt: skip
    """Every row under the header: skipped with its reason (a total, a note), or checked as a sale
    line. `chosen` (field -> header text) overrides what the header names say. A later part of a
    file (text_parts) is read with `after_header` False: all its rows are under the header."""
    picked = _chosen_fields(chosen or {}, header)  # the user's word wins over a header's name
    unclear = ambiguous(header.names) - picked.keys()
    columns = {
        k: v
        for k, v in header_fields(header.names).items()
        if (v not in picked.values() or k in DELIVERY_FIELDS)
        and k not in unclear  # a shipment's 发货日期: both
    } | picked
    if "amount" in columns and "amount_with_tax" in columns:
        amount_column = columns["amount_with_tax" if basis == "with_tax" else "amount"]
    else:
        basis = "with_tax" if "amount_with_tax" in columns else "without_tax"
        amount_column = columns.get("amount", columns.get("amount_with_tax", -1))
    out = ErpLines(sheet.name, header, columns, basis)
    if unclear:
        out.problems = [Problem(header.line, target, "duplicate_header") for target in sorted(unclear)]
        return out
    missing = [name for name in ("date",) if name not in columns]
    if "account_code" not in columns and "account_name" not in columns:
        missing.append("account_name")
    if amount_column < 0:
        missing.append("amount")
    if "sku" not in columns and "sku_name" not in columns:
        missing.append("sku")
    if missing:
        out.problems = [Problem(header.line, name, "missing_column") for name in missing]
        return out
    lookup = lookup or Lookup()
    rows = sheet.rows[header.index + header.lines :] if after_header else sheet.rows
    blank = max(max((len(v) for _, v in rows), default=0), max([*columns.values(), amount_column]) + 1)
    at = _Positions(columns, amount_column, blank)
    sales = _sort_out(rows, at, out.skipped, sheet.maybe_totals)
    if not _read_columns(sales, at, lookup, out):
        _read_line_by_line(sales, at, lookup, out)
    out.problems = out.problems[:MAX_PROBLEMS_KEPT]
    return out


class _Positions:
    """Where each field is in a row; a field the file does not have is at `blank`, past every
    column of every row: an empty cell."""

    def __init__(self, columns: dict[str, int], amount: int, blank: int) -> None:
        self.blank = blank
        self.date, self.code = columns.get("date", blank), columns.get("account_code", blank)
        self.name, self.quantity = columns.get("account_name", blank), columns.get("quantity", blank)
        self.cost, self.margin, self.amount = columns.get("cost", blank), columns.get("margin", blank), amount
        self.sku = columns.get("sku", columns.get("sku_name", blank))
        self.line = columns.get("product_line", columns.get("category", blank))
        # A promised date is judged against the day delivered: a file with no delivery column could never
        # say a line arrived, so its promises are left out rather than all counted late.
        said = DELIVERY_FIELDS if "delivered_on" in columns else DELIVERY_FIELDS[1:]
        self.delivery = [columns.get(name, blank) if name in said else blank for name in DELIVERY_FIELDS]

    def has(self, position: int) -> bool:
        return position != self.blank


class _Sales:
    """The sale lines under the header, each field taken out a column at a time when asked for (a
    pass of C to take out, check and convert), with the row each line is on as the sheet shows it."""

    def __init__(self, numbers: list[int], rows: list[list[object]], blank: int) -> None:
        self.numbers, self._rows, self._blank = numbers, rows, blank

    def column(self, position: int) -> list[object]:
        if position >= self._blank:  # a field the file does not have
            return [""] * len(self.numbers)
        return list(map(operator.itemgetter(position), self._rows))

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        """Line by line, each row holding `blank` too."""
        return ((number, [*cells, ""]) for number, cells in zip(self.numbers, self._rows, strict=True))


def _sort_out(rows: list[tuple[int, list[object]]], at: _Positions, skipped: list[Skipped],
              maybe_totals: set[int] | None = None) -> _Sales:  # fmt: skip
    """The rows that are sale lines; totals and notes go to `skipped`. Only the few rows that may be
    either are looked at one by one: those holding a total's word anywhere (`maybe_totals`, the
    rows the reader saw one in, else found here), and those with no amount and no customer."""
    numbers = [number for number, _ in rows]
    values = [cells for _, cells in rows]
    if values and min(map(len, values)) < at.blank:
        for cells in values:  # in place, no copy: the rows are this reading's own
            cells.extend([""] * (at.blank - len(cells)))
    if maybe_totals is None:
        maybe_totals = {numbers[i] for i, cells in enumerate(values) if _holds_total_word(cells)}
    maybe_total = {i for number in maybe_totals if (i := bisect.bisect_left(numbers, number)) < len(numbers)
                   and numbers[i] == number}  # fmt: skip
    amounts = list(map(operator.itemgetter(at.amount), values))
    maybe_note = set()
    if amounts.count("") or amounts.count(None):  # a sale has an amount
        maybe_note = {i for i, cell in enumerate(amounts) if cell is None or cell == ""}
    keep = bytearray(b"\x01") * len(rows)
    for i in sorted(maybe_total | maybe_note):
        texts = [*map(_text, values[i]), ""]  # a field the file does not have reads as "" at `blank`
        words = " ".join(text for text in texts if text)[:60]
        if i in maybe_total and is_total(texts):
            skipped.append(Skipped(numbers[i], "total", words))
            keep[i] = 0
        elif i in maybe_note and is_note(texts, bool(texts[at.code] or texts[at.name])):
            skipped.append(Skipped(numbers[i], "note", words))
            keep[i] = 0
    if 0 in keep:
        numbers, values = list(itertools.compress(numbers, keep)), list(itertools.compress(values, keep))
    return _Sales(numbers, values, at.blank)


def _holds_total_word(cells: list[object]) -> bool:
    try:
        text = "\x1f".join(cells)  # type: ignore[arg-type]  # a CSV's: all text
    except TypeError:
        text = repr(cells)  # a workbook's numbers and dates
    return any(word in text for word in TOTAL_HINTS)


def lines_holding(text: str, words: Iterable[str]) -> set[int]:
    """The lines (from 1) of a text that hold any of the words: each found with a pass of C, its
    line counted from the newlines before it."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + len(word))
    found.sort()
    lines, line, last = set(), 1, 0
    for position in found:
        line += text.count("\n", last, position)
        lines.add(line)
        last = position
    return lines


def _read_columns(sales: _Sales, at: _Positions, lookup: Lookup, out: ErpLines) -> bool:
    """A file whose every sale line is plainly right, read a column at a time with each distinct
    date, customer, SKU and product line converted once (an export of 300,000 lines repeats them
    endlessly). False when any cell is wrong: the line-by-line reading then says where."""
    if not sales.numbers:
        return True
    first, last = dt.date(1990, 1, 1), dt.date(2199, 12, 31)

    def day_of(value: object) -> str | None:
        day = parse_day(value)
        return day.isoformat() if day is not None and first <= day <= last else None

    def account_of(pair: object) -> int | None:
        code, name = cast("tuple[object, object]", pair)
        return lookup.account(_text(code), _text(name))[0]

    def known_code(value: object) -> int | None:
        code = _text(value)
        return lookup.account(code, "")[0] if code else None

    def sku_of(value: object) -> str | None:
        text = _text(value)
        return text if text and len(text) <= 64 and not has_control_characters(text) else None

    def quantity_of(value: object) -> float | None:
        number = parse_amount(value) if _text(value) else 0.0
        return number if number is not None and abs(number) <= MAX_QUANTITY else None

    def line_of(value: object) -> str | None:
        text = _text(value)
        return None if has_control_characters(text) else text[:64]

    codes, names = sales.column(at.code), sales.column(at.name)
    try:  # every cell a reader gives is hashable; a stray one is read line by line
        dates = convert_distinct(sales.column(at.date), day_of)
        accounts = convert_distinct(codes, known_code)  # each code an account's: the names do not matter
        if accounts is None:
            accounts = convert_distinct(list(zip(codes, names, strict=True)), account_of)
        skus = convert_distinct(sales.column(at.sku), sku_of)
        quantities = convert_distinct(sales.column(at.quantity), quantity_of)
        lines = convert_distinct(sales.column(at.line), line_of)
    except TypeError:  # a cell that cannot be told apart from others (unhashable): go line by line
        return False
    if dates is None or accounts is None or skus is None or quantities is None or lines is None:
        return False
    amounts = _numbers(sales.column(at.amount))
    if amounts is None or not all(map(math.isfinite, amounts)) or max(map(abs, amounts)) > MAX_AMOUNT:
        return False
    if any(map(at.has, at.delivery)):
        out.delivery = _delivery_columns(sales, at)
        if out.delivery is None:
            return False
    out.numbers = sales.numbers
    out.account_ids, out.dates, out.skus, out.quantities = accounts, dates, skus, quantities
    if "" in set(lines):  # no product line in the file: the office's SKU table says
        lines = [(line or lookup.sku_lines.get(sku, ""))[:64] for line, sku in zip(lines, skus, strict=True)]
    out.product_lines = lines
    out.cents = _cents(amounts)
    costs = _numbers(sales.column(at.cost)) if at.has(at.cost) else None
    margins = _numbers(sales.column(at.margin)) if at.has(at.margin) and costs is None else None
    if costs is not None:
        out.costs = _cents(costs)  # type: ignore[assignment]
    elif margins is not None:
        out.costs = _cents(list(map(operator.sub, amounts, margins)))  # type: ignore[assignment]
    elif at.has(at.cost) or at.has(at.margin):  # some cells blank or odd: each line as it can
        out.costs = [
            _cost(cost, margin, amount)
            for cost, margin, amount in zip(
                sales.column(at.cost), sales.column(at.margin), amounts, strict=True
            )
        ]
    else:
        out.costs = [None] * len(amounts)
    return True


def _delivery_columns(sales: _Sales, at: _Positions) -> Delivery | None:
    """The delivery fields a column at a time (a blank cell: not said); None if any cell is wrong."""
    converted: list[list] = []
    for position, convert in zip(at.delivery, DELIVERY_CONVERTERS, strict=True):
        if not at.has(position):
            converted.append([None] * len(sales.numbers))
            continue
        column = convert_distinct(sales.column(position), functools.partial(_said, convert))
        if column is None:
            return None
        converted.append([None if value is _NOT_SAID else value for value in column])
    return Delivery(*converted)


_NOT_SAID = object()  # a blank delivery cell, told apart from a wrong one (None)


def _said(convert: Callable[[object], object], value: object) -> object:
    return _NOT_SAID if convert is not _urgent and not _text(value) else convert(value)


def _delivery_day(value: object) -> str | None:
    day = parse_day(value)
    return day.isoformat() if day is not None and FIRST_DAY <= day <= LAST_DAY else None


def _delivery_quantity(value: object) -> float | None:
    number = parse_amount(value)
    return number if number is not None and abs(number) <= MAX_QUANTITY else None


def _urgent(value: object) -> bool | None:
    """加急 as ERPs mark it: 是/否, Y/N, 1/0, √; a blank cell is not urgent."""
    text = _text(value).lower()
    if text in YES:
        return True
    if text in NO or not text:
        return False
    return None


DELIVERY_CONVERTERS = (_delivery_day, _delivery_day, _delivery_quantity, _urgent)  # as DELIVERY_FIELDS


def _cents(amounts: list[float]) -> list[int]:
    return list(map(round, map(operator.mul, amounts, itertools.repeat(100))))


def _plain_numbers(cells: list[object]) -> list[float]:
    """The cells as _plain_number reads each (ValueError or TypeError if one is not a number), a
    column of text at a time: one join, one check of its commas, one float() each."""
    try:
        joined = "\x1f".join(cells)  # type: ignore[arg-type]
    except TypeError:  # a workbook's numbers (and text): each on its own
        return [_plain_number(c) for c in cells]
    if "_" in joined or joined.count("\x1f") != len(cells) - 1:  # float() would take 1_000
        raise ValueError("not plain numbers")
    if "," in joined:
        if not _SEPARATED_COLUMN.fullmatch(joined):
            raise ValueError("commas that are no thousands separators")
        joined = joined.replace(",", "")
    return list(map(float, joined.split("\x1f")))


def _plain_number(cell: object) -> float:
    if type(cell) is str:
        if "_" in cell:  # float() would take 1_000
            raise ValueError(cell)
        return float(_unseparated(cell) if "," in cell else cell)
    return float(cell)  # type: ignore[arg-type]  # a workbook's number, or TypeError


# A column of text cells joined by \x1f whose every cell with a comma has it as a thousands separator
# (THOUSANDS, around spaces): the cells without one are for float() to judge
_CELL = r"(?>[^\S\x1f]*+[+-]?\d{1,3}(?:,\d{3})++(?:\.\d*+)?[^\S\x1f]*+|[^,\x1f]*+)"
_SEPARATED_COLUMN = re.compile(rf"{_CELL}(?:\x1f{_CELL})*+")


def _numbers(cells: list[object]) -> list[float] | None:
    """Every cell as a number, the fast way when they are plain or have thousands separators (the
    whole column in a few passes of C); else each as parse_amount reads it; None if any is not."""
    try:
        fast = _plain_numbers(cells)
    except (ValueError, TypeError):
        pass
    else:
        if all(map(math.isfinite, fast)):  # "nan" and "inf" are words, not amounts
            return fast
    numbers = [parse_amount(c) for c in cells]
    return None if any(n is None for n in numbers) else numbers  # type: ignore[return-value]


def _read_line_by_line(sales: _Sales, at: _Positions, lookup: Lookup, out: ErpLines) -> None:
    """Every problem of every sale line, by the row the sheet shows; the good lines kept as well."""
    days: dict[object, dt.date | None] = {}
    first_day, last_day = dt.date(1990, 1, 1), dt.date(2199, 12, 31)
    for number, values in sales.rows():
        found = len(out.problems)
        date_value = values[at.date]
        date_text = _text(date_value)
        key = date_value if isinstance(date_value, str | int | float | dt.date) else repr(date_value)
        if key not in days:
            days[key] = parse_day(date_value)
        day = days[key]
        if day is None:
            out.problems.append(Problem(number, "date", "bad_date" if date_text else "required", date_text))
        elif not first_day <= day <= last_day:
            out.problems.append(Problem(number, "date", "out_of_range", date_text))
        code, name = _text(values[at.code]), _text(values[at.name])
        account_id, why = lookup.account(code, name)
        if account_id is None:
            if why == "unknown_account":
                out.problems.append(Problem(number, "account_code", "unknown_account", code))
            elif name:
                out.problems.append(Problem(number, "account_name", why, name))
                out.unknown_names.setdefault(name, []).append(number)
            else:
                out.problems.append(Problem(number, "account_name", "required"))
        sku = _text(values[at.sku])
        if not sku:
            out.problems.append(Problem(number, "sku", "required"))
        elif len(sku) > 64:
            out.problems.append(Problem(number, "sku", "too_long", sku[:20]))
        for column, text in (("sku", sku), ("product_line", _text(values[at.line]))):
            if has_control_characters(text):  # NUL and the like: no person types them
                out.problems.append(Problem(number, column, "control_character"))
        quantity_text = _text(values[at.quantity])
        quantity = parse_amount(values[at.quantity]) if quantity_text else 0.0
        if quantity is None:
            out.problems.append(Problem(number, "quantity", "not_a_number", quantity_text))
        elif abs(quantity) > MAX_QUANTITY:
            out.problems.append(Problem(number, "quantity", "out_of_range", quantity_text))
        amount_text = _text(values[at.amount])
        amount = parse_amount(values[at.amount]) if amount_text else None
        if amount is None:
            out.problems.append(
                Problem(number, "amount", "not_a_number" if amount_text else "required", amount_text)
            )
        elif abs(amount) > MAX_AMOUNT:
            out.problems.append(Problem(number, "amount", "out_of_range", amount_text))
        delivery = _line_delivery(number, values, at, out.problems)
        if len(out.problems) > found or len(out.problems) >= MAX_PROBLEMS_KEPT:
            continue
        assert day is not None and account_id is not None and amount is not None and quantity is not None
        out.numbers.append(number)
        out.account_ids.append(account_id)
        out.dates.append(day.isoformat())
        out.skus.append(sku)
        out.product_lines.append((_text(values[at.line]) or lookup.sku_lines.get(sku, ""))[:64])
        out.quantities.append(quantity)
        out.cents.append(round(amount * 100))
        out.costs.append(_cost(values[at.cost], values[at.margin], amount))
        if delivery is not None:
            out.delivery = out.delivery or Delivery()
            for said, value in zip(out.delivery.columns(), delivery, strict=True):
                said.append(value)


def _line_delivery(
    number: int, values: list[object], at: _Positions, problems: list[Problem]
) -> tuple | None:
    """The line's delivery fields (None if the file has none), each wrong cell added to `problems`."""
    if not any(map(at.has, at.delivery)):
        return None
    out: list[object] = []
    for name, position, convert, wrong in zip(
        DELIVERY_FIELDS, at.delivery, DELIVERY_CONVERTERS,
        ("bad_date", "bad_date", "not_a_number", "not_yes_no"), strict=True,
    ):  # fmt: skip
        value = _said(convert, values[position]) if at.has(position) else _NOT_SAID
        if value is None:
            problems.append(Problem(number, name, wrong, _text(values[position])[:20]))
        out.append(None if value is _NOT_SAID else value)
    return tuple(out)


def _cost(cost: object, margin: object, amount: float | None) -> int | None:
    """The line's cost in cents: the cost column, else the amount less the gross margin."""
    if _text(cost):
        value = parse_amount(cost)
        return round(value * 100) if value is not None else None
    if _text(margin) and amount is not None:
        value = parse_amount(margin)
        return round((amount - value) * 100) if value is not None else None
    return None


# --- the file as a whole --------------------------------------------------------------------------
@dataclass
class Found:
    sheet: Sheet
    header: Header
    chosen: dict[str, str]  # the mapping remembered for this shape, or the user's


def locate(path: Path, sheet_name: str | None = None, header_line: int | None = None,
           chosen: dict[str, str] | None = None, sheets: list[Sheet] | None = None) -> Found:  # fmt: skip
    """The sheet and the header to read: those the user named, else a remembered shape's, else the
    first sheet whose header names a date, a customer and an amount. Refused, saying what to do,
    when none does."""
    sheets = sheets if sheets is not None else read_sheets(path)
    if sheet_name is not None:
        sheets = [s for s in sheets if s.name == sheet_name]
        if not sheets:
            problem = Problem(0, "", "no_such_sheet", sheet_name)
            raise errors.ImportRefusedError(file=path.name, problems=[problem])
    remembered = remembered_shapes()
    found: list[Found] = []
    for sheet in sheets:
        header = find_header(sheet, header_line, remembered, chosen)
        if header is None:
            continue
        mapping = dict(chosen or {})
        shape = remembered.get(header.signature)
        if shape is not None and not chosen:
            mapping = shape
        usable = _usable({**header_fields(header.names), **_chosen_fields(mapping, header)})
        if header_line or usable or header.signature in remembered:
            if len(sheet.rows) > header.index + header.lines:  # a sheet with lines under its header
                return _checked(Found(sheet, header, mapping), chosen or {}, path)
            found.append(Found(sheet, header, mapping))  # a template's empty sheet: only if no other
    if found:
        return _checked(found[0], chosen or {}, path)
    if not any(s.rows for s in sheets):
        raise errors.ImportRefusedError(file=path.name, problems=[Problem(0, "", "no_rows")])
    if header_line:
        problem = Problem(header_line, "", "no_header_line", str(header_line))
        raise errors.ImportRefusedError(file=path.name, problems=[problem])
    raise errors.ImportRefusedError(file=path.name, problems=_header_short_of(sheets, chosen or {}))


def _checked(found: Found, chosen: dict[str, str], path: Path) -> Found:
    """Refuse a mapping naming a column the header does not have (a typing slip would else be
    ignored without a word)."""
    wrong = [Problem(found.header.line, target, "mapped_header_missing", name)
             for target, name in chosen.items() if name not in found.header.names]  # fmt: skip
    if wrong:
        raise errors.ImportRefusedError(file=path.name, problems=wrong)
    return found


def _header_short_of(sheets: list[Sheet], chosen: dict[str, str]) -> list[Problem]:
    """Why no header would do: the columns missing from the line that names the most known ones
    (when one names two or more), else that no header was found at all."""
    best: tuple[int, int, dict[str, int]] | None = None
    for sheet in sheets:
        for number, values in sheet.rows[:HEADER_SCAN]:
            names = [_text(v) for v in values]
            found = header_fields(names) | {k: names.index(v) for k, v in chosen.items() if v in names}
            if len(found) >= 2 and (best is None or len(found) > len(best[2])):
                best = (number, 0, found)
    if best is None:
        return [Problem(0, "", "no_header")]
    line, _, found = best
    missing = [] if "date" in found else ["date"]
    if "account_code" not in found and "account_name" not in found:
        missing.append("account_code")
    if "amount" not in found and "amount_with_tax" not in found:
        missing.append("amount")
    if "sku" not in found and "sku_name" not in found:
        missing.append("sku")
    return [Problem(line, name, "missing_column") for name in missing]


def _chosen_fields(mapping: dict[str, str], header: Header) -> dict[str, int]:
    return {k: header.names.index(v) for k, v in mapping.items() if v in header.names}


def remembered_shapes() -> dict[str, dict[str, str]]:
    query = ImportShape.select(ImportShape.signature, ImportShape.mapping)
    return {signature: json.loads(text) for signature, text in tuples(query)}


def remember_shape(header: Header, mapping: dict[str, str]) -> None:
    """Inside the import's transaction: this shape's mapping, for next month's file."""
    from kamdesk import clock

    values = {"kind": "orders", "header_line": header.line, "updated_at": clock.now(),
              "mapping": json.dumps(mapping, ensure_ascii=False)}  # fmt: skip
    if ImportShape.update(**values).where(ImportShape.signature == header.signature).execute() == 0:
        ImportShape.insert(signature=header.signature, **values).execute()


def mapping_of(lines: ErpLines) -> dict[str, str]:
    """The columns used, by their header text: what is remembered for the shape."""
    return {target: lines.header.names[index] for target, index in lines.columns.items()}


def _likeliest_header(sheet: Sheet, line: int | None) -> Header | None:
    """For the user to start from when no header would do: the row asked for, else the one naming
    the most columns KAMDesk knows, else the first."""
    if not sheet.rows:
        return None
    if line is None:
        scored = [
            (len(header_fields([_text(v) for v in values])), -number, number)
            for number, values in sheet.rows[:HEADER_SCAN]
        ]
        line = max(scored)[2]
    return find_header(sheet, line)


# --- what the import dialog shows ----------------------------------------------------------------
PREVIEW_ROWS = 40


@dataclass
class Preview:
    """The top of a file as it is, with what the import will make of it."""

    sheets: list[str]
    sheet: str
    rows: list[tuple[int, list[str]]]  # (sheet row, cells as text), the first PREVIEW_ROWS
    header: Header | None
    columns: dict[str, int]  # field -> column, the header's names and the chosen mapping together
    skipped: dict[int, str]  # sheet row -> why it is not a sale: title, total, note
    both_amounts: bool  # the file has the amount without tax and with it: the office's setting chooses
    unknown: dict[int, int] = field(
        default_factory=dict
    )  # sheet row -> the column of a customer no account is


def preview(path: Path, sheet_name: str | None = None, header_line: int | None = None,
            chosen: dict[str, str] | None = None) -> Preview:  # fmt: skip
    sheets = read_sheets(path, PREVIEW_ROWS)
    names = [s.name for s in sheets]
    try:
        found = locate(path, sheet_name, header_line, chosen, sheets) if sheets else None
    except errors.ImportRefusedError:
        found = None
    sheet = found.sheet if found else next((s for s in sheets if s.name == sheet_name), sheets[0])
    header = found.header if found else _likeliest_header(sheet, header_line)
    mapping = found.chosen if found else dict(chosen or {})
    rows = [(number, [_text(v) for v in values]) for number, values in sheet.rows[:PREVIEW_ROWS]]
    columns: dict[str, int] = {}
    skipped: dict[int, str] = {}
    if header is not None:
        picked = _chosen_fields(mapping, header)
        columns = {k: v for k, v in header_fields(header.names).items() if v not in picked.values()} | picked
        first_data = header.line + header.lines
        amounts = [columns.get(k, -1) for k in ("amount", "amount_with_tax")]
        customers = [columns.get(k, -1) for k in ("account_code", "account_name")]

        def cell(texts: list[str], at: int) -> str:
            return texts[at] if 0 <= at < len(texts) else ""

        for number, texts in rows:
            if number < header.line:
                skipped[number] = "title"
            elif number >= first_data and is_total(texts):
                skipped[number] = "total"
            elif (
                number >= first_data
                and not any(cell(texts, i) for i in amounts)
                and is_note(texts, any(cell(texts, i) for i in customers))  # 制表人:张三
            ):
                skipped[number] = "note"
    both = "amount" in columns and "amount_with_tax" in columns
    unknown: dict[int, int] = {}
    if header is not None and ("account_code" in columns or "account_name" in columns):
        lookup = Lookup()
        for number, texts in rows:
            if number < header.line + header.lines or number in skipped:
                continue
            code_at, name_at = columns.get("account_code", -1), columns.get("account_name", -1)
            code = texts[code_at] if 0 <= code_at < len(texts) else ""
            name = texts[name_at] if 0 <= name_at < len(texts) else ""
            if (code or name) and lookup.account(code, name)[0] is None:
                unknown[number] = code_at if code else name_at
    return Preview(names, sheet.name, rows, header, columns, skipped, both, unknown)
