"""Editable lists of rows inside the visit form: complaints and praise, and agreed next steps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.delivery import StockNote
from kamdesk.services.visits import FollowUpDraft, LedgerDraft
from ui.common.form_helpers import coded_combo, set_combo_data, weeks_box, weeks_of
from ui.common.plain_text import PlainLabel


class _Row(QWidget):
    sig_remove = Signal(QWidget)
    """The row's remove button was clicked."""
    sig_edited = Signal()
    """Anything in the row changed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.error = PlainLabel()
        self.error.setProperty("role", "field-error")
        self.error.hide()
        self.remove_button = QPushButton()
        self.remove_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.remove_button.setFixedWidth(32)
        self.remove_button.setToolTip(QCoreApplication.translate("RowList", "Remove this row"))
        self.remove_button.clicked.connect(lambda: self.sig_remove.emit(self))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class LedgerRow(_Row):
    def __init__(self, contacts: list[tuple[int, str]], parent=None) -> None:
        super().__init__(parent)
        self.kind_combo = coded_combo("ledger_kind")
        self.guarantee_combo = coded_combo("guarantee")
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("What did the customer say?"))
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(self.tr("(who?)"), None)
        for contact_id, name in contacts:
            self.contact_combo.addItem(name, contact_id)
        for column, widget in enumerate(
            (self.kind_combo, self.guarantee_combo, self.text_edit, self.contact_combo)
        ):
            self.grid.addWidget(widget, 0, column)
        self.grid.addWidget(self.remove_button, 0, 4)
        self.grid.addWidget(self.error, 1, 0, 1, 5)
        self.grid.setColumnStretch(2, 1)
        for combo in (self.kind_combo, self.guarantee_combo, self.contact_combo):
            combo.currentIndexChanged.connect(self.sig_edited)
        self.text_edit.textChanged.connect(self.sig_edited)

    def value(self) -> LedgerDraft:
        return LedgerDraft(
            self.kind_combo.currentData(), self.guarantee_combo.currentData(), self.text_edit.text(),
            self.contact_combo.currentData(),
        )  # fmt: skip

    def set_value(self, value: LedgerDraft) -> None:
        set_combo_data(self.kind_combo, value.kind)
        set_combo_data(self.guarantee_combo, value.guarantee)
        self.text_edit.setText(value.text)
        set_combo_data(self.contact_combo, value.contact_id)


class FollowUpRow(_Row):
    def __init__(
        self, people: list[tuple[int, str]], default_owner: int | None, today: dt.date, parent=None
    ) -> None:
        super().__init__(parent)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Next step agreed with the customer"))
        self.owner_combo = QComboBox()
        for rep_id, name in people:
            self.owner_combo.addItem(name, rep_id)
        set_combo_data(self.owner_combo, default_owner)
        self.due_edit = QDateEdit(QDate(today + dt.timedelta(days=7)))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        for column, widget in enumerate((self.text_edit, self.owner_combo, self.due_edit)):
            self.grid.addWidget(widget, 0, column)
        self.grid.addWidget(self.remove_button, 0, 3)
        self.grid.addWidget(self.error, 1, 0, 1, 4)
        self.grid.setColumnStretch(0, 1)
        self.text_edit.textChanged.connect(self.sig_edited)
        self.owner_combo.currentIndexChanged.connect(self.sig_edited)
        self.due_edit.dateChanged.connect(self.sig_edited)

    def value(self) -> FollowUpDraft:
        return FollowUpDraft(
            self.text_edit.text(), self.owner_combo.currentData(), self.due_edit.date().toPython()
        )

    def set_value(self, value: FollowUpDraft) -> None:
        self.text_edit.setText(value.text)
        set_combo_data(self.owner_combo, value.owner_id)
        if value.due_on:
            self.due_edit.setDate(QDate(value.due_on))


class StockRow(_Row):
    """What the rep learnt of one product line's stock at the customer, and its peak months."""

    def __init__(self, product_lines: list[str], parent=None) -> None:
        super().__init__(parent)
        self.line_combo = QComboBox()
        self.line_combo.setEditable(True)
        self.line_combo.addItems(product_lines)
        self.line_combo.setCurrentText("")
        self.line_combo.lineEdit().setPlaceholderText(self.tr("Product line"))
        self.weeks_box = weeks_box(self.tr("(stock?)"))
        self.peak_edit = QLineEdit()
        self.peak_edit.setPlaceholderText(self.tr("Peak months, e.g. 11-1"))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. 300 cases, reorders next week"))
        for column, widget in enumerate((self.line_combo, self.weeks_box, self.peak_edit, self.note_edit)):
            self.grid.addWidget(widget, 0, column)
        self.grid.addWidget(self.remove_button, 0, 4)
        self.grid.addWidget(self.error, 1, 0, 1, 5)
        self.line_combo.setMinimumWidth(140)  # a product line's name whole: 休闲食品, 方便食品
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(3, 2)
        self.line_combo.currentTextChanged.connect(self.sig_edited)
        self.weeks_box.valueChanged.connect(self.sig_edited)
        self.peak_edit.textChanged.connect(self.sig_edited)
        self.note_edit.textChanged.connect(self.sig_edited)

    def value(self) -> StockNote:
        peak = self.peak_edit.text().strip()
        return StockNote(self.line_combo.currentText(), peak or None, weeks_of(self.weeks_box),
                         self.note_edit.text())  # fmt: skip

    def set_value(self, value: StockNote) -> None:
        self.line_combo.setCurrentText(value.product_line)
        self.weeks_box.setValue(-1 if value.stock_weeks is None else value.stock_weeks)
        self.peak_edit.setText(value.peak_months or "")
        self.note_edit.setText(value.stock_note)


class RowList(QWidget):
    """A heading, the rows, and an "add" button."""

    sig_edited = Signal()
    """A row was added, removed or changed."""

    def __init__(self, add_text: str, make_row, parent=None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[_Row] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self._on_add_clicked)

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self.add_row()
        row.findChild(QLineEdit).setFocus()

    def add_row(self):
        row = self._make_row()
        row.sig_remove.connect(self._on_row_remove)
        row.sig_edited.connect(self.sig_edited)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self.sig_edited.emit()
        return row

    @Slot(QWidget)
    def _on_row_remove(self, row) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.sig_edited.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self._on_row_remove(row)

    def values(self) -> list:
        return [row.value() for row in self.rows]

    def show_errors(self, errors: dict[int, str]) -> None:
        for i, row in enumerate(self.rows):
            row.show_error(errors.get(i, ""))
