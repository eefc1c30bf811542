"""Telling the rep what needs attention: overdue follow-ups and accounts past their cadence."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kamdesk import clock
from ui.common.plain_text import PlainLabel

REMINDER_INTERVAL_MS = 10 * 60 * 1000  # the app stays open all day: look again every ten minutes


@dataclass(frozen=True)
class Counts:
    overdue_follow_ups: int
    accounts_due: int


def count_for(rep_id: int) -> Counts:
    from kamdesk.services import follow_ups  # counted once the window is up: not needed to start

    today = clock.today()
    overdue = sum(1 for item in follow_ups.open_follow_ups(owner_id=rep_id) if item.due_on < today)
    return Counts(overdue, len(follow_ups.due_for_contact(today, owner_id=rep_id)))


class ReminderBanner(QWidget):
    """A strip above the workspace; shown when something new needs attention, until dismissed."""

    sig_show = Signal()
    """The user wants to see the follow-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self._shown = Counts(0, 0)
        self.label = PlainLabel()
        self.show_button = QPushButton(self.tr("Show"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss_button)
        self.show_button.clicked.connect(self._on_show_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def update_counts(self, counts: Counts) -> None:
        """Show the banner when the counts grew since last shown; hide it when nothing is left. While
        it shows, it says the counts as they are now (one follow-up done: one fewer)."""
        self.label.setText(self.tr("Waiting for you: {items}.").format(items=self._items(counts)))
        if counts.overdue_follow_ups == 0 and counts.accounts_due == 0:
            self.hide()
        elif (
            counts.overdue_follow_ups > self._shown.overdue_follow_ups
            or counts.accounts_due > self._shown.accounts_due
        ):
            self.show()
        self._shown = counts

    def _items(self, counts: Counts) -> str:
        """What is waiting, in words that agree with their number, never "0 overdue follow-ups"."""
        overdue, due = counts.overdue_follow_ups, counts.accounts_due
        items = []
        if overdue:
            one, many = self.tr("1 overdue follow-up"), self.tr("{n} overdue follow-ups")
            items.append(one if overdue == 1 else many.format(n=overdue))
        if due:
            one = self.tr("1 account past its contact cadence")
            many = self.tr("{n} accounts past their contact cadence")
            items.append(one if due == 1 else many.format(n=due))
        if len(items) == 2:
            return self.tr("{first} and {second}").format(first=items[0], second=items[1])
        return items[0] if items else ""

    @Slot()
    def _on_show_clicked(self) -> None:
        self.hide()
        self.sig_show.emit()
