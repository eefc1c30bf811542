"""An account's Deliveries tab (guarantee 3, seed 000: 交货及时、足量(包括紧急需要时); 随时了解大客户的
销售与库存情况): on time in full over 90 days and 12 months against the office's target, the delivery
issues recorded, and its product lines' stock and peak months."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk.actor import Actor
from kamdesk.rules.delivery import DeliveryFigures, months_text
from kamdesk.services import delivery
from kamdesk.services.delivery import AccountDeliveries, Issue, Stock
from ui.accounts.account_tab import AccountTab
from ui.accounts.delivery_dialogs import DeliveryIssueDialog, StockDialog
from ui.common import labels, operations
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item


class IssueModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("IssueModel", "When"),
        QT_TRANSLATE_NOOP("IssueModel", "What went wrong"),
        QT_TRANSLATE_NOOP("IssueModel", "Urgent"),
        QT_TRANSLATE_NOOP("IssueModel", "Days late"),
        QT_TRANSLATE_NOOP("IssueModel", "Order"),
        QT_TRANSLATE_NOOP("IssueModel", "Note"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        i: Issue = self._items[index.row()]
        urgent = self.tr("Urgent") if i.urgent else ""
        late = "" if i.days_late is None else str(i.days_late)
        problem = labels.label("delivery_problem", i.problem)
        return (str(i.occurred_on), problem, urgent, late, i.order_ref, i.note)[index.column()]


class StockModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("StockModel", "Product line"),
        QT_TRANSLATE_NOOP("StockModel", "Peak months"),
        QT_TRANSLATE_NOOP("StockModel", "Stock (weeks)"),
        QT_TRANSLATE_NOOP("StockModel", "Noted on"),
        QT_TRANSLATE_NOOP("StockModel", "Note"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s: Stock = self._items[index.row()]
        weeks = "" if s.stock_weeks is None else f"{s.stock_weeks:g}"
        return (s.product_line, months_text(s.peak_months), weeks, str(s.noted_on or ""),
                s.stock_note)[index.column()]  # fmt: skip


class DeliveryPanel(AccountTab):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(user, parent)
        self.recent_label, self.year_label = PlainLabel(), PlainLabel()
        for label in (self.recent_label, self.year_label):
            label.setWordWrap(True)
        figures = QGroupBox(self.tr("On time and in full (guarantee 3)"))
        figures_layout = QVBoxLayout(figures)
        figures_layout.addWidget(self.recent_label)
        figures_layout.addWidget(self.year_label)

        self.issue_model = IssueModel(self)
        self.issue_table = list_table(self.issue_model)
        self.issue_button = QPushButton(self.tr("Record delivery issue…"))
        issues = QGroupBox(self.tr("Delivery issues"))
        issues_layout = QVBoxLayout(issues)
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.issue_button)
        issues_layout.addLayout(bar)
        issues_layout.addWidget(self.issue_table)

        self.stock_model = StockModel(self)
        self.stock_table = list_table(self.stock_model)
        self.stock_button = QPushButton(self.tr("Note stock and season…"))
        self.stock_button.setToolTip(
            self.tr("What they hold of a product line, and when their peak season is")
        )
        stock = QGroupBox(self.tr("Their stock and peak season"))
        stock_layout = QVBoxLayout(stock)
        stock_bar = QHBoxLayout()
        stock_bar.addStretch()
        stock_bar.addWidget(self.stock_button)
        stock_layout.addLayout(stock_bar)
        stock_layout.addWidget(self.stock_table)

        layout = QVBoxLayout(self)
        layout.addWidget(figures)
        layout.addWidget(issues, 1)
        layout.addWidget(stock, 1)
        self.issue_button.clicked.connect(self._on_issue_clicked)
        self.stock_button.clicked.connect(self._on_stock_clicked)
        self.stock_table.doubleClicked.connect(self._on_stock_clicked)
        self._update_buttons()

    def show_account(self, account_id: int | None, *, read_only: bool = False) -> None:
        """Read the account's deliveries off the window's thread; they show when read."""
        self._account_id, self._read_only = account_id, read_only
        self._update_buttons()
        if account_id is None:
            self.issue_model.set_items([])
            self.stock_model.set_items([])
            return
        operations.query(self, lambda: delivery.account_deliveries(account_id), self._show)

    def _show(self, read: AccountDeliveries) -> None:
        self.recent_label.setText(self._figures_text(self.tr("Last 90 days"), read.recent, read.target))
        self.year_label.setText(self._figures_text(self.tr("Last 12 months"), read.year, read.target))
        self.issue_model.set_items(read.issues)
        self.stock_model.set_items(read.stock)

    def _figures_text(self, period: str, figures: DeliveryFigures, target: int) -> str:
        if not figures.lines:
            text = self.tr(
                "{period}: no order line with a promised date (要求交期) in the ERP's files."
            ).format(period=period)
        else:
            text = self.tr(
                "{period}: {share:.0%} of {n} lines on time and in full (target {target}%)."
            ).format(period=period, share=figures.otif, n=figures.lines, target=target)
            if figures.urgent:
                text += " " + self.tr("Urgent orders met: {met} of {n}.").format(
                    met=figures.urgent_met, n=figures.urgent
                )
            if figures.average_days_late is not None:
                text += " " + self.tr("A late line came {days:.1f} days late on average.").format(
                    days=figures.average_days_late
                )
        if figures.issues:
            text += " " + self.tr("Delivery issues recorded: {n}.").format(n=figures.issues)
        return text

    def _update_buttons(self) -> None:
        usable = self._account_id is not None and not self._read_only
        self.issue_button.setEnabled(usable)
        self.stock_button.setEnabled(usable)

    @Slot()
    def _on_issue_clicked(self) -> None:
        if self._account_id is not None and not self._read_only:
            dialog = DeliveryIssueDialog(self._account_id, self._user, self)
            self._open(dialog)

    @Slot()
    def _on_stock_clicked(self, *_args) -> None:
        if self._account_id is None or self._read_only:
            return
        chosen = selected_item(self.stock_table)
        line = chosen.product_line if chosen is not None else ""
        dialog = StockDialog(self._account_id, self._user, line, self)
        self._open(dialog)
