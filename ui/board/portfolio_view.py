"""The office's 1-2-4 state at a glance: accounts x seven cards, coloured by column, riskiest first,
with the counts per card and column and the weakest guarantee named."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from kamdesk.rules import board_cards
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.services import board, people
from kamdesk.services.accounts import known_values
from kamdesk.services.board import PortfolioFilter, PortfolioRow
from ui.common import labels, operations
from ui.common.form_helpers import filter_combo, refill_people
from ui.common.i18n import current_language
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table

COLUMN_COLOURS = {
    BoardColumn.NOT_STARTED: "#e5e7eb",
    BoardColumn.IN_PROGRESS: "#fde68a",
    BoardColumn.SECURED: "#bbf7d0",
    BoardColumn.AT_RISK: "#fecaca",
}
FIXED = 3  # code, account, owner; then one column per card


def _short(card: board_cards.Card) -> str:
    return card.short(current_language())


class PortfolioModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PortfolioModel", "Code"),
        QT_TRANSLATE_NOOP("PortfolioModel", "Account"),
        QT_TRANSLATE_NOOP("PortfolioModel", "Owner"),
    )

    def columnCount(self, parent=None) -> int:
        return FIXED + len(board_cards.CARDS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and section >= FIXED
        ):
            return _short(board_cards.CARDS[section - FIXED])
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section >= FIXED
        ):
            return board_cards.CARDS[section - FIXED].title(current_language())
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: PortfolioRow = self._items[index.row()]
        column = index.column()
        if column < FIXED:
            return (row.code, row.name, row.owner)[column] if role == Qt.ItemDataRole.DisplayRole else None
        state = row.columns[column - FIXED]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLUMN_COLOURS[state])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return next(c.title(current_language()) for c in board_cards.COLUMNS if c.key == state)
        return None


class CountsModel(ListTableModel):
    """Cards down, columns across: how many accounts have each card in each column."""

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self.set_items([(key, counts[key]) for key in board_cards.CARD_KEYS])

    def columnCount(self, parent=None) -> int:
        return 1 + len(board_cards.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return "" if section == 0 else board_cards.COLUMNS[section - 1].title(current_language())
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key, counts = self._items[index.row()]
        if index.column() == 0:
            display = role == Qt.ItemDataRole.DisplayRole
            return board_cards.BY_KEY[key].title(current_language()) if display else None
        column = board_cards.COLUMN_KEYS[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return counts[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLUMN_COLOURS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PortfolioView(QWidget):
    sig_open_board = Signal(int)
    """The user clicked an account; carries its id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PortfolioModel(self)
        self.counts_model = CountsModel(self)
        self.owner_filter = filter_combo(self.tr("All owners"), [])  # the people come with the data
        self.tier_filter = filter_combo(self.tr("All tiers"), labels.options("tier"))
        self.relationship_filter = filter_combo(self.tr("All relationships"), labels.options("relationship"))
        self.region_filter = filter_combo(self.tr("All regions"), [(r, r) for r in _regions()])
        self.weakest_label = PlainLabel()
        self.weakest_label.setWordWrap(True)
        self.weakest_label.setProperty("role", "subheading")
        self.table = list_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 80), (1, 230), (2, 70)):
            header.resizeSection(column, width)
        metrics = header.fontMetrics()
        for column in range(FIXED, self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(84, metrics.horizontalAdvance(text) + 24))
        self.counts_table = list_table(self.counts_model)
        self.counts_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table.horizontalHeader().setStretchLastSection(False)
        rows = len(board_cards.CARDS)
        row_height = self.counts_table.verticalHeader().defaultSectionSize()
        self.counts_table.setFixedHeight(
            self.counts_table.horizontalHeader().sizeHint().height() + rows * row_height + 4
        )
        filters = QHBoxLayout()
        for combo in (self.owner_filter, self.tier_filter, self.relationship_filter, self.region_filter):
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._on_filter_changed)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.weakest_label)
        layout.addWidget(self.counts_table)
        layout.addWidget(self.table, 1)
        self.table.clicked.connect(self._on_table_clicked)

    def refresh(self) -> None:
        """Read the accounts' cards the filters ask for off the window's thread; shown when read."""
        wanted = PortfolioFilter(
            owner_id=self.owner_filter.currentData(), tier=self.tier_filter.currentData(),
            relationship=self.relationship_filter.currentData(), region=self.region_filter.currentData(),
        )  # fmt: skip

        def read() -> tuple[list[PortfolioRow], dict[str, dict[str, int]], list[tuple[int, str]]]:
            rows = board.portfolio(wanted)
            return rows, board.counts(rows), [(r.id, r.name) for r in people.list_reps()]

        operations.query(self, read, self._show)

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _show(
        self, read: tuple[list[PortfolioRow], dict[str, dict[str, int]], list[tuple[int, str]]]
    ) -> None:
        rows, counts, team = read
        refill_people(self.owner_filter, 1, team)  # after "All owners"
        self.model.set_items(rows)
        self.counts_model.set_counts(counts)
        guarantees = [c for c in board_cards.CARDS if c.group == "guarantee"]
        weakest = max(
            guarantees,
            key=lambda c: (counts[c.key][BoardColumn.AT_RISK], -counts[c.key][BoardColumn.SECURED]),
        )
        self.weakest_label.setText(
            self.tr("{n} accounts. Weakest guarantee: {card} ({risk} at risk, {secured} secured)").format(
                n=len(rows), card=weakest.title(current_language()),
                risk=counts[weakest.key][BoardColumn.AT_RISK],
                secured=counts[weakest.key][BoardColumn.SECURED],
            )
        )  # fmt: skip

    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_table_clicked(self, index) -> None:
        self.sig_open_board.emit(self.model.item(index.row()).account_id)


def _regions() -> list[str]:
    return sorted({value.split("/")[0] for value in known_values("region")})
