"""Windows sized for the screen they open on: what a window would like, never more than the laptop
has (a 980x760 visit form on a 1366x768 screen hid its Save button under the taskbar)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

WIDTH_SHARE, HEIGHT_SHARE = 0.95, 0.9  # of the screen's free area: room for the title bar and taskbar


def available(window: QWidget) -> QSize:
    """The free area of the screen the window opens on (its parent's, for a dialog)."""
    return (window.parentWidget() or window).screen().availableGeometry().size()


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    room = available(window)
    window.resize(min(width, int(room.width() * WIDTH_SHARE)), min(height, int(room.height() * HEIGHT_SHARE)))


def scrolled(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a form taller than a laptop's screen scrolls, while the
    buttons kept outside it stay in view."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
