"""How often each tier of account should be contacted (managers only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
)

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import follow_ups
from ui.common import labels, messages, plain_text
from ui.common.patience import patiently
from ui.common.plain_text import PlainLabel


class CadenceDialog(QDialog):
    def __init__(self, user: Actor, parent=None) -> None:
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(self.tr("Contact cadence"))
        current = follow_ups.cadence_days()
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for tier, text in labels.options("tier"):
            spin = QSpinBox()
            spin.setRange(1, 365)
            spin.setSuffix(" " + self.tr("days"))
            spin.setValue(current.get(tier, 60))
            self.spins[tier] = spin
            form.addRow(text, spin)
        hint = PlainLabel(
            self.tr("An account is due for contact when its last visit, call or meeting is older than this.")
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        days = {tier: spin.value() for tier, spin in self.spins.items()}

        def save() -> None:
            for tier, every in days.items():
                follow_ups.set_cadence(tier, every, actor=self._user)

        try:
            patiently(save)
        except errors.KamdeskError as exc:
            plain_text.warning(self, self.tr("Not saved"), messages.describe(exc))
            return
        super().accept()
