"""The complaint / praise ledger (seed 004): after every contact, what the customer complained
about or was pleased with, tied to one of the guarantees. A complaint is open until resolved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, fn

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import FeedbackKind, FeedbackStatus, Guarantee
from kamdesk.services import changes
from kamdesk.store import db
from kamdesk.store.models import Account, Contact, LedgerEntry, database
from kamdesk.store.row_values import as_date_not_null, as_datetime

OPEN_KINDS = (FeedbackKind.COMPLAINT, FeedbackKind.SUGGESTION)  # praise needs no resolution


@dataclass(frozen=True)
class LedgerItem:
    id: int
    account_id: int
    account_name: str
    owner_id: int | None
    kind: str
    guarantee: str
    text: str
    noted_on: dt.date
    contact: str
    visit_id: int | None
    resolved_at: dt.datetime | None
    resolution: str

    @property
    def status(self) -> str:
        """open, resolved, or noted (praise)."""
        if self.kind not in OPEN_KINDS:
            return FeedbackStatus.NOTED
        return FeedbackStatus.RESOLVED if self.resolved_at else FeedbackStatus.OPEN


@dataclass(frozen=True)
class LedgerFilter:
    account_id: int | None = None
    kind: str | None = None
    guarantee: str | None = None
    status: str | None = None  # open / resolved / noted
    owner_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    account_text: str = ""  # part of the account's code or name


def add_entry(
    account_id: int, kind: str, guarantee: str, text: str, noted_on: dt.date | None = None,
    contact_id: int | None = None, *, actor: Actor,
) -> int:  # fmt: skip
    text = clean(text)
    noted_on = noted_on or clock.today()
    check = Checker()
    check.choice("kind", kind, FeedbackKind)
    check.choice("guarantee", guarantee, Guarantee)
    check.required("text", text)
    check.max_length("text", text, 5000)
    if noted_on > clock.today():
        check.fail("noted_on", "in_future")
    if (
        contact_id is not None
        and not Contact.select().where((Contact.id == contact_id) & (Contact.account == account_id)).exists()
    ):
        check.fail("contact_id", "invalid_choice")
    check.raise_if_any()
    with db.writing(actor):
        if not Account.select().where(Account.id == account_id).exists():
            raise errors.NotFoundError(what="account", key=account_id)
        return LedgerEntry.insert(
            account=account_id, kind=kind, guarantee=guarantee, text=text, noted_on=noted_on,
            contact=contact_id, created_by=actor.id,
        ).execute()  # fmt: skip


def resolve(entry_id: int, resolution: str, *, actor: Actor) -> None:
    resolution = clean(resolution)
    if not resolution:
        raise errors.ValidationError({"resolution": "required"})
    with db.writing(actor):
        entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
        if entry is None:
            raise errors.NotFoundError(what="ledger entry", key=entry_id)
        if entry.kind not in OPEN_KINDS or entry.resolved_at is not None:
            raise changes.conflict("ledger entry", "ledger_entry", entry_id)
        entry.resolved_at = clock.now()
        entry.resolution = resolution
        entry.save()


def entries(flt: LedgerFilter = LedgerFilter()) -> list[LedgerItem]:
    """Ledger entries matching the filter: open complaints first, then newest first."""
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.account,
            Account.name,
            Account.owner,
            LedgerEntry.kind,
            LedgerEntry.guarantee,
            LedgerEntry.text,
            LedgerEntry.noted_on,
            Contact.name,
            LedgerEntry.visit,
            LedgerEntry.resolved_at,
            LedgerEntry.resolution,
        )
        .join(Account, on=(LedgerEntry.account == Account.id))
        .switch(LedgerEntry)
        .join(Contact, JOIN.LEFT_OUTER, on=(LedgerEntry.contact == Contact.id))
    )
    if flt.account_id is not None:
        query = query.where(LedgerEntry.account == flt.account_id)
    if flt.account_text.strip():
        text = flt.account_text.strip()
        query = query.where(Account.code.contains(text) | Account.name.contains(text))
    if flt.kind:
        query = query.where(LedgerEntry.kind == flt.kind)
    if flt.guarantee:
        query = query.where(LedgerEntry.guarantee == flt.guarantee)
    if flt.owner_id is not None:
        query = query.where(Account.owner == flt.owner_id)
    if flt.since:
        query = query.where(LedgerEntry.noted_on >= flt.since)
    if flt.until:
        query = query.where(LedgerEntry.noted_on <= flt.until)
    if flt.status == FeedbackStatus.OPEN:
        query = query.where(LedgerEntry.kind.in_(OPEN_KINDS) & LedgerEntry.resolved_at.is_null())
    elif flt.status == FeedbackStatus.RESOLVED:
        query = query.where(LedgerEntry.kind.in_(OPEN_KINDS) & LedgerEntry.resolved_at.is_null(False))
    elif flt.status == FeedbackStatus.NOTED:
        query = query.where(LedgerEntry.kind.not_in(OPEN_KINDS))
    # Raw rows, converted here: an office keeps tens of thousands of entries, and peewee's model
    # instances (or even its converting tuples) took 2 s for 20,000 of them.
    items = [
        LedgerItem(
            id_, account_id, account_name, owner_id, kind, guarantee, text, as_date_not_null(noted_on),
            contact or "", visit_id, as_datetime(resolved_at), resolution,
        )
        for (id_, account_id, account_name, owner_id, kind, guarantee, text, noted_on, contact, visit_id,
             resolved_at, resolution) in database.execute(query).fetchall()
    ]  # fmt: skip
    items.sort(key=lambda i: (i.status != FeedbackStatus.OPEN, -i.noted_on.toordinal(), -i.id))
    return items


def open_complaints_by_account() -> dict[int, int]:
    query = (
        LedgerEntry.select(LedgerEntry.account, fn.COUNT(LedgerEntry.id))
        .where((LedgerEntry.kind == FeedbackKind.COMPLAINT) & LedgerEntry.resolved_at.is_null())
        .group_by(LedgerEntry.account)
    )
    return dict(database.execute(query))


def open_complaints_by_guarantee(account_id: int) -> dict[str, int]:
    query = (
        LedgerEntry.select(LedgerEntry.guarantee, fn.COUNT(LedgerEntry.id))
        .where(
            (LedgerEntry.account == account_id)
            & (LedgerEntry.kind == FeedbackKind.COMPLAINT)
            & LedgerEntry.resolved_at.is_null()
        )
        .group_by(LedgerEntry.guarantee)
    )
    return dict(database.execute(query))
