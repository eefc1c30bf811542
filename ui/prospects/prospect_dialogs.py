"""The two small dialogs of the call list: log a call's outcome, and note a trigger event."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.rules.vocab import CallOutcome
from kamdesk.services import prospects
from kamdesk.services.prospects import TriggerDraft
from ui.common import labels, messages, plain_text
from ui.common.form_helpers import FieldErrors, coded_combo, try_save
from ui.common.screen_fit import resize_within_screen


class LogCallDialog(QDialog):
    def __init__(self, account_id: int, name: str, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._account_id, self._name, self._user = account_id, name, user
        self.result_text = ""
        self.setWindowTitle(self.tr("Log a call: {name}").format(name=name))
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        for i, (code, text) in enumerate(labels.options("call_outcome")):
            button = QRadioButton(text)
            self.outcome_group.addButton(button)
            self.outcome_buttons[code] = button
            grid.addWidget(button, i // 3, i % 3)
        self.outcome_buttons[CallOutcome.TALKED].setChecked(True)
        outcomes = QWidget()
        outcomes.setLayout(grid)
        self.when_edit = QDateTimeEdit(QDateTime(clock.now()))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What was said, what happens next"))
        self.note_edit.setMaximumHeight(110)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Outcome"), "outcome", outcomes)
        form.addRow(self.tr("When"), self.when_edit)
        self.errors.add_row(form, self.tr("Note"), "note", self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def outcome(self) -> str:
        return next(code for code, button in self.outcome_buttons.items() if button.isChecked())

    def accept(self) -> None:
        outcome = self.outcome()
        if outcome == CallOutcome.WON:
            answer = plain_text.question(
                self, self.tr("Won"),
                self.tr("{name} becomes an active account. Its calls, trigger events and contacts stay "
                        "with it. Go ahead?").format(name=self._name),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return

        def save() -> None:
            self.result_text = prospects.log_call(
                self._account_id, outcome, self.note_edit.toPlainText(), self.when_edit.dateTime().toPython(),
                actor=self._user,
            )  # fmt: skip

        if try_save(self, self.errors, save, self.tr("Not saved"), self._describe):
            super().accept()

    def _describe(self, code: str) -> str:
        if code == "already_customer":
            return self.tr("Already a customer: log a visit on the account instead.")
        return messages.field_error(code)


class TriggerDialog(QDialog):
    def __init__(self, account_id: int, name: str, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._account_id, self._user = account_id, user
        self.setWindowTitle(self.tr("Trigger event: {name}").format(name=name))
        self.date_edit = QDateEdit(QDate(clock.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo: QComboBox = coded_combo("trigger_kind")
        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("What happened, e.g. announced a merger with …"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Where you read or heard it"))
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("When"), "happened_on", self.date_edit)
        self.errors.add_row(form, self.tr("Kind"), "kind", self.kind_combo)
        self.errors.add_row(form, self.tr("What happened"), "what", self.what_edit)
        self.errors.add_row(form, self.tr("Source"), "source", self.source_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 520, 220)

    def accept(self) -> None:
        draft = TriggerDraft(
            self.date_edit.date().toPython(), self.kind_combo.currentData(), self.what_edit.text(),
            self.source_edit.text(),
        )  # fmt: skip
        if try_save(
            self,
            self.errors,
            lambda: prospects.add_trigger(self._account_id, draft, actor=self._user),
            self.tr("Not saved"),
        ):
            super().accept()
