"""The base of the account pane's tabs that record on the open account (Value, Deliveries,
Relationships): which account they show, whether it may be changed, and telling the pane and the
other workspaces when something was recorded."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from kamdesk.actor import Actor
from ui.common import operations
from ui.common.operations import Changed


class AccountTab(QWidget):
    sig_changed = Signal(int)
    """Something was recorded on the account from this tab; carries the account id."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._account_id: int | None = None
        self._read_only = False  # an archived account: shown, not changed

    def show_account(self, account_id: int | None, *, read_only: bool = False) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        """Read the account again, and say it changed."""
        assert self._account_id is not None
        self.show_account(self._account_id, read_only=self._read_only)
        self.sig_changed.emit(self._account_id)
        operations.announce(Changed.ACCOUNTS, source=self)

    def _open(self, dialog: QDialog) -> QDialog:
        """A recording dialog, opened; once saved, the tab reads the account again."""
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog
