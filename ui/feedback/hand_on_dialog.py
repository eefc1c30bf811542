"""Handing a complaint on to the department that must fix it (seed 002: 跨部门的有效沟通): which
department, who there, by when. It shows in that person's Follow-ups until it is resolved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QWidget

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.services import feedback, people
from ui.common.form_helpers import FormDialog, coded_combo, date_edit
from ui.common.plain_text import PlainLabel


class HandOnDialog(FormDialog):
    def __init__(self, entry_id: int, text: str, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry_id, self._user = entry_id, user
        self.setWindowTitle(self.tr("Hand on to be fixed"))
        what = PlainLabel(text)
        what.setWordWrap(True)
        self.department_combo = coded_combo("department")
        self.handler_combo = QComboBox()
        for rep in people.list_reps(active_only=True):
            self.handler_combo.addItem(rep.name, rep.id)
        self.due_edit = date_edit(clock.today() + dt.timedelta(days=3))
        self.form.addRow(self.tr("Complaint"), what)
        for caption, field, widget in (
            (self.tr("Department"), "department", self.department_combo),
            (self.tr("Who fixes it"), "handler_id", self.handler_combo),
            (self.tr("By"), "handle_by", self.due_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        department, handler = self.department_combo.currentData(), self.handler_combo.currentData()
        feedback.hand_on(
            self._entry_id, department, handler, self.due_edit.date().toPython(), actor=self._user
        )
