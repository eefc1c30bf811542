"""Short questions in a small dialog: a line or a few lines of text, or one choice from a list.

Qt's static QInputDialog.getText/getItem size the dialog to its label: 200 px wide, so a rep typed
"how was it resolved" in a box narrower than the question (QInputDialog fixes its size to its
layout, so a stylesheet's min-width does nothing). These open a QInputDialog of their own at a
width one can type a sentence in. The label is given as typed: pass plain_text.literal(...) for user
text, as with the static functions."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

WIDTH = 440


def _asked(dialog: QInputDialog) -> bool:
    hint = dialog.sizeHint()
    dialog.resize(max(WIDTH, hint.width()), hint.height())
    return dialog.exec() == QDialog.DialogCode.Accepted


def _dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


def text(parent: QWidget | None, title: str, label: str, value: str = "") -> tuple[str, bool]:
    """One line of text: (what was typed, True) or ("", False) when cancelled."""
    dialog = _dialog(parent, title, label)
    dialog.setTextValue(value)
    return (dialog.textValue(), True) if _asked(dialog) else ("", False)


def lines(parent: QWidget | None, title: str, label: str, value: str = "") -> tuple[str, bool]:
    """A few lines of text (an outcome, a note)."""
    dialog = _dialog(parent, title, label)
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue(value)
    return (dialog.textValue(), True) if _asked(dialog) else ("", False)


def item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> tuple[str, bool]:
    """One of `items` (not editable): (the one chosen, True) or ("", False)."""
    dialog = _dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[max(0, min(current, len(items) - 1))])
    return (dialog.textValue(), True) if _asked(dialog) else ("", False)
