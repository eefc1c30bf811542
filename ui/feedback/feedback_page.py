"""The office's complaint / praise ledger with its filters, and how loyal the customers are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.vocab import FeedbackStatus
from kamdesk.services import feedback, loyalty, people, topics
from kamdesk.services.feedback import LedgerFilter, LedgerItem
from kamdesk.services.loyalty import Movement
from kamdesk.services.topics import TopicShare
from ui.common import ask, labels, messages, operations, plain_text
from ui.common.flow_layout import FlowLayout
from ui.common.form_helpers import filter_combo, refill_people
from ui.common.operations import Changed
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item

MINE = -1
STATUS_COLOURS = {FeedbackStatus.OPEN: "#b42318", FeedbackStatus.RESOLVED: "#1a7f37"}


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


class LedgerModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Date"),
        QT_TRANSLATE_NOOP("LedgerModel", "Account"),
        QT_TRANSLATE_NOOP("LedgerModel", "Kind"),
        QT_TRANSLATE_NOOP("LedgerModel", "Concerns"),
        QT_TRANSLATE_NOOP("LedgerModel", "What was said"),
        QT_TRANSLATE_NOOP("LedgerModel", "From"),
        QT_TRANSLATE_NOOP("LedgerModel", "Status"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e: LedgerItem = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                e.noted_on.isoformat(), e.account_name, labels.label("ledger_kind", e.kind),
                labels.label("guarantee", e.guarantee), e.text, e.contact,
                labels.label("ledger_status", e.status),
            )[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and e.status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[e.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_text.literal(e.text + (f"\n→ {e.resolution}" if e.resolution else ""))
        return None


class MovementModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("MovementModel", "Account"),
        QT_TRANSLATE_NOOP("MovementModel", "Was"),
        QT_TRANSLATE_NOOP("MovementModel", "Now"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m: Movement = self._items[index.row()]
        return (m.name, labels.label("loyalty", m.before), labels.label("loyalty", m.after))[index.column()]


TYPING_PAUSE_MS = 250


class TopicModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TopicModel", "Topic"),
        QT_TRANSLATE_NOOP("TopicModel", "Accounts"),
        QT_TRANSLATE_NOOP("TopicModel", "Share"),
        QT_TRANSLATE_NOOP("TopicModel", "Acted on"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t: TopicShare = self._items[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{code}: {text}" for code, text in t.quotes[:12]) + (
                f"\n→ {t.action}" if t.action else ""
            )
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and t.worth_acting:
            return QColor("#b42318")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (t.name, t.accounts, f"{t.share:.0%}", str(t.acted_on) if t.acted_on else "")[index.column()]


class FeedbackPage(QWidget):
    SHOWS = Changed.FEEDBACK | Changed.LOYALTY | Changed.ACCOUNTS | Changed.VISITS | Changed.PEOPLE
    """Shown here, so read again when an action changes it: entries, loyalty movements, owners."""
    sig_open_account = Signal(int)
    """The user wants to see an account; carries its id."""

    PERIODS = (
        ("all", QT_TRANSLATE_NOOP("FeedbackPage", "All time")),
        ("quarter", QT_TRANSLATE_NOOP("FeedbackPage", "This quarter")),
        ("90", QT_TRANSLATE_NOOP("FeedbackPage", "Last 90 days")),
        ("year", QT_TRANSLATE_NOOP("FeedbackPage", "This year")),
    )

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.model = LedgerModel(self)
        self.movement_model = MovementModel(self)

        self.account_filter = QLineEdit()
        self.account_filter.setPlaceholderText(self.tr("Account code or name"))
        self.account_filter.setClearButtonEnabled(True)
        self.kind_filter = filter_combo(self.tr("All kinds"), labels.options("ledger_kind"))
        self.guarantee_filter = filter_combo(
            self.tr("All, whatever they concern"), labels.options("guarantee")
        )
        self.status_filter = filter_combo(self.tr("Any status"), labels.options("ledger_status"))
        # the people come with the data (refresh)
        self.owner_filter = filter_combo(self.tr("All owners"), [(MINE, self.tr("My accounts"))])
        self.period_filter = QComboBox()
        for code, text in self.PERIODS:
            self.period_filter.addItem(self.tr(text), code)
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.topic_button = QPushButton(self.tr("Topic…"))
        self.topic_button.setToolTip(self.tr("Which of the office's topics it is about"))
        self.hand_on_button = QPushButton(self.tr("Hand on…"))
        self.hand_on_button.setToolTip(
            self.tr("To the department that must fix it, one person there, by a date")
        )
        self.answered_button = QPushButton(self.tr("Answered"))
        self.answered_button.setToolTip(self.tr("The customer was answered; the fix may take longer"))
        self.open_button = QPushButton(self.tr("Open account"))
        self.count_label = PlainLabel()
        self.count_label.setProperty("role", "hint")
        self.table = list_table(self.model)
        for column, width in enumerate((88, 220, 70, 120, 320, 80)):
            self.table.horizontalHeader().resizeSection(column, width)

        filters = FlowLayout()
        filters.addWidget(self.account_filter)
        self._filter_combos = (
            self.kind_filter, self.guarantee_filter, self.status_filter,
            self.owner_filter, self.period_filter,
        )  # fmt: skip
        for combo in self._filter_combos:
            filters.addWidget(combo)
        self.account_filter.setMinimumWidth(160)
        bottom = FlowLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.open_button, trailing=True)
        bottom.addWidget(self.topic_button)
        bottom.addWidget(self.answered_button)
        bottom.addWidget(self.hand_on_button)
        bottom.addWidget(self.resolve_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(bottom)

        self.distribution_label = PlainLabel()
        self.distribution_label.setWordWrap(True)
        distribution_box = QGroupBox(self.tr("Loyalty of active accounts"))
        QVBoxLayout(distribution_box).addWidget(self.distribution_label)
        self.movement_table = list_table(self.movement_model)
        self.movement_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.movement_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        moved_box = QGroupBox(self.tr("Moved down this quarter"))
        QVBoxLayout(moved_box).addWidget(self.movement_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(distribution_box)
        right_layout.addWidget(moved_box, 1)
        self.topic_model = TopicModel(self)
        self.topic_table = list_table(self.topic_model)
        self.topic_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.topic_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.new_topic_button = QPushButton(self.tr("New topic…"))
        self.acted_button = QPushButton(self.tr("Acted on…"))
        for button in (self.new_topic_button, self.acted_button):
            button.setVisible(user.is_manager)
        hint = self.tr("What many customers ask for (seed 004: when a change helps 60% of the customers, "
                       "make it). Tag a suggestion with Topic…")  # fmt: skip
        topics_hint = PlainLabel(hint)
        topics_hint.setWordWrap(True)
        topics_hint.setProperty("role", "hint")
        topic_buttons = QHBoxLayout()
        topic_buttons.addStretch()
        topic_buttons.addWidget(self.acted_button)
        topic_buttons.addWidget(self.new_topic_button)
        topics_box = QGroupBox(self.tr("Topics customers raise"))
        topics_layout = QVBoxLayout(topics_box)
        topics_layout.addWidget(topics_hint)
        topics_layout.addWidget(self.topic_table)
        topics_layout.addLayout(topic_buttons)
        right_layout.addWidget(topics_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        right.setMinimumWidth(300)  # the moved-down names and the topics stay readable on a laptop
        splitter.setSizes([900, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for combo in self._filter_combos:
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self._typing = QTimer(self)  # one reading when the typing pauses, not one per key
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self.account_filter.textChanged.connect(self._typing.start)
        self.resolve_button.clicked.connect(self._on_resolve_clicked)
        self.hand_on_button.clicked.connect(self._on_hand_on_clicked)
        self.topic_button.clicked.connect(self._on_topic_clicked)
        self.new_topic_button.clicked.connect(self._on_new_topic_clicked)
        self.acted_button.clicked.connect(self._on_acted_clicked)
        self.answered_button.clicked.connect(self._on_answered_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.table.doubleClicked.connect(self._on_open_clicked)
        self.movement_table.doubleClicked.connect(self._on_movement_double_clicked)
        # filled by refresh(), which the main window calls each time it shows the page

    def current_filter(self) -> LedgerFilter:
        today = clock.today()
        since = {
            "all": None, "quarter": quarter_start(today), "90": today - dt.timedelta(days=90),
            "year": dt.date(today.year, 1, 1),
        }[self.period_filter.currentData()]  # fmt: skip
        owner = self.owner_filter.currentData()
        return LedgerFilter(
            kind=self.kind_filter.currentData(),
            guarantee=self.guarantee_filter.currentData(),
            status=self.status_filter.currentData(),
            owner_id=self._user.id if owner == MINE else owner,
            since=since,
            account_text=self.account_filter.text(),
        )

    def show_account(self, name: str) -> None:
        """Narrow the list to one account (from the account's own page)."""
        self.account_filter.setText(name)

    def refresh(self) -> None:
        """Read the entries the filters ask for, the loyalty mix and this quarter's movements off the
        window's thread; they show when read."""
        wanted, since = self.current_filter(), quarter_start(clock.today()) - dt.timedelta(days=1)

        def read() -> tuple[list[LedgerItem], dict[str, int], list, list[tuple[int, str]], list[TopicShare]]:
            team = [(r.id, r.name) for r in people.list_reps(active_only=False)]
            return (
                feedback.entries(wanted),
                loyalty.distribution(),
                loyalty.moved_down(since),
                team,
                topics.shares(),
            )

        operations.query(self, read, self._show)

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _show(
        self, read: tuple[list[LedgerItem], dict[str, int], list, list[tuple[int, str]], list[TopicShare]]
    ) -> None:
        items, counts, moved, team, shares = read
        self.topic_model.set_items(shares)
        refill_people(self.owner_filter, 2, team)  # after "All owners" and "My accounts"
        self.model.set_items(items)
        open_count = sum(1 for i in items if i.status == FeedbackStatus.OPEN)
        self.count_label.setText(self.tr("{n} entries, {open} open").format(n=len(items), open=open_count))
        self.distribution_label.setText(labels.distribution("loyalty", counts))
        self.movement_model.set_items(moved)

    def _selected(self) -> LedgerItem | None:
        return selected_item(self.table)

    @Slot()
    def _on_filter_changed(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_topic_clicked(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        choices = [(None, self.tr("(none)")), *topics.names()]
        name, ok = ask.item(self, self.tr("Topic"), plain_text.literal(entry.text),
                                        [text for _, text in choices], 0)  # fmt: skip
        if not ok:
            return
        topic_id = next(i for i, text in choices if text == name)
        self._act(lambda: topics.tag(entry.id, topic_id, actor=self._user))

    @Slot()
    def _on_new_topic_clicked(self) -> None:
        name, ok = ask.text(self, self.tr("New topic"), self.tr("What customers ask for, in a few words:"))
        if ok:
            self._act(lambda: topics.add_topic(name, actor=self._user))

    @Slot()
    def _on_acted_clicked(self) -> None:
        topic = selected_item(self.topic_table)
        if topic is None:
            return
        asked = self.tr("What did the office change for “{name}”?").format(name=topic.name)
        action, ok = ask.text(self, self.tr("Acted on"), asked)
        if ok:
            self._act(lambda: topics.mark_acted(topic.id, clock.today(), action, actor=self._user))

    def _act(self, change) -> None:
        try:
            patiently(change)
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
            return
        self._after_change()

    @Slot()
    def _on_hand_on_clicked(self) -> None:
        entry = self._selected()
        if entry is None or entry.status != FeedbackStatus.OPEN:
            return
        from ui.feedback.hand_on_dialog import HandOnDialog

        dialog = HandOnDialog(entry.id, entry.text, self._user, self)
        dialog.accepted.connect(self._after_change)
        dialog.open()

    @Slot()
    def _on_answered_clicked(self) -> None:
        entry = self._selected()
        if entry is None or entry.status != FeedbackStatus.OPEN:
            return
        try:
            patiently(lambda: feedback.mark_responded(entry.id, actor=self._user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
            return
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        operations.announce(Changed.FEEDBACK | Changed.FOLLOW_UPS, source=self)

    @Slot()
    def _on_resolve_clicked(self) -> None:
        entry = self._selected()
        if entry is None or entry.status != FeedbackStatus.OPEN:
            return
        text, ok = ask.text(
            self,
            self.tr("Resolve"),
            plain_text.literal(self.tr("{text}\nHow was it resolved?").format(text=entry.text)),
        )
        if not ok:
            return
        try:
            patiently(lambda: feedback.resolve(entry.id, text, actor=self._user))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not resolved"), messages.describe(exc))
            return
        self.refresh()
        operations.announce(Changed.FEEDBACK, source=self)

    @Slot()
    def _on_open_clicked(self, *_args) -> None:
        entry = self._selected()
        if entry is not None:
            self.sig_open_account.emit(entry.account_id)

    @Slot()
    def _on_movement_double_clicked(self, index) -> None:
        self.sig_open_account.emit(self.movement_model.item(index.row()).account_id)
