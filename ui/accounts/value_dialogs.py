"""The dialogs of an account's Value tab: an estimate of its annual need, and a rebate or promotion
agreement (with its payment)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.services import incentives, value
from kamdesk.services.incentives import IncentiveDraft
from ui.common.form_helpers import (
    FormDialog,
    cents_of,
    coded_combo,
    date_edit,
    set_combo_data,
    yuan_box,
)


class NeedDialog(FormDialog):
    """Seed 001's growth potential starts from what the account needs: a rep's estimate, dated, with
    where it comes from."""

    def __init__(self, account_id: int, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account_id, self._user = account_id, user
        self.setWindowTitle(self.tr("Estimated annual need"))
        self.need_box = yuan_box()
        self.date_edit = date_edit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. their buyer, their annual plan"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        for caption, field, widget in (
            (self.tr("Needs a year, of our product lines"), "annual_cents", self.need_box),
            (self.tr("Estimated on"), "estimated_on", self.date_edit),
            (self.tr("Source"), "source", self.source_edit),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        day = self.date_edit.date().toPython()
        value.record_need(self._account_id, cents_of(self.need_box), day, self.source_edit.text(),
                          self.note_edit.toPlainText(), actor=self._user)  # fmt: skip


class IncentiveDialog(FormDialog):
    """A rebate, promotion or price support promised to the account (guarantee 4), and its payment."""

    def __init__(self, draft: IncentiveDraft, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft, self._user = draft, user
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Rebate or promotion") if draft.id is None else draft.title)
        today = clock.today()
        self.kind_combo = coded_combo("incentive_kind")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 2026 volume rebate, Spring display fee"))
        self.starts_edit = date_edit(draft.starts_on or today.replace(month=1, day=1))
        self.ends_edit = date_edit(draft.ends_on or today.replace(month=12, day=31))
        self.rate_radio = QRadioButton(self.tr("A rate on their purchases"))
        self.amount_radio = QRadioButton(self.tr("A fixed amount"))
        self.rate_box = QDoubleSpinBox()
        self.rate_box.setRange(0, 100)
        self.rate_box.setDecimals(2)
        self.rate_box.setSuffix(" %")
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("all product lines"))
        self.amount_box = yuan_box()
        self.due_edit = date_edit(draft.due_on or today)
        self.paid_check = QCheckBox(self.tr("Paid"))
        self.paid_edit = date_edit(draft.paid_on or today)
        self.paid_box = yuan_box()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        rule = QWidget()
        rule_layout = QHBoxLayout(rule)
        rule_layout.setContentsMargins(0, 0, 0, 0)
        rule_layout.addWidget(self.rate_radio)
        rule_layout.addWidget(self.amount_radio)
        rule_layout.addStretch()
        paid = QWidget()
        paid_layout = QHBoxLayout(paid)
        paid_layout.setContentsMargins(0, 0, 0, 0)
        paid_layout.addWidget(self.paid_check)
        paid_layout.addWidget(self.paid_edit)
        paid_layout.addWidget(self.paid_box, 1)
        for caption, field, widget in (
            (self.tr("Kind"), "kind", self.kind_combo),
            (self.tr("What was agreed"), "title", self.title_edit),
            (self.tr("From"), "starts_on", self.starts_edit),
            (self.tr("To"), "ends_on", self.ends_edit),
            (self.tr("Owed as"), "rule", rule),
            (self.tr("Rate"), "rate_percent", self.rate_box),
            (self.tr("On the product line"), "product_line", self.line_edit),
            (self.tr("Amount"), "promised_cents", self.amount_box),
            (self.tr("Due on"), "due_on", self.due_edit),
            (self.tr("Payment"), "paid_cents", paid),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)
        set_combo_data(self.kind_combo, draft.kind)
        self.title_edit.setText(draft.title)
        by_rate = draft.promised_cents is None
        self.rate_radio.setChecked(by_rate)
        self.amount_radio.setChecked(not by_rate)
        self.rate_box.setValue(draft.rate_percent or 0)
        self.line_edit.setText(draft.product_line)
        self.amount_box.setValue((draft.promised_cents or 0) / 100)
        self.paid_check.setChecked(draft.paid_on is not None)
        self.paid_box.setValue((draft.paid_cents or 0) / 100)
        self.note_edit.setPlainText(draft.note)
        for widget in (self.rate_radio, self.amount_radio, self.paid_check):
            widget.toggled.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        by_rate = self.rate_radio.isChecked()
        self.rate_box.setEnabled(by_rate)
        self.line_edit.setEnabled(by_rate)
        self.amount_box.setEnabled(not by_rate)
        self.paid_edit.setEnabled(self.paid_check.isChecked())
        self.paid_box.setEnabled(self.paid_check.isChecked())

    def draft(self) -> IncentiveDraft:
        by_rate, paid = self.rate_radio.isChecked(), self.paid_check.isChecked()
        return replace(
            self._draft,
            kind=self.kind_combo.currentData(), title=self.title_edit.text(),
            starts_on=self.starts_edit.date().toPython(), ends_on=self.ends_edit.date().toPython(),
            rate_percent=self.rate_box.value() if by_rate else None,
            product_line=self.line_edit.text() if by_rate else "",
            promised_cents=None if by_rate else cents_of(self.amount_box),
            due_on=self.due_edit.date().toPython(),
            paid_on=self.paid_edit.date().toPython() if paid else None,
            paid_cents=cents_of(self.paid_box) if paid else None,
            note=self.note_edit.toPlainText(),
        )  # fmt: skip

    def _save(self) -> None:
        self.saved_id = incentives.save(self.draft(), actor=self._user)
