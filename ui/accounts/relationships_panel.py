"""An account's Relationships tab (seeds 001 and 002): the map of our people facing theirs, drawn;
the ties with how often they meet and how strong they are; joint teams; and the personal notes on
key people for the owner and the managers."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kamdesk.actor import Actor
from kamdesk.services import relationships
from kamdesk.services.relationships import CounterpartDraft, Map, Team
from ui.accounts.account_tab import AccountTab
from ui.accounts.relationship_dialogs import CounterpartDialog, MeetingDialog, PersonalDialog, TeamDialog
from ui.common import labels, operations
from ui.common.chart_view import ChartView, Rendered, render
from ui.common.flow_layout import FlowLayout
from ui.common.i18n import current_language
from ui.common.plain_text import PlainLabel
from ui.common.table_model_base import ListTableModel, list_table, selected_item


class CounterpartModel(ListTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("CounterpartModel", "Their person"),
        QT_TRANSLATE_NOOP("CounterpartModel", "Our person"),
        QT_TRANSLATE_NOOP("CounterpartModel", "Relationship"),
        QT_TRANSLATE_NOOP("CounterpartModel", "They meet"),
        QT_TRANSLATE_NOOP("CounterpartModel", "Note"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c: CounterpartDraft = self._items[index.row()]
        ours = f"{c.our_name} ({c.our_title})" if c.our_title else c.our_name
        return (self.names.get(c.contact_id, "?"), ours, labels.label("strength", c.strength),
                labels.label("meeting_frequency", c.meets), c.note)[index.column()]  # fmt: skip


@dataclass(frozen=True)
class _Read:
    map: Map
    ties: list[CounterpartDraft]
    teams: list[Team]
    personal_allowed: bool
    rendered: Rendered | None


class RelationshipsPanel(AccountTab):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(user, parent)
        self._teams: list[Team] = []
        self.chart = ChartView()
        self.chart.setMinimumHeight(180)
        self.chart.placeholder = self.tr("Drawing…")
        self.gaps_label = PlainLabel()
        self.gaps_label.setProperty("role", "hint")
        self.gaps_label.setWordWrap(True)
        self.model = CounterpartModel(self)
        self.table = list_table(self.model)
        self.table.setMinimumHeight(100)
        self.add_button = QPushButton(self.tr("Add tie…"))
        self.add_button.setToolTip(self.tr("One of our people facing one of theirs"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.personal_button = QPushButton(self.tr("Personal notes…"))
        bar = FlowLayout()  # wraps in a narrow pane rather than pushing "Add tie" out of view
        bar.addWidget(self.personal_button)
        bar.addWidget(self.remove_button, trailing=True)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.add_button)
        ties = QGroupBox(self.tr("Our people facing theirs"))
        ties_layout = QVBoxLayout(ties)
        ties_layout.addWidget(self.chart, 2)
        ties_layout.addWidget(self.gaps_label)
        ties_layout.addLayout(bar)
        ties_layout.addWidget(self.table, 1)

        self.teams_label = PlainLabel()
        self.teams_label.setWordWrap(True)
        self.team_button = QPushButton(self.tr("New joint team…"))
        self.meeting_button = QPushButton(self.tr("Record team meeting…"))
        teams = QGroupBox(self.tr("Joint teams (strategic accounts)"))
        teams_layout = QVBoxLayout(teams)
        teams_layout.addWidget(self.teams_label)
        team_bar = QHBoxLayout()
        team_bar.addStretch()
        team_bar.addWidget(self.meeting_button)
        team_bar.addWidget(self.team_button)
        teams_layout.addLayout(team_bar)

        layout = QVBoxLayout(self)
        layout.addWidget(ties, 1)
        layout.addWidget(teams)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.personal_button.clicked.connect(self._on_personal_clicked)
        self.team_button.clicked.connect(self._on_team_clicked)
        self.meeting_button.clicked.connect(self._on_meeting_clicked)
        self.chart.sig_resized.connect(lambda: self._account_id is not None and self.show_account(
            self._account_id, read_only=self._read_only))  # fmt: skip
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._personal_allowed = False
        self._update_buttons()

    def show_account(self, account_id: int | None, *, read_only: bool = False) -> None:
        """Read the account's map off the window's thread, and draw it there too."""
        self._account_id, self._read_only = account_id, read_only
        self._update_buttons()
        if account_id is None:
            self.model.set_items([])
            return
        size, ratio = self.chart.request()
        language, user = current_language(), self._user

        def read() -> _Read:
            from kamdesk.reports import charts

            found = relationships.relationship_map(account_id)
            rendered = None
            if found.theirs:
                rendered = render(
                    charts.relationship_map(found.theirs, found.ours, found.links, language), size, ratio
                )
            return _Read(found, relationships.counterparts(account_id), relationships.teams(account_id),
                         relationships.may_see_personal(account_id, user), rendered)  # fmt: skip

        operations.query(self, read, self._show)

    def _show(self, read: _Read) -> None:
        self.model.names = {pid: label for pid, label, _ in read.map.theirs}
        self.model.set_items(read.ties)
        if read.rendered is not None:
            self.chart.show_rendered(read.rendered)
        else:
            self.chart.placeholder = self.tr("No contacts yet: add their people on the Profile tab.")
            self.chart.update()
        gaps = read.map.unfaced
        self.gaps_label.setText(
            self.tr("Nobody of ours faces: {names}.").format(names=labels.separator().join(gaps))
            if gaps and read.map.theirs
            else ""
        )
        self.gaps_label.setVisible(bool(self.gaps_label.text()))
        self._teams = read.teams
        lines = []
        for team in read.teams:
            last = team.meetings[0][0].isoformat() if team.meetings else self.tr("not yet")
            lines.append(
                self.tr(
                    "{name} ({meets}): {purpose} Theirs: {theirs}. Ours: {ours}. Last met: {last}."
                ).format(
                    name=team.draft.name,
                    meets=labels.label("meeting_frequency", team.draft.meets),
                    purpose=team.draft.purpose,
                    theirs=labels.separator().join(team.theirs),
                    ours=labels.separator().join(team.ours),
                    last=last,
                )
            )
        self.teams_label.setText("\n".join(lines) or self.tr("No joint team yet."))
        self._personal_allowed = read.personal_allowed
        self._update_buttons()

    def _selected(self) -> CounterpartDraft | None:
        return selected_item(self.table)

    @Slot()
    def _update_buttons(self, *_args) -> None:
        usable = self._account_id is not None and not self._read_only
        self.add_button.setEnabled(usable)
        self.edit_button.setEnabled(usable and self._selected() is not None)
        self.remove_button.setEnabled(usable and self._selected() is not None)
        self.team_button.setEnabled(usable)
        self.meeting_button.setEnabled(usable and bool(self._teams))
        self.personal_button.setEnabled(usable and self._personal_allowed)
        allowed = self.tr("Birthday, interests, family occasions: seen by you and the managers only")
        refused = self.tr("Only the account's owner and the managers see personal notes")
        self.personal_button.setToolTip(allowed if self._personal_allowed else refused)

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._account_id is not None:
            self._open(CounterpartDialog(self._account_id, self._user, None, self))

    @Slot()
    def _on_edit_clicked(self, *_args) -> None:
        chosen = self._selected()
        if chosen is not None and self._account_id is not None and not self._read_only:
            self._open(CounterpartDialog(self._account_id, self._user, chosen, self))

    @Slot()
    def _on_remove_clicked(self) -> None:
        chosen = self._selected()
        if chosen is not None and chosen.id is not None:
            relationships.remove_counterpart(chosen.id, actor=self._user)
            self._changed()

    @Slot()
    def _on_personal_clicked(self) -> None:
        if self._account_id is not None and self._personal_allowed:
            chosen = self._selected()
            dialog = PersonalDialog(self._account_id, self._user, chosen.contact_id if chosen else None, self)
            dialog.open()

    @Slot()
    def _on_team_clicked(self) -> None:
        if self._account_id is not None:
            self._open(TeamDialog(self._account_id, self._user, None, self))

    @Slot()
    def _on_meeting_clicked(self) -> None:
        if self._teams:
            self._open(MeetingDialog(self._teams, self._user, self))
