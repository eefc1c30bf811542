"""Settings that belong to the whole office rather than to one account or one person."""

from __future__ import annotations

from kamdesk import errors
from kamdesk.store.models import Meta, database


def office_name() -> str:
    """The office's name as printed at the top of every review ("" until a manager sets it)."""
    row = Meta.get_or_none(Meta.key == "office_name")
    return row.value if row else ""


def set_office_name(name: str, actor) -> None:
    """Managers only."""
    if actor is None or actor.role != "manager":
        raise errors.PermissionDeniedError(action="rename the office")
    name = name.strip()
    if len(name) > 80:
        raise errors.ValidationError({"office_name": "too_long"})
    with database.atomic():
        Meta.upsert(key="office_name", value=name)
