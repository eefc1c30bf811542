"""The Sales workspace: accounts slipping away (visit them), value-tier suggestions (accept or
reject), why customers leave (seed 004's three questions), and the whitespace grid."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.rules import board_cards, value_tiers
from kamdesk.rules.value_tiers import COST_COVERAGE, Wallet
from kamdesk.services import sales, sales_overview, tiers, value
from kamdesk.services.sales_overview import ChurnAnswers, SlippingRow
from kamdesk.services.tiers import TierSuggestion
from ui.common import i18n, labels, messages, operations, plain_text
from ui.common.operations import Changed
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item
from ui.sales.schedule_dialog import ScheduleVisitDialog


class SlippingModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("SlippingModel", "Account"),
        QT_TRANSLATE_NOOP("SlippingModel", "Last order"),
        QT_TRANSLATE_NOOP("SlippingModel", "Usually every"),
        QT_TRANSLATE_NOOP("SlippingModel", "Days since"),
        QT_TRANSLATE_NOOP("SlippingModel", "Times its interval"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r: SlippingRow = self._items[index.row()]
        days = self.tr("{n} days")
        late = (
            f"× {r.days_since / r.typical_days:.1f}" if r.typical_days else "—"
        )  # what the list is sorted by
        return (f"{r.code} {r.name}", r.last_order.isoformat(), days.format(n=f"{r.typical_days:g}"),
                days.format(n=r.days_since), late)[index.column()]  # fmt: skip


class TierModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TierModel", "Account"),
        QT_TRANSLATE_NOOP("TierModel", "Now"),
        QT_TRANSLATE_NOOP("TierModel", "Suggested"),
        QT_TRANSLATE_NOOP("TierModel", "Why"),
        QT_TRANSLATE_NOOP("TierModel", "Revenue, 12 months"),
        QT_TRANSLATE_NOOP("TierModel", "Net contribution"),
        QT_TRANSLATE_NOOP("TierModel", "Share of wallet"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s: TierSuggestion = self._items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.why(s) if index.column() == 3 else None
        wallet = f"{s.wallet.share:.0%}" if s.wallet else "—"
        contribution = s.value.net_contribution if s.value else None
        return (f"{s.code} {s.name}", labels.label("tier", s.current), labels.label("tier", s.suggested),
                self.why(s), labels.yuan(s.revenue_cents), labels.yuan(contribution), wallet)[index.column()]  # fmt: skip

    def why(self, s: TierSuggestion) -> str:
        """The reason, in the seeds' terms, with the figures behind it."""
        v, w = s.value, s.wallet
        if s.reason == "vip_profit":
            return self.tr("Among the accounts making {share:.0%} of the net contribution").format(
                share=s.share
            )
        if s.reason == "vip_revenue":
            return self.tr("Among the accounts making {share:.0%} of the revenue (too little cost data for "
                           "profit)").format(share=s.share)  # fmt: skip
        if s.reason == "negative" and v is not None:
            return self.tr("Costs more than it brings: gross profit {gross} - cost to serve {serve} = {net}").format(
                gross=labels.yuan(v.gross_profit), serve=labels.yuan(v.cost_to_serve), net=labels.yuan(v.net_contribution))  # fmt: skip
        if s.reason == "growth" and w is not None:
            return self.tr("Buys {share:.0%} of its estimated need from us: {potential} a year not yet").format(
                share=w.share, potential=labels.yuan(w.potential))  # fmt: skip
        if w is None:
            return self.tr("Not among the top accounts; record its estimated need to judge its growth")
        return self.tr(
            "Neither among the top accounts, costing more than it brings, nor a top growth potential"
        )


class WalletModel(ListTableModel):
    """Share of wallet (顾客份额): what each account buys from us of what it needs a year."""

    HEADERS = (
        QT_TRANSLATE_NOOP("WalletModel", "Account"),
        QT_TRANSLATE_NOOP("WalletModel", "Estimated need a year"),
        QT_TRANSLATE_NOOP("WalletModel", "Bought, 12 months"),
        QT_TRANSLATE_NOOP("WalletModel", "Share of wallet"),
        QT_TRANSLATE_NOOP("WalletModel", "Not yet from us"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        name, w = self._items[index.row()]
        return (name, labels.yuan(w.need), labels.yuan(w.bought), f"{w.share:.0%}", labels.yuan(w.potential))[
            index.column()
        ]


class WhitespaceModel(ListTableModel):
    """Accounts down, product lines across: ✓ where the account buys the line from us."""

    def set_grid(self, lines: list[str], buys: dict[int, set[str]], names: dict[int, str]) -> None:
        self._lines = lines
        self.set_items(
            sorted(((names.get(a, str(a)), bought) for a, bought in buys.items()), key=lambda x: x[0])
        )

    def columnCount(self, parent=None) -> int:
        return 1 + len(getattr(self, "_lines", []))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Account")
            return self._lines[section - 1] or self.tr("Unclassified")  # no product line in the ERP's file
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        name, bought = self._items[index.row()]
        if index.column() == 0:
            return name if role == Qt.ItemDataRole.DisplayRole else None
        has = self._lines[index.column() - 1] in bought
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if has else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#bbf7d0") if has else QColor("#fff4d6")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


@dataclass(frozen=True)
class SalesData:
    slipping: list[SlippingRow]
    tiers: list[TierSuggestion]
    coverage: float  # the share of the last twelve months' revenue whose cost is known
    rates_set: bool  # whether contacts and complaints are costed at all
    vip_share: float
    wallets: list[tuple[str, Wallet]]  # largest potential first
    churn: ChurnAnswers
    lines: list[str]
    buys: dict[int, set[str]]
    names: dict[int, str]


def read_sales() -> SalesData:
    """Everything the Sales page shows (on a worker thread: no widgets here)."""
    lines, buys = sales.whitespace()
    names = {row.account_id: f"{row.code} {row.name}" for row in sales_overview.account_names(list(buys))}
    year = value.trailing_year()  # one reading of the twelve months for the tiers, the wallets, the coverage
    wallets = year.wallets
    wallet_names = {r.account_id: f"{r.code} {r.name}" for r in sales_overview.account_names(list(wallets))}
    ranked = sorted(wallets.values(), key=lambda w: (-w.potential, wallet_names.get(w.account_id, "")))
    return SalesData(
        sales_overview.slipping_rows(),
        tiers.tier_suggestions(year=year),
        value_tiers.cost_coverage(year.values),
        value.rates_set(),
        value.vip_share(),
        [(wallet_names.get(w.account_id, str(w.account_id)), w) for w in ranked],
        sales_overview.churn_answers(),
        lines,
        buys,
        names,
    )


class SalesPage(QWidget):
    SHOWS = Changed.ORDERS | Changed.ACCOUNTS | Changed.LOYALTY | Changed.FOLLOW_UPS
    """Shown here, so read again when an action changes it: slipping accounts, tier suggestions, churn,
    whitespace."""
    sig_open_account = Signal(int)
    """The user wants to see an account; carries its id."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.slipping_model = SlippingModel(self)
        self.tier_model = TierModel(self)
        self.whitespace_model = WhitespaceModel(self)

        self.slipping_table = list_table(self.slipping_model)
        self.schedule_button = QPushButton(self.tr("Schedule a visit"))
        self.schedule_button.setProperty("role", "primary")
        slipping = QWidget()
        slipping_layout = QVBoxLayout(slipping)
        hint = PlainLabel(self.tr("Accounts past one and a half times their usual interval between orders. "
                              "When a customer starts to slip away, visit them."))  # fmt: skip
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        bar = QHBoxLayout()
        bar.addWidget(hint, 1)
        bar.addWidget(self.schedule_button)
        slipping_layout.addLayout(bar)
        slipping_layout.addWidget(self.slipping_table)

        self.tier_table = list_table(self.tier_model)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        for button in (self.accept_button, self.reject_button):
            button.setEnabled(user.is_manager)
        tiers = QWidget()
        tiers_layout = QVBoxLayout(tiers)
        tier_bar = QHBoxLayout()
        self.tier_hint = PlainLabel()
        self.tier_hint.setWordWrap(True)
        self.tier_hint.setProperty("role", "hint")
        tier_bar.addWidget(self.tier_hint, 1)
        tier_bar.addWidget(self.reject_button)
        tier_bar.addWidget(self.accept_button)
        tiers_layout.addLayout(tier_bar)
        tiers_layout.addWidget(self.tier_table)

        self.rate_label = PlainLabel()
        self.reasons_label = PlainLabel()
        self.loyalty_label = PlainLabel()
        for label in (self.rate_label, self.reasons_label, self.loyalty_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
        churn = QWidget()
        churn_layout = QGridLayout(churn)
        for column, (title, label) in enumerate((
            (self.tr("What is our churn rate?"), self.rate_label),
            (self.tr("Why do customers leave?"), self.reasons_label),
            (self.tr("How loyal are they?"), self.loyalty_label),
        )):  # fmt: skip
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(label)
            churn_layout.addWidget(box, 0, column)
        self.undated_box = QGroupBox(self.tr("Churned with no date: not counted"))
        self.undated_list = QListWidget()
        undated_hint = PlainLabel(self.tr("Marked churned before KAMDesk asked when and why. Open one "
                                          "(double-click) and use Complete churn… to count it."))  # fmt: skip
        undated_hint.setWordWrap(True)
        undated_hint.setProperty("role", "hint")
        undated_layout = QVBoxLayout(self.undated_box)
        undated_layout.addWidget(undated_hint)
        undated_layout.addWidget(self.undated_list)
        churn_layout.addWidget(self.undated_box, 1, 0, 1, 3)
        self.undated_list.itemDoubleClicked.connect(
            lambda item: self.sig_open_account.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        self.wallet_model = WalletModel(self)
        self.wallet_table = list_table(self.wallet_model)
        wallet = QWidget()
        wallet_layout = QVBoxLayout(wallet)
        wallet_hint = PlainLabel(self.tr("What each account buys from us of what it needs a year, as its rep "
                                         "estimated the need (Value tab of the account). The largest need not "
                                         "yet bought from us is the growth to dig out."))  # fmt: skip
        wallet_hint.setWordWrap(True)
        wallet_hint.setProperty("role", "hint")
        wallet_layout.addWidget(wallet_hint)
        wallet_layout.addWidget(self.wallet_table)

        self.whitespace_table = list_table(self.whitespace_model)
        whitespace = QWidget()
        whitespace_layout = QVBoxLayout(whitespace)
        ws_hint = PlainLabel(
            self.tr(
                "What each account buys from us (✓) and what it does not yet: the gaps are what to offer next."
            )
        )
        ws_hint.setProperty("role", "hint")
        whitespace_layout.addWidget(ws_hint)
        whitespace_layout.addWidget(self.whitespace_table)

        for table in (self.slipping_table, self.tier_table, self.wallet_table, self.whitespace_table):
            table.horizontalHeader().resizeSection(0, 300)
        tiers_header = (
            self.tier_table.horizontalHeader()
        )  # the reason is what a manager reads: it gets the room
        tiers_header.setStretchLastSection(False)
        for column in range(1, self.tier_model.columnCount()):
            tiers_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tiers_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tiers_header.resizeSection(0, 260)
        self.tier_table.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(slipping, self.tr("Slipping away"))
        self.tabs.addTab(tiers, self.tr("Value tiers"))
        self.tabs.addTab(wallet, self.tr("Share of wallet"))
        self.tabs.addTab(churn, self.tr("Churn"))
        self.tabs.addTab(whitespace, self.tr("Whitespace"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.schedule_button.clicked.connect(self._on_schedule_clicked)
        self.accept_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))

    def refresh(self) -> None:
        """Read the page's figures off the window's thread; they show when read."""
        operations.query(self, read_sales, self._show)

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _show(self, data: SalesData) -> None:
        self.slipping_model.set_items(data.slipping)
        self.tier_model.set_items(data.tiers)
        self.wallet_model.set_items(data.wallets)
        rules = self.tr("Growth: the largest need not yet bought from us. A slipping account is one to visit, "
                        "never negative for that alone. The tier stays a manager's decision.")  # fmt: skip
        if data.coverage >= COST_COVERAGE:
            basis = self.tr("VIP: the accounts making {share:.0%} of the net contribution (gross profit less "
                            "the cost to serve them) over 12 months. Negative: costing more than they bring.")  # fmt: skip
        else:
            basis = self.tr("VIP by revenue until cost arrives: only {covered:.0%} of the last 12 months' revenue "
                            "has its cost in the order lines, so nobody is judged negative yet. VIP: the accounts "
                            "making {share:.0%} of the revenue.")  # fmt: skip
        unset = "" if data.rates_set else " " + self.tr(
            "Contacts and complaints are not costed until a manager sets what they cost (Office > Value tiers, "
            "costs and service targets).")  # fmt: skip
        self.tier_hint.setText(
            basis.format(share=data.vip_share, covered=data.coverage) + " " + rules + unset
        )
        answers = data.churn
        self.rate_label.setText("\n".join(
            self.tr("{quarter}: {rate:.1%} ({churned} of {active})").format(
                quarter=r.period.label, rate=r.rate, churned=r.churned, active=r.active_at_start)
            for r in answers.rates
        ))  # fmt: skip
        surface = "\n".join(f"{reason}: {n}" for reason, n in answers.surface) or "—"
        deep = "\n".join(f"{reason}: {n}" for reason, n in answers.deep) or "—"
        steps = answers.steps
        language = i18n.current_language()
        none_of_ours = self.tr("None of ours")
        where = "\n".join(
            f"{board_cards.SHORT[s](language) if s != 'other' else none_of_ours}: {n} ({n / steps.named:.0%})"
            for s, n in sorted(steps.by_step.items(), key=lambda item: -item[1])
        ) or "—"  # fmt: skip
        at_a_step = self.tr("At a 1-2-4 step: {share:.0%} of those named (seed 004: nearly 70%)").format(
            share=steps.at_a_step) if steps.named else ""  # fmt: skip
        self.reasons_label.setText(
            self.tr("Surface reasons:") + f"\n{surface}\n\n" + self.tr("Deep reasons:") + f"\n{deep}\n\n"
            + self.tr("Where it failed:") + f"\n{where}" + (f"\n{at_a_step}" if at_a_step else "")
        )  # fmt: skip
        self.loyalty_label.setText(labels.distribution("loyalty", answers.loyalty))
        self.whitespace_model.set_grid(data.lines, data.buys, data.names)
        self.undated_list.clear()
        for account_id, code, name in answers.undated:
            item = QListWidgetItem(f"{code}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, account_id)
            self.undated_list.addItem(item)
        self.undated_box.setVisible(bool(answers.undated))

    @Slot()
    def _on_schedule_clicked(self) -> None:
        row = selected_item(self.slipping_table)
        if row is None:
            return
        dialog = ScheduleVisitDialog(row, self._user, self)
        dialog.accepted.connect(lambda: operations.announce(Changed.FOLLOW_UPS, source=self))
        dialog.open()

    def _decide(self, accept: bool) -> None:
        item = selected_item(self.tier_table)
        if item is None:
            return
        try:
            patiently(lambda: tiers.decide_tier(item, accept, actor=self._user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
            return
        self.refresh()
        if accept:
            operations.announce(Changed.ACCOUNTS, source=self)
