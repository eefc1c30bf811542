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


AMOUNT_BASES = ("without_tax", "with_tax")


def amount_basis() -> str:
    """Which amount the office's sales figures use when an ERP file has both: "without_tax" (无税金额,
    the default) or "with_tax" (价税合计). Chosen once for the office."""
    row = Meta.get_or_none(Meta.key == "orders_amount_basis")
    return row.value if row and row.value in AMOUNT_BASES else "without_tax"


def set_amount_basis(basis: str, *, actor: Actor) -> None:
    """Managers only: it changes what every sales figure means from the next import on."""
    require_manager(actor, "choose which amount the sales figures use")
    if basis not in AMOUNT_BASES:
        raise errors.ValidationError({"amount_basis": "invalid_choice"})
    with db.writing(actor):
        Meta.upsert(key="orders_amount_basis", value=basis)
