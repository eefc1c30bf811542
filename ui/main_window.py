"""The main window: a navigation of workspaces beside the workspace shown. It composes and wires."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from kamdesk import __version__
from kamdesk.db import OpenedDatabase
from kamdesk.services.reps import RepInfo
from ui import labels
from ui import settings as keys
from ui.accounts_page import AccountsPage
from ui.settings import Settings
from ui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    def __init__(self, opened: OpenedDatabase, user: RepInfo, settings: Settings, log_file: str) -> None:
        super().__init__()
        self._opened = opened
        self._settings = settings
        self._log_file = log_file
        self.setWindowTitle("KAMDesk")
        screen = self.screen().availableGeometry()
        self.resize(min(1440, int(screen.width() * 0.92)), min(880, int(screen.height() * 0.9)))

        self.accounts_page = AccountsPage(user, settings)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(150)
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self._add_page(self.tr("Accounts"), self.accounts_page)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        where = str(opened.path) if opened.path else opened.target
        self.user_label = QLabel(f"{user.name} · {labels.label('role', user.role)}")
        self.statusBar().addPermanentWidget(QLabel(where))
        self.statusBar().addWidget(self.user_label)

        self._build_menus()
        self._connect_signals()
        geometry = settings.value(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.pages.addWidget(page)
        QListWidgetItem(title, self.navigation)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.log_action = QAction(self.tr("Open the &log folder"), self)
        self.about_action = QAction(self.tr("&About KAMDesk"), self)
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        self.settings_action.triggered.connect(self._on_settings_triggered)
        self.quit_action.triggered.connect(self.close)
        self.log_action.triggered.connect(self._on_log_triggered)
        self.about_action.triggered.connect(self._on_about_triggered)

    @Slot(int)
    def _on_navigation_row_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)

    @Slot()
    def _on_settings_triggered(self) -> None:
        where = str(self._opened.path) if self._opened.path else self._opened.target
        dialog = SettingsDialog(self._settings, where, self._log_file, self)
        if dialog.exec() and dialog.language_changed():
            QMessageBox.information(
                self, self.tr("Language"), self.tr("Restart KAMDesk to see it in the new language.")
            )

    @Slot()
    def _on_log_triggered(self) -> None:
        from pathlib import Path

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self._log_file).parent)))

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About KAMDesk"),
            self.tr(
                "<b>KAMDesk {version}</b><p>Key-account management for a distributor's sales office: "
                "one communication, two alignments, four guarantees.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.accounts_page.confirm_leave():
            event.ignore()
            return
        self.accounts_page.save_state()
        self._settings.set_value(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.sync()
        event.accept()
