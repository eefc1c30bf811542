"""The accounts table: a model over the rows the account index returns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCollator, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kamdesk.services.accounts import AccountRow
from ui import labels

CODE, NAME, TIER, RELATIONSHIP, LOYALTY, STATUS, OWNER, REGION, CONTACTS = range(9)
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
)
_CODED = {TIER: "tier", RELATIONSHIP: "relationship", LOYALTY: "loyalty", STATUS: "status"}
_TEXT = {CODE: "code", NAME: "name", OWNER: "owner", REGION: "region"}
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        # Text columns sort in the language's order (pinyin for Chinese); the collation rank of
        # each account is computed once and reused on every keystroke.
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)
        self._ranks: dict[int, dict[int, int]] = {}

    # --- data in -------------------------------------------------------------------------------
    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def forget_order(self) -> None:
        """Call after a name, code, owner or region changed: ranks are recomputed on next sort."""
        self._ranks.clear()

    def row_of(self, account_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == account_id:
                return i
        return -1

    def account_id(self, row: int) -> int:
        return self._rows[row].id

    # --- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column in _CODED:
                return labels.label(_CODED[column], getattr(row, _CODED[column]))
            if column == CONTACTS:
                return row.contacts
            return getattr(row, _TEXT[column])
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(column)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.archived:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.archived:
            return self.tr("Archived")
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self.layoutChanged.emit()

    # --- sorting -------------------------------------------------------------------------------
    def _sorted(self, rows: list[AccountRow]) -> list[AccountRow]:
        column, order = self._sort
        key = self._sort_key(column, rows)
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: int, rows: list[AccountRow] | None = None):
        if column in _CODED:
            kind = _CODED[column]
            return lambda r: (labels.rank(kind, getattr(r, kind)), r.code)
        if column == CONTACTS:
            return lambda r: (r.contacts, r.code)
        ranks = self._ranks.get(column)
        if ranks is None or (rows is not None and any(r.id not in ranks for r in rows)):
            ranks = self._rank(column, rows if rows is not None else self._rows)
        return lambda r: ranks.get(r.id, len(ranks))

    def _rank(self, column: int, rows: list[AccountRow]) -> dict[int, int]:
        field = _TEXT[column]
        keyed = [(self._collator.sortKey(getattr(r, field)), r.code, r.id) for r in rows]
        keyed.sort(key=lambda item: (item[0], item[1]))
        ranks = {account_id: i for i, (_, _, account_id) in enumerate(keyed)}
        self._ranks[column] = ranks
        return ranks
