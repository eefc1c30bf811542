"""The prospect form: the company, the person to call, and the scorecard's yes/no questions. The score
it would get is shown line by line while the rep types."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
)

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.rules.scorecard import Facts, Targets, Trigger, score
from kamdesk.services import accounts, people, prospects
from kamdesk.services.prospects import ProspectDraft
from ui.common.form_helpers import FieldErrors, set_combo_data, try_save
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.prospects.scorecard_view import ScorecardView


def _editable(values: list[str]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(dict.fromkeys(values)))
    combo.setCurrentText("")
    return combo


class ProspectForm(QDialog):
    def __init__(self, user: Actor, draft: ProspectDraft | None = None, parent=None) -> None:
        super().__init__(parent)
        self._user = user
        self._draft = draft or ProspectDraft(owner_id=user.id)
        self.saved: ProspectDraft | None = None
        self._targets: dict[int | None, Targets] = {}  # by owner, read once: the score updates per keystroke
        self.setWindowTitle(self.tr("New prospect") if self._draft.id is None else self.tr("Edit prospect"))
        targets = prospects.office_targets()
        self.name_edit = QLineEdit()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(
            self.tr("Made up when empty, e.g. {code}").format(code=prospects.next_code())
        )
        self.industry_combo = _editable([*targets.industries, *accounts.known_values("industry")])
        self.region_combo = _editable([*targets.territories, *accounts.known_values("region")])
        self.contact_edit = QLineEdit()
        self.title_combo = _editable([*targets.titles, "总经理", "采购总监", "采购经理"])
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("Where the name came from: a fair, a list, a referral"))
        self.owner_combo = QComboBox()
        for rep in people.list_reps():
            self.owner_combo.addItem(rep.name, rep.id)
        self.sold_check = QCheckBox(self.tr("We have sold in this industry before (+1)"))
        self.reference_check = QCheckBox(self.tr("We have a reference customer in this industry (+1)"))
        self.involved_check = QCheckBox(self.tr("I am personally involved with this company (+2)"))
        self.errors = FieldErrors()
        form = QFormLayout()
        for caption, field, widget in (
            (self.tr("Company"), "name", self.name_edit), (self.tr("Customer code"), "code", self.code_edit),
            (self.tr("Industry"), "industry", self.industry_combo),
            (self.tr("Territory"), "region", self.region_combo),
            (self.tr("Person to call"), "contact_name", self.contact_edit),
            (self.tr("Their title"), "title", self.title_combo), (self.tr("Phone"), "phone", self.phone_edit),
            (self.tr("E-mail"), "email", self.email_edit), (self.tr("Source"), "source", self.source_edit),
            (self.tr("Owner"), "owner_id", self.owner_combo),
        ):  # fmt: skip
            self.errors.add_row(form, caption, field, widget)
        form.addRow("", self.sold_check)
        form.addRow("", self.reference_check)
        form.addRow("", self.involved_check)
        self.scorecard = ScorecardView()
        self.score_title = PlainLabel()
        self.score_title.setProperty("role", "subheading")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.score_title)
        layout.addWidget(self.scorecard)
        layout.addWidget(self.buttons)
        self._triggers = tuple(
            Trigger(t.happened_on, t.kind, t.what, t.id)
            for t in (prospects.triggers(self._draft.id) if self._draft.id else [])
        )
        self._fill(self._draft)
        for edit in (self.name_edit, self.contact_edit):
            edit.textChanged.connect(self._on_changed)
        for combo in (self.industry_combo, self.region_combo, self.title_combo):
            combo.currentTextChanged.connect(self._on_changed)
        self.owner_combo.currentIndexChanged.connect(self._on_changed)
        for check in (self.sold_check, self.reference_check, self.involved_check):
            check.toggled.connect(self._on_changed)
        self._on_changed()
        resize_within_screen(self, 620, 780)

    def _fill(self, d: ProspectDraft) -> None:
        self.name_edit.setText(d.name)
        self.code_edit.setText(d.code)
        self.industry_combo.setCurrentText(d.industry)
        self.region_combo.setCurrentText(d.region)
        self.contact_edit.setText(d.contact_name)
        self.title_combo.setCurrentText(d.title)
        self.phone_edit.setText(d.phone)
        self.email_edit.setText(d.email)
        self.source_edit.setText(d.source)
        set_combo_data(self.owner_combo, d.owner_id)
        self.sold_check.setChecked(d.sold_before)
        self.reference_check.setChecked(d.reference_customer)
        self.involved_check.setChecked(d.personally_involved)

    def draft(self) -> ProspectDraft:
        return ProspectDraft(
            name=self.name_edit.text(), code=self.code_edit.text(), industry=self.industry_combo.currentText(),
            region=self.region_combo.currentText(), contact_name=self.contact_edit.text(),
            title=self.title_combo.currentText(), phone=self.phone_edit.text(), email=self.email_edit.text(),
            source=self.source_edit.text(), owner_id=self.owner_combo.currentData(),
            sold_before=self.sold_check.isChecked(), reference_customer=self.reference_check.isChecked(),
            personally_involved=self.involved_check.isChecked(), notes=self._draft.notes, id=self._draft.id,
            version=self._draft.version,
        )  # fmt: skip

    @Slot()
    def _on_changed(self, *_args) -> None:
        d = self.draft()
        owner = self.owner_combo.currentData()
        facts = Facts(d.industry, d.title, d.region, self._triggers, d.sold_before, d.reference_customer,
                      d.personally_involved)  # fmt: skip
        if owner not in self._targets:
            self._targets[owner] = prospects.targets_for(owner).targets
        card = score(self._targets[owner], facts, clock.today())
        self.score_title.setText(
            self.tr("Score with {owner}'s targets: {total} of {most}").format(
                owner=self.owner_combo.currentText(), total=card.total, most=card.most)
        )  # fmt: skip
        self.scorecard.show_card(card)

    def accept(self) -> None:
        def save() -> None:
            self.saved = prospects.save_prospect(self.draft(), actor=self._user)

        if try_save(self, self.errors, save, self.tr("Not saved")):
            super().accept()
