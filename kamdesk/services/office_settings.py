"""Settings that belong to the whole office rather than to one account or one person."""

from __future__ import annotations

from kamdesk import errors
from kamdesk.actor import Actor, require_manager
from kamdesk.store import db
from kamdesk.store.models import Meta


def office_name() -> str:
    """The office's name as printed at the top of every review ("" until a manager sets it)."""
    row = Meta.get_or_none(Meta.key == "office_name")
    return row.value if row else ""


def set_office_name(name: str, *, actor: Actor) -> None:
    """Managers only."""
    require_manager(actor, "rename the office")
    name = name.strip()
    if len(name) > 80:
        raise errors.ValidationError({"office_name": "too_long"})
    with db.writing(actor):
        Meta.upsert(key="office_name", value=name)
