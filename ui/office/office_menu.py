"""The flows behind the Office and Help menus and File → Database / Settings: each opens its dialog
and says how it went; the main window wires them to its menus and reloads what they changed.

The texts keep the "MainWindow" translation context they were translated under."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk import __version__, paths
from kamdesk.actor import Actor
from kamdesk.store import backups
from ui.common import plain_text
from ui.common import settings as keys
from ui.common.settings import Settings

if TYPE_CHECKING:  # each dialog is imported when first opened: none is needed to start
    from kamdesk.store.db import OpenedDatabase
    from ui.office.backups_dialog import BackupsDialog
    from ui.office.database_dialog import DatabaseDialog
    from ui.office.hand_over_dialog import HandOverDialog


def choose_database(parent: QWidget, current: str, settings: Settings) -> DatabaseDialog:
    """This seat's database: a file here or the office's server (used from the next start)."""
    from ui.office.database_dialog import DatabaseDialog

    dialog = DatabaseDialog(current, parent)
    if dialog.exec() and dialog.chosen and dialog.chosen != current:
        settings.set_value(keys.DATABASE, dialog.chosen)
        settings.sync()
        plain_text.information(
            parent,
            QCoreApplication.translate("MainWindow", "Database"),
            QCoreApplication.translate("MainWindow", "Restart KAMDesk to work in {target}.").format(
                target=dialog.chosen
            ),
        )
    return dialog


def edit_people(parent: QWidget, user: Actor) -> None:
    from ui.office.people_dialog import PeopleDialog

    PeopleDialog(user, parent).exec()


def edit_product_lines(parent: QWidget, user: Actor) -> None:
    from ui.office.product_lines_dialog import ProductLinesDialog

    ProductLinesDialog(user, parent).exec()


def edit_value_settings(parent: QWidget, user: Actor) -> bool:
    """True when the manager saved new settings."""
    from ui.office.value_settings_dialog import ValueSettingsDialog

    return bool(ValueSettingsDialog(user, parent).exec())


def hand_over(parent: QWidget, user: Actor) -> HandOverDialog:
    """The hand-over dialog, run; its result says whether accounts changed hands."""
    from ui.office.hand_over_dialog import HandOverDialog

    dialog = HandOverDialog(user, parent)
    dialog.exec()
    return dialog


def show_backups(parent: QWidget, opened: OpenedDatabase) -> BackupsDialog | None:
    """The backups of an SQLite office (None, with a word why, for a server's)."""
    if opened.path is None:
        plain_text.information(
            parent,
            QCoreApplication.translate("MainWindow", "Backups"),
            QCoreApplication.translate(
                "MainWindow",
                "This office's data is on a PostgreSQL server: its administrator backs it up (pg_dump).",
            ),
        )
        return None
    from ui.office.backups_dialog import BackupsDialog

    dialog = BackupsDialog(opened, backups.backup_folder(paths.user_data_dir()), parent)
    dialog.exec()
    return dialog


def edit_settings(parent: QWidget, settings: Settings, where: str, log_file: str, user: Actor) -> None:
    from ui.office.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, where, log_file, user, parent)
    if dialog.exec() and dialog.language_changed():
        plain_text.information(
            parent,
            QCoreApplication.translate("MainWindow", "Language"),
            QCoreApplication.translate("MainWindow", "Restart KAMDesk to see it in the new language."),
        )


def open_log_folder(log_file: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_file).parent)))


def about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About KAMDesk"),
        plain_text.rich(
            QCoreApplication.translate(
                "MainWindow",
                "<b>KAMDesk {version}</b><p>Key-account management for a distributor's sales office: "
                "one communication, two alignments, four guarantees.</p>",
            ),
            version=__version__,
        ),
    )


SHORTCUTS = (  # (keys, what they do), as the screens set them
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Shortcuts", "Accounts: search (names, pinyin such as bjfb, codes, regions)"),
    ),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Accounts: new account")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Accounts: log a visit to the open account")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Account form: save")),
    ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("Shortcuts", "Search every visit note")),
    ("Ctrl+← / Ctrl+→", QT_TRANSLATE_NOOP("Shortcuts", "1-2-4 board: move the chosen card a column")),
    ("Ctrl+Z / Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "1-2-4 board: undo or redo a move")),
)


def shortcuts(parent: QWidget) -> None:
    """Help > Keyboard shortcuts: every shortcut the screens offer, in one place."""
    rows = "".join(
        plain_text.rich("<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{what}</td></tr>", keys=keys,
                        what=QCoreApplication.translate("Shortcuts", text))
        for keys, text in SHORTCUTS
    )  # fmt: skip
    title = QCoreApplication.translate("MainWindow", "Keyboard shortcuts")
    plain_text.rich_box(parent, title, f"<table>{rows}</table>")
