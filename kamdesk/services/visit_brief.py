"""The visit brief (拜访简报): what a rep reads in the car park before a deep-communication visit.

Who they will meet and where each stands, what we promised and have not done, the complaints and the
rebates or promotions still open, the 1-2-4 cards at risk, whether the account is past its buying
cycle, and three questions for the cards that need them (rules/visit_questions). It reads the
account as it is now: a brief is for the next visit, not a record of a period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk import clock
from kamdesk.rules import analytics
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.visit_questions import CardSeen, Question, suggest
from kamdesk.rules.vocab import Attitude, DecisionRole
from kamdesk.services import (
    accounts,
    board,
    contacts,
    feedback,
    follow_ups,
    incentives,
    office_settings,
    relationships,
    sales,
)  # fmt: skip
from kamdesk.services.board import CardState
from kamdesk.services.feedback import LedgerFilter, LedgerItem
from kamdesk.services.follow_ups import FollowUpItem
from kamdesk.services.incentives import Standing
from kamdesk.store.models import Rep, Visit, VisitContact
from kamdesk.store.row_values import as_datetime_not_null, tuples

ROLE_ORDER = (DecisionRole.DECISION_MAKER, DecisionRole.INFLUENCER, DecisionRole.BUYER,
              DecisionRole.GATEKEEPER, DecisionRole.USER)  # fmt: skip
PEOPLE = 6  # a page holds this many of their people; the rest are counted


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    role: str  # DecisionRole
    attitude: str  # Attitude
    ours: tuple[str, ...]  # our people who face them
    last_met: dt.date | None


@dataclass(frozen=True)
class BuyingCycle:
    last_order: dt.date | None
    typical_days: float | None  # None: too few orders to tell a rhythm
    days_since: int | None

    @property
    def slipping(self) -> bool:
        """Past 1.5x the usual interval since the last order (analytics.slipping's rule)."""
        return (
            self.typical_days is not None
            and self.days_since is not None
            and self.days_since > analytics.SLIPPING_FACTOR * self.typical_days
        )


@dataclass(frozen=True)
class VisitBrief:
    account_id: int
    code: str
    name: str
    owner: str
    day: dt.date
    last_visit: dt.date | None
    last_purpose: str
    people: list[Person]
    more_people: int
    promises: list[FollowUpItem]  # open, soonest due first
    complaints: list[LedgerItem]  # open complaints, the oldest first
    resolution_target: int  # days the office gives itself to resolve a complaint
    incentives: list[Standing]  # rebates and promotions not yet paid in full
    at_risk: list[CardState]  # at risk, or suggested at risk
    cycle: BuyingCycle
    questions: list[Question]


def brief(account_id: int, day: dt.date | None = None) -> VisitBrief:
    day = day or clock.today()
    account = accounts.get_account(account_id)
    states = board.board(account_id)
    last = (
        Visit.select(Visit.started_at, Visit.purpose)
        .where(Visit.account == account_id)
        .order_by(Visit.started_at.desc())
        .first()
    )
    people, more = _people(account_id)
    open_complaints = sorted(  # the longest open first: they are what the customer will raise
        feedback.entries(LedgerFilter(account_id=account_id, kind="complaint", status="open")),
        key=lambda e: (e.noted_on, e.id),
    )
    owed = [s for s in incentives.standings([account_id], day) if s.state in ("open", "overdue")]
    return VisitBrief(
        account_id=account_id,
        code=account.code,
        name=account.name,
        owner=Rep.select(Rep.name).where(Rep.id == account.owner_id).scalar() or "",
        day=day,
        last_visit=as_datetime_not_null(last.started_at).date() if last else None,
        last_purpose=last.purpose if last else "",
        people=people,
        more_people=more,
        promises=follow_ups.open_follow_ups(account_id=account_id),
        complaints=open_complaints,
        resolution_target=office_settings.service_targets()["resolution"],
        incentives=sorted(owed, key=lambda s: (not s.overdue, s.agreement.due_on or day)),
        at_risk=[s for s in states if s.column == BoardColumn.AT_RISK or s.suggest_at_risk],
        cycle=_cycle(account_id, day),
        questions=suggest(CardSeen(s.key, s.column, s.done_practices, s.suggest_at_risk) for s in states),
    )


def _people(account_id: int) -> tuple[list[Person], int]:
    """Their people, the decision makers first and those we know least about (attitude not yet
    known, or against us) before the rest of the same role."""
    ours: dict[int, list[str]] = {}
    for tie in relationships.counterparts(account_id):
        ours.setdefault(tie.contact_id, []).append(tie.our_name)
    met = dict(
        tuples(
            VisitContact.select(VisitContact.contact, Visit.started_at)
            .join(Visit)
            .where(Visit.account == account_id)
            .order_by(Visit.started_at)
        )
    )
    attitude_order = (
        Attitude.OPPONENT,
        Attitude.UNKNOWN,
        Attitude.NEUTRAL,
        Attitude.SUPPORTER,
        Attitude.CHAMPION,
    )
    everyone = sorted(
        contacts.list_contacts(account_id),
        key=lambda c: (_index(ROLE_ORDER, c.decision_role), _index(attitude_order, c.attitude), c.name),
    )
    shown = [
        Person(
            c.name, c.title, c.decision_role, c.attitude, tuple(ours.get(c.id or 0, ())),
            as_datetime_not_null(met[c.id]).date() if c.id in met else None,
        )
        for c in everyone[:PEOPLE]
    ]  # fmt: skip
    return shown, max(len(everyone) - PEOPLE, 0)


def _index(order: tuple, value: str) -> int:
    return order.index(value) if value in order else len(order)


def _cycle(account_id: int, day: dt.date) -> BuyingCycle:
    for _, last, typical in sales.cycles_on(day, [account_id]):
        return BuyingCycle(last, typical, (day - last).days)
    return BuyingCycle(None, None, None)
