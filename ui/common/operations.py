"""One way for the window to learn what a user's action changed, and to read without freezing.

After Anki's aqt/operations (CollectionOp, QueryOp, OpChanges): an action that changed the office says
*what* changed (`announce(Changed.FOLLOW_UPS, source=self)`), and every part of the window that
shows it refreshes itself: the main window refreshes the workspace on screen, marks the hidden ones
stale, and updates the reminders. Changes made at other seats arrive through the same announcement
(Changed.EVERYTHING, when the seats' check finds new entries). No workspace refreshes another by hand.

`query(owner, work, show)` reads on a worker thread and hands the result to `show` on the window's
thread: a page asks for its data and stays responsive while a 5,000-account office is read."""

from __future__ import annotations

import enum
import gc
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui.common.background import BackgroundTask

log = logging.getLogger(__name__)

WINDOW_TURN_S = 0.0002


def let_the_window_in() -> None:
    """A worker thread holds Python's interpreter for up to 5 ms at a time by default, and every call
    from Qt into Python (a table's data() for each cell it paints) waits that long for its turn while
    a page is read: painting the accounts list took 250 ms beside the Dashboard's drawing. At 0.2 ms
    it took 134 ms (benchmarks/bench_stalls.py). Only a thread that wants the interpreter makes the
    others let go, so work with nothing beside it (a report, an import) is not slowed."""
    sys.setswitchinterval(WINDOW_TURN_S)


class _CollectorPause:
    """Python's garbage collector paused while any page reads.

    A read builds hundreds of thousands of rows before it sums them (Sales reads every order line);
    the collector, counting them as they are made, ran its full passes over them on the reading
    thread, and the window waited for each (50-135 ms, benchmarks/bench_stalls.py). The rows are freed
    by their reference counts when the read ends, so pausing the collector for a read's few seconds
    costs no memory; a collector someone else paused (an import) is left as it was."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reading = 0
        self._paused_here = False

    def __enter__(self) -> None:
        with self._lock:
            if self._reading == 0 and gc.isenabled():
                gc.disable()
                self._paused_here = True
            self._reading += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._reading -= 1
            if self._reading == 0 and self._paused_here:
                self._paused_here = False
                gc.enable()


collector_paused = _CollectorPause()


class Changed(enum.Flag):
    NOTHING = 0
    ACCOUNTS = enum.auto()  # an account's own fields: name, owner, tier, status (churn), archive
    CONTACTS = enum.auto()
    VISITS = enum.auto()
    FOLLOW_UPS = enum.auto()
    FEEDBACK = enum.auto()  # complaints, praise, suggestions, and their resolution
    LOYALTY = enum.auto()
    BOARD = enum.auto()  # the 1-2-4 cards: moves, details, evidence
    ORDERS = enum.auto()  # imported order lines
    PROSPECTS = enum.auto()  # prospect cards, calls, trigger events
    PEOPLE = enum.auto()  # who works here, their roles
    SETTINGS = enum.auto()  # contact cadence, prospect targets, churn reasons, the office's name
    EVERYTHING = (
        ACCOUNTS | CONTACTS | VISITS | FOLLOW_UPS | FEEDBACK | LOYALTY | BOARD | ORDERS | PROSPECTS
        | PEOPLE | SETTINGS
    )  # fmt: skip


RECORDED_ON_AN_ACCOUNT = (
    Changed.VISITS | Changed.FOLLOW_UPS | Changed.FEEDBACK | Changed.LOYALTY | Changed.ACCOUNTS
)
"""What a visit, feedback, a loyalty assessment or a churn recorded from the account pane may change."""


class ChangeHub(QObject):
    did_change = Signal(object, object)
    """Something was changed: carries the Changed flags and the widget that made the change (None
    for another seat), which has already shown its own change."""


def hub() -> ChangeHub:
    """The application's hub (one per QApplication, made when first asked for)."""
    app = QCoreApplication.instance()
    found = app.findChild(ChangeHub, "kamdesk-change-hub")
    if found is None:
        found = ChangeHub(app)
        found.setObjectName("kamdesk-change-hub")
    return found


def announce(changes: Changed, source: QObject | None = None) -> None:
    """Tell the window what an action changed; `source` (the widget that acted) refreshed itself."""
    if changes:
        hub().did_change.emit(changes, source)


class Query:
    """One read on a worker thread for `owner`; only the newest query of an owner shows its result."""

    def __init__(self, owner: QObject, work: Callable[[], Any], show: Callable[[Any], None],
                 failed: Callable[[object], None] | None = None) -> None:  # fmt: skip
        self._owner = owner
        self._show = show
        self._failed = failed

        def read(_progress, _cancelled) -> Any:
            with collector_paused:
                return work()

        self.task = BackgroundTask(read, owner)
        self.task.sig_done.connect(self._on_done)
        self.task.sig_failed.connect(self._on_failed)
        _latest[id(owner)] = self
        self.task.start()

    def _on_done(self, result: Any) -> None:
        if _latest.get(id(self._owner)) is self:
            self._show(result)

    def _on_failed(self, problem: object) -> None:
        if _latest.get(id(self._owner)) is not self:
            return
        if self._failed is not None:
            self._failed(problem)
        else:
            said_not_read(self._owner, problem)

    def is_running(self) -> bool:
        return self.task.is_running()


_latest: dict[int, Query] = {}


def said_not_read(owner: QObject, problem: object) -> None:
    """A page's read failed: say why (a lost server, a busy file), and log a bug's traceback."""
    from PySide6.QtWidgets import QWidget

    from kamdesk import errors
    from ui.common import messages, plain_text

    if isinstance(problem, errors.KamdeskError):
        text = messages.describe(problem)
        log.warning("a page could not read: %s", problem)
    else:
        text = QCoreApplication.translate(
            "Operations", "This page could not be read; the details are in the log."
        )
        log.error("a page could not read:\n%s", problem)
    parent = owner.window() if isinstance(owner, QWidget) else None
    plain_text.warning(parent, QCoreApplication.translate("Operations", "Not read"), text)


def finish_reading(timeout_ms: int = 30000) -> None:
    """Wait for every read still running, superseded ones too (the window is closing: the pages
    that own them are about to go)."""
    for task in list(BackgroundTask.live):
        if task.is_running():
            task.wait(timeout_ms)
    _latest.clear()


def busy(owner: QObject) -> bool:
    """True while the newest query of `owner` is still reading."""
    latest = _latest.get(id(owner))
    return latest is not None and latest.is_running()


def query(owner: QObject, work: Callable[[], Any], show: Callable[[Any], None],
          failed: Callable[[object], None] | None = None) -> Query:  # fmt: skip
    """Run `work()` (domain reads, no widgets) off the window's thread; `show(result)` runs on it
    afterwards, unless `owner` has asked again since (the older answer is dropped)."""
    return Query(owner, work, show, failed)
