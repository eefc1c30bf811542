"""Long domain work off the UI thread: a worker thread runs a function that takes progress(done,
total) and cancelled() callables; results, errors and progress come back as signals."""

from __future__ import annotations

import logging
import threading
import traceback
import weakref

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from kamdesk import errors
from kamdesk.store.models import database

log = logging.getLogger(__name__)


class _Runner(QObject):
    sig_progress = Signal(int, int)
    """Work done so far, out of total."""
    sig_done = Signal(object)
    """The function's result."""
    sig_failed = Signal(object)
    """An expected KamdeskError, or the traceback text of a bug."""
    sig_cancelled = Signal()
    """The user cancelled and the function stopped."""

    def __init__(self, function, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._function = function
        self._cancel = cancel_flag

    @Slot()
    def run(self) -> None:
        try:
            result = self._function(self.sig_progress.emit, self._cancel.is_set)
        except errors.CancelledError:
            self.sig_cancelled.emit()
        except errors.KamdeskError as exc:
            self.sig_failed.emit(exc)
        except Exception:  # a bug: reported, logged, never lost in a thread
            log.exception("background task failed")
            self.sig_failed.emit(traceback.format_exc())
        else:
            self.sig_done.emit(result)
        finally:
            if not database.is_closed():
                database.close()  # this thread's own connection
            # Ended here, on this thread: a quit queued to the window's thread would wait for it, and
            # a window waiting for this thread to end (closing) would then wait for ever.
            QThread.currentThread().quit()


class BackgroundTask(QObject):
    """One run of `function(progress, cancelled)` on its own thread. Connect to the signals, then
    start(); cancel() asks the function to stop at its next check."""

    sig_progress = Signal(int, int)
    """Work done so far, out of total."""
    sig_done = Signal(object)
    """Finished; carries the result."""
    sig_failed = Signal(object)
    """Failed; carries a KamdeskError or a traceback text."""
    sig_cancelled = Signal()
    """Stopped because cancel() was called."""
    sig_finished = Signal()
    """The thread has ended, whatever the outcome."""

    live: weakref.WeakSet = weakref.WeakSet()  # every task not yet garbage: tests check none is left running

    def __init__(self, function, parent: QObject | None = None) -> None:
        super().__init__(parent)
        BackgroundTask.live.add(self)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._runner = _Runner(function, self._cancel)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.sig_progress.connect(self.sig_progress)
        self._runner.sig_done.connect(self.sig_done)
        self._runner.sig_failed.connect(self.sig_failed)
        self._runner.sig_cancelled.connect(self.sig_cancelled)
        self._thread.finished.connect(self.sig_finished)
        self._thread.finished.connect(self._on_thread_finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return shiboken6.isValid(self._thread) and self._thread.isRunning()

    @classmethod
    def any_running(cls) -> bool:
        """Whether a page is reading or drawing in the background right now."""
        return any(task.is_running() for task in list(cls.live))

    def wait(self, ms: int = 30000) -> bool:
        return not shiboken6.isValid(self._thread) or self._thread.wait(ms)

    def _on_thread_finished(self) -> None:
        if self.parent() is not None:  # owned by a widget that lives on: let this go once it is done
            self.deleteLater()
