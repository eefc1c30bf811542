"""The last line of defence: unexpected errors are logged and shown with "copy details"; an expected
one (a KamdeskError) that no screen caught is said in words."""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk import __version__, errors
from ui.common import messages, plain_text

log = logging.getLogger("kamdesk")


def setup_logging(folder: Path) -> Path:
    """Log to a rotating file: the frozen app has no console."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kamdesk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # matplotlib notes at INFO, on every sales chart, that month labels look like dates
    logging.getLogger("matplotlib.category").setLevel(logging.WARNING)
    return path


class CrashDialog(QMessageBox):
    def __init__(self, details: str, log_path: Path | None, parent=None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("KAMDesk: unexpected error"))
        text = self.tr("Something went wrong that KAMDesk did not expect. Your saved work is safe.")
        if log_path:
            text += "\n\n" + self.tr("The details were written to {log}.").format(log=log_path)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setDetailedText(details)
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # keep the dialog open after copying
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.addButton(QMessageBox.StandardButton.Close)

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.detailedText())


def said_plainly(exc: errors.KamdeskError) -> None:
    log.warning("%s: %s", exc.code, exc)
    plain_text.warning(QApplication.activeWindow(), "KAMDesk", messages.describe(exc))


def install_excepthook(log_path: Path | None) -> None:
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        if isinstance(exc, errors.KamdeskError) and QApplication.instance() is not None and not showing:
            said_plainly(exc)  # an expected condition (a full disk, a busy database) no screen handled
            return
        details = f"KAMDesk {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        if showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        showing = True
        try:
            CrashDialog(details, log_path, QApplication.activeWindow()).exec()
        finally:
            showing = False

    sys.excepthook = hook
