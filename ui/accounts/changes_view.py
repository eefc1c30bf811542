"""An account's change history from the audit trail: who changed what, when, from which value to which."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kamdesk.rules import board_cards
from kamdesk.services import changes
from kamdesk.services.changes import Change
from ui.common import labels, plain_text
from ui.common.i18n import current_language
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table

WHEN, WHO, WHAT, CHANGE = range(4)

_TABLES = {
    "account": QT_TRANSLATE_NOOP("History", "Account"),
    "contact": QT_TRANSLATE_NOOP("History", "Contact"),
    "visit": QT_TRANSLATE_NOOP("History", "Visit"),
    "follow_up": QT_TRANSLATE_NOOP("History", "Follow-up"),
    "ledger_entry": QT_TRANSLATE_NOOP("History", "Feedback"),
    "board_card": QT_TRANSLATE_NOOP("History", "1-2-4 card"),
    "prospect_card": QT_TRANSLATE_NOOP("History", "Scorecard"),
    "trigger_event": QT_TRANSLATE_NOOP("History", "Trigger event"),
    "prospect_call": QT_TRANSLATE_NOOP("History", "Call"),
}
_ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("History", "added"),
    "delete": QT_TRANSLATE_NOOP("History", "deleted"),
}
_FIELDS = {
    "code": QT_TRANSLATE_NOOP("History", "Code"),
    "name": QT_TRANSLATE_NOOP("History", "Name"),
    "industry": QT_TRANSLATE_NOOP("History", "Industry"),
    "region": QT_TRANSLATE_NOOP("History", "Region"),
    "address": QT_TRANSLATE_NOOP("History", "Address"),
    "tier": QT_TRANSLATE_NOOP("History", "Value tier"),
    "relationship": QT_TRANSLATE_NOOP("History", "Relationship"),
    "loyalty": QT_TRANSLATE_NOOP("History", "Loyalty"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "owner": QT_TRANSLATE_NOOP("History", "Owner"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "archived_at": QT_TRANSLATE_NOOP("History", "Archived"),
    "churned_on": QT_TRANSLATE_NOOP("History", "Churned on"),
    "churn_surface": QT_TRANSLATE_NOOP("History", "Surface reason"),
    "churn_deep": QT_TRANSLATE_NOOP("History", "Deep reason"),
    "churn_competitor": QT_TRANSLATE_NOOP("History", "Went to"),
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "decision_role": QT_TRANSLATE_NOOP("History", "Decision role"),
    "attitude": QT_TRANSLATE_NOOP("History", "Attitude"),
    "phone": QT_TRANSLATE_NOOP("History", "Phone"),
    "wechat": QT_TRANSLATE_NOOP("History", "WeChat"),
    "email": QT_TRANSLATE_NOOP("History", "E-mail"),
    "started_at": QT_TRANSLATE_NOOP("History", "Started"),
    "ended_at": QT_TRANSLATE_NOOP("History", "Ended"),
    "channel": QT_TRANSLATE_NOOP("History", "Channel"),
    "purpose": QT_TRANSLATE_NOOP("History", "Purpose"),
    "problems": QT_TRANSLATE_NOOP("History", "Problems raised"),
    "latent_needs": QT_TRANSLATE_NOOP("History", "Latent needs"),
    "suggestions": QT_TRANSLATE_NOOP("History", "Their suggestions"),
    "competitor_moves": QT_TRANSLATE_NOOP("History", "Competitor moves"),
    "text": QT_TRANSLATE_NOOP("History", "Text"),
    "due_on": QT_TRANSLATE_NOOP("History", "Due"),
    "done_at": QT_TRANSLATE_NOOP("History", "Done"),
    "done_note": QT_TRANSLATE_NOOP("History", "Outcome"),
    "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "guarantee": QT_TRANSLATE_NOOP("History", "Concerns"),
    "noted_on": QT_TRANSLATE_NOOP("History", "Noted on"),
    "resolved_at": QT_TRANSLATE_NOOP("History", "Resolved"),
    "resolution": QT_TRANSLATE_NOOP("History", "Resolution"),
    "column": QT_TRANSLATE_NOOP("History", "Column"),
    "note": QT_TRANSLATE_NOOP("History", "Note"),
    "done_practices": QT_TRANSLATE_NOOP("History", "Practices done"),
    "source": QT_TRANSLATE_NOOP("History", "Source"),
    "sold_before": QT_TRANSLATE_NOOP("History", "Sold in the industry before"),
    "reference_customer": QT_TRANSLATE_NOOP("History", "Reference customer"),
    "personally_involved": QT_TRANSLATE_NOOP("History", "Personally involved"),
    "result": QT_TRANSLATE_NOOP("History", "Result"),
    "closed_on": QT_TRANSLATE_NOOP("History", "Closed on"),
    "contact": QT_TRANSLATE_NOOP("History", "Contact"),
    "happened_on": QT_TRANSLATE_NOOP("History", "Happened on"),
    "what": QT_TRANSLATE_NOOP("History", "What happened"),
    "outcome": QT_TRANSLATE_NOOP("History", "Outcome"),
}
_YES = QT_TRANSLATE_NOOP("History", "yes")
_NO = QT_TRANSLATE_NOOP("History", "no")
_NO_PERSON = QT_TRANSLATE_NOOP("History", "(command line)")
_CODED = {  # field -> the labels kind its codes are named by
    "tier": "tier", "relationship": "relationship", "loyalty": "loyalty", "status": "status",
    "decision_role": "decision_role", "attitude": "attitude", "channel": "channel", "kind": "ledger_kind",
    "guarantee": "guarantee", "result": "prospect_result", "outcome": "call_outcome",
}  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def value_text(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr(_YES) if value else _tr(_NO)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if field == "column":
        language = current_language()
        return next((c.title(language) for c in board_cards.COLUMNS if c.key == value), str(value))
    if field in _CODED:
        return labels.label(_CODED[field], str(value))
    return str(value)


class ChangesModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ChangesModel", "When"),
        QT_TRANSLATE_NOOP("ChangesModel", "Who"),
        QT_TRANSLATE_NOOP("ChangesModel", "What"),
        QT_TRANSLATE_NOOP("ChangesModel", "Change"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(self._items[index.row()], index.column())
        return plain_text.literal(text) if role == Qt.ItemDataRole.ToolTipRole else text

    @staticmethod
    def _text(change: Change, column: int) -> str:
        if column == WHEN:
            return change.at.strftime("%Y-%m-%d %H:%M")
        if column == WHO:
            return change.who or _tr(_NO_PERSON)
        if column == WHAT:
            what = _tr(_TABLES.get(change.table, change.table))
            return f"{what}: {change.subject}" if change.subject else what
        return change_text(change)


def change_text(change: Change) -> str:
    """ "Address: 人民路 1 号 → 人民路 88 号" for a changed field; "added" or "deleted" for a row."""
    if change.action != "update":
        return _tr(_ACTIONS[change.action])
    field = _tr(_FIELDS.get(change.field, change.field))
    return f"{field}: {value_text(change.field, change.old)} → {value_text(change.field, change.new)}"


class ChangesView(QWidget):
    """Shown as the account's "Changes" tab; reads the trail only when asked (show_account)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChangesModel(self)
        self.table = list_table(self.model)
        self.table.setWordWrap(True)  # a long change wraps in the narrow detail pane
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = PlainLabel(self.tr("No changes recorded yet."))
        self.empty_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)

    def show_account(self, account_id: int | None) -> None:
        found = changes.account_history(account_id) if account_id else []
        self.model.set_items(found)
        self.empty_label.setVisible(not found)
        for column in (WHEN, WHO, WHAT):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
