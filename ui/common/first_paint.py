"""Running something once a window has painted itself for the first time.

Start-up work the rep does not need to begin (the reminder count, say) waits until the window is on
screen instead of holding it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, callback)  # after the paint, not inside it; not after the widget
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` from the event loop once `widget` has first painted."""
    widget.installEventFilter(_FirstPaint(callback, widget))


def run_in_turns(owner: QObject, steps: list[Callable[[], None]]) -> None:
    """Run the steps one per turn of the event loop, so a click or key press between them is
    handled at once instead of after all of them. The turns left end with `owner` (a window closed
    before they all ran)."""
    if not steps:
        return
    first, *rest = steps
    first()
    if rest:
        QTimer.singleShot(0, owner, lambda: run_in_turns(owner, rest))
