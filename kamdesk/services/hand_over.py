"""Handing accounts from one rep to another (seed 004: accounts belong to the company; when a rep
leaves, the customers stay). Only a manager hands over. The account's open follow-ups and 1-2-4 cards
that the previous owner looked after move with it; history stays as it was, plus a hand-over entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.validation import clean
from kamdesk.store import db
from kamdesk.store.models import Account, BoardCard, FollowUp, HandOver, Rep
from kamdesk.store.row_values import tuples


@dataclass(frozen=True)
class HandOverResult:
    accounts: int  # handed over (accounts the new owner already had are left out)
    follow_ups: int  # open follow-ups that moved
    cards: int  # board cards that moved


@dataclass(frozen=True)
class HandOverInfo:
    when: dt.datetime
    from_rep: str
    to_rep: str
    by: str
    note: str
    follow_ups: int
    cards: int
    id: int


def accounts_of(rep_id: int) -> list[int]:
    """Every account a rep owns, archived ones too: all of them go when the rep leaves."""
    return [
        a for (a,) in tuples(Account.select(Account.id).where(Account.owner == rep_id).order_by(Account.id))
    ]


def hand_over(account_ids: list[int], to_rep_id: int, note: str = "", *, actor: Actor) -> HandOverResult:
    """Give the accounts to `to_rep_id` in one transaction: all of them, or none if anything is wrong."""
    require_manager(actor, "hand accounts over")
    note = clean(note)
    to_rep = Rep.get_or_none(Rep.id == to_rep_id)
    if to_rep is None or not to_rep.active:
        raise errors.ValidationError({"to_rep_id": "invalid_choice"})
    if len(note) > 2000:
        raise errors.ValidationError({"note": "too_long"})
    moved = follow_ups = cards = 0
    with db.writing(actor):
        found = {
            a.id: a for a in Account.select(Account.id, Account.owner).where(Account.id.in_(account_ids))
        }
        missing = [i for i in account_ids if i not in found]
        if missing:
            raise errors.NotFoundError(what="account", key=missing[0])
        now = clock.now()
        for account_id in account_ids:
            previous = found[account_id].owner_id
            if previous == to_rep_id:
                continue
            open_ones = (FollowUp.account == account_id) & FollowUp.done_at.is_null()
            moved_follow_ups = (
                FollowUp.update(owner=to_rep_id).where(open_ones & _owned_by(FollowUp, previous)).execute()
            )
            moved_cards = (
                BoardCard.update(owner=to_rep_id, updated_at=now, version=BoardCard.version + 1)
                .where((BoardCard.account == account_id) & _owned_by(BoardCard, previous))
                .execute()
            )
            Account.update(owner=to_rep_id, updated_at=now, version=Account.version + 1).where(
                Account.id == account_id
            ).execute()
            HandOver.create(
                account=account_id, from_rep=previous, to_rep=to_rep_id, by=actor.id, handed_at=now,
                note=note, follow_ups=moved_follow_ups, cards=moved_cards,
            )  # fmt: skip
            moved += 1
            follow_ups += moved_follow_ups
            cards += moved_cards
    return HandOverResult(moved, follow_ups, cards)


def hand_overs(account_id: int) -> list[HandOverInfo]:
    """An account's hand-overs, newest first."""
    names: dict[int | None, str] = dict(tuples(Rep.select(Rep.id, Rep.name)))  # None: no rep
    query = HandOver.select().where(HandOver.account == account_id).order_by(HandOver.handed_at.desc())
    name = names.get
    return [
        HandOverInfo(h.handed_at, name(h.from_rep_id, ""), name(h.to_rep_id, ""), name(h.by_id, ""), h.note,
                     h.follow_ups, h.cards, h.id)
        for h in query
    ]  # fmt: skip


def _owned_by(model, rep_id: int | None):
    """Rows the previous owner looked after; with no previous owner, the unowned ones."""
    return model.owner.is_null() if rep_id is None else model.owner == rep_id
