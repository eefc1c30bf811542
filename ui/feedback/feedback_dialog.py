"""Recording a complaint, praise or suggestion on its own (not from a visit), and loyalty."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from kamdesk.actor import Actor
from kamdesk.rules import board_cards
from kamdesk.rules.vocab import Loyalty
from kamdesk.services import churn, contacts, feedback, loyalty, satisfaction
from ui.common import i18n, labels
from ui.common.form_helpers import FormDialog, coded_combo, date_edit


class _RecordDialog(FormDialog):
    """A small form whose Save calls `_save()`; validation errors show at their fields."""

    def __init__(self, account_id: int, user: Actor, parent=None) -> None:
        super().__init__(parent, min_width=460)
        self._account_id = account_id
        self._user = user


class FeedbackDialog(_RecordDialog):
    def __init__(self, account_id: int, user: Actor, parent=None) -> None:
        super().__init__(account_id, user, parent)
        self.setWindowTitle(self.tr("Record feedback"))
        self.kind_combo = coded_combo("ledger_kind")
        self.guarantee_combo = coded_combo("guarantee")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("What did the customer complain about, praise or suggest?"))
        self.text_edit.setFixedHeight(90)
        self.date_edit = date_edit()
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(self.tr("(not known)"), None)
        for contact in contacts.list_contacts(account_id):
            self.contact_combo.addItem(contact.name, contact.id)
        for caption, field, widget in (
            (self.tr("Kind"), "kind", self.kind_combo),
            (self.tr("Concerns"), "guarantee", self.guarantee_combo),
            (self.tr("What was said"), "text", self.text_edit),
            (self.tr("Date"), "noted_on", self.date_edit),
            (self.tr("From"), "contact_id", self.contact_combo),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        feedback.add_entry(
            self._account_id, self.kind_combo.currentData(), self.guarantee_combo.currentData(),
            self.text_edit.toPlainText(), self.date_edit.date().toPython(), self.contact_combo.currentData(),
            actor=self._user,
        )  # fmt: skip


class LoyaltyDialog(_RecordDialog):
    def __init__(self, account_id: int, user: Actor, parent=None) -> None:
        super().__init__(account_id, user, parent)
        self.setWindowTitle(self.tr("Assess loyalty"))
        self.level_combo = QComboBox()
        for level, text in (
            (Loyalty.LOYAL, self.tr("Loyal: satisfied, will buy again")),
            (Loyalty.NEUTRAL, self.tr("Moderately loyal: satisfied enough, intention uncertain")),
            (Loyalty.DISLOYAL, self.tr("Not loyal: dissatisfied")),
        ):
            self.level_combo.addItem(text, level)
        self.date_edit = date_edit()
        self.basis_combo = coded_combo("loyalty_basis")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(70)
        for caption, field, widget in (
            (self.tr("Level"), "level", self.level_combo),
            (self.tr("Assessed on"), "assessed_on", self.date_edit),
            (self.tr("Based on"), "basis", self.basis_combo),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        loyalty.record(
            self._account_id, self.level_combo.currentData(), self.date_edit.date().toPython(),
            self.basis_combo.currentData(), self.note_edit.toPlainText(), actor=self._user,
        )  # fmt: skip


class SurveyDialog(_RecordDialog):
    """Seed 002: only "very satisfied" predicts buying again (six times a merely satisfied customer)."""

    def __init__(self, account_id: int, user: Actor, parent=None) -> None:
        super().__init__(account_id, user, parent)
        self.setWindowTitle(self.tr("Satisfaction survey"))
        self.date_edit = date_edit()
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(self.tr("(not said)"), None)
        for c in contacts.list_contacts(account_id):
            self.contact_combo.addItem(c.name, c.id)
        self.overall_combo = coded_combo("satisfaction")
        self.guarantee_combos = {}
        for key in satisfaction.ASKED:
            combo = QComboBox()
            combo.addItem(self.tr("(not asked)"), "")
            for code, text in labels.options("satisfaction"):
                combo.addItem(text, code)
            self.guarantee_combos[key] = combo
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        rows = [(self.tr("Asked on"), "surveyed_on", self.date_edit),
                (self.tr("Who answered"), "contact_id", self.contact_combo),
                (self.tr("Overall"), "overall", self.overall_combo)]  # fmt: skip
        rows += [
            (labels.label("guarantee", key), key, self.guarantee_combos[key]) for key in satisfaction.ASKED
        ]
        rows.append((self.tr("Note"), "note", self.note_edit))
        for caption, field, widget in rows:
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        answers = {key: combo.currentData() for key, combo in self.guarantee_combos.items()}
        satisfaction.record(
            self._account_id, self.date_edit.date().toPython(), self.overall_combo.currentData(), answers,
            self.contact_combo.currentData(), self.note_edit.toPlainText(), actor=self._user,
        )  # fmt: skip


class ChurnDialog(_RecordDialog):
    """Seed 004: when an account is lost, the surface reason, the deep reason, and where it went."""

    def __init__(self, account_id: int, user: Actor, parent=None) -> None:
        super().__init__(account_id, user, parent)
        self.setWindowTitle(self.tr("Mark the account churned"))
        self.date_edit = date_edit()
        self.surface_combo = QComboBox()
        self.deep_combo = QComboBox()
        for combo, kind in ((self.surface_combo, "surface"), (self.deep_combo, "deep")):
            combo.setEditable(True)
            combo.addItem("")
            combo.addItems(churn.reasons(kind))
        self.step_combo = QComboBox()
        self.step_combo.addItem(self.tr("(choose the step that failed)"), "")
        for key in churn.STEPS:
            text = board_cards.BY_KEY[key].title(i18n.current_language()) if key != "other" else self.tr(
                "None of ours: a reason of their own")  # fmt: skip
            self.step_combo.addItem(text, key)
        self.competitor_edit = QLineEdit()
        went = self.tr("Which competitor did it go to? (None: leave it empty)")
        self.competitor_edit.setPlaceholderText(went)
        for caption, field, widget in (
            (self.tr("Lost on"), "churned_on", self.date_edit),
            (self.tr("Surface reason (表面原因)"), "churn_surface", self.surface_combo),
            (self.tr("Deep reason (深层原因)"), "churn_deep", self.deep_combo),
            (self.tr("Where it failed"), "churn_step", self.step_combo),
            (self.tr("Went to"), "churn_competitor", self.competitor_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        churn.mark_churned(
            self._account_id, self.date_edit.date().toPython(), self.surface_combo.currentText(),
            self.deep_combo.currentText(), self.competitor_edit.text(), step=self.step_combo.currentData(),
            actor=self._user,
        )  # fmt: skip
