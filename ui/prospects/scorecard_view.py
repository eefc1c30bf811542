"""A prospect's scorecard as a small table: every line with its points, the most it could give, and
why. The score is never shown without how it was made."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from kamdesk.rules.scorecard import RECENT_DAYS, Line, Scorecard
from ui.common import labels, plain_text

LINE_NAMES = {
    "industry": QT_TRANSLATE_NOOP("ScorecardView", "Industry priority"),
    "title": QT_TRANSLATE_NOOP("ScorecardView", "Title priority"),
    "territory": QT_TRANSLATE_NOOP("ScorecardView", "Territory priority"),
    "trigger": QT_TRANSLATE_NOOP("ScorecardView", "Trigger-event priority"),
    "sold_before": QT_TRANSLATE_NOOP("ScorecardView", "Sold in this industry before"),
    "reference_customer": QT_TRANSLATE_NOOP("ScorecardView", "Reference customer in the industry"),
    "personally_involved": QT_TRANSLATE_NOOP("ScorecardView", "Personally involved"),
}
SET_ASIDE_COLOUR = "#b42318"


class ScorecardView(QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Points"), self.tr("Of"), self.tr("Why")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.card: Scorecard | None = None

    def show_card(self, card: Scorecard | None) -> None:
        self.card = card
        self.setRowCount(0)
        if card is None:
            return
        self.setRowCount(len(card.lines) + 1)
        for row, line in enumerate(card.lines):
            cells = (self.tr(LINE_NAMES[line.key]), str(line.points), str(line.most), self.why(line))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_text.literal(text))
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if line.reason == "not_target":
                    item.setForeground(QColor(SET_ASIDE_COLOUR))
                self.setItem(row, column, item)
        total = len(card.lines)
        bold = QFont()
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Score"), str(card.total), str(card.most), self.verdict(card))
        ):
            item = QTableWidgetItem(text)
            item.setFont(bold)
            if column in (1, 2):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(total, column, item)
        self.resizeRowsToContents()
        rows_height = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(rows_height + self.horizontalHeader().height() + 2 * self.frameWidth())

    def why(self, line: Line) -> str:
        if line.reason == "target":
            return self.tr("{value}: one of the targets").format(value=line.value)
        if line.reason == "not_target":
            if not line.value:
                return self.tr("Not given: set aside until it is known")
            return self.tr("{value}: not one of the targets, so set aside").format(value=line.value)
        if line.reason == "found":
            trigger = self.card.trigger if self.card else None
            if trigger is not None:
                return self.tr("{kind} on {day}: {what}").format(
                    kind=labels.label("trigger_kind", trigger.kind), day=trigger.happened_on.isoformat(),
                    what=trigger.what)  # fmt: skip
            return line.value
        if line.reason == "none_found":
            return self.tr("No trigger event found")
        if line.reason == "no_recent":
            return self.tr("No event of a target kind in the last {days} days").format(days=RECENT_DAYS)
        return self.tr("Yes") if line.reason == "yes" else self.tr("No")

    def verdict(self, card: Scorecard) -> str:
        if card.set_aside:
            return self.tr("Set aside: outside the targets (not deleted)")
        return self.tr("On the call list")
