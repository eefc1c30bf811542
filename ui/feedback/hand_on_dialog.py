"""Handing a complaint on to the department that must fix it (seed 002: 跨部门的有效沟通): which
department, who there, by when. It shows in that person's Follow-ups until it is resolved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.services import feedback, people
from ui.common.form_helpers import FieldErrors, coded_combo, date_edit, try_save
from ui.common.plain_text import PlainLabel


class HandOnDialog(QDialog):
    def __init__(self, entry_id: int, text: str, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id, self._user = entry_id, user
        self.setWindowTitle(self.tr("Hand on to be fixed"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        what = PlainLabel(text)
        what.setWordWrap(True)
        self.department_combo = coded_combo("department")
        self.handler_combo = QComboBox()
        for rep in people.list_reps(active_only=True):
            self.handler_combo.addItem(rep.name, rep.id)
        self.due_edit = date_edit(clock.today() + dt.timedelta(days=3))
        form = QFormLayout()
        form.addRow(self.tr("Complaint"), what)
        for caption, field, widget in (
            (self.tr("Department"), "department", self.department_combo),
            (self.tr("Who fixes it"), "handler_id", self.handler_combo),
            (self.tr("By"), "handle_by", self.due_edit),
        ):
            self.errors.add_row(form, caption, field, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _on_save(self) -> None:
        department, handler, by = (
            self.department_combo.currentData(),
            self.handler_combo.currentData(),
            self.due_edit.date().toPython(),
        )
        entry, user = self._entry_id, self._user
        if try_save(self, self.errors, lambda: feedback.hand_on(entry, department, handler, by, actor=user),
                    self.windowTitle()):  # fmt: skip
            self.accept()
