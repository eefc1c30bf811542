"""The visit form (深度沟通记录): who met whom, what was learnt, what the customer complained about
or praised, and the next steps. The text is kept as a draft while the rep types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.vocab import Channel
from kamdesk.services import accounts, contacts, delivery, drafts, people, satisfaction, topics, visits
from kamdesk.services.delivery import StockNote
from kamdesk.services.satisfaction import SurveyAnswers
from kamdesk.services.visits import FollowUpDraft, LedgerDraft, VisitDraft
from ui.common import labels, messages, plain_text
from ui.common.form_helpers import FieldErrors, coded_combo, offer_reload, set_combo_data
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel
from ui.common.screen_fit import resize_within_screen
from ui.visits.row_editors import FollowUpRow, LedgerRow, RowList, StockRow

AUTOSAVE_MS = 400
TEXT_FIELDS = visits.NOTE_FIELDS
ID_ROLE = Qt.ItemDataRole.UserRole


class VisitForm(QDialog):
    def __init__(
        self, account_id: int, user: Actor, visit_id: int | None = None, parent: QWidget | None = None,
        restore: bool = False,
    ):  # fmt: skip
        super().__init__(parent)
        self._restore = restore  # opened to bring back unsaved notes: no question asked
        self._account_id = account_id
        self._user = user
        self._user_id = user_id = user.id  # drafts are kept per person
        self._stored = visits.get_visit(visit_id) if visit_id else None
        self._draft_key = f"visit:{visit_id or 'new'}:{account_id}"
        self.saved: visits.SavedVisit | None = None
        account = accounts.get_account(account_id)
        self.setWindowTitle(self.tr("Visit notes: {name}").format(name=account.name))
        resize_within_screen(self, 980, 760)
        self.errors = FieldErrors()
        self._people = [(r.id, r.name) for r in people.list_reps(active_only=True)]
        self._contacts = [
            (c.id, c.name + (f" ({c.title})" if c.title else "")) for c in contacts.list_contacts(account_id)
        ]

        # --- when, how, who ---------------------------------------------------------------------
        now = QDateTime(clock.now().replace(second=0))
        self.start_edit = QDateTimeEdit(now)
        self.end_edit = QDateTimeEdit(now.addSecs(3600))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.end_check = QCheckBox(self.tr("Ended at"))
        self.end_check.setChecked(True)
        self.channel_combo = coded_combo("channel")
        self.our_list = QListWidget()
        for rep_id, name in self._people:
            self._add_check_item(self.our_list, name, rep_id, rep_id == user_id)
        self.their_list = QListWidget()
        for contact_id, name in self._contacts:
            self._add_check_item(self.their_list, name, contact_id, False)
        self.new_contact_edit = QLineEdit()
        self.new_contact_edit.setPlaceholderText(self.tr("Someone new? Type the name"))
        self.add_contact_button = QPushButton(self.tr("Add"))
        for lst in (self.our_list, self.their_list):
            lst.setMaximumHeight(130)

        when = QFormLayout()
        self.errors.add_row(when, self.tr("Started"), "started_at", self.start_edit)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        end_layout.addWidget(self.end_check)
        end_layout.addWidget(self.end_edit, 1)
        self.errors.add_row(when, "", "ended_at", end_row)
        self.errors.add_row(when, self.tr("Channel"), "channel", self.channel_combo)
        self.errors.add_row(when, self.tr("Our people"), "our_rep_ids", self.our_list)
        theirs = QWidget()
        theirs_layout = QVBoxLayout(theirs)
        theirs_layout.setContentsMargins(0, 0, 0, 0)
        theirs_layout.addWidget(self.their_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_contact_edit, 1)
        add_row.addWidget(self.add_contact_button)
        theirs_layout.addLayout(add_row)
        self.errors.add_row(when, self.tr("Their people"), "their_contact_ids", theirs)

        # --- what was learnt --------------------------------------------------------------------
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("Why did we meet?"))
        self.text_edits: dict[str, QPlainTextEdit] = {}
        notes = QFormLayout()
        self.errors.add_row(notes, self.tr("Purpose"), "purpose", self.purpose_edit)
        for field, caption, hint in (
            (
                "problems",
                self.tr("Problems found"),
                self.tr("Problems the customer has, with us or otherwise"),
            ),
            ("latent_needs", self.tr("Latent needs"), self.tr("Needs they have not asked for yet")),
            ("suggestions", self.tr("Suggestions"), self.tr("What they suggest we do")),
            ("competitor_moves", self.tr("Competitor moves"), self.tr("Prices, rebates, people, promotions")),
        ):
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setFixedHeight(64)
            self.text_edits[field] = edit
            self.errors.add_row(notes, caption, field, edit)

        self.topic_list = QListWidget()
        self.topic_list.setMaximumHeight(72)
        for topic_id, name in topics.names():
            self._add_check_item(self.topic_list, name, topic_id, False)
        self.topic_list.setToolTip(self.tr("The office's topics these needs and suggestions raise"))
        if self.topic_list.count():
            self.errors.add_row(notes, self.tr("Topics raised"), "topic_ids", self.topic_list)

        # --- ledger and next steps -------------------------------------------------------------
        self.ledger_rows = RowList(
            self.tr("Add complaint / praise / suggestion"), lambda: LedgerRow(self._contacts)
        )
        self.follow_up_rows = RowList(
            self.tr("Add next step"), lambda: FollowUpRow(self._people, user_id, clock.today())
        )
        ledger_box = QGroupBox(self.tr("Complaints, praise and suggestions (each tied to a guarantee)"))
        QVBoxLayout(ledger_box).addWidget(self.ledger_rows)
        follow_box = QGroupBox(self.tr("Agreed next steps"))
        QVBoxLayout(follow_box).addWidget(self.follow_up_rows)
        lines = delivery.product_lines(account_id)
        self.stock_rows = RowList(self.tr("Add stock of a product line"), lambda: StockRow(lines))
        stock_box = QGroupBox(self.tr("Their stock and peak season (guarantee 3)"))
        QVBoxLayout(stock_box).addWidget(self.stock_rows)
        survey_box = self._survey_box()

        top = QHBoxLayout()
        top.addLayout(when, 2)
        top.addLayout(notes, 3)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        if self._stored:
            body_layout.addWidget(self._recorded_box(self._stored.id))
            body_layout.addWidget(
                PlainLabel(
                    self.tr("Complaints and next steps added here are new ones; earlier ones are kept.")
                )
            )
        body_layout.addWidget(ledger_box)
        body_layout.addWidget(follow_box)
        body_layout.addWidget(stock_box)
        if not self._stored:  # asked once, when the visit is first written down
            body_layout.addWidget(survey_box)
        if self._stored:
            body_layout.addWidget(self._history_box(self._stored.id))
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.draft_label = PlainLabel()
        self.draft_label.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(bottom)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        if self._stored:
            self._apply(self._stored)
        self._connect_signals()
        self._offer_draft()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.add_contact_button.clicked.connect(self._on_add_contact_clicked)
        self.new_contact_edit.returnPressed.connect(self._on_add_contact_clicked)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self._autosave.timeout.connect(self._on_autosave_timeout)
        edited = self._on_edited
        for edit in (self.start_edit, self.end_edit):
            edit.dateTimeChanged.connect(edited)
        self.end_check.toggled.connect(edited)
        self.channel_combo.currentIndexChanged.connect(edited)
        self.our_list.itemChanged.connect(edited)
        self.their_list.itemChanged.connect(edited)
        self.topic_list.itemChanged.connect(edited)
        self.purpose_edit.textChanged.connect(edited)
        for edit in self.text_edits.values():
            edit.textChanged.connect(edited)
        self.ledger_rows.sig_edited.connect(edited)
        self.follow_up_rows.sig_edited.connect(edited)
        self.stock_rows.sig_edited.connect(edited)
        for combo in (self.survey_contact_combo, *self.survey_combos.values()):
            combo.currentIndexChanged.connect(edited)

    def _survey_box(self) -> QGroupBox:
        """Seed 002's short survey, when it was asked on this visit: overall and per guarantee."""
        box = QGroupBox(self.tr("Satisfaction, if you asked it"))
        box.setToolTip(self.tr("Seed 002: a very satisfied customer is six times as likely to buy again"))
        grid = QGridLayout(box)
        self.survey_combos: dict[str, QComboBox] = {}
        for i, key in enumerate(("overall", *satisfaction.ASKED)):
            combo = QComboBox()
            combo.addItem(self.tr("(not asked)"), "")
            for code, text in labels.options("satisfaction"):
                combo.addItem(text, code)
            self.survey_combos[key] = combo
            caption = self.tr("Overall") if key == "overall" else labels.label("guarantee", key)
            self.errors.add_row_at(grid, i // 2, (i % 2) * 2, caption, f"survey.{key}", combo)
        self.survey_contact_combo = QComboBox()
        self.survey_contact_combo.addItem(self.tr("(not said)"), None)
        for contact_id, name in self._contacts:
            self.survey_contact_combo.addItem(name, contact_id)
        who = self.survey_contact_combo
        self.errors.add_row_at(grid, 2, 2, self.tr("Who answered"), "survey.contact_id", who)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _survey(self) -> SurveyAnswers | None:
        overall = self.survey_combos["overall"].currentData()
        asked = {k: c.currentData() for k, c in self.survey_combos.items() if k != "overall"}
        asked = {k: v for k, v in asked.items() if v}
        if not overall and not asked:
            return None
        return SurveyAnswers(overall, asked, self.survey_contact_combo.currentData())

    def _recorded_box(self, visit_id: int) -> QGroupBox:
        """What was written down with the visit when it was saved, as it stands now: its complaints,
        praise and suggestions, its next steps, the stock noted and the survey asked. They change
        where they live (Feedback, Follow-ups, the account's tabs)."""
        found = visits.recorded_with(visit_id)
        lines = []
        for kind, guarantee, text, still_open in found.entries:
            state = self.tr(" (open)") if still_open else ""
            lines.append(
                f"{labels.label('ledger_kind', kind)} · {labels.label('guarantee', guarantee)}: {text}{state}"
            )
        for text, owner, due, done in found.follow_ups:
            state = self.tr("done") if done else self.tr("due {day}").format(day=due.isoformat())
            lines.append(
                self.tr("Next step: {text} ({owner}, {state})").format(text=text, owner=owner, state=state)
            )
        for line, weeks, note in found.stock:
            held = self.tr("{weeks:g} weeks").format(weeks=weeks) if weeks is not None else ""
            lines.append(
                self.tr("Stock: {line} {held} {note}").format(line=line, held=held, note=note).strip()
            )
        if found.survey:
            lines.append(
                self.tr("Satisfaction asked: {answer}").format(
                    answer=labels.label("satisfaction", found.survey)
                )
            )
        box = QGroupBox(self.tr("Recorded with this visit"))
        self.recorded_label = PlainLabel("\n".join(lines) or self.tr("Nothing else was recorded with it."))
        self.recorded_label.setWordWrap(True)
        QVBoxLayout(box).addWidget(self.recorded_label)
        return box

    def _history_box(self, visit_id: int) -> QGroupBox:
        """Who changed what and when, for a visit saved earlier."""
        box = QGroupBox(self.tr("Changes since it was first saved"))
        changes = visits.visit_history(visit_id)
        text = "\n".join(
            f"{c.changed_at:%Y-%m-%d %H:%M} · {c.editor or '?'} · {self._field_name(c.field)}: "
            f"{c.old_value or '—'} → {c.new_value or '—'}"
            for c in changes
        )
        self.history_label = PlainLabel(text or self.tr("No changes."))
        self.history_label.setWordWrap(True)
        self.history_label.setProperty("role", "hint")
        QVBoxLayout(box).addWidget(self.history_label)
        return box

    def _field_name(self, field: str) -> str:
        names = {
            "started_at": self.tr("Started"), "ended_at": self.tr("Ended at"), "channel": self.tr("Channel"),
            "purpose": self.tr("Purpose"), "problems": self.tr("Problems found"),
            "latent_needs": self.tr("Latent needs"), "suggestions": self.tr("Suggestions"),
            "competitor_moves": self.tr("Competitor moves"), "our_rep_ids": self.tr("Our people"),
            "their_contact_ids": self.tr("Their people"),
        }  # fmt: skip
        return names.get(field, field)

    @staticmethod
    def _add_check_item(widget: QListWidget, text: str, value, checked: bool, new: bool = False) -> None:
        item = QListWidgetItem(text, widget)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, value)
        item.setData(ID_ROLE + 1, new)
        if new:
            item.setToolTip(
                QCoreApplication.translate("VisitForm", "New contact: added to the account when you save")
            )
            font = item.font()
            font.setItalic(True)
            item.setFont(font)

    # --- reading and writing the widgets ---------------------------------------------------------
    def draft(self) -> VisitDraft:
        def checked(widget: QListWidget, new: bool):
            items = [widget.item(i) for i in range(widget.count())]
            return [
                i
                for i in items
                if i.checkState() == Qt.CheckState.Checked and bool(i.data(ID_ROLE + 1)) == new
            ]

        return VisitDraft(
            account_id=self._account_id,
            started_at=self.start_edit.dateTime().toPython().replace(second=0, microsecond=0),
            ended_at=self.end_edit.dateTime().toPython().replace(second=0, microsecond=0)
            if self.end_check.isChecked()
            else None,
            channel=self.channel_combo.currentData(),
            purpose=self.purpose_edit.text(),
            **{field: edit.toPlainText() for field, edit in self.text_edits.items()},
            our_rep_ids=tuple(i.data(ID_ROLE) for i in checked(self.our_list, False)),
            their_contact_ids=tuple(i.data(ID_ROLE) for i in checked(self.their_list, False)),
            new_contact_names=tuple(i.text() for i in checked(self.their_list, True)),
            follow_ups=tuple(self.follow_up_rows.values()),
            ledger=tuple(self.ledger_rows.values()),
            stock=tuple(self.stock_rows.values()),
            topic_ids=tuple(i.data(ID_ROLE) for i in checked(self.topic_list, False)),
            survey=None if self._stored else self._survey(),
            id=self._stored.id if self._stored else None,
            version=self._stored.version if self._stored else 0,
        )

    def _apply(self, draft: VisitDraft) -> None:
        if draft.started_at:
            self.start_edit.setDateTime(QDateTime(draft.started_at))
        self.end_check.setChecked(draft.ended_at is not None)
        if draft.ended_at:
            self.end_edit.setDateTime(QDateTime(draft.ended_at))
        set_combo_data(self.channel_combo, draft.channel)
        self.purpose_edit.setText(draft.purpose)
        for field, edit in self.text_edits.items():
            edit.setPlainText(getattr(draft, field))
        for widget, ids in ((self.our_list, draft.our_rep_ids), (self.their_list, draft.their_contact_ids),
                            (self.topic_list, draft.topic_ids)):  # fmt: skip
            for i in range(widget.count()):
                item = widget.item(i)
                if not item.data(ID_ROLE + 1):
                    item.setCheckState(
                        Qt.CheckState.Checked if item.data(ID_ROLE) in ids else Qt.CheckState.Unchecked
                    )
        for name in draft.new_contact_names:
            self._add_check_item(self.their_list, name, None, True, new=True)
        self.ledger_rows.clear()
        for entry in draft.ledger:
            self.ledger_rows.add_row().set_value(entry)
        self.follow_up_rows.clear()
        for item in draft.follow_ups:
            self.follow_up_rows.add_row().set_value(item)
        self.stock_rows.clear()
        for note in draft.stock:
            self.stock_rows.add_row().set_value(note)
        survey = draft.survey or SurveyAnswers("")
        set_combo_data(self.survey_combos["overall"], survey.overall)
        for key in satisfaction.ASKED:
            set_combo_data(self.survey_combos[key], survey.by_guarantee.get(key, ""))
        set_combo_data(self.survey_contact_combo, survey.contact_id)

    # --- drafts ----------------------------------------------------------------------------------
    def _offer_draft(self) -> None:
        kept = drafts.load(self._draft_key, self._user_id)
        if not kept:
            return
        if self._restore:
            self._apply(_draft_from_payload(self._account_id, kept, self._stored))
            self.draft_label.setText(self.tr("Restored your unsaved notes."))
            return
        answer = plain_text.question(
            self,
            self.tr("Unsaved visit notes"),
            self.tr("There are visit notes you did not save ({when}). Restore them?").format(
                when=kept.get("saved", "")
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(_draft_from_payload(self._account_id, kept, self._stored))
            self.draft_label.setText(self.tr("Restored your unsaved notes."))
        else:
            drafts.discard(self._draft_key, self._user_id)

    @Slot()
    def _on_edited(self, *_args) -> None:
        """Kept within AUTOSAVE_MS of an edit, however fast the rep types: the timer is not restarted
        by the next keystroke (a pause-waiting timer lost everything typed without a pause)."""
        if not self._autosave.isActive():
            self._autosave.start()

    @Slot()
    def _on_autosave_timeout(self) -> None:
        drafts.save(self._draft_key, self._user_id, _payload(self.draft()))
        self.draft_label.setText(
            self.tr("Draft kept at {time}").format(time=clock.now().strftime("%H:%M:%S"))
        )

    # --- actions ---------------------------------------------------------------------------------
    @Slot()
    def _on_add_contact_clicked(self) -> None:
        name = self.new_contact_edit.text().strip()
        if name:
            self._add_check_item(self.their_list, name, None, True, new=True)
            self.new_contact_edit.clear()
            self._on_edited()

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self._autosave.stop()
        try:
            self.saved = patiently(lambda: visits.save_visit(self.draft(), actor=self._user))
        except errors.ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except errors.KamdeskError as exc:
            if offer_reload(self, exc, self.tr("Not saved")):
                self._stored = visits.get_visit(self._stored.id)
                self._apply(self._stored)
            return
        drafts.discard(self._draft_key, self._user_id)
        self.accept()

    def _show_errors(self, found: dict[str, str]) -> None:
        fields = {k: v for k, v in found.items() if "." not in k or k.startswith("survey.")}
        self.errors.show(fields, messages.field_error)
        for prefix, rows in (
            ("ledger", self.ledger_rows),
            ("follow_ups", self.follow_up_rows),
            ("stock", self.stock_rows),
        ):
            by_row: dict[int, str] = {}
            for key, code in found.items():
                if key.startswith(prefix + "."):
                    index = int(key.split(".")[1])
                    by_row[index] = (by_row.get(index, "") + " " + messages.field_error(code)).strip()
            rows.show_errors(by_row)

    def reject(self) -> None:
        if drafts.load(self._draft_key, self._user_id) is not None or self._autosave.isActive():
            answer = plain_text.question(
                self,
                self.tr("Discard visit notes?"),
                self.tr("Close without saving? Your notes will be lost."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self._autosave.stop()
            drafts.discard(self._draft_key, self._user_id)
        super().reject()


def _payload(draft: VisitDraft) -> dict:
    return {
        "saved": clock.now().strftime("%Y-%m-%d %H:%M"),
        "started_at": draft.started_at.isoformat() if draft.started_at else None,
        "ended_at": draft.ended_at.isoformat() if draft.ended_at else None,
        "channel": draft.channel,
        **{field: getattr(draft, field) for field in TEXT_FIELDS},
        "our_rep_ids": list(draft.our_rep_ids),
        "their_contact_ids": list(draft.their_contact_ids),
        "new_contact_names": list(draft.new_contact_names),
        "topic_ids": list(draft.topic_ids),
        "ledger": [e.__dict__ for e in draft.ledger],
        "follow_ups": [
            {**f.__dict__, "due_on": f.due_on.isoformat() if f.due_on else None} for f in draft.follow_ups
        ],
        "stock": [s.__dict__ for s in draft.stock],
        "survey": draft.survey.__dict__ if draft.survey else None,
    }


def _draft_from_payload(account_id: int, data: dict, stored: VisitDraft | None) -> VisitDraft:
    when = lambda key: dt.datetime.fromisoformat(data[key]) if data.get(key) else None  # noqa: E731
    return VisitDraft(
        account_id=account_id,
        started_at=when("started_at"),
        ended_at=when("ended_at"),
        channel=data.get("channel", Channel.ONSITE),
        **{field: data.get(field, "") for field in TEXT_FIELDS},
        our_rep_ids=tuple(data.get("our_rep_ids", ())),
        their_contact_ids=tuple(data.get("their_contact_ids", ())),
        new_contact_names=tuple(data.get("new_contact_names", ())),
        topic_ids=tuple(data.get("topic_ids", ())),
        ledger=tuple(LedgerDraft(**e) for e in data.get("ledger", ())),
        follow_ups=tuple(
            FollowUpDraft(
                f["text"], f["owner_id"], dt.date.fromisoformat(f["due_on"]) if f.get("due_on") else None
            )
            for f in data.get("follow_ups", ())
        ),
        stock=tuple(StockNote(**s) for s in data.get("stock", ())),
        survey=SurveyAnswers(**data["survey"]) if data.get("survey") else None,
        id=stored.id if stored else None,
        version=stored.version if stored else 0,
    )
