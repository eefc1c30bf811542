"""The "whose" filter of the Follow-ups and New key accounts workspaces: Mine, Everyone, then each
person of the office (who come with the page's data, so that people who join or leave show)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kamdesk.actor import Actor
from ui.common.form_helpers import refill_people

EVERYONE = -1


class OwnerFilter(QComboBox):
    def __init__(self, user: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Mine"), user.id)
        self.addItem(self.tr("Everyone"), EVERYONE)

    def owner(self) -> int | None:
        """The person chosen, or None for everyone."""
        owner = self.currentData()
        return None if owner == EVERYONE else owner

    def set_people(self, team: list[tuple[int, str]]) -> None:
        refill_people(self, 2, team)  # after "Mine" and "Everyone"
