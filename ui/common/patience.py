"""A save the user waits for: the wait cursor while the database works, and patience when another
seat holds it.

SQLite lets one seat write at a time; a seat that finds the file locked waits up to the busy timeout
(5 s) inside the driver. A longer lock (a big import on another PC) would fail the save, so it is
tried again RETRIES times, the window's status bar saying so, before the form says it was not saved.
Every save is one transaction, rolled back when it fails, so trying it again is safe.

Each try runs on a worker thread (on a PostgreSQL seat a save waits on the network) while the window
keeps painting; the user's clicks and keys wait until the save has ended, so nothing is typed into a
form that is being saved, and whoever asked (a leave prompt, Save and close) still gets its answer
before it goes on. A save takes milliseconds; waiting in place keeps every caller as simple as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from kamdesk import errors
from ui.common.background import BackgroundTask

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
                return off_the_window(save)
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


def off_the_window(work: Callable[[], T]) -> T:
    """Run `work()` on a worker thread and return what it returned (or raise what it raised), the
    window painting meanwhile and taking no input."""
    outcome: list[tuple[bool, object]] = []

    def run(_progress, _cancelled) -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # raised again below, on the window's thread
            outcome.append((False, exc))

    task = BackgroundTask(run)
    loop = QEventLoop()
    task.sig_finished.connect(loop.quit)
    task.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    task.wait()
    succeeded, value = outcome[0]
    if not succeeded:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


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
