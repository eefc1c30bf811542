"""A row of controls that wraps onto a second line when the window is narrow.

A workspace's filters or buttons laid out in a QHBoxLayout hold the window at least as wide as all of
them together: in English at 1024 px the Feedback filters alone needed 840 px of an 828 px page, so
the window grew past the screen. Here each control keeps its own size and the row breaks where it must,
as words do in a paragraph (Qt documents the same idea as its "Flow Layout" example)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit"


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._trailing_from: int | None = None  # items from here on sit at the right of their line
        self._height = 0  # of the lines as last placed
        self._width = 0  # the width they were placed in
        self.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, widget: QWidget, *, trailing: bool = False) -> None:
        """`trailing`: this one and those after it sit at the right of their line (a stretch before
        them, as the buttons under a table have)."""
        self.addChildWidget(widget)
        if trailing and self._trailing_from is None:
            self._trailing_from = len(self._items)
        self._items.append(QWidgetItem(widget))
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def spacing(self) -> int:
        return self._spacing

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if self._trailing_from is not None:
            if index < self._trailing_from:
                self._trailing_from -= 1  # the same items stay at the right
            if self._trailing_from >= len(self._items):
                self._trailing_from = None
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def minimumHeightForWidth(self, width: int) -> int:
        """As tall as its lines at that width, never less: a short window must not draw the lines
        that wrapped over the widgets below."""
        return self.heightForWidth(width)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._width = rect.width()
        height = self._place(rect, move=True)
        if height != self._height:  # wrapped onto more (or fewer) lines: the window's minimum changes
            self._height = height
            QTimer.singleShot(0, self, self._relayout)  # after this pass of the layouts, not inside it

    def _relayout(self) -> None:
        """Lay out again from here up: a box layout holding this one keeps its heights until it is
        itself invalidated."""
        layout: QObject | None = self
        while isinstance(layout, QLayout):
            layout.invalidate()
            layout = layout.parent()

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        width = sum(s.width() for s in shown) + self._spacing * max(len(shown) - 1, 0)
        height = max((s.height() for s in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As wide as its widest control; as tall as its lines at the width it has now. (Qt sizes a
        window by minimumSize, not by height-for-width: one line high, a short window drew the
        wrapped lines over the widgets below.)"""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        size = size.grownBy(self.contentsMargins())
        if self._width > 0:
            size.setHeight(max(size.height(), self.heightForWidth(self._width)))
        return size

    def maximumSize(self) -> QSize:
        """No taller than its lines: a box layout gave the row the spare height of the page, a blank
        band between the filters and the list."""
        height = self.heightForWidth(self._width) if self._width > 0 else QWIDGETSIZE_MAX
        return QSize(QWIDGETSIZE_MAX, height)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in lines within rect; the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append((index, item))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for _, i in line)
            if move:
                self._move_line(line, area, y, height)
            y += height + self._spacing
        margins: QMargins = self.contentsMargins()
        return y - self._spacing - rect.y() + margins.bottom() if y > area.y() else 0

    def _move_line(self, line: list[tuple[int, QLayoutItem]], area: QRect, y: int, height: int) -> None:
        widths = [min(i.sizeHint().width(), area.width()) for _, i in line]
        start = self._trailing_from if self._trailing_from is not None else len(self._items)
        split = next((n for n, (index, _) in enumerate(line) if index >= start), len(line))
        tail = sum(widths[split:]) + self._spacing * max(len(line) - split - 1, 0)
        x = area.x()
        for n, ((_, item), width) in enumerate(zip(line, widths, strict=True)):
            if n == split:
                x = max(x, area.right() + 1 - tail)
            hint = item.sizeHint()
            item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), QSize(width, hint.height())))
            x += width + self._spacing
