"""Who is acting: the person at a seat, or the command line.

Every service that changes data takes the Actor; the audit trail records its changes under the
actor's name and `require_manager` is the one place that says what only a manager may do."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk import errors
from kamdesk.rules.vocab import Role


@dataclass(frozen=True)
class Actor:
    id: int | None
    """The person's id; None for the command line and for a newcomer choosing who they are."""
    name: str
    role: str  # a vocab.Role

    @property
    def is_manager(self) -> bool:
        return self.role == Role.MANAGER

    @classmethod
    def command_line(cls) -> Actor:
        """`KAMDesk import ...` and the other commands: whoever may run them holds the office's file
        (or its server password), so they act with a manager's rights; the trail shows no person."""
        return cls(None, "command line", Role.MANAGER)

    @classmethod
    def newcomer(cls) -> Actor:
        """A seat's first start, before anyone is chosen: may add themselves as a rep, nothing more."""
        return cls(None, "newcomer", Role.REP)


def require_owner_or_manager(actor: Actor, owner_id: int | None, action: str) -> None:
    """Refuse `action` to anyone but the owner of what it touches and the managers."""
    if not actor.is_manager and (owner_id is None or owner_id != actor.id):
        raise errors.PermissionDeniedError(action=action)


def require_manager(actor: Actor, action: str) -> None:
    """Refuse `action` (said in the message: "Only a manager may {action}.") to anyone but a manager."""
    if not actor.is_manager:
        raise errors.PermissionDeniedError(action=action)
