"""An account's timeline: visits, complaints and praise, follow-ups done, loyalty changes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services import timeline
from kamdesk.services.timeline import TimelineItem
from ui import labels
from ui.table_model_base import ListTableModel

WHEN, KIND, TEXT, DETAIL = range(4)
KIND_COLOURS = {"complaint": "#b42318", "praise": "#1a7f37", "suggestion": "#9a6700", "loyalty": "#1d5fa8"}


class TimelineModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "When"),
        QT_TRANSLATE_NOOP("TimelineModel", "What"),
        QT_TRANSLATE_NOOP("TimelineModel", "Summary"),
        QT_TRANSLATE_NOOP("TimelineModel", "Details"),
    )

    def set_items(self, items: list[TimelineItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TimelineItem:
        return self._items[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: TimelineItem = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return item.when.strftime("%Y-%m-%d %H:%M" if item.kind == "visit" else "%Y-%m-%d")
            if column == KIND:
                return self._kind_text(item)
            if column == TEXT:
                return labels.label("loyalty", item.text) if item.kind == "loyalty" else item.text
            return item.detail.replace("\n", " · ")
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND and item.kind in KIND_COLOURS:
            return QColor(KIND_COLOURS[item.kind])
        if role == Qt.ItemDataRole.ToolTipRole and column in (TEXT, DETAIL):
            return "\n".join(t for t in (item.text, item.detail) if t) or None
        return None

    def _kind_text(self, item: TimelineItem) -> str:
        text = labels.label("timeline", item.kind)
        if item.kind == "visit":
            return f"{text} · {labels.label('channel', item.code)}"
        if item.kind in ("complaint", "praise", "suggestion"):
            text = f"{text} · {labels.label('guarantee', item.code)}"
            if item.status:
                text += f" · {labels.label('ledger_status', item.status)}"
        return text


class TimelineView(QWidget):
    sig_open_visit = Signal(int)
    """The user asked to open a visit (double-click); carries the visit id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account_id: int | None = None
        self.model = TimelineModel(self)
        self.kind_checks: dict[str, QCheckBox] = {}
        filters = QHBoxLayout()
        for kind, text in labels.options("timeline"):
            check = QCheckBox(text)
            check.setChecked(True)
            check.toggled.connect(self._on_filter_toggled)
            self.kind_checks[kind] = check
            filters.addWidget(check)
        filters.addStretch()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((WHEN, 120), (KIND, 170), (TEXT, 240)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.table.doubleClicked.connect(self._on_table_double_clicked)

    def set_account(self, account_id: int | None) -> None:
        self._account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        kinds = {kind for kind, check in self.kind_checks.items() if check.isChecked()}
        items = timeline.timeline(self._account_id, kinds) if self._account_id and kinds else []
        self.model.set_items(items)

    @Slot()
    def _on_filter_toggled(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_table_double_clicked(self, index) -> None:
        item = self.model.item(index.row())
        if item.kind == "visit":
            self.sig_open_visit.emit(item.ref_id)
