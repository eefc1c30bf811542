"""The 1-2-4 workspace: one account's board, and the portfolio across the office."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from kamdesk.actor import Actor
from ui.board.board_view import BoardView
from ui.board.card_dialog import CardDialog
from ui.board.portfolio_view import PortfolioView
from ui.common import operations
from ui.common.account_picker import AccountPicker
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import scrolled


class BoardPage(QWidget):
    SHOWS = Changed.BOARD | Changed.FEEDBACK | Changed.ACCOUNTS | Changed.PEOPLE
    """Shown here, so read again when an action changes it: the cards, open complaints per guarantee, the
    account list."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.account_combo = AccountPicker()
        self.account_combo.setMinimumWidth(260)
        self.board = BoardView(user)
        self.portfolio = PortfolioView()
        hint = PlainLabel(
            self.tr("Drag cards, or Ctrl+← / Ctrl+→; Ctrl+Z undoes a move; double-click for details.")
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("Account")))
        top.addWidget(self.account_combo)
        top.addWidget(hint, 1)
        account_tab = QWidget()
        account_layout = QVBoxLayout(account_tab)
        account_layout.addLayout(top)
        account_layout.addWidget(scrolled(self.board), 1)  # seven cards with badges: taller than a laptop
        self.tabs = QTabWidget()
        self.tabs.addTab(account_tab, self.tr("Account board"))
        self.tabs.addTab(self.portfolio, self.tr("Portfolio"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.account_combo.sig_chosen.connect(self._on_account_changed)
        self.board.sig_open_card.connect(self._on_board_open_card)
        self.board.sig_moved.connect(self._on_board_moved)
        self.portfolio.sig_open_board.connect(self.show_account)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def show_account(self, account_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.account_combo.select(account_id)
        self.board.set_account(account_id)

    def follow_account(self, account_id: int) -> None:
        """The account opened in Accounts, chosen here too (the tab the rep was on stays)."""
        if self.account_combo.select(account_id):
            self.board.set_account(account_id)

    def refresh(self) -> None:
        self.account_combo.refresh()
        if self.tabs.currentWidget() is self.portfolio:
            self.portfolio.refresh()
        else:
            self.board.refresh()

    def is_busy(self) -> bool:
        return self.account_combo.is_busy() or self.portfolio.is_busy()

    @Slot(int)
    def _on_account_changed(self, account_id: int) -> None:
        self.board.set_account(account_id)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(str)
    def _on_board_open_card(self, card_key: str) -> None:
        dialog = CardDialog(self.board.account_id, card_key, self._user, self)
        dialog.accepted.connect(
            lambda: (self.board.refresh(focus=card_key), operations.announce(Changed.BOARD, source=self))
        )
        dialog.open()

    @Slot(str, str)
    def _on_board_moved(self, _card: str, _column: str) -> None:
        operations.announce(Changed.BOARD, source=self)
