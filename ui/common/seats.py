"""Changes made at other seats of the office show without a restart.

Every 20 s, and when the rep comes back to the window, the seat asks the database (off the window's
thread: on an office server the question is a round trip over the network) whether anything was
recorded since it last looked. If so, every page is told that everything changed, through the same
notification a local save uses; a form with unsaved edits keeps them, and saving then meets the
conflict check."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from kamdesk.services import changes
from ui.common import operations
from ui.common.operations import Changed

CHECK_MS = 20_000  # how often a seat looks for changes made at the others


class SeatsWatch(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.look)
        self._seen = changes.change_stamp()
        QApplication.instance().applicationStateChanged.connect(self._on_application_state_changed)
        self.timer.start()

    def show_everything_again(self, stamp: tuple | None = None) -> None:
        """Show the database as it is now (after a restore, or changes made at other seats)."""
        self._seen = stamp if stamp is not None else changes.change_stamp()
        operations.announce(Changed.EVERYTHING)

    def show_changes(self) -> bool:
        """When anything was recorded since this seat last looked (here or at another seat), show it,
        asking on this thread. True when something had changed."""
        if changes.change_stamp() == self._seen:
            return False
        self.show_everything_again()
        return True

    @Slot()
    def look(self) -> None:
        """show_changes, asking the database off the window's thread."""
        if not self._window.isVisible() or operations.busy(self.timer):  # closed, or still asking
            return
        operations.query(self.timer, changes.change_stamp, self._on_stamp_read)

    def stop(self) -> None:
        """The window closes: it looks no more (it may be closed twice)."""
        if self.timer.isActive():
            self.timer.stop()
            QApplication.instance().applicationStateChanged.disconnect(self._on_application_state_changed)

    def _on_stamp_read(self, stamp: tuple) -> None:
        if stamp != self._seen:
            self.show_everything_again(stamp)

    @Slot(Qt.ApplicationState)
    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        back = state == Qt.ApplicationState.ApplicationActive  # the rep comes back to this window
        if back and self._window.isVisible():
            self.look()
