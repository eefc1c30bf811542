"""Who works at the office: add people, make someone a manager, deactivate someone who left.
Managers only; a person who left stays in the history under their name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.rules.vocab import Role
from kamdesk.services import people
from kamdesk.services.people import RepInfo
from ui.common import ask, labels, messages, plain_text
from ui.common.patience import patiently
from ui.common.screen_fit import resize_within_screen
from ui.common.table_model_base import ListTableModel, list_table


class PeopleModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleModel", "Role"),
        QT_TRANSLATE_NOOP("PeopleModel", "Status"),
    )
    _ACTIVE = QT_TRANSLATE_NOOP("PeopleModel", "Works here")
    _LEFT = QT_TRANSLATE_NOOP("PeopleModel", "Left")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rep: RepInfo = self._items[index.row()]
        if index.column() == 0:
            return rep.name
        if index.column() == 1:
            return labels.label("role", rep.role)
        return self.tr(self._ACTIVE) if rep.active else self.tr(self._LEFT)


class PeopleDialog(QDialog):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("People"))
        resize_within_screen(self, 480, 420)
        self.model = PeopleModel(self)
        self.table = list_table(self.model)
        self.add_button = QPushButton(self.tr("Add person…"))
        self.role_button = QPushButton()
        self.active_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.role_button.clicked.connect(self._on_role_clicked)
        self.active_button.clicked.connect(self._on_active_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        team = people.list_reps(active_only=False)
        self.model.set_items(team)
        row = next((i for i, p in enumerate(team) if p.id == select_id), 0)
        if team:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> RepInfo | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    @Slot()
    def _update_buttons(self, *_args) -> None:
        person = self.selected()
        self.role_button.setEnabled(person is not None)
        self.active_button.setEnabled(person is not None)
        if person is None:
            return
        self.role_button.setText(self.tr("Make a rep") if person.is_manager else self.tr("Make a manager"))
        self.active_button.setText(self.tr("Mark as left…") if person.active else self.tr("Back at work"))

    @Slot()
    def _on_add_clicked(self) -> None:
        name, ok = ask.text(self, self.tr("Add person"), self.tr("Name:"))
        if not ok:
            return
        try:
            person = patiently(lambda: people.create_rep(name, actor=self._user))
        except errors.ValidationError as exc:
            problem = messages.field_error(exc.errors.get("name", ""))
            text = self.tr("Name: {problem}").format(problem=problem)
            plain_text.warning(self, self.tr("Not added"), text)
            return
        self.refresh(person.id)

    @Slot()
    def _on_role_clicked(self) -> None:
        person = self.selected()
        role = Role.REP if person.is_manager else Role.MANAGER
        self._change(person, lambda: people.set_role(person.id, role, actor=self._user))

    @Slot()
    def _on_active_clicked(self) -> None:
        person = self.selected()
        if person.active:
            answer = plain_text.question(
                self,
                self.tr("Mark as left"),
                self.tr(
                    "{name} no longer works here? They stay in the history, but can no longer be chosen "
                    "as an owner or sign in. Hand their accounts over first (Office → Hand over accounts…)."
                ).format(name=person.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._change(person, lambda: people.set_active(person.id, not person.active, actor=self._user))

    def _change(self, person: RepInfo, change) -> None:
        try:
            patiently(change)
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not changed"), messages.describe(exc))
        self.refresh(person.id)
