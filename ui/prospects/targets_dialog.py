"""A rep's targets (seed 003, steps 2 and 3): who a qualified prospect is, and how much each
criterion weighs. The limits are enforced while typing and explained beside each list."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.actor import Actor
from kamdesk.rules.scorecard import CRITERIA, MAX_INDUSTRIES, MAX_TITLES, Targets
from kamdesk.services import accounts, prospects
from ui.common import labels, messages
from ui.common.form_helpers import FieldErrors, try_save
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen, scrolled

QUESTIONS = {  # the seed's step 3, one question a criterion
    "industry": QT_TRANSLATE_NOOP("TargetsDialog", "How much does the industry matter when you sell? (e.g. you know the trade)"),
    "title": QT_TRANSLATE_NOOP("TargetsDialog", "How much does the title matter? (e.g. you have sold to this role before)"),
    "territory": QT_TRANSLATE_NOOP("TargetsDialog", "How much does the territory matter? (e.g. you sell best face to face, close by)"),
    "trigger": QT_TRANSLATE_NOOP("TargetsDialog", "How much does a trigger event matter? (e.g. you have helped companies through mergers)"),
}  # fmt: skip
WEIGHT_TEXT = {
    2: QT_TRANSLATE_NOOP("TargetsDialog", "2 · very important"),
    1: QT_TRANSLATE_NOOP("TargetsDialog", "1 · somewhat important"),
    0: QT_TRANSLATE_NOOP("TargetsDialog", "0 · not important"),
}


class ValueList(QWidget):
    """A short list typed or picked from suggestions, with its limit shown and enforced."""

    def __init__(self, suggestions: list[str], limit: int | None, parent=None) -> None:
        super().__init__(parent)
        self._limit = limit
        self.entry = QComboBox()
        self.entry.setEditable(True)
        self.entry.addItems(suggestions)
        self.entry.setCurrentText("")
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.list = QListWidget()
        self.list.setMaximumHeight(78)
        self.count_label = PlainLabel()
        self.count_label.setProperty("role", "hint")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.count_label)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.entry.lineEdit().returnPressed.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self._update()

    def values(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_values(self, values) -> None:
        self.list.clear()
        self.list.addItems(list(values))
        self._update()

    @Slot()
    def _on_add_clicked(self) -> None:
        text = " ".join(self.entry.currentText().split())
        full = self._limit is not None and self.list.count() >= self._limit
        if text and not full and text.casefold() not in {v.casefold() for v in self.values()}:
            self.list.addItem(text)
            self.entry.setCurrentText("")
        self._update()

    @Slot()
    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems() or [self.list.item(self.list.count() - 1)]:
            if item is not None:
                self.list.takeItem(self.list.row(item))
        self._update()

    def _update(self) -> None:
        count = self.list.count()
        full = self._limit is not None and count >= self._limit
        self.add_button.setEnabled(not full)
        self.remove_button.setEnabled(count > 0)
        if self._limit is None:
            self.count_label.setText(self.tr("{n} chosen").format(n=count))
        elif full:
            self.count_label.setText(
                self.tr("{n} of at most {limit}: remove one before adding another.").format(
                    n=count, limit=self._limit
                )
            )
        else:
            self.count_label.setText(self.tr("{n} of at most {limit}").format(n=count, limit=self._limit))


class TargetsDialog(QDialog):
    """Edit the targets of one rep (`rep_id`), or the office default (`rep_id` None)."""

    def __init__(self, user: Actor, rep_id: int | None, rep_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self._user, self._rep_id = user, rep_id
        info = prospects.targets_for(rep_id) if rep_id is not None else None
        current = info.targets if info else prospects.office_targets()
        if rep_id is None:
            self.setWindowTitle(self.tr("The office's default targets"))
            intro = self.tr("Reps who have not set their own targets are scored with these.")
        else:
            self.setWindowTitle(self.tr("Targets of {name}").format(name=rep_name))
            intro = (
                self.tr("These are {name}'s own targets.").format(name=rep_name)
                if info.own
                else self.tr("{name} uses the office default, shown below. Saving makes them {name}'s own.").format(
                    name=rep_name)
            )  # fmt: skip
        target_industries = list(current.industries) + accounts.known_values("industry")
        self.industries = ValueList(list(dict.fromkeys(target_industries)), MAX_INDUSTRIES)
        self.titles = ValueList(
            list(dict.fromkeys([*current.titles, "总经理", "采购总监", "采购经理"])), MAX_TITLES
        )
        self.territories = ValueList(accounts.known_values("region"), None)
        for editor, values in ((self.industries, current.industries), (self.titles, current.titles),
                               (self.territories, current.territories)):  # fmt: skip
            editor.set_values(values)
        self.kind_checks: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        for i, (kind, text) in enumerate(labels.options("trigger_kind")):
            check = QCheckBox(text)
            check.setChecked(kind in current.trigger_kinds)
            self.kind_checks[kind] = check
            kinds.addWidget(check, i // 3, i % 3)
        kinds_box = QWidget()
        kinds_box.setLayout(kinds)
        self.weight_combos: dict[str, QComboBox] = {}
        self.errors = FieldErrors()
        lists = QFormLayout()
        hint = self.tr("Up to 3. Keep narrowing until no more than three industries are left.")
        self.errors.add_row(lists, self.tr("Target industries"), "industries", self.industries)
        lists.addRow("", self._hint(hint))
        self.errors.add_row(lists, self.tr("Target titles"), "titles", self.titles)
        lists.addRow("", self._hint(self.tr("1 to 3: the people who can decide to buy.")))
        self.errors.add_row(lists, self.tr("Target territories"), "territories", self.territories)
        lists.addRow("", self._hint(self.tr("A region like 华东 also covers 华东/上海.")))
        lists.addRow(self.tr("Trigger events"), kinds_box)
        weights = QFormLayout()
        for criterion in CRITERIA:
            combo = QComboBox()
            for weight in (2, 1, 0):
                combo.addItem(self.tr(WEIGHT_TEXT[weight]), weight)
            combo.setCurrentIndex(combo.findData(current.weights.get(criterion, 2)))
            self.weight_combos[criterion] = combo
            self.errors.add_row(weights, self.tr(QUESTIONS[criterion]), f"weight_{criterion}", combo)
        weights_title = PlainLabel(self.tr("Your weights: what each criterion is worth on the scorecard"))
        weights_title.setProperty("role", "subheading")
        intro_label = PlainLabel(intro)
        intro_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.office_button = None
        if info is not None and info.own:
            self.office_button = self.buttons.addButton(
                self.tr("Use the office default"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.office_button.clicked.connect(self._on_office_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(intro_label)
        body_layout.addLayout(lists)
        body_layout.addWidget(weights_title)
        body_layout.addLayout(weights)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body))
        layout.addWidget(self.buttons)
        resize_within_screen(self, 720, 640)

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = PlainLabel(text)
        label.setProperty("role", "hint")
        label.setWordWrap(True)
        return label

    def targets(self) -> Targets:
        return Targets(
            self.industries.values(), self.titles.values(), self.territories.values(),
            tuple(kind for kind, check in self.kind_checks.items() if check.isChecked()),
            {criterion: combo.currentData() for criterion, combo in self.weight_combos.items()},
        )  # fmt: skip

    def accept(self) -> None:
        if try_save(
            self,
            self.errors,
            lambda: prospects.save_targets(self.targets(), self._rep_id, actor=self._user),
            self.tr("Not saved"),
            self._describe,
        ):
            super().accept()

    def _describe(self, code: str) -> str:
        if code == "at_most_3":
            return self.tr("At most 3. The method works because the list is short: drop the weakest.")
        if code == "required":
            return self.tr("Add at least one.")
        if code == "duplicate":
            return self.tr("Listed twice.")
        return messages.field_error(code)

    @Slot()
    def _on_office_clicked(self) -> None:
        if try_save(
            self,
            self.errors,
            lambda: prospects.use_office_targets(self._rep_id, actor=self._user),
            self.tr("Not saved"),
        ):
            super().accept()
