"""The decision-making unit (决策单位) of the selected account: its contacts, added and edited here."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import contacts
from kamdesk.services.contacts import ContactDraft
from ui.accounts.contact_dialog import ContactDialog
from ui.accounts.contact_table_model import ContactTableModel
from ui.common import messages, plain_text
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


class ContactsPanel(QWidget):
    sig_changed = Signal(int)
    """A contact of the account was added, edited or removed; carries the account id."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._account_id: int | None = None
        self.model = ContactTableModel(self)

        title = PlainLabel(self.tr("Decision-making unit"))
        title.setProperty("role", "subheading")
        self.hint = PlainLabel()
        self.hint.setProperty("role", "hint")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(140)

        self.add_button = QPushButton(self.tr("Add contact…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.set_account(None)

    def set_account(self, account_id: int | None, *, read_only: bool = False) -> None:
        self._account_id = account_id
        self._read_only = read_only
        self.model.set_contacts(contacts.list_contacts(account_id) if account_id else [])
        if account_id is None:
            self.hint.setText(self.tr("Save the account first, then add its contacts."))
        elif self.model.rowCount() == 0:
            self.hint.setText(self.tr("No contacts yet: who decides, who influences, who buys?"))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        """The account was archived or restored meanwhile: contacts can be changed, or not."""
        self._read_only = read_only
        self._update_buttons()

    def _selected(self) -> ContactDraft | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.contact(rows[0].row()) if rows else None

    @Slot()
    def _update_buttons(self, *_args) -> None:
        usable = self._account_id is not None and not self._read_only
        self.add_button.setEnabled(usable)
        self.edit_button.setEnabled(usable and self._selected() is not None)
        self.remove_button.setEnabled(usable and self._selected() is not None)

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._account_id is not None:
            self._open_dialog(ContactDraft(account_id=self._account_id))

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        contact = self._selected()
        if contact is not None and not self._read_only:
            self._open_dialog(contact)

    def _open_dialog(self, draft: ContactDraft) -> None:
        dialog = ContactDialog(draft, self._user, self)
        if dialog.exec() and dialog.saved is not None:
            self._after_change(dialog.saved.id)

    @Slot()
    def _on_remove_clicked(self) -> None:
        contact = self._selected()
        if contact is None:
            return
        answer = plain_text.question(
            self,
            self.tr("Remove contact"),
            self.tr("Remove {name} from this account's contacts?").format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            patiently(lambda: contacts.delete_contact(contact.id, actor=self._user))
        except errors.NotFoundError as exc:
            plain_text.warning(self, self.tr("Not removed"), messages.describe(exc))
        self._after_change(None)

    def _after_change(self, select_id: int | None) -> None:
        account_id = self._account_id
        self.set_account(account_id, read_only=self._read_only)
        if select_id is not None:
            for row in range(self.model.rowCount()):
                if self.model.contact(row).id == select_id:
                    self.table.selectRow(row)
        if account_id is not None:
            self.sig_changed.emit(account_id)
