"""Finding new key accounts (seed 003), the rep's weekly workspace: the call list ranked by score with
each prospect's scorecard, trigger events and calls beside it, and how many prospects convert."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.actor import Actor
from kamdesk.rules.scorecard import Targets
from kamdesk.rules.vocab import ProspectResult
from kamdesk.services import conversion, people, prospects
from kamdesk.services.conversion import Conversion, Rate
from kamdesk.services.prospects import CallItem, CallListRow, TriggerItem
from ui.common import labels, operations
from ui.common.flow_layout import FlowLayout
from ui.common.operations import Changed
from ui.common.owner_filter import OwnerFilter
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import scrolled
from ui.common.table_model_base import ListTableModel, list_table, selected_item
from ui.prospects.prospect_dialogs import LogCallDialog, TriggerDialog
from ui.prospects.prospect_form import ProspectForm
from ui.prospects.scorecard_view import ScorecardView
from ui.prospects.targets_dialog import TargetsDialog

CRITERION_NAMES = {
    "industry": QT_TRANSLATE_NOOP("ProspectsPage", "industry"),
    "title": QT_TRANSLATE_NOOP("ProspectsPage", "title"),
    "territory": QT_TRANSLATE_NOOP("ProspectsPage", "territory"),
}


class CallListModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("CallListModel", "#"),
        QT_TRANSLATE_NOOP("CallListModel", "Score"),
        QT_TRANSLATE_NOOP("CallListModel", "Company"),
        QT_TRANSLATE_NOOP("CallListModel", "Industry"),
        QT_TRANSLATE_NOOP("CallListModel", "Territory"),
        QT_TRANSLATE_NOOP("CallListModel", "Person to call"),
        QT_TRANSLATE_NOOP("CallListModel", "Title"),
        QT_TRANSLATE_NOOP("CallListModel", "Trigger event"),
        QT_TRANSLATE_NOOP("CallListModel", "Last call"),
        QT_TRANSLATE_NOOP("CallListModel", "Owner"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: CallListRow = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(index.row(), row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and (
            row.card.set_aside or row.result != ProspectResult.OPEN
        ):
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 1):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _cells(self, number: int, row: CallListRow) -> tuple:
        trigger = row.card.trigger
        trigger_text = (
            f"{trigger.happened_on:%Y-%m-%d} {labels.label('trigger_kind', trigger.kind)}" if trigger else ""
        )
        if row.last_called:
            last = f"{row.last_called:%Y-%m-%d} {labels.label('call_outcome', row.last_outcome)}"
        else:
            last = self.tr("not called yet")
        if row.result != ProspectResult.OPEN:
            rank = labels.label("prospect_result", row.result)
        elif row.card.set_aside:
            rank = self.tr("set aside")
        else:
            rank = str(number + 1)
        return (
            rank, f"{row.card.total}/{row.card.most}", row.name, row.industry, row.region, row.contact,
            row.title, trigger_text, last, row.owner,
        )  # fmt: skip


class TriggerModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TriggerModel", "When"),
        QT_TRANSLATE_NOOP("TriggerModel", "Kind"),
        QT_TRANSLATE_NOOP("TriggerModel", "What happened"),
        QT_TRANSLATE_NOOP("TriggerModel", "Source"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        t: TriggerItem = self._items[index.row()]
        return (t.happened_on.isoformat(), labels.label("trigger_kind", t.kind), t.what, t.source)[
            index.column()
        ]


class CallModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("CallModel", "When"),
        QT_TRANSLATE_NOOP("CallModel", "Outcome"),
        QT_TRANSLATE_NOOP("CallModel", "Who"),
        QT_TRANSLATE_NOOP("CallModel", "Note"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c: CallItem = self._items[index.row()]
        return (f"{c.called_at:%Y-%m-%d %H:%M}", labels.label("call_outcome", c.outcome), c.rep, c.note)[
            index.column()
        ]


class RateModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("RateModel", "Group"),
        QT_TRANSLATE_NOOP("RateModel", "Worked"),
        QT_TRANSLATE_NOOP("RateModel", "Won"),
        QT_TRANSLATE_NOOP("RateModel", "Rate"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rate: Rate = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            key = rate.key or self.tr("(not given)")
            return (key, str(rate.worked), str(rate.won), f"{rate.rate:.0%}")[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            return QColor("#1a7f37" if rate.on_target else "#b42318")
        return None


class ProspectsPage(QWidget):
    SHOWS = Changed.PROSPECTS | Changed.ACCOUNTS | Changed.CONTACTS | Changed.PEOPLE | Changed.SETTINGS
    """Shown here, so read again when an action changes it: the call list, scores by the targets,
    conversion."""
    sig_open_account = Signal(int)
    """The user wants to see a won prospect's account; carries its id."""
    sig_import = Signal()
    """The user asked to import a prospect list."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._selected_id: int | None = None
        self.owner_combo = OwnerFilter(user)
        self.set_aside_check = QCheckBox(self.tr("Show set-aside"))
        self.closed_check = QCheckBox(self.tr("Show won and lost"))
        self.new_button = QPushButton(self.tr("New prospect…"))
        self.new_button.setProperty("role", "primary")
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.targets_button = QPushButton(self.tr("My targets…"))
        self.office_targets_button = QPushButton(self.tr("Office targets…"))
        self.office_targets_button.setVisible(user.is_manager)
        self.targets_label = PlainLabel()
        self.targets_label.setWordWrap(True)
        self.targets_label.setProperty("role", "hint")
        top = FlowLayout()  # wraps on a narrow window instead of cutting the buttons' words
        heading = PlainLabel(self.tr("Finding new key accounts"))
        heading.setProperty("role", "heading")
        top.addWidget(heading)
        for n, widget in enumerate((self.owner_combo, self.set_aside_check, self.closed_check, self.import_button,
                                    self.targets_button, self.office_targets_button, self.new_button)):  # fmt: skip
            top.addWidget(widget, trailing=n == 0)

        self.call_model = CallListModel(self)
        self.call_table = list_table(self.call_model)
        self.call_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.call_summary = PlainLabel()
        self.call_summary.setProperty("role", "subheading")
        self.call_summary.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.call_summary)
        left_layout.addWidget(self.call_table)

        self.detail_title = PlainLabel()
        self.detail_title.setProperty("role", "subheading")
        self.detail_title.setWordWrap(True)
        self.detail_state = PlainLabel()
        self.detail_state.setWordWrap(True)
        self.scorecard = ScorecardView()
        self.log_call_button = QPushButton(self.tr("Log call…"))
        self.log_call_button.setProperty("role", "primary")
        self.trigger_button = QPushButton(self.tr("Add trigger event…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.open_account_button = QPushButton(self.tr("Open account"))
        actions = FlowLayout()
        for button in (self.log_call_button, self.trigger_button, self.edit_button, self.open_account_button):
            actions.addWidget(button)
        self.trigger_model = TriggerModel(self)
        self.trigger_table = list_table(self.trigger_model)
        self.trigger_table.setMaximumHeight(120)
        self.call_history_model = CallModel(self)
        self.call_history_table = list_table(self.call_history_model)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail_state)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.scorecard)
        right_layout.addWidget(PlainLabel(self.tr("Trigger events")))
        right_layout.addWidget(self.trigger_table)
        right_layout.addWidget(PlainLabel(self.tr("Calls")))
        right_layout.addWidget(self.call_history_table, 1)
        self.call_history_table.setMinimumHeight(120)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(
            scrolled(right)
        )  # the prospect's scorecard, triggers and calls: taller than a laptop
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.conversion_summary = PlainLabel()
        self.conversion_summary.setProperty("role", "heading")
        self.conversion_summary.setWordWrap(True)
        self.conversion_advice = PlainLabel()
        self.conversion_advice.setWordWrap(True)
        self.industry_model = RateModel(self)
        self.title_model = RateModel(self)
        self.industry_table = list_table(self.industry_model)
        self.title_table = list_table(self.title_model)
        tables = QHBoxLayout()
        for caption, table in (
            (self.tr("By industry"), self.industry_table),
            (self.tr("By title"), self.title_table),
        ):
            box = QVBoxLayout()
            box.addWidget(PlainLabel(caption))
            box.addWidget(table)
            tables.addLayout(box)
        conversion_tab = QWidget()
        conversion_layout = QVBoxLayout(conversion_tab)
        conversion_layout.addWidget(self.conversion_summary)
        conversion_layout.addWidget(self.conversion_advice)
        conversion_layout.addLayout(tables, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Call list"))
        self.tabs.addTab(conversion_tab, self.tr("Conversion"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.targets_label)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()
        # filled by refresh(), which the main window calls each time it shows the page

    def _connect_signals(self) -> None:
        self.owner_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.set_aside_check.toggled.connect(self._on_filter_changed)
        self.closed_check.toggled.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.import_button.clicked.connect(self.sig_import)
        self.targets_button.clicked.connect(self._on_targets_clicked)
        self.office_targets_button.clicked.connect(self._on_office_targets_clicked)
        self.call_table.selectionModel().currentRowChanged.connect(self._on_call_table_current_changed)
        self.call_table.doubleClicked.connect(self._on_log_call_clicked)
        self.log_call_button.clicked.connect(self._on_log_call_clicked)
        self.trigger_button.clicked.connect(self._on_trigger_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.open_account_button.clicked.connect(self._on_open_account_clicked)

    def refresh(self) -> None:
        """Read the call list, the targets it is scored with and the conversion off the window's
        thread; they show when read."""
        owner, aside, closed = (
            self.owner_combo.owner(),
            self.set_aside_check.isChecked(),
            self.closed_check.isChecked(),
        )

        me = self._user.id

        def read() -> tuple[list[CallListRow], prospects.TargetsInfo, Conversion, list[tuple[int, str]]]:
            rows = prospects.call_list(owner, include_set_aside=aside, include_closed=closed)
            if owner is None:
                info = prospects.TargetsInfo(prospects.office_targets(), False)
            else:
                info = prospects.targets_for(owner)
            team = [(r.id, r.name) for r in people.list_reps() if r.id != me]
            return rows, info, conversion.conversion(owner), team

        operations.query(self, read, lambda found: self._show(owner, *found))

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _show(
        self,
        owner: int | None,
        rows: list[CallListRow],
        info: prospects.TargetsInfo,
        found: Conversion,
        team: list[tuple[int, str]],
    ) -> None:
        self.owner_combo.set_people(team)
        self.call_model.set_items(rows)
        on_list = sum(1 for r in rows if not r.card.set_aside and r.result == ProspectResult.OPEN)
        self.call_summary.setText(
            self.tr("Call list: {n} prospects, highest score first. Call from the top.").format(n=on_list)
        )
        self._show_targets(owner, info)
        self._show_conversion(found)
        ids = [r.account_id for r in rows]
        if self._selected_id in ids:
            self.call_table.selectRow(ids.index(self._selected_id))
        elif rows:
            self.call_table.selectRow(0)
        else:
            self._show_detail(None)

    def select_prospect(self, account_id: int) -> None:
        self._selected_id = account_id
        self.refresh()

    def _show_targets(self, owner: int | None, info: prospects.TargetsInfo) -> None:
        if owner is None:
            whose = self.tr("the office's")
        else:
            whose = self.tr("own") if info.own else self.tr("the office's default")
        t: Targets = info.targets
        if not t.industries:
            self.targets_label.setText(
                self.tr("No targets yet: every prospect is set aside. Set the targets first (My targets…).")
            )
            return
        kinds = ", ".join(labels.label("trigger_kind", k) for k in t.trigger_kinds) or "-"
        self.targets_label.setText(
            self.tr("Scored with {whose} targets. Industries: {industries} (weight {wi}) · Titles: {titles} "
                    "(weight {wt}) · Territories: {territories} (weight {wr}) · Trigger events: {kinds} "
                    "(weight {wg})").format(
                whose=whose, industries=", ".join(t.industries), titles=", ".join(t.titles),
                territories=", ".join(t.territories), kinds=kinds, wi=t.weights["industry"],
                wt=t.weights["title"], wr=t.weights["territory"], wg=t.weights["trigger"],
            )
        )  # fmt: skip

    def _show_conversion(self, found: Conversion) -> None:
        overall = found.overall
        self.industry_model.set_items(found.by_industry)
        self.title_model.set_items(found.by_title)
        if not overall.worked:
            self.conversion_summary.setText(self.tr("No prospect has been called yet."))
            self.conversion_advice.setText(
                self.tr("The target is at least 1 paying customer in every 10 prospects called.")
            )
            return
        self.conversion_summary.setText(
            self.tr("{won} of {worked} prospects called became customers: {rate:.0%}. Target: at least 1 in 10.")
            .format(won=overall.won, worked=overall.worked, rate=overall.rate)
        )  # fmt: skip
        if not found.below_target:
            self.conversion_advice.setText(self.tr("On target. Keep calling from the top of the list."))
        elif found.weakest:
            worst = "; ".join(
                self.tr("{criterion} {key}: {won} of {worked}").format(
                    criterion=self.tr(CRITERION_NAMES[w.criterion]), key=w.rate.key, won=w.rate.won,
                    worked=w.rate.worked)
                for w in found.weakest[:4]
            )  # fmt: skip
            self.conversion_advice.setText(
                self.tr("Below target. These targets convert worst: {worst}. Refine them (step 6): replace "
                        "or drop the weakest, then talk to a few customers about why they buy.").format(worst=worst)
            )  # fmt: skip
        else:
            self.conversion_advice.setText(
                self.tr("Below target, but no target has {n} prospects called yet to tell which one to refine. "
                        "Keep calling.").format(n=conversion.MIN_WORKED)
            )  # fmt: skip
        self.conversion_advice.setStyleSheet("color: #b42318;" if found.below_target else "")

    def _current(self) -> CallListRow | None:
        return selected_item(self.call_table)

    @Slot()
    def _on_call_table_current_changed(self, current, _previous) -> None:
        row = self.call_model.item(current.row()) if current.isValid() else None
        self._selected_id = row.account_id if row else None
        self._show_detail(row)

    def _show_detail(self, row: CallListRow | None) -> None:
        for button in (self.log_call_button, self.trigger_button, self.edit_button):
            button.setEnabled(row is not None and row.result != ProspectResult.WON)
        self.open_account_button.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("No prospect selected"))
            self.detail_state.clear()
            self.scorecard.show_card(None)
            self.trigger_model.set_items([])
            self.call_history_model.set_items([])
            return
        person = f" · {row.contact} ({row.title})" if row.contact else ""
        phone = f" · {row.phone}" if row.phone else ""
        self.detail_title.setText(f"{row.name}{person}{phone}")
        if row.result == ProspectResult.WON:
            state = self.tr("Won: now an active account. Its history stays with it.")
        elif row.result == ProspectResult.LOST:
            state = self.tr("Lost. Log another call to put it back on the list.")
        elif row.card.set_aside:
            names = ", ".join(self.tr(CRITERION_NAMES[k]) for k in row.card.set_aside_because)
            state = self.tr("Set aside: outside the targets ({which}). Not deleted: change the targets or the "
                            "prospect and it returns.").format(which=names)  # fmt: skip
        else:
            state = self.tr("Score {total} of {most}.").format(total=row.card.total, most=row.card.most)
        self.detail_state.setText(state)
        self.scorecard.show_card(row.card)
        self.trigger_model.set_items(prospects.triggers(row.account_id))
        self.call_history_model.set_items(prospects.calls(row.account_id))

    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_new_clicked(self) -> None:
        form = ProspectForm(self._user, parent=self)
        if form.exec() and form.saved:
            self.select_prospect(form.saved.id)
            operations.announce(Changed.PROSPECTS | Changed.ACCOUNTS, source=self)

    @Slot()
    def _on_edit_clicked(self) -> None:
        row = self._current()
        if row is None:
            return
        form = ProspectForm(self._user, prospects.get_prospect(row.account_id), self)
        if form.exec():
            self.refresh()
            operations.announce(Changed.PROSPECTS | Changed.ACCOUNTS, source=self)

    @Slot()
    def _on_log_call_clicked(self, *_args) -> None:
        row = self._current()
        if row is None or row.result == ProspectResult.WON:
            return
        dialog = LogCallDialog(row.account_id, row.name, self._user, self)
        if dialog.exec():
            if dialog.result_text != ProspectResult.OPEN and not self.closed_check.isChecked():
                self._selected_id = None
            self.refresh()
            won = dialog.result_text == ProspectResult.WON  # a won prospect is an active account now
            operations.announce(
                Changed.PROSPECTS | (Changed.ACCOUNTS if won else Changed.NOTHING), source=self
            )

    @Slot()
    def _on_trigger_clicked(self) -> None:
        row = self._current()
        if row is not None and TriggerDialog(row.account_id, row.name, self._user, self).exec():
            self.refresh()
            operations.announce(Changed.PROSPECTS, source=self)

    @Slot()
    def _on_open_account_clicked(self) -> None:
        row = self._current()
        if row is not None:
            self.sig_open_account.emit(row.account_id)

    @Slot()
    def _on_targets_clicked(self) -> None:
        owner = self.owner_combo.owner()
        rep_id = owner if owner is not None and self._user.is_manager else self._user.id
        name = people.get_rep(rep_id).name
        if TargetsDialog(self._user, rep_id, name, self).exec():
            self.refresh()
            operations.announce(Changed.SETTINGS, source=self)

    @Slot()
    def _on_office_targets_clicked(self) -> None:
        if TargetsDialog(self._user, None, parent=self).exec():
            self.refresh()
