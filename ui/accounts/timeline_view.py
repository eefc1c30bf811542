"""An account's timeline: visits, complaints and praise, follow-ups done, loyalty changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QVBoxLayout,
    QWidget,
)

from kamdesk.rules.vocab import TimelineKind
from kamdesk.services import timeline
from kamdesk.services.timeline import TimelineItem
from ui.common import labels, plain_text
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table

WHEN, KIND, TEXT = range(3)
KIND_COLOURS = {
    TimelineKind.COMPLAINT: "#b42318", TimelineKind.PRAISE: "#1a7f37",
    TimelineKind.SUGGESTION: "#9a6700", TimelineKind.LOYALTY: "#1d5fa8",
    TimelineKind.CALL: "#6e40c9", TimelineKind.TRIGGER: "#6e40c9",
}  # fmt: skip


class TimelineModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "When"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "Summary"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: TimelineItem = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return item.when.strftime("%Y-%m-%d")
            if column == KIND:
                return labels.label("timeline", item.kind)
            return self.summary(item)
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND and item.kind in KIND_COLOURS:
            return QColor(KIND_COLOURS[item.kind])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.literal(self.describe(item))
        return None

    @staticmethod
    def summary(item: TimelineItem) -> str:
        if item.kind == TimelineKind.LOYALTY:
            return labels.label("loyalty", item.text)
        if item.kind == TimelineKind.CALL:
            outcome = labels.label("call_outcome", item.code)
            return f"{outcome} · {item.text}" if item.text else outcome
        return item.text

    def describe(self, item: TimelineItem) -> str:
        """Everything about the item, for the pane under the list."""
        when = item.when.strftime("%Y-%m-%d %H:%M" if item.kind == TimelineKind.VISIT else "%Y-%m-%d")
        lines = [f"{when} · {self._kind_text(item)}", self.summary(item)]
        if item.detail:
            lines.append(item.detail)
        return "\n".join(lines)

    def _kind_text(self, item: TimelineItem) -> str:
        text = labels.label("timeline", item.kind)
        if item.kind == TimelineKind.VISIT:
            return f"{text} · {labels.label('channel', item.code)}"
        if item.kind in (TimelineKind.COMPLAINT, TimelineKind.PRAISE, TimelineKind.SUGGESTION):
            text = f"{text} · {labels.label('guarantee', item.code)}"
            if item.status:
                text += f" · {labels.label('ledger_status', item.status)}"
        if item.kind == TimelineKind.TRIGGER:
            text = f"{text} · {labels.label('trigger_kind', item.code)}"
        return text


class TimelineView(QWidget):
    sig_open_visit = Signal(int)
    """The user asked to open a visit (double-click); carries the visit id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account_id: int | None = None
        self.model = TimelineModel(self)
        self.kind_checks: dict[str, QCheckBox] = {}
        filters = QGridLayout()
        for i, (kind, text) in enumerate(labels.options("timeline")):
            check = QCheckBox(text)
            check.setChecked(True)
            check.toggled.connect(self._on_filter_toggled)
            self.kind_checks[kind] = check
            filters.addWidget(check, i // 3, i % 3)
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        for column, width in ((WHEN, 88), (KIND, 96)):
            header.resizeSection(column, width)
        self.detail_label = PlainLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setProperty("role", "detail")
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(90)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

    def set_account(self, account_id: int | None) -> None:
        self._account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        kinds = {kind for kind, check in self.kind_checks.items() if check.isChecked()}
        items = timeline.timeline(self._account_id, kinds) if self._account_id and kinds else []
        self.model.set_items(items)
        self.detail_label.setText(self.tr("Double-click a visit to open it.") if items else "")

    @Slot()
    def _on_filter_toggled(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_table_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.detail_label.setText(self.model.describe(self.model.item(current.row())))

    @Slot()
    def _on_table_double_clicked(self, index) -> None:
        item = self.model.item(index.row())
        if item.kind == TimelineKind.VISIT:
            self.sig_open_visit.emit(item.ref_id)
