"""The 1-2-4 workspace: one account's board, and the portfolio across the office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from kamdesk.actor import Actor
from kamdesk.services.accounts import AccountFilter, search_accounts
from ui.board.board_view import BoardView
from ui.board.card_dialog import CardDialog
from ui.board.portfolio_view import PortfolioView
from ui.common import operations
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel


class BoardPage(QWidget):
    SHOWS = Changed.BOARD | Changed.FEEDBACK | Changed.ACCOUNTS | Changed.PEOPLE
    """Shown here, so read again when an action changes it: the cards, open complaints per guarantee, the
    account list."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.account_combo = QComboBox()
        self.account_combo.setEditable(True)
        self.account_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.account_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.account_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.account_combo.setMinimumWidth(360)
        self.board = BoardView(user)
        self.portfolio = PortfolioView()
        hint = PlainLabel(
            self.tr("Drag cards, or Ctrl+← / Ctrl+→; Ctrl+Z undoes a move; double-click for details.")
        )
        hint.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(PlainLabel(self.tr("Account")))
        top.addWidget(self.account_combo)
        top.addWidget(hint, 1)
        account_tab = QWidget()
        account_layout = QVBoxLayout(account_tab)
        account_layout.addLayout(top)
        account_layout.addWidget(self.board, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(account_tab, self.tr("Account board"))
        self.tabs.addTab(self.portfolio, self.tr("Portfolio"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._fill_accounts()
        self.account_combo.currentIndexChanged.connect(self._on_account_changed)
        self.board.sig_open_card.connect(self._on_board_open_card)
        self.board.sig_moved.connect(self._on_board_moved)
        self.portfolio.sig_open_board.connect(self.show_account)
        self.tabs.currentChanged.connect(self._on_tab_changed)

    def _fill_accounts(self) -> None:
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for row in search_accounts(AccountFilter()):
            self.account_combo.addItem(f"{row.code} · {row.name}", row.id)
        self.account_combo.setCurrentIndex(-1)
        self.account_combo.blockSignals(False)

    def show_account(self, account_id: int) -> None:
        index = self.account_combo.findData(account_id)
        if index < 0:
            self._fill_accounts()
            index = self.account_combo.findData(account_id)
        self.tabs.setCurrentIndex(0)
        self.account_combo.setCurrentIndex(index)
        self.board.set_account(account_id)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.portfolio:
            self.portfolio.refresh()
        else:
            self.board.refresh()

    @Slot()
    def _on_account_changed(self, *_args) -> None:
        account_id = self.account_combo.currentData()
        if account_id is not None:
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
