"""The main window: a navigation of workspaces beside the workspace shown. It composes and wires."""

from __future__ import annotations

import gc
import importlib
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kamdesk.actor import Actor
from kamdesk.store.db import OpenedDatabase
from ui.common import labels, operations, style
from ui.common import settings as keys
from ui.common.account_dialogs import AccountDialogs
from ui.common.background import BackgroundTask
from ui.common.first_paint import after_first_paint, run_in_turns
from ui.common.operations import Changed
from ui.common.page_stack import LazyPage, PageStack
from ui.common.plain_text import ElidedLabel, PlainLabel
from ui.common.seats import SeatsWatch
from ui.common.settings import Settings
from ui.follow_ups import reminders
from ui.follow_ups.reminders import REMINDER_INTERVAL_MS, ReminderBanner
from ui.office.menus import Menus
from ui.visits.drafts_banner import DraftsBanner

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from ui.visits.note_search_dialog import NoteSearchDialog

WORKSPACES = {
    "accounts": "ui.accounts.accounts_page.AccountsPage",
    "dashboard": "ui.sales.dashboard_page.DashboardPage",
    "sales": "ui.sales.sales_page.SalesPage",
    "prospects": "ui.prospects.prospects_page.ProspectsPage",
    "board": "ui.board.board_page.BoardPage",
    "follow_ups": "ui.follow_ups.follow_ups_page.FollowUpsPage",
    "feedback": "ui.feedback.feedback_page.FeedbackPage",
    "reports": "ui.reports.reports_page.ReportsPage",
}
"""Each workspace's page, imported when it is first shown (or at idle after the first paint)."""
REMINDERS_COUNT = Changed.FOLLOW_UPS | Changed.VISITS | Changed.ACCOUNTS | Changed.PEOPLE | Changed.SETTINGS


def workspace(key: str) -> type[QWidget]:
    module, _, name = WORKSPACES[key].rpartition(".")
    return getattr(importlib.import_module(module), name)


def account_dialogs() -> AccountDialogs:
    """The Visits and Feedback dialogs the account pane opens; each workspace is imported when its
    dialog is first wanted."""

    def visit(
        account_id: int, user: Actor, visit_id: int | None, parent: QWidget, restore: bool = False
    ) -> QDialog:
        from ui.visits.visit_form import VisitForm

        return VisitForm(account_id, user, visit_id, parent, restore=restore)

    def brief(account_id: int, user: Actor, parent: QWidget) -> QDialog:
        from ui.reports.brief_dialog import VisitBriefDialog

        return VisitBriefDialog(account_id, parent)

    def feedback_dialog(name: str):
        def make(account_id: int, user: Actor, parent: QWidget) -> QDialog:
            from ui.feedback import feedback_dialog

            return getattr(feedback_dialog, name)(account_id, user, parent)

        return make

    return AccountDialogs(
        visit=visit,
        feedback=feedback_dialog("FeedbackDialog"),
        loyalty=feedback_dialog("LoyaltyDialog"),
        churn=feedback_dialog("ChurnDialog"),
        survey=feedback_dialog("SurveyDialog"),
        brief=brief,
    )


FOLLOWS_THE_ACCOUNT = ("board", "reports")


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase, user: Actor, settings: Settings, log_file: str) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle("KAMDesk")
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.92)), min(880, int(screen.height() * 0.9)))

        self._user = user
        self._followed: dict[str, int] = {}  # workspace -> the account it last followed from Accounts
        self.reminder_banner = ReminderBanner()
        self.drafts_banner = DraftsBanner()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(196)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setWordWrap(True)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = PageStack()
        self._add_page("accounts", self.tr("Accounts"), self._build_accounts_page)
        self._add_page("dashboard", self.tr("Dashboard"), self._build_dashboard_page)
        self._add_page("sales", self.tr("Sales"), self._build_sales_page)
        self._add_page("prospects", self.tr("New key accounts"), self._build_prospects_page)
        self._add_page("board", self.tr("1-2-4 board"), self._build_board_page)
        self._add_page("follow_ups", self.tr("Follow-ups"), self._build_follow_ups_page)
        self._add_page("feedback", self.tr("Feedback & loyalty"), self._build_feedback_page)
        self._add_page("reports", self.tr("Reports"), self._build_reports_page)
        self.pages.show_page(0)
        self.navigation.setCurrentRow(0)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(REMINDER_INTERVAL_MS)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.drafts_banner)
        right.addWidget(self.reminder_banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        where = str(opened.path) if opened.path else opened.target
        self.user_label = PlainLabel(f"{user.name} · {labels.label('role', user.role)}")
        self.statusBar().addPermanentWidget(ElidedLabel(where, mode=Qt.TextElideMode.ElideMiddle))
        self.statusBar().addWidget(self.user_label)

        self.notes_search_edit = QLineEdit()
        self.notes_search_edit.setPlaceholderText(self.tr("Search all notes…  (Ctrl+Shift+F)"))
        self.notes_search_edit.setClearButtonEnabled(True)
        self.notes_search_edit.setFixedWidth(280)
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.notes_search_edit)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, self.notes_search_edit.setFocus)

        self.menus = Menus(self, opened, user, settings, log_file, lambda: self.seats.show_everything_again())
        self._connect_signals()
        after_first_paint(self, self._after_first_paint)
        self.reminder_timer.start()
        self.seats = SeatsWatch(self)  # other seats' changes show without a restart
        geometry = settings.value(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        style.wear(self)  # once built: styling the finished window is one pass over it

    def database_path(self) -> Path | None:
        """The office's file, or None on a server."""
        return self.menus.opened.path

    def _add_page(self, key: str, title: str, build) -> None:
        self.pages.add(key, build)
        QListWidgetItem(title, self.navigation)

    # --- the pages, each built (and wired) by its _build_ method the first time it is shown ------
    accounts_page = LazyPage("accounts")
    dashboard_page = LazyPage("dashboard")
    sales_page = LazyPage("sales")
    prospects_page = LazyPage("prospects")
    board_page = LazyPage("board")
    follow_ups_page = LazyPage("follow_ups")
    feedback_page = LazyPage("feedback")
    reports_page = LazyPage("reports")

    def _build_accounts_page(self) -> QWidget:
        page = workspace("accounts")(self._user, self._settings, account_dialogs())
        page.sig_open_board.connect(self._on_accounts_open_board)
        page.sig_account_review.connect(self._on_accounts_account_review)
        return page

    def _build_dashboard_page(self) -> QWidget:
        page = workspace("dashboard")()
        page.sig_filter_accounts.connect(self._on_dashboard_filter_accounts)
        return page

    def _build_sales_page(self) -> QWidget:
        page = workspace("sales")(self._user)
        page.sig_open_account.connect(self._on_follow_ups_open_account)
        return page

    def _build_prospects_page(self) -> QWidget:
        page = workspace("prospects")(self._user)
        page.sig_import.connect(lambda: self.menus.import_file("prospects"))
        page.sig_open_account.connect(self._on_follow_ups_open_account)
        return page

    def _build_board_page(self) -> QWidget:
        return workspace("board")(self._user)

    def _build_follow_ups_page(self) -> QWidget:
        page = workspace("follow_ups")(self._user)
        page.sig_open_account.connect(self._on_follow_ups_open_account)
        page.sig_log_visit.connect(self._on_follow_ups_log_visit)
        return page

    def _build_feedback_page(self) -> QWidget:
        page = workspace("feedback")(self._user)
        page.sig_open_account.connect(self._on_follow_ups_open_account)
        return page

    def _build_reports_page(self) -> QWidget:
        return workspace("reports")()

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        operations.hub().did_change.connect(self._on_did_change)
        self._hearing_changes = True
        self.reminder_timer.timeout.connect(self.check_reminders)
        self.reminder_banner.sig_show.connect(self._on_banner_show)
        self.drafts_banner.sig_open.connect(self.open_unsaved_visit)
        self.notes_search_edit.returnPressed.connect(self._on_notes_search_return)

    @Slot(int, object)
    def open_unsaved_visit(self, account_id: int, visit_id: int | None) -> None:
        """The visit form of notes kept unsaved, with them brought back; then what else is waiting."""
        self.navigation.setCurrentRow(self.pages.index_of("accounts"))
        page = self.accounts_page
        page.open_account(account_id)
        form = page.detail.open_visit_form(visit_id, restore=True)
        if form is not None:
            form.finished.connect(lambda _result: self.drafts_banner.check(self._user.id))

    @Slot(int)
    def _on_navigation_row_changed(self, row: int) -> None:
        page = self.pages.show_page(row)
        self._follow_current_account(self.pages.key_at(row), page)

    def _follow_current_account(self, key: str, page) -> None:
        """The board and Reports open on the account last opened in Accounts; an account chosen there
        stays chosen until another is opened in Accounts (each workspace keeps its own selection)."""
        if key not in FOLLOWS_THE_ACCOUNT or (accounts_page := self.pages.built("accounts")) is None:
            return
        current = accounts_page.open_account_id()
        if current is not None and self._followed.get(key) != current:
            self._followed[key] = current
            page.follow_account(current)

    @Slot(object, object)
    def _on_did_change(self, changes: Changed, source: object) -> None:
        if changes & REMINDERS_COUNT:  # the reminders are counted again when they may change
            self.check_reminders()
        self.pages.hear(changes, source)

    @Slot()
    def _after_first_paint(self) -> None:
        """What the rep needs soon but not to start: nobody waits for these to see the window."""
        steps = [self.check_reminders, lambda: self.drafts_banner.check(self._user.id), self._warm_up_charts]
        if (page := self.pages.built("accounts")) is not None:
            steps += [page.prepare_search, page.prepare_detail]
        # The other workspaces' code is loaded now, one module a turn, so that opening one for the
        # first time does not wait for it (Prospects: 25-50 ms). Last, gc.freeze: what the window holds
        # from its start (the account index, Qt's wrappers, those modules) is set aside from the
        # garbage collector, whose full passes scanned it all, 50-120 ms each time.
        loads = [partial(workspace, key) for key in WORKSPACES]
        run_in_turns(self, [*steps, *loads, gc.freeze])

    def _warm_up_charts(self) -> None:
        """Charts are on the Dashboard, the account's tabs and every review: load matplotlib (a third
        of a second) on a worker once no page is reading, so that it takes turns with none; a page
        opened sooner loads it itself."""
        from kamdesk.reports import charts

        if "matplotlib.figure" in sys.modules:
            return
        if BackgroundTask.any_running():
            QTimer.singleShot(200, self, self._warm_up_charts)
            return
        BackgroundTask(lambda _progress, _cancelled: charts.warm_up(), self).start()  # nothing to show

    @Slot()
    def check_reminders(self) -> None:
        """Count what needs this rep's attention (off the window's thread); badge the navigation,
        and say so when it grows."""
        rep_id = self._user.id
        if rep_id is not None:
            operations.query(self.reminder_banner, lambda: reminders.count_for(rep_id), self._show_reminders)

    def _show_reminders(self, counts: reminders.Counts) -> None:
        item = self.navigation.item(self.pages.index_of("follow_ups"))
        total = counts.overdue_follow_ups + counts.accounts_due
        item.setText(self.tr("Follow-ups") + (f"  ({total})" if total else ""))
        self.reminder_banner.update_counts(counts)

    @Slot()
    def _on_notes_search_return(self) -> None:
        self.open_note_search(self.notes_search_edit.text())

    def open_note_search(self, text: str) -> NoteSearchDialog:
        from ui.visits.note_search_dialog import NoteSearchDialog

        dialog = NoteSearchDialog(text, self)
        dialog.sig_open.connect(self._on_note_open)
        dialog.open()
        return dialog

    @Slot(int, int)
    def _on_note_open(self, account_id: int, visit_id: int) -> None:
        self._on_follow_ups_open_account(account_id)
        if visit_id:
            self.accounts_page.open_visit_form(visit_id)
        else:
            self.accounts_page.show_timeline()

    @Slot()
    def _on_banner_show(self) -> None:
        self.navigation.setCurrentRow(self.pages.index_of("follow_ups"))

    def _show_accounts(self) -> None:
        self.navigation.setCurrentRow(self.pages.index_of("accounts"))

    @Slot(int)
    def _on_follow_ups_open_account(self, account_id: int) -> None:
        self._show_accounts()
        self.accounts_page.reveal_account(account_id)

    @Slot(int)
    def _on_follow_ups_log_visit(self, account_id: int) -> None:
        self._on_follow_ups_open_account(account_id)
        self.accounts_page.open_visit_form()

    @Slot(str, str)
    def _on_dashboard_filter_accounts(self, field: str, code: str) -> None:
        self._show_accounts()
        self.accounts_page.show_filtered(field, code)

    @Slot(int)
    def _on_accounts_account_review(self, account_id: int) -> None:
        self.navigation.setCurrentRow(self.pages.index_of("reports"))
        self.reports_page.account_review(account_id)

    @Slot(int)
    def _on_accounts_open_board(self, account_id: int) -> None:
        self.navigation.setCurrentRow(self.pages.index_of("board"))
        self.board_page.show_account(account_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.accounts_page.confirm_leave():
            event.ignore()
            return
        self.seats.stop()
        if (reports_page := self.pages.built("reports")) is not None:
            reports_page.shutdown()  # a review being made is cancelled, not waited for
        operations.finish_reading()  # a page's reading thread must end before the page does
        if self._hearing_changes:  # a closed window refreshes nothing
            operations.hub().did_change.disconnect(self._on_did_change)
            self._hearing_changes = False
        self.accounts_page.save_state()
        self._settings.set_value(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.sync()
        event.accept()
