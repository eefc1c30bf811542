"""Follow-ups (agreed next steps) and the contact cadence: who must be contacted, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from peewee import JOIN, fn

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Status, Tier
from kamdesk.services import changes, live
from kamdesk.store import db
from kamdesk.store.models import Account, Cadence, FollowUp, Rep, Visit, database
from kamdesk.store.row_values import as_datetime, as_datetime_not_null

BUCKETS = ("overdue", "today", "this_week", "next_week", "later")


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    account_id: int
    account_name: str
    text: str
    owner_id: int | None
    owner: str
    due_on: dt.date
    done_at: dt.datetime | None
    done_note: str
    visit_id: int | None

    def bucket(self, today: dt.date) -> str:
        """overdue, today, this_week (to Sunday), next_week (Monday to Sunday after) or later: the
        calendar's weeks, as a rep plans them (next Monday is not "this week")."""
        if self.due_on < today:
            return "overdue"
        if self.due_on == today:
            return "today"
        sunday = today + dt.timedelta(days=6 - today.weekday())
        if self.due_on <= sunday:
            return "this_week"
        if self.due_on <= sunday + dt.timedelta(days=7):
            return "next_week"
        return "later"


def _query():
    return (
        FollowUp.select(FollowUp, Account, Rep)
        .join(Account, on=(FollowUp.account == Account.id))
        .switch(FollowUp)
        .join(Rep, JOIN.LEFT_OUTER, on=(FollowUp.owner == Rep.id))
    )


def _item(f: FollowUp) -> FollowUpItem:
    owner = f.owner.name if f.owner is not None else ""
    return FollowUpItem(
        f.id,
        f.account_id,
        f.account.name,
        f.text,
        f.owner_id,
        owner,
        f.due_on,
        f.done_at,
        f.done_note,
        f.visit_id,
    )


def open_follow_ups(owner_id: int | None = None, account_id: int | None = None) -> list[FollowUpItem]:
    """Open follow-ups, soonest due first; an owner's ("My follow-ups") or an account's."""
    query = _query().where(FollowUp.done_at.is_null()).order_by(FollowUp.due_on, FollowUp.id)
    if owner_id is not None:
        query = query.where(FollowUp.owner == owner_id)
    if account_id is not None:
        query = query.where(FollowUp.account == account_id)
    return [_item(f) for f in query]


def open_at(day: dt.date, account_ids: list[int] | None = None) -> dict[int, list[FollowUpItem]]:
    """Each account's follow-ups made by the end of `day` and not done by then, soonest due first:
    what a review of a period ending that day lists as its next steps."""
    end = dt.datetime.combine(day, dt.time.max)
    query = (
        _query()
        .where((FollowUp.created_at <= end) & (FollowUp.done_at.is_null() | (FollowUp.done_at > end)))
        .order_by(FollowUp.due_on, FollowUp.id)
    )
    if account_ids is not None:
        query = query.where(FollowUp.account.in_(account_ids))
    found: dict[int, list[FollowUpItem]] = {}
    for f in query:
        item = _item(f)
        found.setdefault(item.account_id, []).append(replace(item, done_at=None, done_note=""))
    return found


def grouped(items: list[FollowUpItem], today: dt.date | None = None) -> dict[str, list[FollowUpItem]]:
    today = today or clock.today()
    groups: dict[str, list[FollowUpItem]] = {name: [] for name in BUCKETS}
    for item in items:
        groups[item.bucket(today)].append(item)
    return groups


def add_follow_up(
    account_id: int, text: str, owner_id: int | None, due_on: dt.date | None, *, actor: Actor
) -> int:
    text = clean(text)
    check = Checker()
    check.required("text", text)
    if owner_id is None or not Rep.select().where(Rep.id == owner_id).exists():
        check.fail("owner_id", "required")
    if due_on is None:
        check.fail("due_on", "required")
    elif due_on < clock.today():
        check.fail("due_on", "in_past")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        return FollowUp.insert(
            account=account_id, text=text, owner=owner_id, due_on=due_on, created_by=actor.id
        ).execute()


def complete(follow_up_id: int, note: str = "", *, actor: Actor) -> None:
    with db.writing(actor):
        changed = (
            FollowUp.update(done_at=clock.now(), done_note=clean(note))
            .where((FollowUp.id == follow_up_id) & FollowUp.done_at.is_null())
            .execute()
        )
        if not changed:
            _missing_or_done(follow_up_id)


def reassign(follow_up_id: int, owner_id: int, *, actor: Actor) -> None:
    with db.writing(actor):
        if not Rep.select().where(Rep.id == owner_id).exists():
            raise errors.ValidationError({"owner_id": "invalid_choice"})
        if not FollowUp.update(owner=owner_id).where(FollowUp.id == follow_up_id).execute():
            raise errors.NotFoundError(what="follow-up", key=follow_up_id)


def _missing_or_done(follow_up_id: int) -> None:
    if FollowUp.select().where(FollowUp.id == follow_up_id).exists():
        raise changes.conflict("follow-up", "follow_up", follow_up_id)
    raise errors.NotFoundError(what="follow-up", key=follow_up_id)


# --- contact cadence --------------------------------------------------------------------------------
@dataclass(frozen=True)
class DueAccount:
    account_id: int
    code: str
    name: str
    tier: str
    owner_id: int | None
    owner: str
    last_contact: dt.datetime | None
    cadence_days: int
    overdue_days: int  # days past the cadence; never contacted counts from the account's creation


def cadence_days() -> dict[str, int]:
    return {c.tier: c.days for c in Cadence.select()}


def set_cadence(tier: str, days: int, *, actor: Actor) -> None:
    """Managers only: how often accounts of a tier should be contacted."""
    require_manager(actor, "change the contact cadence")
    check = Checker()
    check.choice("tier", tier, Tier)
    if not isinstance(days, int) or not 1 <= days <= 365:
        check.fail("days", "out_of_range")
    check.raise_if_any()
    with db.writing(actor):
        Cadence.upsert(tier=tier, days=days)


def due_for_contact(today: dt.date | None = None, owner_id: int | None = None) -> list[DueAccount]:
    """Active accounts whose last logged contact is older than their tier's cadence, most overdue
    first. Any logged contact (a visit of any channel) resets the clock."""
    today = today or clock.today()
    cadence = cadence_days()
    last = (
        Visit.select(Visit.account, fn.MAX(Visit.started_at).alias("last"))
        .group_by(Visit.account)
        .alias("last_visit")
    )
    query = (
        Account.select(
            Account.id, Account.code, Account.name, Account.tier, Account.owner, fn.COALESCE(Rep.name, ""),
            last.c.last, Account.created_at,
        )
        .join(Rep, JOIN.LEFT_OUTER, on=(Account.owner == Rep.id))
        .switch(Account)
        .join(last, JOIN.LEFT_OUTER, on=(last.c.account_id == Account.id))
        .where((Account.status == Status.ACTIVE) & Account.archived_at.is_null())
    )  # fmt: skip
    due = []
    for account_id, code, name, tier, owner_id_, owner, last_contact, created in database.execute(query):
        if owner_id is not None and owner_id_ != owner_id:
            continue
        last_contact = as_datetime(last_contact)
        since = (last_contact or as_datetime_not_null(created)).date()
        days = cadence.get(tier, 60)
        overdue = (today - since).days - days
        if overdue > 0:
            due.append(
                DueAccount(account_id, code, name, tier, owner_id_, owner, last_contact, days, overdue)
            )
    due.sort(key=lambda d: (-d.overdue_days, d.code))
    return due


def past_cadence(account_id: int, today: dt.date | None = None) -> bool:
    """One account's answer to due_for_contact(), without looking at the others."""
    today = today or clock.today()
    account = Account.get_or_none(Account.id == account_id)
    if account is None or account.status != Status.ACTIVE or account.archived_at is not None:
        return False
    last = as_datetime(Visit.select(fn.MAX(Visit.started_at)).where(Visit.account == account_id).scalar())
    since = (last or account.created_at).date()
    return (today - since).days > cadence_days().get(account.tier, 60)


def last_contacts(account_ids: list[int] | None = None) -> dict[int, dt.datetime]:
    query = Visit.select(Visit.account, fn.MAX(Visit.started_at)).group_by(Visit.account)
    if account_ids is not None:
        query = query.where(Visit.account.in_(account_ids))
    return {a: as_datetime_not_null(t) for a, t in database.execute(query)}
