"""An account's Value tab: what it brought the office over the last twelve months and what it cost
to serve (seed 001: VIP creates the most profit; seed 003: high sales at a thin margin is not the
key account we need), its share of wallet, and the rebates and promotions promised to it
(guarantee 4), with what is owed, paid and overdue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import incentives, satisfaction, value
from kamdesk.services.incentives import IncentiveDraft, Standing
from kamdesk.services.satisfaction import Survey
from kamdesk.services.value import AccountWorth
from ui.accounts.account_tab import AccountTab
from ui.accounts.value_dialogs import IncentiveDialog, NeedDialog
from ui.common import labels, messages, operations, plain_text
from ui.common.flow_layout import FlowLayout
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item

STATES = {
    "open": QT_TRANSLATE_NOOP("IncentiveModel", "Not due yet"),
    "overdue": QT_TRANSLATE_NOOP("IncentiveModel", "Overdue"),
    "paid": QT_TRANSLATE_NOOP("IncentiveModel", "Paid"),
    "paid_late": QT_TRANSLATE_NOOP("IncentiveModel", "Paid late"),
}


class IncentiveModel(ListTableModel):
    HEADERS = (  # what a rep looks for first comes first: the pane is narrow on a laptop
        QT_TRANSLATE_NOOP("IncentiveModel", "What was agreed"),
        QT_TRANSLATE_NOOP("IncentiveModel", "State"),
        QT_TRANSLATE_NOOP("IncentiveModel", "Owed"),
        QT_TRANSLATE_NOOP("IncentiveModel", "Paid"),
        QT_TRANSLATE_NOOP("IncentiveModel", "Due"),
        QT_TRANSLATE_NOOP("IncentiveModel", "Kind"),
        QT_TRANSLATE_NOOP("IncentiveModel", "Period"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s: Standing = self._items[index.row()]
        a = s.agreement
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and s.overdue:
            return QColor("#b3261e")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        rule = f"{a.rate_percent:g}% {a.product_line}".strip() if a.rate_percent is not None else ""
        what = f"{a.title} ({rule})" if rule else a.title
        period = f"{a.starts_on} – {a.ends_on}"
        return (what, self.tr(STATES[s.state]), labels.yuan(s.owed_cents), labels.yuan(s.paid_cents) if a.paid_on else "",
                str(a.due_on), labels.label("incentive_kind", a.kind), period)[index.column()]  # fmt: skip


@dataclass(frozen=True)
class _Read:
    worth: AccountWorth
    standings: list[Standing]
    surveys: list[Survey]


class ValuePanel(AccountTab):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(user, parent)
        self.figures = {key: PlainLabel() for key in ("revenue", "gross", "serve", "net")}
        self.basis_label = PlainLabel()
        self.basis_label.setProperty("role", "hint")
        self.basis_label.setWordWrap(True)
        self.worth_box = worth = QGroupBox(self.tr("Last 12 months"))
        grid = QGridLayout(worth)
        for row, (key, caption) in enumerate((
            ("revenue", self.tr("Revenue")), ("gross", self.tr("Gross profit")),
            ("serve", self.tr("Cost to serve")), ("net", self.tr("Net contribution")),
        )):  # fmt: skip
            grid.addWidget(PlainLabel(caption), row, 0)
            self.figures[key].setWordWrap(True)
            grid.addWidget(self.figures[key], row, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.basis_label, 4, 0, 1, 2)

        self.wallet_label = PlainLabel()
        self.wallet_label.setWordWrap(True)
        self.need_button = QPushButton(self.tr("Record estimated need…"))
        wallet = QGroupBox(self.tr("Share of wallet"))
        wallet_layout = QHBoxLayout(wallet)
        wallet_layout.addWidget(self.wallet_label, 1)
        wallet_layout.addWidget(self.need_button)

        self.model = IncentiveModel(self)
        self.table = list_table(self.model)
        self.table.setMinimumHeight(120)
        self.new_button = QPushButton(self.tr("New agreement…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.incentive_hint = PlainLabel()
        self.incentive_hint.setProperty("role", "hint")
        self.incentive_hint.setWordWrap(True)
        bar = FlowLayout()
        bar.addWidget(self.incentive_hint)
        bar.addWidget(self.remove_button, trailing=True)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.new_button)
        deals = QGroupBox(self.tr("Rebates and promotions (guarantee 4)"))
        deals_layout = QVBoxLayout(deals)
        deals_layout.addLayout(bar)
        deals_layout.addWidget(self.table)

        self.satisfaction_label = PlainLabel()
        self.satisfaction_label.setWordWrap(True)
        surveys = QGroupBox(self.tr("Satisfaction (the latest surveys)"))
        QVBoxLayout(surveys).addWidget(self.satisfaction_label)

        layout = QVBoxLayout(self)
        layout.addWidget(worth)
        layout.addWidget(wallet)
        layout.addWidget(surveys)
        layout.addWidget(deals, 1)
        self.need_button.clicked.connect(self._on_need_clicked)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def show_account(self, account_id: int | None, *, read_only: bool = False) -> None:
        """Read the account's figures off the window's thread; they show when read."""
        self._account_id, self._read_only = account_id, read_only
        self._update_buttons()
        if account_id is None:
            self.model.set_items([])
            return
        operations.query(
            self,
            lambda: _Read(
                value.account_worth(account_id),
                incentives.standings([account_id]),
                satisfaction.history(account_id),
            ),
            self._show,
        )

    def _show(self, read: _Read) -> None:
        w, v = read.worth, read.worth.value
        self.worth_box.setTitle(
            self.tr("Last 12 months ({since} – {until})").format(since=w.since, until=w.until)
        )
        self.figures["revenue"].setText(labels.yuan(v.revenue))
        if v.revenue and v.profit_known:
            self.figures["gross"].setText(self.tr("{gross} ({margin:.1%} margin)").format(
                gross=labels.yuan(v.gross_profit), margin=v.margin))  # fmt: skip
            self.basis_label.setText("")
        elif v.revenue:
            self.figures["gross"].setText("—")
            self.basis_label.setText(self.tr("Cost is known for {covered:.0%} of its revenue: its profit is not "
                                             "judged until the order lines carry the cost.").format(covered=v.cost_coverage))  # fmt: skip
        else:
            self.figures["gross"].setText("—")
            self.basis_label.setText(self.tr("No sales in the last 12 months."))
        if not w.rates_set:
            unset = self.tr("Contacts and complaints cost nothing here until a manager sets what they cost "
                            "(Office > Value tiers, costs and service targets).")  # fmt: skip
            self.basis_label.setText(" ".join(t for t in (self.basis_label.text(), unset) if t))
        self.basis_label.setVisible(bool(self.basis_label.text()))
        self.figures["serve"].setText(self.tr("{total} (rebates and promotions paid {paid}, contacts {contacts}, "
                                              "complaints {complaints})").format(
            total=labels.yuan(v.cost_to_serve), paid=labels.yuan(v.incentives_paid), contacts=labels.yuan(v.contacts_cost),
            complaints=labels.yuan(v.complaints_cost)))  # fmt: skip
        self.figures["net"].setText(labels.yuan(v.net_contribution))
        if w.wallet is not None and w.estimates:
            e = w.estimates[0]
            self.wallet_label.setText(self.tr("Needs {need} a year ({source}, {day}); bought {bought} from us in 12 "
                                              "months: {share:.0%}. Not yet from us: {potential}.").format(
                need=labels.yuan(e.annual_cents), source=e.source, day=e.estimated_on, bought=labels.yuan(w.wallet.bought),
                share=w.wallet.share, potential=labels.yuan(w.wallet.potential)))  # fmt: skip
        else:
            self.wallet_label.setText(self.tr("No estimate of its annual need yet: how much of our product lines "
                                              "does it buy a year, from us and from others?"))  # fmt: skip
        self.satisfaction_label.setText(
            "\n".join(f"{s.surveyed_on}: {labels.label('satisfaction', s.overall)}" + (f" ({s.contact})" if s.contact else "")
                      for s in read.surveys[:3])
            or self.tr("No survey yet: Satisfaction… asks it (seed 002: only the very satisfied buy again six times as readily).")
        )  # fmt: skip
        self.model.set_items(read.standings)
        overdue = [s for s in read.standings if s.overdue]
        self.incentive_hint.setText(
            self.tr("{n} overdue: {owed} not paid.").format(n=len(overdue), owed=labels.yuan(sum(s.outstanding_cents for s in overdue)))
            if overdue else ""
        )  # fmt: skip
        self._update_buttons()

    def _selected(self) -> Standing | None:
        return selected_item(self.table)

    @Slot()
    def _update_buttons(self, *_args) -> None:
        usable = self._account_id is not None and not self._read_only
        self.need_button.setEnabled(usable)
        self.new_button.setEnabled(usable)
        self.edit_button.setEnabled(usable and self._selected() is not None)
        self.remove_button.setEnabled(usable and self._selected() is not None)

    @Slot()
    def _on_need_clicked(self) -> None:
        if self._account_id is not None:
            dialog = NeedDialog(self._account_id, self._user, self)
            self._open(dialog)

    @Slot()
    def _on_new_clicked(self) -> None:
        if self._account_id is not None:
            self.open_agreement(IncentiveDraft(self._account_id))

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        chosen = self._selected()
        if chosen is not None and not self._read_only:
            self.open_agreement(chosen.agreement)

    def open_agreement(self, draft: IncentiveDraft) -> IncentiveDialog:
        dialog = IncentiveDialog(draft, self._user, self)
        return self._open(dialog)

    @Slot()
    def _on_remove_clicked(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen.agreement.id is None:
            return
        answer = plain_text.question(self, self.tr("Remove agreement"), self.tr(
            "Remove “{title}”? Only for one entered by mistake: the change history keeps it.").format(
            title=chosen.agreement.title))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        agreement_id = chosen.agreement.id
        try:
            patiently(lambda: incentives.remove(agreement_id, actor=self._user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not removed"), messages.describe(exc))
            return
        self._changed()
