"""Hand accounts from one rep to another (a manager's job, e.g. when a rep leaves)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.reports import wording
from kamdesk.reports.make import dossier_request, file_name, make_report
from kamdesk.services import accounts, hand_over, people
from ui.common import messages, plain_text
from ui.common.form_helpers import FieldErrors, try_save
from ui.common.i18n import current_language
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen

ID_ROLE = Qt.ItemDataRole.UserRole


class HandOverDialog(QDialog):
    def __init__(self, user: Actor, parent: QWidget | None = None, from_rep_id: int | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self.result_summary: hand_over.HandOverResult | None = None
        self.dossiers: list[Path] = []
        self.setWindowTitle(self.tr("Hand over accounts"))
        resize_within_screen(self, 560, 620)
        self.errors = FieldErrors()

        self.from_combo = QComboBox()
        for rep in people.list_reps(active_only=False):
            suffix = "" if rep.active else self.tr(" (left)")
            self.from_combo.addItem(rep.name + suffix, rep.id)
        self.to_combo = QComboBox()
        self.account_list = QListWidget()
        self.all_button = QPushButton(self.tr("All"))
        self.none_button = QPushButton(self.tr("None"))
        self.count_label = PlainLabel()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. 李娜 left the company on 30 November"))
        hint = PlainLabel(
            self.tr(
                "The accounts keep their history. Open follow-ups and 1-2-4 cards the previous owner "
                "looked after move to the new owner."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")

        form = QFormLayout()
        self.errors.add_row(form, self.tr("From"), "from_rep_id", self.from_combo)
        self.errors.add_row(form, self.tr("To"), "to_rep_id", self.to_combo)
        picks = QHBoxLayout()
        picks.addWidget(self.count_label)
        picks.addStretch()
        picks.addWidget(self.all_button)
        picks.addWidget(self.none_button)
        self.errors.add_row(form, self.tr("Note"), "note", self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Hand over"))

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.account_list)
        layout.addLayout(picks)
        layout.addWidget(self.buttons)

        self.from_combo.currentIndexChanged.connect(self._on_from_changed)
        self.account_list.itemChanged.connect(self._update_count)
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        if from_rep_id is not None:
            self.from_combo.setCurrentIndex(max(0, self.from_combo.findData(from_rep_id)))
        self._on_from_changed()

    def chosen_accounts(self) -> list[int]:
        items = [self.account_list.item(i) for i in range(self.account_list.count())]
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    @Slot()
    def _on_from_changed(self) -> None:
        from_id = self.from_combo.currentData()
        self.to_combo.clear()
        for rep in people.list_reps(active_only=True):
            if rep.id != from_id:
                self.to_combo.addItem(rep.name, rep.id)
        self.account_list.blockSignals(True)
        self.account_list.clear()
        names = accounts.names_for(hand_over.accounts_of(from_id)) if from_id is not None else {}
        for account_id, (code, name) in names.items():
            item = QListWidgetItem(f"{code}  {name}")
            item.setData(ID_ROLE, account_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.account_list.addItem(item)
        self.account_list.blockSignals(False)
        self._update_count()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.account_list.count()):
            self.account_list.item(i).setCheckState(state)

    @Slot()
    def _update_count(self, *_args) -> None:
        chosen, total = len(self.chosen_accounts()), self.account_list.count()
        self.count_label.setText(
            self.tr("{chosen} of {total} accounts chosen").format(chosen=chosen, total=total)
        )
        self.ok_button.setEnabled(chosen > 0 and self.to_combo.count() > 0)

    def _write_dossiers(self, account_ids: list[int]) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Where to save the dossiers"), str(Path.home())
        )
        if not folder:
            return []
        language = current_language()
        title = wording.word(language, "hand_over_dossier")
        names = accounts.names_for(account_ids)
        written = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for account_id, (code, _name) in names.items():
                request = dossier_request(account_id, language)
                written.append(make_report(request, Path(folder) / file_name(request, title, code)))
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
        finally:
            QApplication.restoreOverrideCursor()
        return written

    @Slot()
    def _on_accepted(self) -> None:
        chosen, to_id = self.chosen_accounts(), self.to_combo.currentData()

        def save():
            self.result_summary = hand_over.hand_over(chosen, to_id, self.note_edit.text(), actor=self._user)

        if not try_save(self, self.errors, save, self.tr("Not handed over")):
            return
        result = self.result_summary
        summary = self.tr(
            "{accounts} accounts, {follow_ups} open follow-ups and {cards} board cards now belong to {name}."
        ).format(accounts=result.accounts, follow_ups=result.follow_ups, cards=result.cards,
                 name=self.to_combo.currentText())  # fmt: skip
        offer = self.tr("Save a hand-over dossier (PDF) of each account for {name}?").format(
            name=self.to_combo.currentText()
        )
        answer = plain_text.question(self, self.tr("Handed over"), f"{summary}\n\n{offer}")
        if answer == QMessageBox.StandardButton.Yes:
            self.dossiers = self._write_dossiers(chosen)
        self.accept()
