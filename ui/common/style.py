"""KAMDesk's look (resources/styles/kamdesk.qss), worn by each top-level window.

The stylesheet goes on the windows, not on the application. With an application stylesheet every
widget that joins a layout restyles itself and all its children, so a form built bottom-up (as Qt
code is) is styled once per level: building the main window took 100-150 ms longer, an account's
pane 3x longer. On a window, a subtree is styled once, when it joins the window. Dialogs with a
parent wear their parent's stylesheet."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QWidget

from kamdesk import paths


@cache
def sheet() -> str:
    path = paths.resource_path("styles", "kamdesk.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wear(window: QWidget) -> QWidget:
    """Give a top-level window (one without a parent) KAMDesk's look; returns it."""
    window.setStyleSheet(sheet())
    return window
