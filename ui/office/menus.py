"""The main window's File, Office and Help menus: their actions, who may use them, and the flows
they start (kamdesk's file exchange, the office's dialogs). What a flow changed is announced, so the
pages that show it read again; the window only puts the menus up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from kamdesk.actor import Actor
from kamdesk.store.db import OpenedDatabase
from ui.common import operations
from ui.common.operations import Changed
from ui.common.settings import Settings
from ui.office import office_menu

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from ui.office.backups_dialog import BackupsDialog
    from ui.office.database_dialog import DatabaseDialog
    from ui.office.hand_over_dialog import HandOverDialog
    from ui.office.import_dialog import ImportDialog

IMPORTED = {  # what each kind of file changes, besides the accounts (new ones, new figures)
    "orders": Changed.ORDERS,
    "accounts": Changed.ACCOUNTS,
    "prospects": Changed.PROSPECTS,
    "sku_lines": Changed.ORDERS,
    "incentives": Changed.ACCOUNTS,
}


class Menus(QObject):
    def __init__(self, window: QMainWindow, opened: OpenedDatabase, user: Actor, settings: Settings,
                 log_file: str, on_restored: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(window)
        self._window, self.opened, self._user = window, opened, user
        self._settings, self._log_file, self._on_restored = settings, log_file, on_restored
        self._build()
        self._connect()

    def _action(self, text: str) -> QAction:
        return QAction(text, self._window)

    def _build(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_orders_action = self._action(self.tr("Import &order lines…"))
        self.import_accounts_action = self._action(self.tr("Import the &account list…"))
        self.import_prospects_action = self._action(self.tr("Import a &prospect list…"))
        self.import_sku_lines_action = self._action(self.tr("Import the SKUs' product &lines…"))
        self.import_incentives_action = self._action(self.tr("Import &rebate and promotion agreements…"))
        self.export_action = self._action(self.tr("&Export…"))
        self.database_action = self._action(self.tr("&Database…"))
        self.settings_action = self._action(self.tr("&Settings…"))
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action = self._action(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if not self._user.is_manager:  # the lists set owners, tiers and product lines: a manager's job
            self.import_accounts_action.setEnabled(False)
            self.import_sku_lines_action.setEnabled(False)
        for action in (self.import_orders_action, self.import_accounts_action, self.import_prospects_action,
                       self.import_sku_lines_action, self.import_incentives_action, self.export_action, None,
                       self.database_action,
                       self.settings_action, None, self.quit_action):  # fmt: skip
            file_menu.addAction(action) if action else file_menu.addSeparator()
        office = bar.addMenu(self.tr("&Office"))
        self.people_action = self._action(self.tr("&People…"))
        self.hand_over_action = self._action(self.tr("&Hand over accounts…"))
        self.product_lines_action = self._action(self.tr("SKUs' product &lines…"))
        self.value_settings_action = self._action(self.tr("&Value tiers, costs and service targets…"))
        self.backups_action = self._action(self.tr("&Backups…"))
        for action in (
            self.people_action,
            self.hand_over_action,
            self.product_lines_action,
            self.value_settings_action,
            self.backups_action,
        ):
            office.addAction(action)
            action.setEnabled(self._user.is_manager)
            if not self._user.is_manager:
                action.setToolTip(self.tr("Only a manager may do this."))
        office.setToolTipsVisible(True)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.log_action = self._action(self.tr("Open the &log folder"))
        self.about_action = self._action(self.tr("&About KAMDesk"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        window, user = self._window, self._user
        self.import_orders_action.triggered.connect(lambda: self.import_file("orders"))
        self.import_accounts_action.triggered.connect(lambda: self.import_file("accounts"))
        self.import_prospects_action.triggered.connect(lambda: self.import_file("prospects"))
        self.import_sku_lines_action.triggered.connect(lambda: self.import_file("sku_lines"))
        self.import_incentives_action.triggered.connect(lambda: self.import_file("incentives"))
        self.export_action.triggered.connect(self.export_list)
        self.database_action.triggered.connect(self.choose_database)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action.triggered.connect(window.close)
        self.people_action.triggered.connect(self.edit_people)
        self.hand_over_action.triggered.connect(self.hand_over)
        self.product_lines_action.triggered.connect(lambda: office_menu.edit_product_lines(window, user))
        self.backups_action.triggered.connect(self.show_backups)
        self.value_settings_action.triggered.connect(self.edit_value_settings)
        self.log_action.triggered.connect(lambda: office_menu.open_log_folder(self._log_file))
        self.about_action.triggered.connect(lambda: office_menu.about(window))
        self.shortcuts_action.triggered.connect(lambda: office_menu.shortcuts(window))

    # --- the File menu --------------------------------------------------------------------------
    def import_file(self, kind: str) -> ImportDialog | None:
        from ui.office import file_exchange  # the File menu's flows, loaded when first used

        dialog = file_exchange.import_file(self._window, kind, self._user)
        if dialog is not None:
            dialog.finished.connect(lambda _result: operations.announce(IMPORTED[kind] | Changed.ACCOUNTS))
        return dialog

    @Slot()
    def export_list(self) -> None:
        from ui.office import file_exchange

        written = file_exchange.export_list(self._window)
        if written:
            self._window.statusBar().showMessage(written, 8000)

    @Slot()
    def choose_database(self) -> DatabaseDialog:
        return office_menu.choose_database(self._window, self.opened.target, self._settings)

    @Slot()
    def edit_settings(self) -> None:
        where = str(self.opened.path) if self.opened.path else self.opened.target
        office_menu.edit_settings(self._window, self._settings, where, self._log_file, self._user)

    # --- the Office menu ------------------------------------------------------------------------
    @Slot()
    def edit_people(self) -> None:
        office_menu.edit_people(self._window, self._user)
        operations.announce(Changed.PEOPLE)  # an owner added, renamed or gone

    @Slot()
    def hand_over(self) -> HandOverDialog:
        dialog = office_menu.hand_over(self._window, self._user)
        if dialog.result():
            operations.announce(Changed.ACCOUNTS | Changed.FOLLOW_UPS | Changed.BOARD)
        return dialog

    @Slot()
    def edit_value_settings(self) -> None:
        if office_menu.edit_value_settings(self._window, self._user):
            operations.announce(Changed.SETTINGS | Changed.ACCOUNTS)  # tiers and figures read anew

    @Slot()
    def show_backups(self) -> BackupsDialog | None:
        dialog = office_menu.show_backups(self._window, self.opened)
        if dialog is not None and dialog.restored:
            self.opened = dialog.opened  # closed, replaced and opened again: every page reads anew
            self._on_restored()
        return dialog
