"""Adding or editing one contact of an account's decision-making unit."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import contacts
from kamdesk.services.contacts import ContactDraft
from ui.common import messages, plain_text
from ui.common.form_helpers import FieldErrors, coded_combo, comparable, offer_reload, set_combo_data
from ui.common.patience import patiently


class ContactDialog(QDialog):
    def __init__(self, draft: ContactDraft, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._draft = draft
        self.saved: ContactDraft | None = None
        self.setWindowTitle(self.tr("Edit contact") if draft.id else self.tr("New contact"))
        self.setMinimumWidth(420)
        self.errors = FieldErrors()

        self.name_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 采购经理 (purchasing manager)"))
        self.role_combo = coded_combo("decision_role")
        self.attitude_combo = coded_combo("attitude")
        self.phone_edit = QLineEdit()
        self.wechat_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)
        self._show(draft)

        form = QFormLayout()
        for caption, field, widget in (
            (self.tr("Name"), "name", self.name_edit),
            (self.tr("Title"), "title", self.title_edit),
            (self.tr("Decision role"), "decision_role", self.role_combo),
            (self.tr("Attitude to us"), "attitude", self.attitude_combo),
            (self.tr("Phone"), "phone", self.phone_edit),
            (self.tr("WeChat"), "wechat", self.wechat_edit),
            (self.tr("E-mail"), "email", self.email_edit),
            (self.tr("Notes"), "notes", self.notes_edit),
        ):
            self.errors.add_row(form, caption, field, widget)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _show(self, draft: ContactDraft) -> None:
        self._draft = draft
        self.name_edit.setText(draft.name)
        self.title_edit.setText(draft.title)
        set_combo_data(self.role_combo, draft.decision_role)
        set_combo_data(self.attitude_combo, draft.attitude)
        self.phone_edit.setText(draft.phone)
        self.wechat_edit.setText(draft.wechat)
        self.email_edit.setText(draft.email)
        self.notes_edit.setPlainText(draft.notes)

    def draft(self) -> ContactDraft:
        return replace(
            self._draft,
            name=self.name_edit.text(),
            title=self.title_edit.text(),
            decision_role=self.role_combo.currentData(),
            attitude=self.attitude_combo.currentData(),
            phone=self.phone_edit.text(),
            wechat=self.wechat_edit.text(),
            email=self.email_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return comparable(self.draft()) != comparable(self._draft)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self.saved = patiently(lambda: contacts.save_contact(self.draft(), actor=self._user))
        except errors.ValidationError as exc:
            self.errors.show(exc.errors, messages.field_error)
            return
        except errors.KamdeskError as exc:
            if offer_reload(self, exc, self.tr("Not saved")):
                self._show(contacts.get_contact(self._draft.id))
            return
        self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            answer = plain_text.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This contact has unsaved changes. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
