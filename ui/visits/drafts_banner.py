"""At start, after a crash or a close without saving: the visit notes kept unsaved, named, and brought
back in one click."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kamdesk.services import accounts, drafts
from ui.common import labels
from ui.common.plain_text import PlainLabel


class DraftsBanner(QWidget):
    sig_open = Signal(int, object)
    """Bring back these notes: carries the account id and the visit id (None: a new visit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.label = PlainLabel()
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open them"))
        self.open_button.setProperty("role", "primary")
        self.dismiss_button = QPushButton(self.tr("Later"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self._waiting: list[tuple[int, int | None, str]] = []
        self.open_button.clicked.connect(self._on_open_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def check(self, rep_id: int | None) -> None:
        """Show the banner when this person has unsaved visit notes waiting."""
        self._waiting = drafts.waiting_visits(rep_id) if rep_id is not None else []
        if not self._waiting:
            self.hide()
            return
        names = accounts.names_for([account_id for account_id, _, _ in self._waiting])
        separator = labels.separator()
        listed = separator.join(f"{names[a][1]} ({when})" for a, _, when in self._waiting[:3] if a in names)
        more = len(self._waiting) - 3
        text = self.tr("Visit notes you did not save are waiting: {accounts}.").format(accounts=listed)
        if more > 0:
            text += " " + self.tr("And {n} more.").format(n=more)
        self.label.setText(text)
        self.show()

    @Slot()
    def _on_open_clicked(self) -> None:
        """The newest first; the banner then lists what is still waiting."""
        if self._waiting:
            account_id, visit_id, _ = self._waiting[0]
            self.hide()
            self.sig_open.emit(account_id, visit_id)
