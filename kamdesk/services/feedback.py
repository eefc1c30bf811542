"""The complaint / praise ledger (seed 004): after every contact, what the customer complained
about or was pleased with, tied to one of the guarantees. A complaint is open until resolved."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from peewee import JOIN, fn

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Department, FeedbackKind, FeedbackStatus, Guarantee
from kamdesk.services import changes, live
from kamdesk.store import db
from kamdesk.store.models import Account, Contact, LedgerEntry, Rep, database
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
        live.require(account_id)
        return LedgerEntry.insert(
            account=account_id, kind=kind, guarantee=guarantee, text=text, noted_on=noted_on,
            contact=contact_id, created_by=actor.id,
        ).execute()  # fmt: skip


def resolve(entry_id: int, resolution: str, *, actor: Actor) -> None:
    resolution = clean(resolution)
    if not resolution:
        raise errors.ValidationError({"resolution": "required"})
    with db.writing(actor):
        live.require_for_entry(entry_id)
        entry = _open_entry(entry_id)
        entry.resolved_at = clock.now()
        entry.resolution = resolution
        entry.responded_at = entry.responded_at or entry.resolved_at  # resolving it answers it too
        entry.save()


def _open_entry(entry_id: int) -> LedgerEntry:
    """The entry, still open (a complaint or suggestion not resolved), inside the writing
    transaction; NotFoundError, or ConflictError when another seat resolved it meanwhile."""
    entry = LedgerEntry.get_or_none(LedgerEntry.id == entry_id)
    if entry is None:
        raise errors.NotFoundError(what="ledger entry", key=entry_id)
    if entry.kind not in OPEN_KINDS or entry.resolved_at is not None:
        raise changes.conflict("ledger entry", "ledger_entry", entry_id)
    return entry


def hand_on(entry_id: int, department: str, handler_id: int, handle_by: dt.date, *, actor: Actor) -> None:
    """Seed 002: 跨部门的有效沟通. An open complaint goes to the department that must fix it, to one
    person there, by a date; it shows in that person's Follow-ups. Handing it on is a first response."""
    check = Checker()
    check.choice("department", department, Department.codes())
    if not Rep.select().where((Rep.id == handler_id) & Rep.active).exists():
        check.fail("handler_id", "invalid_choice")
    if handle_by < clock.today():
        check.fail("handle_by", "in_past")
    check.raise_if_any()
    with db.writing(actor):
        live.require_for_entry(entry_id)
        entry = _open_entry(entry_id)
        entry.department, entry.handler_id, entry.handle_by = department, handler_id, handle_by
        entry.responded_at = entry.responded_at or clock.now()
        entry.save()


def mark_responded(entry_id: int, *, actor: Actor) -> None:
    """The customer was answered (the fix may take longer): the complaint's first response."""
    with db.writing(actor):
        live.require_for_entry(entry_id)
        changed = (
            LedgerEntry.update(responded_at=clock.now())
            .where((LedgerEntry.id == entry_id) & LedgerEntry.responded_at.is_null())
            .execute()
        )
        if not changed:
            raise changes.conflict("ledger entry", "ledger_entry", entry_id)


@dataclass(frozen=True)
class HandedOn:
    """An open complaint handed on to be fixed, as its handler's follow-up."""

    id: int
    account_id: int
    account: str
    guarantee: str
    text: str
    department: str
    handle_by: dt.date


def handed_to(rep_id: int | None) -> list[HandedOn]:
    """Open complaints handed on to this person (or to anyone), soonest due first."""
    query = (
        LedgerEntry.select(
            LedgerEntry.id,
            LedgerEntry.account,
            Account.code,
            Account.name,
            LedgerEntry.guarantee,
            LedgerEntry.text,
            LedgerEntry.department,
            LedgerEntry.handle_by,
        )
        .join(Account, on=(LedgerEntry.account == Account.id))
        .where(LedgerEntry.handler.is_null(False) & LedgerEntry.resolved_at.is_null())
    )
    if rep_id is not None:
        query = query.where(LedgerEntry.handler == rep_id)
    found = [HandedOn(i, a, f"{code} {name}", g, text, dep, as_date_not_null(by))
             for i, a, code, name, g, text, dep, by in database.execute(query)]  # fmt: skip
    return sorted(found, key=lambda h: (h.handle_by, h.id))


@dataclass(frozen=True)
class ServiceClock:
    """How fast complaints noted in a period were answered and resolved, in days from the day noted
    (medians; None without any), and how many are still waiting for either at the end."""

    complaints: int
    median_response_days: float | None
    median_resolution_days: float | None
    unanswered: int
    unresolved: int


def service_clock(since: dt.date, until: dt.date, account_ids: list[int] | None = None,
                  guarantee: str | None = None) -> ServiceClock:  # fmt: skip
    """Complaints noted in [since, until], as they stood at the end of `until`: a response or a
    resolution made later had not been made then."""
    query = LedgerEntry.select(LedgerEntry.noted_on, LedgerEntry.responded_at, LedgerEntry.resolved_at).where(
        (LedgerEntry.kind == FeedbackKind.COMPLAINT) & LedgerEntry.noted_on.between(since, until)
    )
    if account_ids is not None:
        query = query.where(LedgerEntry.account.in_(account_ids))
    if guarantee is not None:
        query = query.where(LedgerEntry.guarantee == guarantee)
    end = dt.datetime.combine(until, dt.time.max)
    responses: list[int] = []
    resolutions: list[int] = []
    count = 0
    for noted, responded, resolved in database.execute(query):
        count += 1
        day = as_date_not_null(noted)
        for moment, found in ((as_datetime(responded), responses), (as_datetime(resolved), resolutions)):
            if moment is not None and moment <= end:
                found.append(max((moment.date() - day).days, 0))
    response = statistics.median(responses) if responses else None
    resolution = statistics.median(resolutions) if resolutions else None
    return ServiceClock(count, response, resolution, count - len(responses), count - len(resolutions))


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
