"""Tabs whose tall pages scroll instead of holding the window taller than a laptop's screen.

A tab widget asks for the room of its largest page: the account pane's Relationships tab (a map, ties
and joint teams) wanted 490 px, which with the buttons above it made the window 743 px tall on a
768 px screen. A page added with `add_scrolling` sits in a scroll area; the tab widget still answers
with the page itself, so code that shows or asks for a tab names the page, not its scroll area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from ui.common.screen_fit import scrolled


class ScrollingTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scrolled: dict[QScrollArea, QWidget] = {}
        # Every tab in view on a narrow pane: cut with … (whole in its tooltip) rather than pushed
        # behind scroll arrows, where "Relationships" and "Changes" could not be seen at all.
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.tabBar().setUsesScrollButtons(False)

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.setTabToolTip(index, self.tabText(index))

    def add_scrolling(self, page: QWidget, title: str) -> int:
        area = scrolled(page)
        self._scrolled[area] = page
        return self.addTab(area, title)

    def currentWidget(self) -> QWidget:
        shown = super().currentWidget()
        return self._scrolled.get(shown, shown)  # type: ignore[call-overload]

    def setCurrentWidget(self, page: QWidget) -> None:
        area = next((a for a, p in self._scrolled.items() if p is page), page)
        super().setCurrentWidget(area)

    def indexOf(self, page: QWidget) -> int:
        area = next((a for a, p in self._scrolled.items() if p is page), page)
        return super().indexOf(area)
