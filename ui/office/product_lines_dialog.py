"""The office's SKU -> product line table, edited in place: each SKU the table holds, and first
every SKU sold without a product line (with how many lines), so a manager classifies what the
sales figures group as "unclassified". Saving gives those lines their product line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.exchange import sku_lines
from ui.common import messages, operations, plain_text
from ui.common.operations import Changed
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model_base import ListTableModel, list_table


class SkuModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SkuModel", "SKU"),
        QT_TRANSLATE_NOOP("SkuModel", "Product line"),
        QT_TRANSLATE_NOOP("SkuModel", "Lines without one"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changes: dict[str, str] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        row: sku_lines.SkuRow = self._items[index.row()]
        if index.column() == 0:
            return row.sku
        if index.column() == 1:
            return self.changes.get(row.sku, row.product_line)
        return row.unclassified or ""

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        row: sku_lines.SkuRow = self._items[index.row()]
        text = str(value).strip()
        if text == row.product_line:
            self.changes.pop(row.sku, None)
        else:
            self.changes[row.sku] = text
        self.dataChanged.emit(index, index)
        return True


class ProductLinesDialog(QDialog):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("SKUs' product lines"))
        resize_within_screen(self, 640, 520)
        self.model = SkuModel(self)
        self.model.set_items(sku_lines.rows())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = list_table(self.proxy)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a SKU or product line…"))
        self.filter_edit.setClearButtonEnabled(True)
        words = self.tr("For ERP files with no product line or category column. SKUs sold without a product "
                        "line come first; type one in and save.")  # fmt: skip
        hint = PlainLabel(words)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.resizeColumnsToContents()

    @Slot()
    def accept(self) -> None:
        changes, user = dict(self.model.changes), self._user
        if changes:
            try:
                patiently(lambda: sku_lines.set_lines(changes, actor=user))
            except errors.KamdeskError as exc:
                plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
                return
            operations.announce(Changed.ORDERS)  # sales grouped by product line change
        super().accept()
