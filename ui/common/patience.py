"""A save the user waits for: the wait cursor while the database works, and patience when another
seat holds it.

SQLite lets one seat write at a time; a seat that finds the file locked waits up to the busy timeout
(5 s) inside the driver. A longer lock (a big import on another PC) would fail the save, so it is
tried again RETRIES times, the window's status bar saying so, before the form says it was not saved.
Every save is one transaction, rolled back when it fails, so trying it again is safe.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from kamdesk import errors

T = TypeVar("T")
RETRIES = 2
PAUSE_S = 1.0


def patiently(save: Callable[[], T]) -> T:
    """Run `save` with the wait cursor; on DatabaseBusyError wait and try again, then raise it."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    tries = 0
    try:
        while True:
            try:
                return save()
            except errors.DatabaseBusyError:
                tries += 1
                if tries > RETRIES:
                    raise
                _say(QCoreApplication.translate(
                    "Patience", "The office database is busy (another seat is saving); trying again "
                    "({n} of {total})…").format(n=tries, total=RETRIES))  # fmt: skip
                _pause(PAUSE_S)
    finally:
        if tries:
            _say("")
        QApplication.restoreOverrideCursor()


def _say(text: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            if text:
                widget.statusBar().showMessage(text)
            else:
                widget.statusBar().clearMessage()


def _pause(seconds: float) -> None:
    """Let the window repaint (the cursor, the status bar) without taking clicks or keys meanwhile."""
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        time.sleep(0.02)
