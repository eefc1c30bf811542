"""The dialogs of an account's Relationships tab: one of our people facing one of theirs, a joint
team, a team's meeting, and the personal notes on a key person (owner and managers only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kamdesk.actor import Actor
from kamdesk.services import contacts, people, relationships
from kamdesk.services.relationships import CounterpartDraft, TeamDraft
from ui.common.form_helpers import FormDialog, coded_combo, date_edit, set_combo_data

ID_ROLE = Qt.ItemDataRole.UserRole


def _their_people(account_id: int) -> list[tuple[int, str]]:
    return [(c.id, c.name + (f" ({c.title})" if c.title else "")) for c in contacts.list_contacts(account_id)]


class CounterpartDialog(FormDialog):
    """Seeds 001, 002: our people facing theirs, each tie with how often they meet and how strong it is."""

    def __init__(self, account_id: int, user: Actor, draft: CounterpartDraft | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._user, self._draft = user, draft
        self.setWindowTitle(self.tr("Our person facing theirs"))
        self.their_combo = QComboBox()
        for contact_id, name in _their_people(account_id):
            self.their_combo.addItem(name, contact_id)
        self.our_combo = QComboBox()
        self.our_combo.setEditable(True)
        self._reps = {r.name: r.id for r in people.list_reps() if r.active}
        self.our_combo.addItems(list(self._reps))
        self.our_combo.setCurrentText("")
        self.our_combo.lineEdit().setPlaceholderText(self.tr("One of us, or a colleague's name"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. finance manager, logistics manager"))
        self.meets_combo = coded_combo("meeting_frequency")
        self.strength_combo = coded_combo("strength")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(60)
        for caption, field, widget in (
            (self.tr("Their person"), "contact_id", self.their_combo),
            (self.tr("Our person"), "our_name", self.our_combo),
            (self.tr("Our person's role"), "our_title", self.title_edit),
            (self.tr("They meet"), "meets", self.meets_combo),
            (self.tr("Relationship"), "strength", self.strength_combo),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)
        if draft is not None:
            set_combo_data(self.their_combo, draft.contact_id)
            self.our_combo.setCurrentText(draft.our_name)
            self.title_edit.setText(draft.our_title)
            set_combo_data(self.meets_combo, draft.meets)
            set_combo_data(self.strength_combo, draft.strength)
            self.note_edit.setPlainText(draft.note)

    def _save(self) -> None:
        name = self.our_combo.currentText().strip()
        relationships.save_counterpart(CounterpartDraft(
            self.their_combo.currentData(), name, self._reps.get(name), self.title_edit.text(),
            self.meets_combo.currentData(), self.strength_combo.currentData(), self.note_edit.toPlainText(),
            self._draft.id if self._draft else None,
        ), actor=self._user)  # fmt: skip


def _check_list(items: list[tuple[int, str]], chosen: tuple[int, ...]) -> QListWidget:
    widget = QListWidget()
    widget.setMaximumHeight(110)
    for value, text in items:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, value)
    return widget


def _checked(widget: QListWidget) -> tuple[int, ...]:
    items = [widget.item(i) for i in range(widget.count())]
    return tuple(i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked)


class TeamDialog(FormDialog):
    """Seed 001: for a strategic account, a joint team of both companies' people with a purpose."""

    def __init__(self, account_id: int, user: Actor, draft: TeamDraft | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._account_id, self._user = account_id, user
        self._draft = draft or TeamDraft(account_id)
        self.setWindowTitle(self.tr("Joint team"))
        self.name_edit = QLineEdit(self._draft.name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Joint supply-chain team"))
        self.purpose_edit = QPlainTextEdit(self._draft.purpose)
        self.purpose_edit.setFixedHeight(56)
        self.meets_combo = coded_combo("meeting_frequency")
        set_combo_data(self.meets_combo, self._draft.meets)
        self.theirs_list = _check_list(_their_people(account_id), self._draft.their_contact_ids)
        self.ours_list = _check_list(
            [(r.id, r.name) for r in people.list_reps() if r.active], self._draft.our_rep_ids
        )
        self.others_edit = QLineEdit("、".join(self._draft.our_others))
        self.others_edit.setPlaceholderText(self.tr("Colleagues outside KAMDesk, separated by commas"))
        self.others_edit.setToolTip(self.others_edit.placeholderText())
        for caption, field, widget in (
            (self.tr("Name"), "name", self.name_edit),
            (self.tr("Purpose"), "purpose", self.purpose_edit),
            (self.tr("Meets"), "meets", self.meets_combo),
            (self.tr("Their people"), "members", self.theirs_list),
            (self.tr("Our people"), "our_rep_ids", self.ours_list),
            (self.tr("Other colleagues"), "our_others", self.others_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        others = tuple(n for n in self.others_edit.text().replace("、", ",").replace("，", ",").split(","))
        draft = TeamDraft(
            self._account_id,
            self.name_edit.text(),
            self.purpose_edit.toPlainText(),
            self.meets_combo.currentData(),
            _checked(self.theirs_list),
            _checked(self.ours_list),
            others,
            self._draft.id,
        )
        relationships.save_team(draft, actor=self._user)


class MeetingDialog(FormDialog):
    def __init__(self, teams: list[relationships.Team], user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("Joint team meeting"))
        self.team_combo = QComboBox()
        for team in teams:
            self.team_combo.addItem(team.draft.name, team.draft.id)
        self.date_edit = date_edit()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What was decided"))
        self.note_edit.setFixedHeight(70)
        for caption, field, widget in (
            (self.tr("Team"), "team", self.team_combo),
            (self.tr("Met on"), "met_on", self.date_edit),
            (self.tr("Note"), "note", self.note_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)

    def _save(self) -> None:
        relationships.record_meeting(self.team_combo.currentData(), self.date_edit.date().toPython(),
                                     self.note_edit.toPlainText(), actor=self._user)  # fmt: skip


class PersonalDialog(FormDialog):
    """Seed 002: 客户不是上帝,而是朋友. Birthday, interests and family occasions of a key person, seen
    by the account's owner and the managers only."""

    def __init__(self, account_id: int, user: Actor, contact_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("Personal notes (you and the managers only)"))
        self.contact_combo = QComboBox()
        for value, name in _their_people(account_id):
            self.contact_combo.addItem(name, value)
        set_combo_data(self.contact_combo, contact_id)
        self.month_box, self.day_box = QSpinBox(), QSpinBox()
        self.month_box.setRange(0, 12)
        self.month_box.setSpecialValueText(self.tr("(month)"))
        self.month_box.setSuffix(self.tr(" month"))
        self.day_box.setRange(0, 31)
        self.day_box.setSpecialValueText(self.tr("(day)"))
        self.day_box.setSuffix(self.tr(" day"))
        birthday = QWidget()
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.month_box)
        row.addWidget(self.day_box)
        self.interests_edit = QPlainTextEdit()
        self.interests_edit.setPlaceholderText(self.tr("e.g. golf, tea, follows football"))
        self.interests_edit.setFixedHeight(56)
        self.family_edit = QPlainTextEdit()
        self.family_edit.setPlaceholderText(self.tr("e.g. daughter's college exam in June"))
        self.family_edit.setFixedHeight(56)
        for caption, field, widget in (
            (self.tr("Person"), "contact_id", self.contact_combo),
            (self.tr("Birthday"), "birthday", birthday),
            (self.tr("Interests"), "interests", self.interests_edit),
            (self.tr("Family occasions"), "family", self.family_edit),
        ):
            self.errors.add_row(self.form, caption, field, widget)
        self.contact_combo.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self, *_args) -> None:
        found = relationships.personal(self.contact_combo.currentData(), actor=self._user)
        month, day = found.birthday if found and found.birthday else (0, 0)
        self.month_box.setValue(month)
        self.day_box.setValue(day)
        self.interests_edit.setPlainText(found.interests if found else "")
        self.family_edit.setPlainText(found.family if found else "")

    def _save(self) -> None:
        month, day = self.month_box.value(), self.day_box.value()
        birthday = (month, day) if month and day else None
        relationships.save_personal(
            self.contact_combo.currentData(), birthday, self.interests_edit.toPlainText(),
            self.family_edit.toPlainText(), actor=self._user,
        )  # fmt: skip
