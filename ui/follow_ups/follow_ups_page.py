"""My follow-ups (overdue, today, this week, later), the accounts due for contact, and the rebates
and promotions promised to my accounts that are overdue (guarantee 4: see that they are paid)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.services import feedback, follow_ups, incentives, people, relationships
from kamdesk.services.feedback import HandedOn
from kamdesk.services.follow_ups import DueAccount, FollowUpItem
from kamdesk.services.incentives import OverdueItem
from kamdesk.services.relationships import Birthday
from ui.common import ask, labels, messages, operations, plain_text
from ui.common.operations import Changed
from ui.common.owner_filter import OwnerFilter
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item
from ui.follow_ups.cadence_dialog import CadenceDialog

CONTENTS_PRECISION = 200  # column widths from the first 200 rows: measuring thousands stalls the window
BUCKET_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("FollowUpModel", "Overdue"),
    "today": QT_TRANSLATE_NOOP("FollowUpModel", "Today"),
    "this_week": QT_TRANSLATE_NOOP("FollowUpModel", "This week"),
    "next_week": QT_TRANSLATE_NOOP("FollowUpModel", "Next week"),
    "later": QT_TRANSLATE_NOOP("FollowUpModel", "Later"),
}
BUCKET_COLOURS = {"overdue": "#b42318", "today": "#9a6700"}


class FollowUpModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpModel", "When"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Account"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Owner"),
        QT_TRANSLATE_NOOP("FollowUpModel", "Next step"),
    )

    def set_items(self, items: list[FollowUpItem]) -> None:
        today = clock.today()
        self.beginResetModel()
        self._items = [(item.bucket(today), item) for item in items]
        self.endResetModel()

    def item(self, row: int) -> FollowUpItem:
        return self._items[row][1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        bucket, item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            bucket_text = self.tr(BUCKET_LABELS[bucket])
            return (bucket_text, item.due_on.isoformat(), item.account_name, item.owner, item.text)[
                index.column()
            ]
        if role == Qt.ItemDataRole.ForegroundRole and bucket in BUCKET_COLOURS:
            return QColor(BUCKET_COLOURS[bucket])
        return None


class DueAccountModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("DueAccountModel", "Account"),
        QT_TRANSLATE_NOOP("DueAccountModel", "Tier"),
        QT_TRANSLATE_NOOP("DueAccountModel", "Last contact"),
        QT_TRANSLATE_NOOP("DueAccountModel", "Every"),
        QT_TRANSLATE_NOOP("DueAccountModel", "Overdue by"),
        QT_TRANSLATE_NOOP("DueAccountModel", "Owner"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        due: DueAccount = self._items[index.row()]
        never = self.tr("never")
        days = self.tr("{n} days")
        return (
            due.name, labels.label("tier", due.tier),
            due.last_contact.strftime("%Y-%m-%d") if due.last_contact else never,
            days.format(n=due.cadence_days), days.format(n=due.overdue_days), due.owner,
        )[index.column()]  # fmt: skip


# What the page reads: my follow-ups, the accounts due for contact, the team, the overdue incentives
# and the complaints handed on to be fixed.
Read = tuple[list[FollowUpItem], list[DueAccount], list[tuple[int, str]], list[OverdueItem], list[HandedOn],
             list[Birthday]]  # fmt: skip


class BirthdayModel(ListTableModel):
    """Seed 002: 客户不是上帝,而是朋友 — a friend remembers a birthday."""

    HEADERS = (
        QT_TRANSLATE_NOOP("BirthdayModel", "Birthday"),
        QT_TRANSLATE_NOOP("BirthdayModel", "Who"),
        QT_TRANSLATE_NOOP("BirthdayModel", "Account"),
        QT_TRANSLATE_NOOP("BirthdayModel", "Interests"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        b: Birthday = self._items[index.row()]
        who = f"{b.contact} ({b.title})" if b.title else b.contact
        when = self.tr("today") if b.day == clock.today() else f"{b.day:%m-%d}"
        return (when, who, b.account, b.interests)[index.column()]


class HandedOnModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("HandedOnModel", "Fix by"),
        QT_TRANSLATE_NOOP("HandedOnModel", "Account"),
        QT_TRANSLATE_NOOP("HandedOnModel", "Department"),
        QT_TRANSLATE_NOOP("HandedOnModel", "Complaint"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: HandedOn = self._items[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and item.handle_by < clock.today():
            return QColor(BUCKET_COLOURS["overdue"])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(item.handle_by), item.account, labels.label("department", item.department), item.text)[
            index.column()
        ]


class OverdueIncentiveModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("OverdueIncentiveModel", "Account"),
        QT_TRANSLATE_NOOP("OverdueIncentiveModel", "Kind"),
        QT_TRANSLATE_NOOP("OverdueIncentiveModel", "What was agreed"),
        QT_TRANSLATE_NOOP("OverdueIncentiveModel", "Due"),
        QT_TRANSLATE_NOOP("OverdueIncentiveModel", "Not paid"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item: OverdueItem = self._items[index.row()]
        a = item.standing.agreement
        return (f"{item.code} {item.name}", labels.label("incentive_kind", a.kind), a.title, str(a.due_on),
                labels.yuan(item.standing.outstanding_cents))[index.column()]  # fmt: skip


class FollowUpsPage(QWidget):
    SHOWS = (Changed.FOLLOW_UPS | Changed.VISITS | Changed.ACCOUNTS | Changed.PEOPLE | Changed.SETTINGS
             | Changed.ORDERS | Changed.FEEDBACK)  # fmt: skip
    """Shown here, so read again when an action changes it: follow-ups, accounts past their cadence."""
    sig_open_account = Signal(int)
    """The user wants to see an account; carries its id."""
    sig_log_visit = Signal(int)
    """The user wants to log a visit to an account; carries its id."""

    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.follow_up_model = FollowUpModel(self)
        self.due_model = DueAccountModel(self)

        self.owner_combo = OwnerFilter(user)
        self.done_button = QPushButton(self.tr("Mark done…"))
        self.reassign_button = QPushButton(self.tr("Reassign…"))
        self.open_button = QPushButton(self.tr("Open account"))
        self.follow_up_table = list_table(self.follow_up_model)
        self.follow_up_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.follow_up_table.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
        self.follow_up_table.horizontalHeader().setStretchLastSection(True)
        self.follow_up_summary = PlainLabel()
        self.follow_up_summary.setProperty("role", "subheading")

        top_bar = QHBoxLayout()
        top_bar.addWidget(self.follow_up_summary)
        top_bar.addStretch()
        top_bar.addWidget(self.owner_combo)
        top_bar.addWidget(self.open_button)
        top_bar.addWidget(self.reassign_button)
        top_bar.addWidget(self.done_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top_bar)
        upper_layout.addWidget(self.follow_up_table)

        self.due_summary = PlainLabel()
        self.due_summary.setProperty("role", "subheading")
        self.log_visit_button = QPushButton(self.tr("Log visit…"))
        self.log_visit_button.setProperty("role", "primary")
        self.cadence_button = QPushButton(self.tr("Contact cadence…"))
        self.cadence_button.setVisible(user.is_manager)
        self.due_table = list_table(self.due_model)
        self.due_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.due_table.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
        self.due_table.horizontalHeader().setStretchLastSection(True)
        due_bar = QHBoxLayout()
        due_bar.addWidget(self.due_summary)
        due_bar.addStretch()
        due_bar.addWidget(self.cadence_button)
        due_bar.addWidget(self.log_visit_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(due_bar)
        lower_layout.addWidget(self.due_table)

        self.handed_model = HandedOnModel(self)
        self.handed_table = list_table(self.handed_model)
        self.handed_summary = PlainLabel()
        self.handed_summary.setProperty("role", "subheading")
        self.handed_part = QWidget()
        handed_layout = QVBoxLayout(self.handed_part)
        handed_layout.setContentsMargins(0, 0, 0, 0)
        handed_layout.addWidget(self.handed_summary)
        handed_layout.addWidget(self.handed_table)

        self.incentive_model = OverdueIncentiveModel(self)
        self.incentive_table = list_table(self.incentive_model)
        self.incentive_summary = PlainLabel()
        self.incentive_summary.setProperty("role", "subheading")
        self.open_incentive_button = QPushButton(self.tr("Open account"))
        incentive_bar = QHBoxLayout()
        incentive_bar.addWidget(self.incentive_summary)
        incentive_bar.addStretch()
        incentive_bar.addWidget(self.open_incentive_button)
        self.incentives_part = QWidget()
        incentives_layout = QVBoxLayout(self.incentives_part)
        incentives_layout.setContentsMargins(0, 0, 0, 0)
        incentives_layout.addLayout(incentive_bar)
        incentives_layout.addWidget(self.incentive_table)

        for table in (self.handed_table, self.incentive_table):  # the account's name whole, the rest after it
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
            table.horizontalHeader().setStretchLastSection(True)

        self.birthday_model = BirthdayModel(self)
        self.birthday_table = list_table(self.birthday_model)
        self.birthday_summary = PlainLabel()
        self.birthday_summary.setProperty("role", "subheading")
        self.birthdays_part = QWidget()
        birthdays_layout = QVBoxLayout(self.birthdays_part)
        birthdays_layout.setContentsMargins(0, 0, 0, 0)
        birthdays_layout.addWidget(self.birthday_summary)
        birthdays_layout.addWidget(self.birthday_table)
        self.birthday_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.birthday_table.horizontalHeader().setStretchLastSection(True)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.addWidget(self.handed_part)
        splitter.addWidget(self.incentives_part)
        splitter.addWidget(self.birthdays_part)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._connect_signals()
        # filled by refresh(), which the main window calls each time it shows the page

    def _connect_signals(self) -> None:
        self.owner_combo.currentIndexChanged.connect(self._on_owner_changed)
        self.done_button.clicked.connect(self._on_done_clicked)
        self.reassign_button.clicked.connect(self._on_reassign_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.follow_up_table.doubleClicked.connect(self._on_open_clicked)
        self.log_visit_button.clicked.connect(self._on_log_visit_clicked)
        self.due_table.doubleClicked.connect(self._on_log_visit_clicked)
        self.cadence_button.clicked.connect(self._on_cadence_clicked)
        self.open_incentive_button.clicked.connect(self._on_open_incentive_clicked)
        self.incentive_table.doubleClicked.connect(self._on_open_incentive_clicked)
        self.birthday_table.doubleClicked.connect(
            lambda index: self.sig_open_account.emit(self.birthday_model.item(index.row()).account_id)
        )
        self.handed_table.doubleClicked.connect(
            lambda index: self.sig_open_account.emit(self.handed_model.item(index.row()).account_id)
        )

    def refresh(self) -> None:
        """Read the follow-ups and the accounts due for contact off the window's thread."""
        owner, today, me, user = self.owner_combo.owner(), clock.today(), self._user.id, self._user

        def read() -> Read:
            mine = follow_ups.open_follow_ups(owner_id=owner)
            team = [(r.id, r.name) for r in people.list_reps() if r.id != me]
            owed = incentives.overdue_items(today, owner_id=owner)
            handed = feedback.handed_to(owner)
            birthdays = relationships.birthdays(user, owner, today)
            return mine, follow_ups.due_for_contact(today, owner_id=owner), team, owed, handed, birthdays

        operations.query(self, read, self._show)

    def is_busy(self) -> bool:
        return operations.busy(self)

    def _show(self, read: Read) -> None:
        items, due, team, owed, handed, birthdays = read
        self.birthday_model.set_items(birthdays)
        coming = self.tr("Birthdays in the next two weeks: {n}").format(n=len(birthdays))
        self.birthday_summary.setText(coming)
        self.birthdays_part.setVisible(bool(birthdays))
        self.handed_model.set_items(handed)
        self.handed_summary.setText(self.tr("Complaints handed to be fixed: {n}").format(n=len(handed)))
        self.handed_part.setVisible(bool(handed))
        self.incentive_model.set_items(owed)
        self.incentive_summary.setText(self.tr("Rebates and promotions overdue: {n}").format(n=len(owed)))
        self.incentives_part.setVisible(bool(owed))
        self.owner_combo.set_people(team)
        self.follow_up_model.set_items(items)
        overdue = sum(1 for i in items if i.bucket(clock.today()) == "overdue")
        summary = (
            self.tr("Open follow-ups: {n} ({overdue} overdue)").format(n=len(items), overdue=overdue)
            if overdue
            else self.tr("Open follow-ups: {n}").format(n=len(items))  # never "(0 overdue)"
        )
        self.follow_up_summary.setText(summary)
        self.due_model.set_items(due)
        self.due_summary.setText(self.tr("Accounts due for contact: {n}").format(n=len(due)))

    def _selected_follow_up(self) -> FollowUpItem | None:
        return selected_item(self.follow_up_table)

    @Slot()
    def _on_owner_changed(self, *_args) -> None:
        self.refresh()

    @Slot()
    def _on_done_clicked(self) -> None:
        item = self._selected_follow_up()
        if item is None:
            return
        note, ok = ask.lines(
            self,
            self.tr("Follow-up done"),
            plain_text.literal(self.tr("Done: {text}\nWhat came of it? (optional)").format(text=item.text)),
        )
        if not ok:
            return
        try:
            patiently(lambda: follow_ups.complete(item.id, note, actor=self._user))
        except (errors.ConflictError, errors.NotFoundError) as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
        self.refresh()
        operations.announce(Changed.FOLLOW_UPS, source=self)

    @Slot()
    def _on_reassign_clicked(self) -> None:
        item = self._selected_follow_up()
        if item is None:
            return
        team = people.list_reps()
        names = [r.name for r in team]
        current = names.index(item.owner) if item.owner in names else 0
        name, ok = ask.item(self, self.tr("Reassign follow-up"), self.tr("Who should do it?"), names, current)
        if not ok:
            return
        to_id = team[names.index(name)].id
        patiently(lambda: follow_ups.reassign(item.id, to_id, actor=self._user))
        self.refresh()
        operations.announce(Changed.FOLLOW_UPS, source=self)

    @Slot()
    def _on_open_clicked(self, *_args) -> None:
        item = self._selected_follow_up()
        if item is not None:
            self.sig_open_account.emit(item.account_id)

    @Slot()
    def _on_open_incentive_clicked(self, *_args) -> None:
        if (item := selected_item(self.incentive_table)) is not None:
            self.sig_open_account.emit(item.account_id)

    @Slot()
    def _on_log_visit_clicked(self, *_args) -> None:
        if (due := selected_item(self.due_table)) is not None:
            self.sig_log_visit.emit(due.account_id)

    @Slot()
    def _on_cadence_clicked(self) -> None:
        if CadenceDialog(self._user, self).exec():
            self.refresh()
            operations.announce(Changed.SETTINGS, source=self)
