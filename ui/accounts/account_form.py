"""The account form: the profile of one key account, validated and saved as a whole."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.rules.vocab import Status
from kamdesk.services import accounts, people
from kamdesk.services.accounts import AccountDraft
from ui.common import messages, plain_text
from ui.common.form_helpers import FieldErrors, coded_combo, comparable, offer_reload, set_combo_data
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


class AccountForm(QWidget):
    sig_saved = Signal(int)
    """An account was created or changed; carries its id."""
    sig_removed = Signal(int, str)
    """An account was deleted or archived; carries its id and "deleted" or "archived"."""
    sig_restored = Signal(int)
    """An archived account was brought back; carries its id."""
    sig_churn_asked = Signal()
    """Churned was chosen as the status: the churn flow asks its date and reasons (seed 004)."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._draft = AccountDraft()
        self.errors = FieldErrors()

        self.heading = PlainLabel()
        self.heading.setProperty("role", "heading")
        self.archived_banner = PlainLabel(
            self.tr("This account is archived. Restore it to work with it again.")
        )
        self.archived_banner.setProperty("role", "banner")
        self.archived_banner.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. KA00123"))
        self.name_edit = QLineEdit()
        self.industry_combo = QComboBox()
        self.industry_combo.setEditable(True)
        self.region_combo = QComboBox()
        self.region_combo.setEditable(True)
        self.address_edit = QLineEdit()
        self.tier_combo = coded_combo("tier")
        self.relationship_combo = coded_combo("relationship")
        self.loyalty_combo = coded_combo("loyalty")
        self.status_combo = coded_combo("status")
        self.owner_combo = QComboBox()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field, widget in (
            (self.tr("Code"), "code", self.code_edit),
            (self.tr("Name"), "name", self.name_edit),
            (self.tr("Industry"), "industry", self.industry_combo),
            (self.tr("Region"), "region", self.region_combo),
            (self.tr("Address"), "address", self.address_edit),
            (self.tr("Value tier"), "tier", self.tier_combo),
            (self.tr("Relationship"), "relationship", self.relationship_combo),
            (self.tr("Loyalty"), "loyalty", self.loyalty_combo),
            (self.tr("Status"), "status", self.status_combo),
            (self.tr("Owner"), "owner_id", self.owner_combo),
            (self.tr("Notes"), "notes", self.notes_edit),
        ):
            self.errors.add_row(form, caption, field, widget)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save the account (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.archive_button.setToolTip(
            self.tr("Set the account aside, its history kept: read-only until restored")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch()
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.archived_banner)
        layout.addLayout(form)
        layout.addLayout(buttons)

        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._connect_signals()
        self._limit_to_role()
        self.load(AccountDraft())

    def _limit_to_role(self) -> None:
        """A rep sees the owner and the value tier but cannot change them (seed 004: the manager
        assigns accounts and tiers); deleting is a manager's job too."""
        if self._user.is_manager:
            return
        only_manager = self.tr("Only a manager may change this.")
        for combo in (self.tier_combo, self.owner_combo):
            combo.setEnabled(False)
            combo.setToolTip(only_manager)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.archive_button.clicked.connect(self._on_archive_clicked)
        for edit in (self.code_edit, self.name_edit, self.address_edit):
            edit.textEdited.connect(self._on_edited)
        for combo in (self.industry_combo, self.region_combo):
            combo.editTextChanged.connect(self._on_edited)
        for combo in (
            self.tier_combo,
            self.relationship_combo,
            self.loyalty_combo,
            self.status_combo,
            self.owner_combo,
        ):
            combo.currentIndexChanged.connect(self._on_edited)
        self.notes_edit.textChanged.connect(self._on_edited)
        self.status_combo.activated.connect(self._on_status_chosen)

    # --- loading and reading -----------------------------------------------------------------------
    def load(self, draft: AccountDraft) -> None:
        """Show `draft` (a stored account, or a blank one for a new account) with no edits."""
        self._draft = draft
        self._fill_choices()
        self.code_edit.setText(draft.code)
        self.name_edit.setText(draft.name)
        self.industry_combo.setEditText(draft.industry)
        self.region_combo.setEditText(draft.region)
        self.address_edit.setText(draft.address)
        set_combo_data(self.tier_combo, draft.tier)
        set_combo_data(self.relationship_combo, draft.relationship)
        set_combo_data(self.loyalty_combo, draft.loyalty)
        set_combo_data(self.status_combo, draft.status)
        set_combo_data(self.owner_combo, draft.owner_id)
        self.notes_edit.setPlainText(draft.notes)
        self.errors.clear()
        self._update_state()

    def _fill_choices(self) -> None:
        for combo, field in ((self.industry_combo, "industry"), (self.region_combo, "region")):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(accounts.known_values(field))
            combo.blockSignals(False)
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        owners = people.list_reps(active_only=True)
        if self._draft.owner_id is not None and self._draft.owner_id not in {r.id for r in owners}:
            former = people.get_rep(self._draft.owner_id)  # a rep who has left still shows
            if former:
                owners.append(former)
        for rep in owners:
            self.owner_combo.addItem(rep.name, rep.id)
        self.owner_combo.blockSignals(False)

    def draft(self) -> AccountDraft:
        """What the form holds now, as a draft of the loaded account."""
        return replace(
            self._draft,
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            industry=self.industry_combo.currentText(),
            region=self.region_combo.currentText(),
            address=self.address_edit.text(),
            tier=self.tier_combo.currentData(),
            relationship=self.relationship_combo.currentData(),
            loyalty=self.loyalty_combo.currentData(),
            status=self.status_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
        )

    @property
    def account_id(self) -> int | None:
        return self._draft.id

    @property
    def stored(self) -> AccountDraft:
        """The account as loaded (saved), without the edits in the form."""
        return self._draft

    def is_dirty(self) -> bool:
        return comparable(self.draft()) != comparable(self._draft)

    # --- actions -----------------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Validate and save as a whole; on a problem, say what and where, and save nothing."""
        try:
            saved = patiently(lambda: accounts.save_account(self.draft(), actor=self._user))
        except errors.ValidationError as exc:
            self.errors.show(exc.errors, messages.field_error)
            return False
        except errors.KamdeskError as exc:
            if offer_reload(self, exc, self.tr("Not saved")):
                self.load(accounts.get_account(self._draft.id))
            return False
        self.load(saved)
        self.sig_saved.emit(saved.id)
        return True

    def confirm_leave(self) -> bool:
        """Before showing something else: True when it is fine to drop what the form shows."""
        if not self.is_dirty():
            return True
        answer = plain_text.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The account has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.load(self._draft)
            return True
        return False

    @Slot()
    def _on_status_chosen(self) -> None:
        """Churn is recorded with its date and reasons, never as a bare status: the choice goes back
        to what is stored and the churn flow takes over."""
        if self.status_combo.currentData() != Status.CHURNED or self._draft.id is None:
            return  # a new account chosen churned: saving says why it cannot be
        set_combo_data(self.status_combo, self._draft.status)
        self.sig_churn_asked.emit()

    @Slot()
    def _on_revert_clicked(self) -> None:
        self.load(self._draft)

    @Slot()
    def _on_delete_clicked(self) -> None:
        account_id = self._draft.id
        if account_id is None:
            return
        answer = plain_text.question(
            self,
            self.tr("Delete account"),
            self.tr(
                "Delete {name}?\n\nAn account with recorded history (contacts, visits, ...) is archived "
                "instead: it leaves the list and can be restored."
            ).format(name=self._draft.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            outcome = patiently(lambda: accounts.remove_account(account_id, actor=self._user))
        except (errors.NotFoundError, errors.PermissionDeniedError) as exc:
            plain_text.warning(self, self.tr("Not deleted"), messages.describe(exc))
            return
        if outcome == "archived":
            self.load(accounts.get_account(account_id))
        else:
            self.load(AccountDraft())
        self.sig_removed.emit(account_id, outcome)

    @Slot()
    def _on_archive_clicked(self) -> None:
        account_id = self._draft.id
        if account_id is None:
            return
        answer = plain_text.question(
            self, self.tr("Archive account"),
            self.tr("Archive {name}? It leaves the list, its history is kept, and nothing can be recorded "
                    "on it until it is restored.").format(name=self._draft.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            patiently(lambda: accounts.archive_account(account_id, actor=self._user))
        except (errors.NotFoundError, errors.PermissionDeniedError) as exc:
            plain_text.warning(self, self.tr("Not archived"), messages.describe(exc))
            return
        self.load(accounts.get_account(account_id))
        self.sig_removed.emit(account_id, "archived")

    @Slot()
    def _on_restore_clicked(self) -> None:
        account_id = self._draft.id
        if account_id is None:
            return
        patiently(lambda: accounts.restore_account(account_id, actor=self._user))
        self.load(accounts.get_account(account_id))
        self.sig_restored.emit(account_id)

    @Slot()
    def _on_edited(self, *_args) -> None:
        self._update_state()

    def _update_state(self) -> None:
        stored = self._draft.id is not None
        dirty = self.is_dirty()
        if stored:
            self.heading.setText(self._draft.name + (" *" if dirty else ""))
        else:
            self.heading.setText(self.tr("New account") + (" *" if dirty else ""))
        self.archived_banner.setVisible(self._draft.archived)
        churned = self._draft.status == Status.CHURNED
        self.status_combo.setEnabled(not churned)
        self.status_combo.setToolTip(
            self.tr("Churned. Reactivate makes the account active again.")
            if churned
            else self.tr("Choosing Churned asks when and why the account was lost.")
        )
        self.restore_button.setVisible(self._draft.archived)
        may_delete = self._user.is_manager
        self.delete_button.setVisible(stored and not self._draft.archived and may_delete)
        self.archive_button.setVisible(stored and not self._draft.archived and may_delete)
        self.save_button.setEnabled(dirty or not stored)
        self.revert_button.setEnabled(dirty)
