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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton


class PlainLabel(QLabel):
    """A QLabel that shows its text as typed, never as HTML."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)


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
