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
        overdue, due = counts.overdue_follow_ups, counts.accounts_due
        if overdue and due:
            text = self.tr(
                "{overdue} overdue follow-ups and {due} accounts past their contact cadence need you."
            )
        elif overdue:
            text = self.tr("{overdue} overdue follow-ups need you.")
        else:
            text = self.tr("{due} accounts past their contact cadence need you.")
        self.label.setText(text.format(overdue=overdue, due=due))  # never "0 overdue follow-ups"
        if counts.overdue_follow_ups == 0 and counts.accounts_due == 0:
            self.hide()
        elif (
            counts.overdue_follow_ups > self._shown.overdue_follow_ups
            or counts.accounts_due > self._shown.accounts_due
        ):
            self.show()
        self._shown = counts

    @Slot()
    def _on_show_clicked(self) -> None:
        self.hide()
        self.sig_show.emit()
