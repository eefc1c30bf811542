"""One search box over every visit note and ledger entry; a result opens its visit."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QVBoxLayout,
)

from kamdesk.services import notes_search
from kamdesk.services.notes_search import NoteHit
from ui.common import labels, plain_text
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model_base import ListTableModel, list_table

SEARCH_DELAY_MS = 250  # searching 100,000 notes takes ~0.1 s: wait until the typing pauses


class NoteHitModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("NoteHitModel", "Date"),
        QT_TRANSLATE_NOOP("NoteHitModel", "Account"),
        QT_TRANSLATE_NOOP("NoteHitModel", "Found in"),
        QT_TRANSLATE_NOOP("NoteHitModel", "Text"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        hit: NoteHit = self._items[index.row()]
        kind = labels.label("timeline", hit.kind)
        text = (hit.when.strftime("%Y-%m-%d"), hit.account_name, kind, hit.snippet)[index.column()]
        return plain_text.literal(text) if role == Qt.ItemDataRole.ToolTipRole else text


class NoteSearchDialog(QDialog):
    sig_open = Signal(int, int)
    """Open a result: account id, and visit id (0 when the entry has no visit)."""

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search notes"))
        resize_within_screen(self, 900, 560)
        self.model = NoteHitModel(self)
        self.search_edit = QLineEdit(text)
        self.search_edit.setPlaceholderText(
            self.tr("Words from visit notes, complaints, praise, suggestions…")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = PlainLabel()
        self.count_label.setProperty("role", "hint")
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 230, 100)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self.search)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        if text:
            self.search()

    @Slot()
    def search(self) -> None:
        self._timer.stop()
        hits = notes_search.search(self.search_edit.text())
        self.model.set_items(hits)
        text = self.search_edit.text().strip()
        self.count_label.setText(
            self.tr("{n} results (newest first, at most 200)").format(n=len(hits)) if text else ""
        )

    @Slot()
    def _on_table_double_clicked(self, index) -> None:
        hit = self.model.item(index.row())
        self.sig_open.emit(hit.account_id, hit.visit_id or 0)
        self.accept()
