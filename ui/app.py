"""Starting the desktop app: logging, language, the database, who is at this seat, the window."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk import APP_NAME, __version__, errors, paths
from kamdesk.services import accounts, people
from kamdesk.store import backups, db
from ui.common import crash, i18n, messages, operations, plain_text, style
from ui.common import settings as keys
from ui.common.background import BackgroundTask
from ui.common.settings import Settings

log = logging.getLogger("kamdesk")


def start_qt(args: argparse.Namespace) -> tuple[QApplication, Settings, Path]:
    """The application with the seat's language and fonts, the seat's settings, and the log file
    (the app and `selftest` start alike). The windows wear KAMDesk's look (ui.style)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationVersion(__version__)
    operations.let_the_window_in()
    app.setWindowIcon(app_icon())
    log_file = crash.setup_logging(paths.user_log_dir())
    settings = Settings()
    i18n.install(app, i18n.choose_language(args.lang or settings.value(keys.LANGUAGE)))
    _add_bundled_font()
    return app, settings, log_file


def app_icon() -> QIcon:
    """The icon at every size the theme has (16 to 512 px), so the title bar, the task bar and the
    window switcher each take a sharp one at 100%, 150% or 200% scaling."""
    icon = QIcon()
    for png in sorted(paths.resource_path("icons", "hicolor").glob("*x*/apps/kamdesk.png")):
        icon.addFile(str(png))
    if icon.isNull():  # a checkout without the drawn sizes: the one large picture
        icon.addFile(str(paths.resource_path("icons", "kamdesk.png")))
    return icon


def run(args: argparse.Namespace) -> int:
    app, settings, log_file = start_qt(args)
    crash.install_excepthook(log_file)
    log.info("KAMDesk %s starting", __version__)

    target = paths.resolve_database(args.db, settings.value(keys.DATABASE))
    try:
        window = open_main_window(target, settings, str(log_file))
    except SeatDeclinedError:
        return 0  # the user closed the welcome dialog: nothing went wrong
    if window is None:
        return 1
    window.show()
    backup = start_daily_backup(window.database_path(), window)
    code = app.exec()
    if backup is not None:
        backup.wait()  # a backup under way when the window closed finishes first
    db.close_database()
    return code


class SeatDeclinedError(Exception):
    """The person at the seat closed the welcome dialog instead of saying who they are."""


def open_main_window(target: str, settings: Settings, log_file: str, *, after_restore: bool = False):
    """Open the database and the window; on a refusal, say why (translated) and return None.
    Raises SeatDeclinedError when the user closes the welcome dialog."""
    from ui.main_window import MainWindow

    try:
        opened = db.open_database(target, full_check="daily")
    except errors.StrayJournalError as exc:
        log.warning("stray journal: %s", exc)
        if after_restore or not _offer_to_set_journal_aside(exc):
            return None
        return open_main_window(target, settings, log_file, after_restore=True)
    except errors.CorruptDatabaseError as exc:
        log.warning("database damaged: %s", exc)
        if after_restore or not _offer_newest_backup(target, exc):
            return None
        return open_main_window(target, settings, log_file, after_restore=True)
    except errors.DatabaseConnectionError as exc:
        log.warning("server not reached: %s", exc)
        other = _retry_or_switch(target, exc)
        if other is None:
            return None
        if other != target:
            settings.set_value(keys.DATABASE, other)
            settings.sync()
        return open_main_window(other, settings, log_file)
    except errors.DatabaseOpenError as exc:
        log.warning("database refused: %s", exc)
        plain_text.critical(None, "KAMDesk", messages.describe(exc))
        return None
    if "db.network_share" in opened.warnings:
        answer = plain_text.warning(
            None,
            "KAMDesk",
            messages.error_text("db.network_share", path=opened.path),
            QMessageBox.StandardButton.Ignore | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Close,
        )
        if answer != QMessageBox.StandardButton.Ignore:
            db.close_database()
            return None
    user = _seat_user(target, settings)
    if user is None:
        db.close_database()
        raise SeatDeclinedError
    return MainWindow(opened, user, settings, log_file)


def _retry_or_switch(target: str, exc: errors.DatabaseConnectionError) -> str | None:
    """The server could not be reached: try again, choose another database, or quit (None)."""
    from ui.office.database_dialog import DatabaseDialog

    box = style.wear(plain_text.message_box(QMessageBox.Icon.Warning, "KAMDesk", messages.describe(exc)))
    retry = box.addButton(QCoreApplication.translate("App", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    switch = box.addButton(
        QCoreApplication.translate("App", "Choose another database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is retry:
        return target
    if box.clickedButton() is switch:
        dialog = style.wear(DatabaseDialog(target))
        if dialog.exec() and dialog.chosen:
            return dialog.chosen
    return None


def _backup_folder():
    return backups.backup_folder(paths.user_data_dir())


def start_daily_backup(path: Path | None, parent: QObject) -> BackgroundTask | None:
    """The day's backup of an SQLite office (when the newest is over a day old), taken on a thread of
    its own once the window is up: 0.6 s for a 59 MB office that nobody should wait for. A failure
    is logged, never fatal."""
    if path is None:
        return None
    folder = _backup_folder()
    task = BackgroundTask(lambda _progress, _cancelled: backups.backup_if_due(path, folder), parent)
    task.sig_done.connect(lambda made: made and log.info("backed up to %s", made))
    task.sig_failed.connect(lambda problem: log.warning("start-up backup failed: %s", problem))
    task.start()
    return task


def _offer_to_set_journal_aside(exc: errors.StrayJournalError) -> bool:
    """The file is sound but a journal that does not fit it lies beside it: offer to move the journal
    out of the way (kept, renamed) and open the file. True when set aside."""
    question = (
        messages.describe(exc)
        + "\n\n"
        + QCoreApplication.translate("App", "Set the journal aside and open the file?")
    )
    if plain_text.question(None, "KAMDesk", question) != QMessageBox.StandardButton.Yes:
        return False
    kept = db.set_journal_aside(exc.params["path"])
    log.warning("journal set aside as %s", kept)
    return True


def _offer_newest_backup(target: str, exc: errors.CorruptDatabaseError) -> bool:
    """Say plainly that the file is damaged and offer the newest sound backup. True when restored."""
    path = db.sqlite_path(target)
    newest = backups.newest_sound_backup(path, _backup_folder()) if path else None
    if newest is None:
        plain_text.critical(None, "KAMDesk", messages.describe(exc))
        return False
    question = QCoreApplication.translate(
        "App",
        "{path} is damaged and cannot be opened.\n\nThe newest sound backup is from {when}. Restore "
        "it? Work recorded after that backup is lost; the damaged file is kept beside it.",
    ).format(path=path, when=newest.taken_at.strftime("%Y-%m-%d %H:%M"))
    answer = plain_text.question(None, "KAMDesk", question)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        backups.restore(newest.path, path, _backup_folder())
    except (errors.KamdeskError, OSError, sqlite3.Error) as exc2:
        log.error("restore failed: %s", exc2)
        plain_text.critical(None, "KAMDesk", str(exc2))
        return False
    return True


def remembered_rep(target: str, settings: Settings) -> people.RepInfo | None:
    """The person this seat remembers for the database, while they are still active."""
    remembered = settings.seat_rep(target)
    rep = people.get_rep(remembered) if remembered is not None else None
    return rep if rep is not None and rep.active else None


def _seat_user(target: str, settings: Settings):
    """The rep this seat remembers for the database, or whoever the first-run dialog names."""
    rep = remembered_rep(target, settings)
    if rep is not None:
        return rep
    from ui.office.first_run_dialog import FirstRunDialog  # only a seat's first start needs it

    team = people.list_reps(active_only=True)
    dialog = style.wear(FirstRunDialog(team, office_is_empty=accounts.office_is_empty()))
    if not dialog.exec() or dialog.rep is None:
        return None
    settings.set_seat_rep(target, dialog.rep.id)
    settings.sync()
    return dialog.rep


def _add_bundled_font() -> bool:
    """The bundled Chinese font, so names never show as boxes on a PC without one (Qt falls back to
    it). A PC with one is spared reading the 5 MB file at every start. True when added."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return False
    return QFontDatabase.addApplicationFont(str(paths.resource_path("fonts", "wqy-microhei.ttc"))) >= 0
