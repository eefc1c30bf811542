"""What a rep would see as broken on a small screen, found from the widgets' own geometry: a label or
button whose text does not fit its width, a table header cut short, widgets a layout drew over each
other, a window larger than the screen."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizeGrip,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 2  # px: rounding between a font's advance and the style's own measure


def describe(widget: QWidget) -> str:
    """Where a widget is, as a path of class names and object names from its window."""
    parts = []
    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        name = w.objectName()
        parts.append(type(w).__name__ + (f"#{name}" if name else ""))
        w = w.parentWidget()
    return "/".join(reversed(parts[:3]))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _text_width(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    shown = re.sub(r"&(.)", r"\1", text)  # a mnemonic's & is not drawn; && draws one
    return max((metrics.horizontalAdvance(line) for line in shown.split("\n")), default=0)


def clipped_texts(window: QWidget) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or (_inside_item_view(widget) and not isinstance(widget, QHeaderView)):
            continue
        problem = _clipped(widget)
        if problem:
            found.append(f"{describe(widget)}: {problem}")
    return found


def _inside_item_view(widget: QWidget) -> bool:
    """Editors and delegates inside a table are sized by their cell."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView) and not isinstance(parent, QHeaderView):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(widget: QWidget) -> str | None:
    if isinstance(widget, QLabel):
        text = widget.text()
        if text and widget.wordWrap():  # wraps: then its lines must fit its height
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"wrapped label {text[:40]!r} needs {need} px of height, has {widget.height()}"
            return None
        if not text or widget.textFormat() == Qt.TextFormat.RichText:
            return None
        if text.lstrip().startswith("<") and widget.textFormat() != Qt.TextFormat.PlainText:
            return None
        room = widget.contentsRect().width() - 2 * max(widget.margin(), 0) - max(widget.indent(), 0)
        need = _text_width(widget, text)
        if need > room + SLACK:
            return f"label {text!r} needs {need} px, has {room}"
        return None
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton) and widget.text():
        if (
            isinstance(widget, QToolButton)
            and widget.parentWidget()
            and isinstance(widget.parentWidget(), QTabBar)
        ):
            return None  # a tab bar's scroll arrows
        need = (
            widget.minimumSizeHint().width()
            if not isinstance(widget, QToolButton)
            else widget.sizeHint().width()
        )
        if widget.width() + SLACK < need:
            return f"button {widget.text()!r} needs {need} px, has {widget.width()}"
        return None
    if isinstance(widget, QGroupBox) and widget.title():
        need = _text_width(widget, widget.title()) + 16
        if widget.width() + SLACK < need:
            return f"group {widget.title()!r} needs {need} px, has {widget.width()}"
        return None
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        return _clipped_header(widget)
    if isinstance(widget, QTabBar):
        return _clipped_tabs(widget)
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        room = widget.width() - 16  # the frame and the text margins
        need = _text_width(widget, widget.placeholderText())
        if need > room + SLACK and not widget.toolTip():
            return f"placeholder {widget.placeholderText()!r} needs {need} px, has {room}"
    if isinstance(widget, QComboBox) and widget.currentText():
        arrow = 28
        need = _text_width(widget, widget.currentText()) + arrow
        if widget.width() + SLACK < need and not widget.isEditable():
            return f"combo {widget.currentText()!r} needs {need} px, has {widget.width()}"
    return None


def _clipped_header(header: QHeaderView) -> str | None:
    model = header.model()
    if model is None:
        return None
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = _text_width(header, str(text)) + 12
        if header.sectionSize(section) + SLACK < need:
            cut.append(f"{text!r} needs {need} px, has {header.sectionSize(section)}")
    return "header " + "; ".join(cut) if cut else None


def _clipped_tabs(bar: QTabBar) -> str | None:
    """A tab pushed behind the scroll arrows is as good as missing; one cut with … needs a tooltip."""
    cut = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, text = bar.tabRect(index), bar.tabText(index)
        if rect.left() < 0 or rect.right() > bar.width():
            cut.append(f"{text!r} is off the bar")
        elif _text_width(bar, text) + 16 > rect.width() and not bar.tabToolTip(index):
            cut.append(f"{text!r} is cut without a tooltip")
    return "tabs " + "; ".join(cut) if cut else None


def overlaps(window: QWidget) -> list[str]:
    """Siblings one layout placed so that they cover each other (it had less room than they need)."""
    found = []
    for layout in window.findChildren(QLayout):
        parent = layout.parentWidget()
        if parent is None or not _shown(parent):
            continue
        placed = [
            w
            for w in _layout_widgets(layout)
            if _shown(w) and not w.isWindow() and not isinstance(w, QSizeGrip)
        ]
        for i, a in enumerate(placed):
            for b in placed[i + 1 :]:
                common = _inner(a.geometry()).intersected(_inner(b.geometry()))
                if common.width() > 0 and common.height() > 0:
                    found.append(
                        f"{describe(a)} overlaps {describe(b)} by {common.width()}x{common.height()}"
                    )
    return found


def _inner(rect: QRect) -> QRect:
    return rect.adjusted(1, 1, -1, -1)


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets this layout places, nested layouts included (they share the parent's coordinates)."""
    out = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            out.append(item.widget())
        elif item.layout() is not None:
            out.extend(_layout_widgets(item.layout()))
    return out


def too_large(window: QWidget, width: int, height: int) -> list[str]:
    found = []
    if window.width() > width or window.height() > height:
        found.append(f"the window is {window.width()}x{window.height()}, the screen {width}x{height}")
    hint = window.minimumSizeHint()
    if hint.width() > width or hint.height() > height:
        found.append(f"the window cannot shrink below {hint.width()}x{hint.height()}: {widest(window)}")
    return found


def widest(window: QWidget) -> str:
    """The innermost widgets whose minimum size holds the window wide or tall: where to look."""

    def culprits(widget: QWidget, depth: int) -> list[str]:
        hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        inner = [
            c
            for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisible() and not c.isWindow()
        ]
        big = [c for c in inner if c.minimumSizeHint().width() > 600 or c.minimumSizeHint().height() > 500]
        if not big or depth > 12:
            return [f"{describe(widget)} {hint.width()}x{hint.height()}"]
        return [line for c in big for line in culprits(c, depth + 1)]

    return "; ".join(culprits(window, 0))


def problems(window: QWidget, width: int, height: int) -> list[str]:
    return too_large(window, width, height) + clipped_texts(window) + overlaps(window)


def keep_screenshot(window: QWidget, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    QApplication.processEvents()
    window.grab().save(str(path))
    return path
