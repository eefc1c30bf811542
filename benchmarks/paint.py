"""What the UI benchmarks share: timing until a widget has actually painted."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject


class PaintCounter(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until_painted(app, counter: PaintCounter, action) -> float:
    """ms from `action()` until the watched widget has painted what it shows now."""
    painted = counter.paints
    started = time.perf_counter()
    action()
    for _ in range(100):
        app.processEvents()
        if counter.paints > painted:
            break
    return (time.perf_counter() - started) * 1000
