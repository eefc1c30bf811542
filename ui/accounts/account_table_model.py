"""The accounts table: a model over the rows the account index returns."""

from __future__ import annotations

from operator import attrgetter
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont

from kamdesk.services.accounts import AccountRow
from kamdesk.services.value import ListFigures
from ui.common import labels
from ui.common.pinyin_order import PinyinOrder
from ui.common.table_model_base import ListTableModel

CODE, NAME, TIER, RELATIONSHIP, LOYALTY, STATUS, OWNER, REGION, CONTACTS, COMPLAINTS, SCORE = range(11)
REVENUE, MARGIN, NET, WALLET = range(11, 15)  # the last 12 months' value: shown when chosen
VALUE_COLUMNS = (REVENUE, MARGIN, NET, WALLET)
HEADERS = (
    QT_TRANSLATE_NOOP("AccountTableModel", "Code"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Name"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Tier"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Relationship"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Loyalty"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Status"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Owner"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Region"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Contacts"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Open complaints"),
    QT_TRANSLATE_NOOP("AccountTableModel", "1-2-4"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Revenue, 12 months"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Margin"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Net contribution"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Share of wallet"),
)
_CODED = {TIER: "tier", RELATIONSHIP: "relationship", LOYALTY: "loyalty", STATUS: "status"}
_TEXT = {CODE: "code", NAME: "name", OWNER: "owner", REGION: "region"}
_COUNTS = {CONTACTS: "contacts", COMPLAINTS: "open_complaints", SCORE: "secured"}
_DANGER = QColor("#b42318")
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole, ID_ROLE, SORT_ROLE, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
    }
)  # fmt: skip


class AccountTableModel(ListTableModel):
    HEADERS = HEADERS

    def __init__(self, parent=None, order_cache: Path | None = None) -> None:
        super().__init__(parent)
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        # Names are entered in Chinese whatever the interface language, so text columns sort in
        # Chinese (pinyin) order. The order is computed once and reused on every keystroke.
        self._pinyin = PinyinOrder(order_cache)
        self._orders: dict[int, tuple[list[int], dict[int, int]]] = {}  # order, rank by id
        self._all_rows: dict[int, AccountRow] = {}  # every row ever shown, for the collation order
        self._value: dict[int, ListFigures] | None = None  # read when a value column is shown

    # --- data in -------------------------------------------------------------------------------
    def set_rows(self, rows: list[AccountRow]) -> None:
        self._all_rows.update((row.id, row) for row in rows)
        self.beginResetModel()
        self._items = self._sorted(rows)
        self.endResetModel()

    def set_value_figures(self, figures: dict[int, ListFigures] | None) -> None:
        self.layoutAboutToBeChanged.emit()
        self._value = figures
        if self._sort[0] in VALUE_COLUMNS:
            self._items = self._sorted(self._items)
        self.layoutChanged.emit()

    @property
    def has_value_figures(self) -> bool:
        return self._value is not None

    def forget_order(self) -> None:
        """Call after a name, code, owner or region changed: the order is recomputed on next sort."""
        self._orders.clear()
        self._all_rows.clear()

    def row_of(self, account_id: int) -> int:
        for i, row in enumerate(self._items):
            if row.id == account_id:
                return i
        return -1

    def account_id(self, row: int) -> int:
        return self._items[row].id

    # --- Qt model interface --------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each repaint: unhandled roles leave first.
        if role not in _ROLES or not index.isValid():
            return None
        row, column = self._items[index.row()], index.column()
        if column in VALUE_COLUMNS:
            return self._value_data(row, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _CODED:
                return labels.label(_CODED[column], getattr(row, _CODED[column]))
            if column == CONTACTS:
                return row.contacts
            if column == COMPLAINTS:
                return row.open_complaints or ""
            if column == SCORE:
                return f"{row.secured}/7" + (f" ⚠{row.at_risk}" if row.at_risk else "")
            return getattr(row, _TEXT[column])
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(column)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == CONTACTS
                else None
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == SCORE:
            return self.tr("{secured} of 7 cards secured, {risk} at risk").format(
                secured=row.secured, risk=row.at_risk
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == SCORE and row.at_risk:
            return _DANGER
        if role == Qt.ItemDataRole.ForegroundRole and column == COMPLAINTS and row.open_complaints:
            return _DANGER
        if not row.archived:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return self.tr("Archived")  # tool tip

    def _value_data(self, row: AccountRow, column: int, role):
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        figures = (self._value or {}).get(row.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if self._value is None:
                return "…"  # being read
            if figures is None:
                return ""
            return {
                REVENUE: labels.yuan(figures.revenue),
                MARGIN: "" if figures.margin is None else f"{figures.margin:.1%}",
                NET: labels.yuan(figures.net_contribution, unknown=""),
                WALLET: "" if figures.share_of_wallet is None else f"{figures.share_of_wallet:.0%}",
            }[column]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == NET
            and figures
            and (figures.net_contribution or 0) < 0
        ):
            return _DANGER
        if role == SORT_ROLE:
            return self._sort_key(column)(row)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._items = self._sorted(self._items)
        self.layoutChanged.emit()

    # --- sorting -------------------------------------------------------------------------------
    def _sorted(self, rows: list[AccountRow]) -> list[AccountRow]:
        column, order = self._sort
        reverse = order == Qt.SortOrder.DescendingOrder
        if column in _CODED or column in _COUNTS or column in VALUE_COLUMNS:
            return sorted(rows, key=self._sort_key(column), reverse=reverse)
        # Walk the cached collation order instead of sorting: a few ms for 10,000 rows.
        by_id = {row.id: row for row in rows}
        order = self._order_for(column, by_id.keys())
        return [by_id[i] for i in (reversed(order) if reverse else order) if i in by_id]

    def _sort_key(self, column: int):
        if column in VALUE_COLUMNS:
            field = {
                REVENUE: "revenue",
                MARGIN: "margin",
                NET: "net_contribution",
                WALLET: "share_of_wallet",
            }[column]
            figures = self._value or {}

            def value_key(r: AccountRow):
                found = getattr(figures[r.id], field) if r.id in figures else None
                return (found is None, found or 0, r.code)  # the unknown last

            return value_key
        if column in _CODED:
            kind = _CODED[column]
            return lambda r: (labels.rank(kind, getattr(r, kind)), r.code)
        if column in _COUNTS:
            field = _COUNTS[column]
            return lambda r: (getattr(r, field), r.code)
        self._order_for(column, {row.id for row in self._items})
        ranks = self._orders[column][1]
        return lambda r: ranks.get(r.id, len(ranks))

    def _order_for(self, column: int, ids) -> list[int]:
        """Account ids in pinyin order of the column's text, covering at least `ids`."""
        known = self._orders.get(column)
        if known is None or not known[1].keys() >= ids:
            order = self._collate(column)
            known = self._orders[column] = (order, {account_id: i for i, account_id in enumerate(order)})
        return known[0]

    def _collate(self, column: int) -> list[int]:
        field = _TEXT[column]
        rows = sorted(self._all_rows.values(), key=attrgetter("code"))
        ranks = self._pinyin.ranks(field, {getattr(row, field) for row in rows})
        rows.sort(key=lambda row: ranks[getattr(row, field)])  # stable: equal texts stay in code order
        return [row.id for row in rows]
