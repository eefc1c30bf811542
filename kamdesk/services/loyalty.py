"""Loyalty assessments (seed 004): loyal, neutral or disloyal, dated, with the basis; the account's
current level is its latest assessment."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from peewee import JOIN

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import ASSESSED_LOYALTIES, Loyalty, LoyaltyBasis, Status
from kamdesk.services import live
from kamdesk.store import db
from kamdesk.store.models import Account, LoyaltyAssessment, Rep
from kamdesk.store.row_values import tuples

RANK: dict[str, int] = {Loyalty.DISLOYAL: 0, Loyalty.NEUTRAL: 1, Loyalty.LOYAL: 2}


@dataclass(frozen=True)
class Assessment:
    id: int
    account_id: int
    level: str
    assessed_on: dt.date
    basis: str
    note: str
    assessed_by: str


@dataclass(frozen=True)
class Movement:
    account_id: int
    code: str
    name: str
    before: str
    after: str


def record(
    account_id: int, level: str, assessed_on: dt.date | None = None, basis: str = LoyaltyBasis.VISIT,
    note: str = "", *, actor: Actor,
) -> int:  # fmt: skip
    assessed_on = assessed_on or clock.today()
    check = Checker()
    check.choice("level", level, ASSESSED_LOYALTIES)
    check.choice("basis", basis, LoyaltyBasis)
    if assessed_on > clock.today():
        check.fail("assessed_on", "in_future")
    note = clean(note)
    check.max_length("note", note, 5000)
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        new_id = LoyaltyAssessment.insert(
            account=account_id,
            level=level,
            assessed_on=assessed_on,
            basis=basis,
            note=note,
            assessed_by=actor.id,
        ).execute()
        latest = (
            LoyaltyAssessment.select(LoyaltyAssessment.level)
            .where(LoyaltyAssessment.account == account_id)
            .order_by(LoyaltyAssessment.assessed_on.desc(), LoyaltyAssessment.id.desc())
            .first()
        )
        Account.update(loyalty=latest.level, version=Account.version + 1).where(
            Account.id == account_id
        ).execute()
    return new_id


def history(account_id: int) -> list[Assessment]:
    query = (
        LoyaltyAssessment.select(LoyaltyAssessment, Rep)
        .join(Rep, JOIN.LEFT_OUTER, on=(LoyaltyAssessment.assessed_by == Rep.id))
        .where(LoyaltyAssessment.account == account_id)
        .order_by(LoyaltyAssessment.assessed_on.desc(), LoyaltyAssessment.id.desc())
    )
    return [
        Assessment(
            a.id,
            a.account_id,
            a.level,
            a.assessed_on,
            a.basis,
            a.note,
            a.assessed_by.name if a.assessed_by is not None else "",
        )
        for a in query
    ]


def distribution() -> dict[str, int]:
    """Active accounts by current loyalty level (unknown: never assessed)."""
    query = Account.select(Account.loyalty).where(
        (Account.status == Status.ACTIVE) & Account.archived_at.is_null()
    )
    counts = Counter(level for (level,) in tuples(query))
    return {level: counts.get(level, 0) for level in Loyalty}


def moved_down(since: dt.date, until: dt.date | None = None) -> list[Movement]:
    """Accounts whose loyalty is lower at `until` (default today) than it was on `since`."""
    until = until or clock.today()
    query = (
        LoyaltyAssessment.select(
            LoyaltyAssessment.account, LoyaltyAssessment.level, LoyaltyAssessment.assessed_on
        )
        .where(LoyaltyAssessment.assessed_on <= until)
        .order_by(LoyaltyAssessment.account, LoyaltyAssessment.assessed_on, LoyaltyAssessment.id)
    )
    before: dict[int, str] = {}
    after: dict[int, str] = {}
    for account_id, level, assessed_on in tuples(query):
        if assessed_on <= since:
            before[account_id] = level
        after[account_id] = level
    down = [a for a in after if a in before and RANK[after[a]] < RANK[before[a]]]
    names = {
        a.id: (a.code, a.name)
        for a in Account.select(Account.id, Account.code, Account.name).where(Account.id.in_(down))
    }
    return sorted(
        (Movement(a, *names[a], before[a], after[a]) for a in down), key=lambda m: (RANK[m.after], m.code)
    )
