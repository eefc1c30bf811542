"""User text shown as typed: no label, message box or tooltip reads it as HTML.

Qt guesses: a QLabel, a message box, a tooltip or an input dialog's question takes any text that
looks like HTML (Qt.mightBeRichText) for HTML, so an account named "<b>x</b>" turned bold and one
named "<img src=...>" made Qt read a local file. Labels here are PlainLabels, which never guess.
Where Qt guesses and cannot be told not to (tooltips, QMessageBox's and QInputDialog's static
functions), `literal` turns a text that would pass for HTML into HTML that shows it character for
character. HTML of our own is built by `rich`, which escapes every value put into it.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget

Button = QMessageBox.StandardButton


class PlainLabel(QLabel):
    """A QLabel that shows its text as typed, never as HTML."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)


class ElidedLabel(PlainLabel):
    """One line of text that yields its width to the window: cut with … when it does not fit, whole
    in its tooltip. For what may be long and is not the point of the screen (a file's path, a
    summary line beside a chart), so it never holds a laptop's window wider than the screen."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__("", parent)
        self._full = ""
        self._mode = mode
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def fullText(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.contentsRect().width() - 2 * self.margin(), 0)
        shown = self.fontMetrics().elidedText(self._full, self._mode, room)
        super().setText(shown)
        self.setToolTip(literal(self._full) if shown != self._full else "")


def literal(text: str) -> str:
    """`text` for a widget that guesses whether it is HTML (a tooltip, an input dialog's question):
    unchanged when Qt will show it as plain text anyway, else as HTML that shows every character."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"


def rich(template: str, **values: object) -> str:
    """HTML from a template of our own (a translated string): every value is escaped."""
    return template.format(**{name: html.escape(str(value)) for name, value in values.items()})


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, buttons=Button.NoButton, parent: QWidget | None = None
) -> QMessageBox:
    """A QMessageBox showing `text` as plain text, for boxes with buttons of their own."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def rich_box(parent: QWidget | None, title: str, html_text: str) -> QMessageBox:
    """A box showing HTML of our own (built with `rich`, every value escaped), opened without waiting."""
    box = QMessageBox(QMessageBox.Icon.Information, title, html_text, Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.open()
    return box


# QMessageBox's static functions with their arguments (buttons, default button) and answers; the
# text goes through `literal` instead of into a plain-text box so that a test's stand-in for
# QMessageBox.question and the like still answers.
def question(parent: QWidget | None, title: str, text: str, *buttons) -> Button:
    return QMessageBox.question(parent, title, literal(text), *buttons)


def information(parent: QWidget | None, title: str, text: str, *buttons) -> Button:
    return QMessageBox.information(parent, title, literal(text), *buttons)


def warning(parent: QWidget | None, title: str, text: str, *buttons) -> Button:
    return QMessageBox.warning(parent, title, literal(text), *buttons)


def critical(parent: QWidget | None, title: str, text: str, *buttons) -> Button:
    return QMessageBox.critical(parent, title, literal(text), *buttons)
