"""Scheduling a visit to an account slipping away (seed 002): what for, when, and who goes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.services import people, sales_overview
from kamdesk.services.sales_overview import SlippingRow
from ui.common.form_helpers import FormDialog, date_edit, set_combo_data


class ScheduleVisitDialog(FormDialog):
    def __init__(self, row: SlippingRow, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row, self._user = row, user
        self.setWindowTitle(self.tr("Schedule a visit: {name}").format(name=row.name))
        self.text_edit = QLineEdit(sales_overview.visit_note(row))
        self.due_edit = date_edit(clock.today() + dt.timedelta(days=3))
        self.owner_combo = QComboBox()
        for rep in people.list_reps():
            self.owner_combo.addItem(rep.name, rep.id)
        set_combo_data(self.owner_combo, row.owner_id or user.id)
        for caption, field, widget in (
            (self.tr("Next step"), "text", self.text_edit),
            (self.tr("Visit by"), "due_on", self.due_edit),
            (self.tr("Who goes"), "owner_id", self.owner_combo),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        sales_overview.schedule_visit(self._row, self.text_edit.text(), self.due_edit.date().toPython(),
                                      self.owner_combo.currentData(), actor=self._user)  # fmt: skip
