"""The top of an ERP export as it is, in the import dialog: each row with the number Excel shows, the
header found (highlighted, and movable), the title and total lines that will be skipped (greyed, and
why), and which of the file's columns KAMDesk reads for what. Any of it can be corrected; the
import then uses the corrections, and remembers them for files of the same shape."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QSpinBox, QTableView, QVBoxLayout, QWidget

from kamdesk.exchange import erp_files
from ui.common.plain_text import PlainLabel

FIELD_NAMES = {
    "date": QT_TRANSLATE_NOOP("ErpPreview", "Date"),
    "account_code": QT_TRANSLATE_NOOP("ErpPreview", "Customer code"),
    "account_name": QT_TRANSLATE_NOOP("ErpPreview", "Customer name"),
    "sku": QT_TRANSLATE_NOOP("ErpPreview", "Item code (SKU)"),
    "sku_name": QT_TRANSLATE_NOOP("ErpPreview", "Item name"),
    "quantity": QT_TRANSLATE_NOOP("ErpPreview", "Quantity"),
    "amount": QT_TRANSLATE_NOOP("ErpPreview", "Amount without tax"),
    "amount_with_tax": QT_TRANSLATE_NOOP("ErpPreview", "Amount with tax"),
    "cost": QT_TRANSLATE_NOOP("ErpPreview", "Cost"),
    "margin": QT_TRANSLATE_NOOP("ErpPreview", "Gross margin"),
    "category": QT_TRANSLATE_NOOP("ErpPreview", "Item category"),
    "product_line": QT_TRANSLATE_NOOP("ErpPreview", "Product line"),
    "requested_on": QT_TRANSLATE_NOOP("ErpPreview", "Date promised"),
    "delivered_on": QT_TRANSLATE_NOOP("ErpPreview", "Date delivered"),
    "delivered_quantity": QT_TRANSLATE_NOOP("ErpPreview", "Quantity delivered"),
    "urgent": QT_TRANSLATE_NOOP("ErpPreview", "Urgent"),
}
REASONS = {
    "title": QT_TRANSLATE_NOOP("ErpPreview", "above the header: skipped"),
    "total": QT_TRANSLATE_NOOP("ErpPreview", "a total: skipped, never a sale"),
    "note": QT_TRANSLATE_NOOP("ErpPreview", "a note, no sale: skipped"),
}
SHORT = {  # the row's number column: a word; the whole reason is its tooltip
    "title": QT_TRANSLATE_NOOP("ErpPreview", "title"),
    "total": QT_TRANSLATE_NOOP("ErpPreview", "total"),
    "note": QT_TRANSLATE_NOOP("ErpPreview", "note"),
}
HEADER_FILL, SKIPPED_INK, UNKNOWN_FILL = QColor("#dbeafe"), QColor("#9ca3af"), QColor("#fde68a")


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.preview: erp_files.Preview | None = None

    def show(self, preview: erp_files.Preview) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return len(self.preview.rows) if self.preview and not parent.isValid() else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        if not self.preview or parent.isValid():
            return 0
        return max((len(cells) for _, cells in self.preview.rows), default=0)

    def _in_header(self, number: int) -> bool:
        header = self.preview.header if self.preview else None
        return header is not None and header.line <= number < header.line + header.lines

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        number, cells = self.preview.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole and self._in_header(number):
            return QBrush(HEADER_FILL)
        if role == Qt.ItemDataRole.BackgroundRole and self.preview.unknown.get(number) == index.column():
            return QBrush(UNKNOWN_FILL)
        if role == Qt.ItemDataRole.ToolTipRole and self.preview.unknown.get(number) == index.column():
            return QCoreApplication.translate(
                "ErpPreview", "No account has this customer: you choose it after Import."
            )
        if role == Qt.ItemDataRole.ForegroundRole and number in self.preview.skipped:
            return QBrush(SKIPPED_INK)
        if role == Qt.ItemDataRole.FontRole and self._in_header(number):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and number in self.preview.skipped:
            return reason(self.preview.skipped[number])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.preview is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            number = self.preview.rows[section][0]
            why = self.preview.skipped.get(number)
            return (
                f"{number} · {QCoreApplication.translate('ErpPreview', SHORT[why])}" if why else str(number)
            )
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and self.preview:
            why = self.preview.skipped.get(self.preview.rows[section][0])
            return reason(why) if why else None
        return _column_letter(section) if role == Qt.ItemDataRole.DisplayRole else None


def reason(code: str) -> str:
    return QCoreApplication.translate("ErpPreview", REASONS[code])


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class ErpPreview(QWidget):
    """The file, the header line and sheet it is read from, and the columns KAMDesk reads."""

    sig_changed = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.model = RowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setMinimumHeight(96)  # a 1024x700 screen at 150% leaves the dialog 466 points
        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, erp_files.PREVIEW_ROWS)
        self.basis_label = PlainLabel()
        self.basis_label.setWordWrap(True)
        self.field_combos: dict[str, QComboBox] = {}
        form = QGridLayout()  # two columns of fields: the dialog fits a laptop's screen
        half = (len(FIELD_NAMES) + 1) // 2
        for i, (target, name) in enumerate(FIELD_NAMES.items()):
            combo = QComboBox()
            self.field_combos[target] = combo
            row, column = i % half, 2 * (i // half)
            form.addWidget(PlainLabel(self.tr(name)), row, column)
            form.addWidget(combo, row, column + 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        where = QHBoxLayout()
        where.addWidget(PlainLabel(self.tr("Sheet")))
        where.addWidget(self.sheet_combo, 1)
        where.addWidget(PlainLabel(self.tr("Header on row")))
        where.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(where)
        layout.addWidget(self.basis_label)
        layout.addLayout(form)
        self._loading = False
        self._chosen: dict[str, str] = {}
        self.load()
        self.sheet_combo.currentIndexChanged.connect(self._on_where_changed)
        self.header_spin.valueChanged.connect(self._on_where_changed)
        for combo in self.field_combos.values():
            combo.currentIndexChanged.connect(self._on_field_changed)

    def load(self, sheet: str | None = None, header_line: int | None = None) -> None:
        preview = erp_files.preview(self._path, sheet, header_line, self._chosen or None)
        self._loading = True
        self.model.show(preview)
        self.table.resizeColumnsToContents()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(preview.sheets)
        self.sheet_combo.setCurrentText(preview.sheet)
        self.sheet_combo.setEnabled(len(preview.sheets) > 1)
        if preview.header is not None:
            self.header_spin.setValue(preview.header.line)
        names = preview.header.names if preview.header else []
        for target, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for name in names:
                if name:
                    combo.addItem(name, name)
            column = preview.columns.get(target)
            combo.setCurrentIndex(combo.findData(names[column]) if column is not None else 0)
        notes = []
        if preview.unknown:
            count = len({cells[preview.unknown[n]] for n, cells in preview.rows if n in preview.unknown})
            notes.append(self.tr("Customers in yellow match no account ({n} in the rows shown): you choose "
                                 "their accounts after Import.").format(n=count))  # fmt: skip
        if preview.header is None:
            self.basis_label.setText(self.tr("No header found: choose the row the column names are on."))
        elif preview.both_amounts:
            basis = self.tr("The file has the amount without tax and with it: the office's sales figures "
                            "use the one chosen in File → Settings.")  # fmt: skip
            self.basis_label.setText(" ".join([basis, *notes]))
        else:
            self.basis_label.setText(" ".join(notes))
        self._loading = False
        self.sig_changed.emit()

    @property
    def preview(self) -> erp_files.Preview | None:
        return self.model.preview

    def header_line(self) -> int | None:
        preview = self.model.preview
        return preview.header.line if preview and preview.header else None

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() or None

    def mapping(self) -> dict[str, str]:
        """KAMDesk's field -> the header text chosen for it."""
        return {t: c.currentData() for t, c in self.field_combos.items() if c.currentData()}

    @Slot()
    def _on_where_changed(self, *_args) -> None:
        if not self._loading:
            self._chosen = {}
            self.load(self.sheet(), self.header_spin.value())

    @Slot()
    def _on_field_changed(self, *_args) -> None:
        if not self._loading:
            self._chosen = self.mapping()
            self.load(self.sheet(), self.header_line())
