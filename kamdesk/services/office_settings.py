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


SERVICE_TARGETS = {"response": 1, "resolution": 7}  # days from the day a complaint is noted


def service_targets() -> dict[str, int]:
    """How many days the office gives itself to answer a complaint and to resolve it."""
    out = dict(SERVICE_TARGETS)
    for key in out:
        row = Meta.get_or_none(Meta.key == f"target_{key}_days")
        if row and row.value.isdigit():
            out[key] = int(row.value)
    return out


def set_service_targets(
    response_days: int, resolution_days: int, otif_percent: int | None = None, *, actor: Actor
) -> None:
    require_manager(actor, "set the office's service targets")
    if not 0 <= response_days <= resolution_days <= 365:
        raise errors.ValidationError({"resolution_days": "out_of_range"})
    if otif_percent is not None and not 1 <= otif_percent <= 100:
        raise errors.ValidationError({"otif_percent": "out_of_range"})
    with db.writing(actor):
        Meta.upsert(key="target_response_days", value=str(response_days))
        Meta.upsert(key="target_resolution_days", value=str(resolution_days))
        if otif_percent is not None:
            Meta.upsert(key="target_otif_percent", value=str(otif_percent))


OTIF_TARGET = 95  # percent of the lines promised delivered on time and in full, until a manager says


def otif_target() -> int:
    """Guarantee 3's target: under it, the board suggests the account's logistics are at risk."""
    row = Meta.get_or_none(Meta.key == "target_otif_percent")
    return int(row.value) if row and row.value.isdigit() and 0 < int(row.value) <= 100 else OTIF_TARGET


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
