"""The accounts workspace: search and filter the key accounts, edit one with its contacts."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.services import accounts, churn, reps
from kamdesk.services.accounts import AccountDraft, AccountFilter, AccountIndex
from kamdesk.services.reps import RepInfo
from ui import labels, messages
from ui import settings as keys
from ui.account_form import AccountForm
from ui.account_table_model import AccountTableModel
from ui.contacts_panel import ContactsPanel
from ui.feedback_dialog import ChurnDialog, FeedbackDialog, LoyaltyDialog
from ui.form_helpers import filter_combo
from ui.history_view import HistoryView
from ui.settings import Settings
from ui.timeline_view import TimelineView
from ui.visit_form import VisitForm

MINE = -1


class AccountsPage(QWidget):
    sig_visit_saved = Signal(int)
    """A visit was logged or edited for an account; carries the account id."""
    sig_open_board = Signal(int)
    """The user wants the account's 1-2-4 board; carries the account id."""
    sig_account_review = Signal(int)
    """The user wants the account's printable review; carries the account id."""

    def __init__(self, user: RepInfo, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._settings = settings
        self._index = AccountIndex().load()
        self.model = AccountTableModel(self)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search code, name or contact…  (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.tier_filter = filter_combo(self.tr("All tiers"), labels.options("tier"))
        self.status_filter = filter_combo(self.tr("All statuses"), labels.options("status"))
        self.loyalty_filter = filter_combo(self.tr("All loyalty"), labels.options("loyalty"))
        self.owner_filter = QComboBox()
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setToolTip(self.tr("Create an account (Ctrl+N)"))
        self.new_button.setProperty("role", "primary")
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        self._fill_owner_filter()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.tier_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.loyalty_filter)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.archived_check)
        filters.addStretch()
        filters.addWidget(self.new_button)

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
        self._fit_columns()
        self.table.setWordWrap(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)

        self.form = AccountForm(user)
        self.contacts = ContactsPanel()
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.addWidget(self.form)
        profile_layout.addWidget(self.contacts)
        profile_layout.addStretch()
        profile_scroll = QScrollArea()
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setWidget(profile)
        self.timeline = TimelineView()
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(profile_scroll, self.tr("Profile"))
        self.detail_tabs.addTab(self.timeline, self.tr("Timeline"))
        self.history = HistoryView()
        self.detail_tabs.addTab(self.history, self.tr("Changes"))
        self.log_visit_button = QPushButton(self.tr("Log visit…"))
        self.log_visit_button.setToolTip(self.tr("Write down a visit, call or meeting (Ctrl+L)"))
        self.log_visit_button.setProperty("role", "primary")
        self.feedback_button = QPushButton(self.tr("Record feedback…"))
        self.feedback_button.setToolTip(self.tr("A complaint, praise or suggestion heard outside a visit"))
        self.loyalty_button = QPushButton(self.tr("Assess loyalty…"))
        self.review_button = QPushButton(self.tr("Account review"))
        self.review_button.setToolTip(self.tr("Print this account's review for the last full quarter"))
        self.churn_button = QPushButton(self.tr("Mark churned…"))
        self.reactivate_button = QPushButton(self.tr("Reactivate"))
        self.board_button = QPushButton(self.tr("1-2-4 board"))
        self.board_button.setToolTip(
            self.tr("Open this account's board: one communication, two alignments, four guarantees")
        )
        self._account_actions = (
            self.log_visit_button, self.feedback_button, self.loyalty_button, self.board_button,
            self.review_button,
        )  # fmt: skip
        # Two rows, so the labels fit the detail pane at its default width (no "2-4 看" stubs).
        looks = QHBoxLayout()
        looks.addWidget(self.board_button)
        looks.addWidget(self.review_button)
        looks.addStretch()
        looks.addWidget(self.churn_button)
        looks.addWidget(self.reactivate_button)
        records = QHBoxLayout()
        records.addStretch()
        records.addWidget(self.loyalty_button)
        records.addWidget(self.feedback_button)
        records.addWidget(self.log_visit_button)
        actions = QVBoxLayout()
        actions.addLayout(looks)
        actions.addLayout(records)
        scroll = QWidget()
        detail_layout = QVBoxLayout(scroll)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.detail_tabs)
        self.placeholder = QLabel(self.tr("Select an account on the left, or create a new one."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setProperty("role", "hint")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(scroll)
        self.detail_stack.setMinimumWidth(380)

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
        QShortcut(QKeySequence("Ctrl+L"), self, self._on_log_visit_clicked)
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
        self.new_button.clicked.connect(self._on_new_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.form.sig_saved.connect(self._on_form_saved)
        self.form.sig_removed.connect(self._on_form_removed)
        self.form.sig_restored.connect(self._on_form_saved)
        self.contacts.sig_changed.connect(self._on_contacts_changed)
        self.log_visit_button.clicked.connect(self._on_log_visit_clicked)
        self.feedback_button.clicked.connect(self._on_feedback_clicked)
        self.loyalty_button.clicked.connect(self._on_loyalty_clicked)
        self.board_button.clicked.connect(self._on_board_clicked)
        self.review_button.clicked.connect(self._on_review_clicked)
        self.churn_button.clicked.connect(self._on_churn_clicked)
        self.reactivate_button.clicked.connect(self._on_reactivate_clicked)
        self.timeline.sig_open_visit.connect(self._on_timeline_open_visit)
        self.detail_tabs.currentChanged.connect(self._show_history_if_visible)

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
        for rep in reps.list_reps(active_only=False):
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
        self._select_quietly(self.form.account_id)
        total = len(self._index)
        self.count_label.setText(self.tr("{shown} of {total} accounts").format(shown=len(rows), total=total))

    def _select_quietly(self, account_id: int | None) -> None:
        """Select the account's row (or nothing) without reacting as if the user had clicked."""
        row = self.model.row_of(account_id) if account_id is not None else -1
        selection = self.table.selectionModel()
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
        draft = accounts.get_account(account_id)
        self.form.load(draft)
        self.contacts.set_account(account_id, read_only=draft.archived)
        self.timeline.set_account(account_id)
        self._show_history_if_visible()
        self.churn_button.setVisible(draft.status != "churned" and not draft.archived)
        self.reactivate_button.setVisible(draft.status == "churned" and not draft.archived)
        self._enable_account_actions(not draft.archived)
        self.detail_stack.setCurrentIndex(1)

    def prepare_search(self) -> None:
        """Read what search-as-you-type scans now, while the rep is not typing yet."""
        self._index.prepare_search()

    def reload(self) -> None:
        """Read every account again (after changes made elsewhere, e.g. complaints resolved)."""
        self._index.load()
        self.model.forget_order()
        self.refresh_list()
        if self.form.account_id is not None:
            self.timeline.refresh()
            self._show_history_if_visible()

    def _show_history_if_visible(self, *_args) -> None:
        """The change history is read only while its tab is showing (an account may have thousands)."""
        if self.detail_tabs.currentWidget() is self.history:
            self.history.show_account(self.form.account_id)

    def show_filtered(self, field: str, code: str) -> None:
        """Only the active accounts with this tier or loyalty (as a dashboard click asks)."""
        combos = {"tier": self.tier_filter, "loyalty": self.loyalty_filter}
        for combo in (self.tier_filter, self.status_filter, self.loyalty_filter, self.owner_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData("active"), 0))
        self.status_filter.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        combos[field].setCurrentIndex(max(combos[field].findData(code), 0))  # refreshes the list

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

    def open_visit_form(self, visit_id: int | None = None) -> VisitForm | None:
        """The visit form for the open account (a new visit, or `visit_id`); None without an account."""
        account_id = self.form.account_id
        if account_id is None:
            return None
        form = VisitForm(account_id, self._user.id, visit_id, self)
        form.accepted.connect(lambda: self._after_visit_saved(account_id))
        form.open()
        return form

    def _after_visit_saved(self, account_id: int) -> None:
        self._index.refresh(account_id)
        self.contacts.set_account(account_id)
        self.timeline.refresh()
        self.refresh_list()
        self.sig_visit_saved.emit(account_id)

    def confirm_leave(self) -> bool:
        return self.form.confirm_leave()

    # --- slots -------------------------------------------------------------------------------------
    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self.refresh_list()

    @Slot()
    def _on_find_shortcut(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _enable_account_actions(self, enabled: bool) -> None:
        """The actions that work on a saved, live account."""
        for button in self._account_actions:
            button.setEnabled(enabled)

    @Slot()
    def _on_new_clicked(self) -> None:
        if not self.form.confirm_leave():
            return
        self._select_quietly(None)
        self.form.load(AccountDraft(owner_id=self._user.id))
        self.contacts.set_account(None)
        self.timeline.set_account(None)
        self._enable_account_actions(False)
        self.detail_tabs.setCurrentIndex(0)
        self.detail_stack.setCurrentIndex(1)
        self.form.code_edit.setFocus()

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        account_id = self.model.account_id(current.row())
        if account_id == self.form.account_id:
            return
        if self.form.confirm_leave():
            self.open_account(account_id)
        self._select_quietly(self.form.account_id)

    @Slot(int)
    def _on_form_saved(self, account_id: int) -> None:
        self._index.refresh(account_id)
        self.model.forget_order()
        self._fill_owner_filter()
        self.contacts.set_account(account_id, read_only=accounts.get_account(account_id).archived)
        self.refresh_list()
        self._show_history_if_visible()

    @Slot(int, str)
    def _on_form_removed(self, account_id: int, outcome: str) -> None:
        self._index.refresh(account_id)
        if outcome == "deleted":
            self.detail_stack.setCurrentIndex(0)
        else:
            self.contacts.set_account(account_id, read_only=True)
        self.refresh_list()

    @Slot()
    def _on_log_visit_clicked(self) -> None:
        if self.form.account_id is not None and self.log_visit_button.isEnabled():
            self.open_visit_form()

    @Slot()
    def _on_churn_clicked(self) -> None:
        self._record(ChurnDialog)

    @Slot()
    def _on_reactivate_clicked(self) -> None:
        account_id = self.form.account_id
        if account_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Reactivate"), self.tr("The customer is back: mark the account active again?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            churn.reactivate(account_id)
        except errors.KamdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), messages.describe(exc))
            return
        self._after_record(account_id)
        self.open_account(account_id)

    @Slot()
    def _on_review_clicked(self) -> None:
        if self.form.account_id is not None:
            self.sig_account_review.emit(self.form.account_id)

    @Slot()
    def _on_board_clicked(self) -> None:
        if self.form.account_id is not None:
            self.sig_open_board.emit(self.form.account_id)

    @Slot()
    def _on_feedback_clicked(self) -> None:
        self._record(FeedbackDialog)

    @Slot()
    def _on_loyalty_clicked(self) -> None:
        self._record(LoyaltyDialog)

    def _record(self, dialog_class) -> None:
        account_id = self.form.account_id
        if account_id is None:
            return
        dialog = dialog_class(account_id, self._user.id, self)
        dialog.accepted.connect(lambda: self._after_record(account_id))
        dialog.open()

    def _after_record(self, account_id: int) -> None:
        if self.form.account_id == account_id and not self.form.is_dirty():
            self.open_account(account_id)  # loyalty or status may have changed
        self._after_visit_saved(account_id)

    @Slot(int)
    def _on_timeline_open_visit(self, visit_id: int) -> None:
        self.open_visit_form(visit_id)

    @Slot(int)
    def _on_contacts_changed(self, account_id: int) -> None:
        self._index.refresh(account_id)
        self.refresh_list()

    # --- UI state ------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        splitter = self._settings.value(keys.ACCOUNTS_SPLITTER)
        if splitter:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([880, 420])
        header = self._settings.value(keys.ACCOUNTS_HEADER)
        if header:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self._settings.set_value(keys.ACCOUNTS_SPLITTER, self.splitter.saveState())
        self._settings.set_value(keys.ACCOUNTS_HEADER, self.table.horizontalHeader().saveState())
