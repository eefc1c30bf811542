"""Pieces every form here uses: coded combo boxes, dates and amounts, and the error shown next to a
field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from ui.common import labels, messages, plain_text
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


def offer_reload(parent: QWidget, exc: errors.KamdeskError, title: str) -> bool:
    """Say why a save was refused (any domain error: refused, conflicting, the disk full, the database
    busy); for a record changed on another seat, offer to load their version.
    True when the user chose to reload (what they typed is then replaced)."""
    if not isinstance(exc, errors.ConflictError):
        plain_text.warning(parent, title, messages.describe(exc))
        return False
    box = plain_text.message_box(QMessageBox.Icon.Warning, title, messages.describe(exc), parent=parent)
    reload_button = box.addButton(
        QCoreApplication.translate("FormHelpers", "Reload their version"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


def date_edit(day: dt.date | None = None) -> QDateEdit:
    """A date with a calendar to pick from, as ISO; today's unless given."""
    edit = QDateEdit(QDate(day or clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


MAX_YUAN = 1e11  # what the domain takes as a sane amount


def yuan_box() -> QDoubleSpinBox:
    """An amount of money in yuan, with thousands separators; read it with cents_of."""
    box = QDoubleSpinBox()
    box.setRange(0, MAX_YUAN)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" ¥")
    return box


def weeks_box(unset: str) -> QDoubleSpinBox:
    """A customer's stock in weeks of its sales, or not said (`unset` shown); read it with weeks_of."""
    box = QDoubleSpinBox()
    box.setRange(-1, 520)
    box.setDecimals(1)
    box.setSuffix(QCoreApplication.translate("FormHelpers", " weeks"))
    box.setSpecialValueText(unset)
    box.setValue(-1)
    return box


def weeks_of(box: QDoubleSpinBox) -> float | None:
    return None if box.value() < 0 else box.value()


def cents_of(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def coded_combo(kind: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in labels.options(kind):
        combo.addItem(text, code)
    return combo


def filter_combo(everything: str, options) -> QComboBox:
    """A filter: "all ..." (no value) first, then (value, text) options."""
    combo = QComboBox()
    combo.addItem(everything, None)
    for value, text in options:
        combo.addItem(text, value)
    return combo


def refill_people(combo: QComboBox, keep: int, team: list[tuple[int, str]]) -> None:
    """Replace the people after the first `keep` entries of a filter (someone joined or left),
    keeping the one chosen if they are still listed; no signal, no second reading."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > keep:
        combo.removeItem(keep)
    for rep_id, name in team:
        combo.addItem(name, rep_id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class FieldErrors:
    """A red line under each field that failed validation; cleared on the next try."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def add_row_at(
        self, grid: QGridLayout, row: int, column: int, caption: str, field: str, widget: QWidget
    ) -> None:
        """As add_row, into a grid: the caption at (row, column), the field beside it."""
        grid.addWidget(PlainLabel(caption), row, column)
        grid.addWidget(self._holder(field, widget), row, column + 1)

    def add_row(self, form: QFormLayout, caption: str, field: str, widget: QWidget) -> None:
        form.addRow(caption, self._holder(field, widget))

    def _holder(self, field: str, widget: QWidget) -> QWidget:
        error = PlainLabel()
        error.setObjectName(f"error_{field}")
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self._labels[field] = error
        self._widgets[field] = widget
        return holder

    def show(self, errors: dict[str, str], describe) -> None:
        self.clear()
        first = None
        for field, code in errors.items():
            label = self._labels.get(field)
            if label is None:
                continue
            label.setText(describe(code))
            label.show()
            self._widgets[field].setProperty("invalid", True)
            self._widgets[field].style().polish(self._widgets[field])
            first = first or self._widgets[field]
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.hide()
            label.clear()
            self._widgets[field].setProperty("invalid", False)
            self._widgets[field].style().polish(self._widgets[field])

    def text(self, field: str) -> str:
        label = self._labels[field]
        return label.text() if not label.isHidden() else ""


def try_save(parent: QWidget, field_errors: FieldErrors, save: Callable[[], object], title: str,
             describe: Callable[[str], str] = messages.field_error) -> bool:  # fmt: skip
    """Run a dialog's `save`. Refused input shows each problem beside its field; any other domain
    error is said in a message box titled `title`. True when the save went through."""
    try:
        patiently(save)
    except errors.ValidationError as exc:
        field_errors.show(exc.errors, describe)
        return False
    except errors.KamdeskError as exc:
        plain_text.warning(parent, title, messages.describe(exc))
        return False
    return True


class FormDialog(QDialog):
    """A form (`self.form`, its rows added through `self.errors`) over Save and Cancel: Save runs
    `_save()` through try_save, so refused input shows beside its field and the dialog stays open."""

    def __init__(self, parent: QWidget | None = None, min_width: int = 440) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min_width)

    def _on_save(self) -> None:
        if try_save(self, self.errors, self._save, self.windowTitle()):
            self.accept()

    def _save(self) -> None:
        raise NotImplementedError


def comparable(draft) -> tuple:
    """A draft's values as a user sees them: surrounding spaces do not make a form dirty."""
    return tuple(value.strip() if isinstance(value, str) else value for value in draft.__dict__.values())
