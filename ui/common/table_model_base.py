"""What every table model here shares: a fixed list of translated column headers over a list."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView, QToolTip

from ui.common.plain_text import literal


class ListTableModel(QAbstractTableModel):
    """A table over `self._items`; subclasses set HEADERS (QT_TRANSLATE_NOOP in their class's
    name as context) and implement data()."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list = []

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int):
        return self._items[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None


def list_table(model: QAbstractTableModel) -> QTableView:
    """A read-only table of whole rows over `model`, as the lists in the workspaces show them."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setItemDelegate(WholeTextTip(table))
    header = table.horizontalHeader()
    for section in range(model.columnCount()):  # a column starts at least as wide as its title
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        header.resizeSection(
            section, max(header.sectionSize(section), header.fontMetrics().horizontalAdvance(title) + 24)
        )
    return table


def selected_item(table: QTableView):
    """The item of the row selected in a table over a ListTableModel, or None."""
    rows = table.selectionModel().selectedRows()
    return table.model().item(rows[0].row()) if rows else None


class WholeTextTip(QStyledItemDelegate):
    """A cell cut short with … shows its whole text as a tooltip (a name or a note in a narrow column
    on a laptop), unless the model gives a tooltip of its own."""

    def helpEvent(self, event, view, option, index) -> bool:
        if (
            event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is not None:
                text = str(text)
                room = view.visualRect(index).width() - 8
                if option.fontMetrics.horizontalAdvance(text) > room:
                    QToolTip.showText(event.globalPos(), literal(text), view)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().helpEvent(event, view, option, index)
