"""One 1-2-4 card in full: its practices, owner, due date and note; the evidence behind its state
and the history of its moves."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules import board_cards
from kamdesk.rules.vocab import TimelineKind
from kamdesk.services import board, people, timeline
from kamdesk.services.board import CardDetails
from ui.common import ask, labels, messages, plain_text
from ui.common.form_helpers import set_combo_data
from ui.common.i18n import current_language
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen


class CardDialog(QDialog):
    def __init__(self, account_id: int, card_key: str, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._account_id = account_id
        self._user = user
        self._key = card_key
        self.state = next(c for c in board.board(account_id) if c.key == card_key)
        card = board_cards.BY_KEY[card_key]
        lang = current_language()
        self.setWindowTitle(card.title(lang))
        resize_within_screen(self, 640, 720)
        column = next(c for c in board_cards.COLUMNS if c.key == self.state.column)
        heading = PlainLabel(f"{card.title(lang)} · {column.title(lang)}")
        heading.setProperty("role", "heading")

        practices = QGroupBox(self.tr("Practices"))
        practices_layout = QVBoxLayout(practices)
        self.practice_checks: dict[str, QCheckBox] = {}
        for practice in card.practices:
            check = QCheckBox(practice.text(lang))
            check.setChecked(practice.key in self.state.done_practices)
            self.practice_checks[practice.key] = check
            practices_layout.addWidget(check)

        self.owner_combo = QComboBox()
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for rep in people.list_reps():
            self.owner_combo.addItem(rep.name, rep.id)
        set_combo_data(self.owner_combo, self.state.owner_id)
        self.due_check = QCheckBox(self.tr("Due by"))
        self.due_edit = QDateEdit(QDate(self.state.due_on or clock.today()))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_check.setChecked(self.state.due_on is not None)
        self.due_edit.setEnabled(self.state.due_on is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.note_edit = QPlainTextEdit(self.state.note)
        self.note_edit.setFixedHeight(70)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow("", due_row)
        form.addRow(self.tr("Note"), self.note_edit)

        evidence = QGroupBox(self.tr("Evidence"))
        evidence_layout = QVBoxLayout(evidence)
        self.evidence_list = QListWidget()
        self.evidence_list.setMaximumHeight(110)
        self.add_evidence_button = QPushButton(self.tr("Add evidence…"))
        evidence_layout.addWidget(self.evidence_list)
        evidence_layout.addWidget(self.add_evidence_button)
        history = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history)
        self.history_list = QListWidget()
        self.history_list.setMaximumHeight(130)
        history_layout.addWidget(self.history_list)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(practices)
        layout.addLayout(form)
        layout.addWidget(evidence)
        layout.addWidget(history)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.add_evidence_button.clicked.connect(self._on_add_evidence_clicked)
        self._fill_lists()

    def _fill_lists(self) -> None:
        self.evidence_list.clear()
        for item in board.evidence(self._account_id, self._key):
            kind = labels.label("timeline", item.kind)
            self.evidence_list.addItem(f"{item.when:%Y-%m-%d} · {kind} · {item.text}")
        if not self.evidence_list.count():
            self.evidence_list.addItem(self.tr("No evidence linked yet."))
        self.history_list.clear()
        lang = current_language()
        title = {c.key: c.title(lang) for c in board_cards.COLUMNS}
        for move in board.history(self._account_id, self._key):
            moved = f"{title[move.from_column]} → {title[move.to_column]}"
            text = f"{move.moved_at:%Y-%m-%d %H:%M} · {move.moved_by or '?'} · {moved}"
            self.history_list.addItem(text + (f" · {move.note}" if move.note else ""))
        if not self.history_list.count():
            self.history_list.addItem(self.tr("Never moved."))

    def _on_add_evidence_clicked(self) -> None:
        kinds = {TimelineKind.VISIT, TimelineKind.COMPLAINT, TimelineKind.PRAISE, TimelineKind.SUGGESTION}
        items = [i for i in timeline.timeline(self._account_id, kinds)][:60]
        if not items:
            plain_text.information(
                self, self.tr("Evidence"), self.tr("This account has no visits or feedback yet.")
            )
            return
        texts = [f"{i.when:%Y-%m-%d} · {labels.label('timeline', i.kind)} · {i.text}" for i in items]
        text, ok = ask.item(
            self, self.tr("Add evidence"), self.tr("Which record supports this card?"), texts, 0
        )
        if not ok:
            return
        item = items[texts.index(text)]
        if item.kind == TimelineKind.VISIT:
            patiently(
                lambda: board.add_evidence(
                    self._account_id, self._key, visit_id=item.ref_id, actor=self._user
                )
            )
        else:
            patiently(
                lambda: board.add_evidence(
                    self._account_id, self._key, ledger_id=item.ref_id, actor=self._user
                )
            )
        self._fill_lists()

    def details(self) -> CardDetails:
        return CardDetails(
            owner_id=self.owner_combo.currentData(),
            due_on=self.due_edit.date().toPython() if self.due_check.isChecked() else None,
            note=self.note_edit.toPlainText(),
            done_practices=frozenset(k for k, c in self.practice_checks.items() if c.isChecked()),
        )

    def _on_buttons_accepted(self) -> None:
        try:
            details = self.details()
            patiently(
                lambda: board.update_card(
                    self._account_id, self._key, details, self.state.version, actor=self._user
                )
            )
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
            return
        self.accept()
