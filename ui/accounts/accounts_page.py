"""The accounts workspace: search and filter the key accounts, edit one with its contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk import paths
from kamdesk.actor import Actor
from kamdesk.rules.vocab import Status
from kamdesk.services import people, value
from kamdesk.services.accounts import AccountFilter, AccountIndex
from ui.accounts.account_table_model import CODE, NAME, VALUE_COLUMNS, AccountTableModel
from ui.common import labels, operations
from ui.common import settings as keys
from ui.common.account_dialogs import AccountDialogs
from ui.common.background import BackgroundTask
from ui.common.flow_layout import FlowLayout
from ui.common.form_helpers import filter_combo
from ui.common.operations import Changed
from ui.common.plain_text import PlainLabel
from ui.common.settings import Settings

if TYPE_CHECKING:  # built, and imported, when the first account is opened
    from ui.accounts.account_detail import AccountDetail

MINE = -1


PANE_MIN_WIDTH = 380  # an account's pane: its form and tabs
HINT_MIN_WIDTH = 160  # the hint shown while no account is open


class AccountsPage(QWidget):
    SHOWS = Changed.EVERYTHING & ~Changed.SETTINGS  # scores, loyalty, last contact, owners, ...
    KEPT_AS_LEFT = True  # coming back to the list shows it as the rep left it, unless it is stale
    sig_open_board = Signal(int)
    """The user wants the account's 1-2-4 board; carries the account id."""
    sig_account_review = Signal(int)
    """The user wants the account's printable review; carries the account id."""

    def __init__(
        self, user: Actor, settings: Settings, dialogs: AccountDialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._user = user
        self._dialogs = dialogs
        self._settings = settings
        self._index = AccountIndex().load()
        self._pinyin_timer = QTimer(self)  # prepare_search: the pinyin, a batch per turn of the event loop
        self._pinyin_timer.setInterval(0)
        self._pinyin_timer.timeout.connect(self._on_pinyin_step)
        self._pinyin_steps: tuple = (None, iter(()))
        self._refreshed_meanwhile: set[int] = set()
        self.model = AccountTableModel(self, order_cache=paths.user_cache_dir() / "account-order.json")

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search name, pinyin (bjfb), code, region, contact…  (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.tier_filter = filter_combo(self.tr("All tiers"), labels.options("tier"))
        self.status_filter = filter_combo(self.tr("All statuses"), labels.options("status"))
        self.loyalty_filter = filter_combo(self.tr("All loyalty"), labels.options("loyalty"))
        self.owner_filter = QComboBox()
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.new_button.setProperty("role", "primary")
        self.count_label = PlainLabel()
        self.count_label.setProperty("role", "hint")
        self._fill_owner_filter()

        # The search box is as wide as its hint (the only place that says pinyin works); on a narrow
        # window the filters wrap below it rather than cut it to "Search name, pi".
        hint = self.search_edit.fontMetrics().horizontalAdvance(self.search_edit.placeholderText())
        self.search_edit.setMinimumWidth(hint + 40)
        filters = FlowLayout()
        for widget in (self.search_edit, self.tier_filter, self.status_filter, self.loyalty_filter,
                       self.owner_filter, self.archived_check):  # fmt: skip
            filters.addWidget(widget)
        filters.addWidget(self.new_button, trailing=True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.setToolTip(self.tr("Right-click to choose the columns"))
        self._fit_columns()
        for column in VALUE_COLUMNS:  # chosen from the header's menu: they add up a year of sales
            header.hideSection(column)
        self.table.setWordWrap(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.nothing_label = PlainLabel()
        self.nothing_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Clear the search and filters"))
        self.nothing_found = QWidget()
        nothing = QHBoxLayout(self.nothing_found)
        nothing.setContentsMargins(0, 0, 0, 0)
        nothing.addWidget(self.nothing_label, 1)
        nothing.addWidget(self.clear_button)
        self.nothing_found.hide()
        left_layout.addWidget(self.nothing_found)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)

        self.placeholder = PlainLabel(self.tr("Select an account on the left, or create a new one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setProperty("role", "hint")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.setMinimumWidth(PANE_MIN_WIDTH)
        self._detail: AccountDetail | None = None
        self._pane_sizes: list[int] | None = None  # the splitter as the rep left it, while no account is open

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut)
        QShortcut(QKeySequence.StandardKey.New, self, self._on_new_clicked)
        QShortcut(QKeySequence("Ctrl+L"), self, self._on_log_visit_shortcut)
        self._connect_signals()
        self._restore_state()
        self.refresh_list()

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_filter_changed)
        self.tier_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.loyalty_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.owner_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.archived_check.toggled.connect(self._on_filter_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

    @property
    def detail(self) -> AccountDetail:
        """The open account's pane, built the first time it is needed (see prepare_detail)."""
        if self._detail is None:
            self.prepare_detail()
        return self._detail

    def prepare_detail(self) -> None:
        """Build the account pane, if not built yet: the window does it just after it first paints,
        while nobody has clicked an account yet."""
        if self._detail is not None:
            return
        from ui.accounts.account_detail import AccountDetail

        detail = AccountDetail(self._user, self._dialogs)
        detail.sig_saved.connect(self._on_detail_saved)
        detail.sig_removed.connect(self._on_detail_removed)
        detail.sig_contacts_changed.connect(self._on_contacts_changed)
        detail.sig_recorded.connect(self._on_recorded)
        detail.sig_open_board.connect(self.sig_open_board)
        detail.sig_account_review.connect(self.sig_account_review)
        self.detail_stack.addWidget(detail)
        self._detail = detail

    def open_account_id(self) -> int | None:
        """The account shown beside the list, if any."""
        if self._detail is None or self.detail_stack.currentWidget() is not self._detail:
            return None
        return self._detail.account_id

    def _fit_columns(self) -> None:
        """Widths from the longest label in the current language: no truncated "Unclassi…"."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 24
        coded = {2: "tier", 3: "relationship", 4: "loyalty", 5: "status"}
        for column in range(self.model.columnCount()):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            if column in coded:
                texts += [text for _, text in labels.options(coded[column])]
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            header.resizeSection(
                column, {0: max(width, 84), 1: 240, 6: max(width, 72), 7: max(width, 96)}.get(column, width)
            )

    def _fill_owner_filter(self) -> None:
        self.owner_filter.blockSignals(True)
        current = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("All owners"), None)
        self.owner_filter.addItem(self.tr("My accounts"), MINE)
        for rep in people.list_reps(active_only=False):
            self.owner_filter.addItem(rep.name, rep.id)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)

    # --- the list ----------------------------------------------------------------------------------
    def current_filter(self) -> AccountFilter:
        owner = self.owner_filter.currentData()
        return AccountFilter(
            text=self.search_edit.text(),
            tier=self.tier_filter.currentData(),
            status=self.status_filter.currentData(),
            owner_id=self._user.id if owner == MINE else owner,
            loyalty=self.loyalty_filter.currentData(),
            include_archived=self.archived_check.isChecked(),
        )

    def refresh_list(self) -> None:
        """Show the accounts matching the filters, keeping the selected account selected."""
        rows = self._index.search(self.current_filter())
        self.model.set_rows(rows)
        self._select_quietly(self.open_account_id())
        total = len(self._index)
        self.count_label.setText(self.tr("{shown} of {total} accounts").format(shown=len(rows), total=total))
        text = self.search_edit.text().strip()
        if not rows and total:
            said = self.tr("No account matches “{text}” with these filters.").format(text=text)
            if not text:
                said = self.tr("No account matches these filters.")
            self.nothing_label.setText(said)
        self.nothing_found.setVisible(not rows and bool(total))

    def _select_quietly(self, account_id: int | None) -> None:
        """Select the account's row (or nothing) without reacting as if the user had clicked."""
        row = self.model.row_of(account_id) if account_id is not None else -1
        selection = self.table.selectionModel()
        if row < 0 and not selection.hasSelection():
            return  # nothing to change (as at start, where the first viewport() alone costs 15 ms)
        selection.blockSignals(True)
        if row < 0:
            selection.clearSelection()
        else:
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        selection.blockSignals(False)
        self.table.viewport().update()

    def open_account(self, account_id: int) -> None:
        self.detail.open_account(account_id)
        self._show_in_pane(self.detail)

    def prepare_search(self) -> None:
        """Read what search-as-you-type scans now, while the rep is not typing yet; the names' pinyin
        a batch at a time between events (for 50,000 names, a couple of seconds the first time)."""
        self._index.prepare_search()
        self._pinyin_steps = (self._index, self._index.pinyin_in_steps())
        self._pinyin_timer.start()

    @Slot()
    def _on_pinyin_step(self) -> None:
        # A page reading in the background goes first: pinyin is pure Python and would take turns
        # with it (the Dashboard's figures took 1.6 s instead of 0.4 s when opened at start). Search
        # matches pinyin a moment later instead.
        waiting = BackgroundTask.any_running()
        self._pinyin_timer.setInterval(50 if waiting else 0)
        if waiting:
            return
        index, steps = self._pinyin_steps
        if index is not self._index or next(steps, "done") == "done":
            self._pinyin_timer.stop()
            if index is self._index and self.search_edit.text().strip():
                self.refresh_list()  # what was typed meanwhile may match pinyin now

    def refresh(self) -> None:
        """Read every account again (after changes made elsewhere, e.g. complaints resolved), off the
        window's thread; the list shows the new reading when it is in."""
        prepared, pinyin = self._index.search_prepared, self._index.pinyin_prepared
        self._refreshed_meanwhile = set()

        def read() -> AccountIndex:
            index = AccountIndex().load()
            if prepared:
                index.prepare_search()
            if pinyin:
                index.prepare_pinyin()  # the readings are remembered: fast after the first time
            return index

        operations.query(self, read, self._reloaded)

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _reloaded(self, index: AccountIndex) -> None:
        for account_id in self._refreshed_meanwhile:  # saved here while the list was being read
            index.refresh(account_id)
        self._index = index
        self.model.forget_order()
        self.refresh_list()
        self.model.set_value_figures(None)  # stale: read again if shown
        self._read_value_if_shown()
        if self._detail is not None:
            self._detail.refresh()

    def _refresh_one(self, account_id: int) -> None:
        self._index.refresh(account_id)
        self._refreshed_meanwhile.add(account_id)

    def show_filtered(self, field: str, code: str) -> None:
        """Only the active accounts with this tier or loyalty (as a dashboard click asks). An open
        account the filter hides is closed, so the pane never shows one the list does not."""
        if not self.confirm_leave():
            return
        combos = {"tier": self.tier_filter, "loyalty": self.loyalty_filter}
        for combo in (self.tier_filter, self.status_filter, self.loyalty_filter, self.owner_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(Status.ACTIVE), 0))
        self.status_filter.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        combos[field].setCurrentIndex(max(combos[field].findData(code), 0))  # refreshes the list
        shown = self.open_account_id()
        if shown is not None and self.model.row_of(shown) < 0:
            self._show_in_pane(self.placeholder)
            self._select_quietly(None)

    def reveal_account(self, account_id: int) -> None:
        """Select and open an account, clearing the search and filters if they hide it."""
        if not self.confirm_leave():
            return
        if self.model.row_of(account_id) < 0:
            for combo in (self.tier_filter, self.status_filter, self.owner_filter):
                combo.setCurrentIndex(0)
            self.archived_check.setChecked(True)
            self.search_edit.clear()
        self.open_account(account_id)
        self._select_quietly(account_id)

    def open_visit_form(self, visit_id: int | None = None) -> QDialog | None:
        """The visit form for the open account (a new visit, or `visit_id`); None without an account."""
        return self._detail.open_visit_form(visit_id) if self._detail is not None else None

    def show_timeline(self) -> None:
        """The open account's timeline tab."""
        if self._detail is not None:
            self._detail.detail_tabs.setCurrentWidget(self._detail.timeline)

    def confirm_leave(self) -> bool:
        return self._detail is None or self._detail.confirm_leave()

    @Slot()
    def clear_filters(self) -> None:
        """Show every account again: the search and each filter back to "all"."""
        for widget in (self.search_edit, self.tier_filter, self.status_filter, self.loyalty_filter,
                       self.owner_filter, self.archived_check):  # fmt: skip
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.tier_filter, self.status_filter, self.loyalty_filter, self.owner_filter):
            combo.setCurrentIndex(0)
        self.archived_check.setChecked(False)
        for widget in (self.search_edit, self.tier_filter, self.status_filter, self.loyalty_filter,
                       self.owner_filter, self.archived_check):  # fmt: skip
            widget.blockSignals(False)
        self.refresh_list()

    # --- slots -------------------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self.refresh_list()

    @Slot()
    def _on_find_shortcut(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    @Slot()
    def _on_new_clicked(self) -> None:
        if not self.confirm_leave():
            return
        self._select_quietly(None)
        self._show_in_pane(self.detail)
        self.detail.new_account()

    @Slot()
    def _on_log_visit_shortcut(self) -> None:
        if self._detail is not None:
            self._detail.log_visit()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        account_id = self.model.account_id(current.row())
        if account_id == self.open_account_id():
            return
        if self.confirm_leave():
            self.open_account(account_id)
        self._select_quietly(self.open_account_id())

    @Slot(int)
    def _on_detail_saved(self, account_id: int) -> None:
        self._refresh_one(account_id)
        self.model.forget_order()
        self._fill_owner_filter()
        self.refresh_list()
        operations.announce(Changed.ACCOUNTS, source=self)

    @Slot(int, str)
    def _on_detail_removed(self, account_id: int, outcome: str) -> None:
        self._refresh_one(account_id)
        if outcome == "deleted":
            self._show_in_pane(self.placeholder)
        self.refresh_list()
        operations.announce(Changed.ACCOUNTS, source=self)

    @Slot(int)
    def _on_recorded(self, account_id: int) -> None:
        self._refresh_one(account_id)
        self.refresh_list()
        operations.announce(operations.RECORDED_ON_AN_ACCOUNT, source=self)

    @Slot(int)
    def _on_contacts_changed(self, account_id: int) -> None:
        self._refresh_one(account_id)
        self.refresh_list()
        operations.announce(Changed.CONTACTS, source=self)

    # --- the columns -------------------------------------------------------------------------------
    @Slot(QPoint)
    def _on_header_menu(self, at: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column in (CODE, NAME):
                continue  # what says which account a row is stays
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, column=column: self.show_column(column, shown))
        menu.popup(header.mapToGlobal(at))

    def show_column(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self._read_value_if_shown()

    def _read_value_if_shown(self) -> None:
        """The value columns' figures, read off the window's thread when one of them is shown."""
        header = self.table.horizontalHeader()
        if self.model.has_value_figures or all(header.isSectionHidden(c) for c in VALUE_COLUMNS):
            return
        operations.query(self.model, value.list_figures, self.model.set_value_figures)

    def _show_in_pane(self, widget: QWidget) -> None:
        """Show an account (or the hint that none is open) beside the list. With none open, the list
        takes the width its columns need (the empty pane took 40% of the window and the list
        scrolled sideways); an account opened gets the pane back as wide as the rep left it."""
        if widget is self.detail_stack.currentWidget():
            return
        self.detail_stack.setCurrentWidget(widget)
        if widget is self.placeholder:
            self._fit_list()
        else:
            self._give_the_pane_back()

    def _give_the_pane_back(self) -> None:
        """The split as the rep left it, before the list was fitted while no account was open."""
        if self._pane_sizes is not None:
            self.detail_stack.setMinimumWidth(PANE_MIN_WIDTH)
            self.splitter.setSizes(self._pane_sizes)
            self._pane_sizes = None

    def _fit_list(self) -> None:
        total = sum(self.splitter.sizes())
        if total <= 0 or self.detail_stack.currentWidget() is not self.placeholder:
            return
        if self._pane_sizes is None:
            self._pane_sizes = self.splitter.sizes()
        self.detail_stack.setMinimumWidth(HINT_MIN_WIDTH)
        table = self.table
        needed = (
            table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width()
            + 4 * table.frameWidth()
        )
        wide = min(max(needed, self._pane_sizes[0]), total - HINT_MIN_WIDTH)
        self.splitter.setSizes([wide, total - wide])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_list()  # the first time it has a width

    # --- UI state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        splitter = self._settings.value(keys.ACCOUNTS_SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([600, 520])  # an open account gets nearly half: its tabs read whole
        header = self._settings.value(keys.ACCOUNTS_HEADER)
        if header:
            self.table.horizontalHeader().restoreState(header)
        self._read_value_if_shown()

    def save_state(self) -> None:
        self._give_the_pane_back()  # what is remembered is the rep's own split, not the fitted one
        self._settings.set_value(keys.ACCOUNTS_SPLITTER, self.splitter.saveState())
        self._settings.set_value(keys.ACCOUNTS_HEADER, self.table.horizontalHeader().saveState())
