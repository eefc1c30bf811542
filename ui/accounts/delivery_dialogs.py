"""The dialogs of an account's Deliveries tab (guarantee 3): a delivery that failed the account, and
what the rep learnt of its stock and peak season."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kamdesk.actor import Actor
from kamdesk.rules.delivery import months_text
from kamdesk.services import delivery
from ui.common.form_helpers import FormDialog, coded_combo, date_edit, weeks_box, weeks_of


class DeliveryIssueDialog(FormDialog):
    """Seed 000: 交货及时、足量(包括紧急需要时). What went wrong with a delivery, as the customer told it or
    the warehouse reported it."""

    def __init__(self, account_id: int, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account_id, self._user = account_id, user
        self.setWindowTitle(self.tr("Delivery issue"))
        self.date_edit = date_edit()
        self.problem_combo = coded_combo("delivery_problem")
        self.urgent_check = QCheckBox(self.tr("The customer needed it urgently"))
        self.order_edit = QLineEdit()
        self.order_edit.setPlaceholderText(self.tr("e.g. the order or delivery note number"))
        self.days_box = QSpinBox()
        self.days_box.setRange(-1, 365)
        self.days_box.setSpecialValueText(self.tr("(not known)"))
        self.days_box.setValue(-1)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        for caption, field, widget in (
            (self.tr("When"), "occurred_on", self.date_edit),
            (self.tr("What went wrong"), "problem", self.problem_combo),
            ("", "urgent", self.urgent_check),
            (self.tr("Order"), "order_ref", self.order_edit),
            (self.tr("Days late"), "days_late", self.days_box),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        days = self.days_box.value()
        delivery.record_issue(
            self._account_id, self.date_edit.date().toPython(), self.problem_combo.currentData(),
            urgent=self.urgent_check.isChecked(), order_ref=self.order_edit.text(),
            days_late=None if days < 0 else days, note=self.note_edit.toPlainText(), actor=self._user,
        )  # fmt: skip


class StockDialog(FormDialog):
    """Seed 000: 随时了解大客户的销售与库存情况 — the account's stock of one product line, in weeks of its
    sales, and the months of its peak season, so peaks are planned before they come."""

    def __init__(
        self, account_id: int, user: Actor, product_line: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._account_id, self._user = account_id, user
        self.setWindowTitle(self.tr("Stock and peak season"))
        self.line_combo = QComboBox()
        self.line_combo.setEditable(True)
        self.line_combo.addItems(delivery.product_lines(account_id))
        self.line_combo.setCurrentText(product_line)
        known = {s.product_line: s for s in delivery.stock(account_id)}
        self.peak_edit = QLineEdit()
        self.peak_edit.setPlaceholderText(self.tr("Months, e.g. 11-1 or 6,7,8"))
        self.weeks_box = weeks_box(self.tr("(not noted)"))
        self.date_edit = date_edit()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. 300 cases in their warehouse"))
        for caption, field, widget in (
            (self.tr("Product line"), "stock.0.product_line", self.line_combo),
            (self.tr("Peak season"), "stock.0.peak_months", self.peak_edit),
            (self.tr("Their stock lasts"), "stock.0.stock_weeks", self.weeks_box),
            (self.tr("Stock note"), "stock.0.stock_note", self.note_edit),
            (self.tr("Noted on"), "noted_on", self.date_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

        def fill(line: str) -> None:
            found = known.get(line.strip())
            self.peak_edit.setText(months_text(found.peak_months) if found else "")

        self.line_combo.currentTextChanged.connect(fill)
        fill(self.line_combo.currentText())

    def _save(self) -> None:
        note = delivery.StockNote(
            self.line_combo.currentText(),
            self.peak_edit.text(),
            weeks_of(self.weeks_box),
            self.note_edit.text(),
        )
        delivery.note_stock(self._account_id, [note], self.date_edit.date().toPython(), actor=self._user)
