"""Who is using this seat? Asked once per database; on an empty office, also how to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import demo, errors
from kamdesk.actor import Actor
from kamdesk.services import people
from kamdesk.services.people import RepInfo
from ui.common import messages
from ui.common.form_helpers import FieldErrors
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel

NEW_PERSON = -1
DEMO_ACCOUNTS = 300


class FirstRunDialog(QDialog):
    def __init__(self, team: list[RepInfo], office_is_empty: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to KAMDesk"))
        self.setMinimumWidth(460)
        self.rep: RepInfo | None = None
        self.errors = FieldErrors()

        intro = PlainLabel(self.tr("Who is using this seat?"))
        intro.setProperty("role", "heading")
        self.person_combo = QComboBox()
        for person in team:
            self.person_combo.addItem(person.name, person.id)
        self.person_combo.addItem(self.tr("Someone new…"), NEW_PERSON)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name, e.g. 王芳"))
        self.manager_hint = PlainLabel(self.tr("The first person in the office is its manager."))
        self.manager_hint.setProperty("role", "hint")
        self.manager_hint.setVisible(not team)

        form = QFormLayout()
        if team:
            form.addRow(self.tr("I am"), self.person_combo)
        self.errors.add_row(form, self.tr("Name"), "name", self.name_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.manager_hint)

        self.empty_radio = QRadioButton(self.tr("Start with an empty office"))
        self.demo_radio = QRadioButton(
            self.tr("Load demo data (a sample office of {n} key accounts)").format(n=DEMO_ACCOUNTS)
        )
        self.start_group = QButtonGroup(self)
        self.start_group.addButton(self.empty_radio)
        self.start_group.addButton(self.demo_radio)
        self.empty_radio.setChecked(True)
        if office_is_empty:
            start = PlainLabel(self.tr("How do you want to start?"))
            start.setProperty("role", "subheading")
            layout.addWidget(start)
            layout.addWidget(self.empty_radio)
            layout.addWidget(self.demo_radio)
        else:
            self.empty_radio.hide()
            self.demo_radio.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.person_combo.currentIndexChanged.connect(self._on_person_changed)
        self._on_person_changed()

    @Slot()
    def _on_person_changed(self, *_args) -> None:
        is_new = self.person_combo.currentData() == NEW_PERSON
        self.name_edit.setEnabled(is_new)
        if is_new:
            self.name_edit.setFocus()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        chosen = self.person_combo.currentData()
        if chosen == NEW_PERSON:
            try:
                name = self.name_edit.text()
                self.rep = patiently(lambda: people.create_rep(name, actor=Actor.newcomer()))
            except errors.ValidationError as exc:
                self.errors.show(exc.errors, messages.field_error)
                return
        else:
            self.rep = people.get_rep(chosen)
        if self.demo_radio.isChecked():
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.fill_demo(accounts=DEMO_ACCOUNTS, seed=1)
            finally:
                QApplication.restoreOverrideCursor()
        self.accept()
