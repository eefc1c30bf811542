"""What the printed reviews say, gathered from the other services: one account's period, and the
quarter across the office. Plain data: the report classes only lay it out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from peewee import fn

from kamdesk import clock, errors
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.periods import Period
from kamdesk.rules.vocab import FeedbackKind, FeedbackStatus, Status, Tier
from kamdesk.services import accounts, board, contacts, feedback, follow_ups, loyalty, people, sales
from kamdesk.services.board import CardState, MoveInfo
from kamdesk.services.contacts import ContactDraft
from kamdesk.services.feedback import LedgerItem
from kamdesk.services.follow_ups import FollowUpItem
from kamdesk.services.loyalty import Assessment, Movement
from kamdesk.services.visits import NOTE_FIELDS
from kamdesk.store.models import Account, BoardMove, Visit
from kamdesk.store.row_values import tuples

if TYPE_CHECKING:
    from kamdesk.services import churn

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class VisitSummary:
    started_at: dt.datetime
    channel: str
    purpose: str
    findings: tuple[str, ...]


@dataclass(frozen=True)
class Risk:
    key: str  # a wording key: risk_cards, risk_open_complaints, ...
    params: dict


@dataclass(frozen=True)
class AccountReviewData:
    account: accounts.AccountDraft
    owner: str
    period: Period
    loyalty_history: list[Assessment]
    contacts: list[ContactDraft]
    cards: list[CardState]
    moves: dict[str, list[MoveInfo]]  # card key -> moves in the period, oldest first
    visits: list[VisitSummary]
    ledger: list[LedgerItem]  # in the period, plus complaints still open; open ones first
    open_follow_ups: list[FollowUpItem]
    last_contact: dt.datetime | None
    risks: list[Risk]
    monthly_sales: Sequence[tuple[str, int]] = ()  # ("2026-07", cents) in the 12 months to the period's end

    @property
    def has_sales(self) -> bool:
        return any(cents for _, cents in self.monthly_sales)

    @property
    def period_sales(self) -> int:
        return sum(
            c
            for month, c in self.monthly_sales
            if self.period.start.isoformat()[:7] <= month <= self.period.end.isoformat()[:7]
        )


def account_review(account_id: int, period: Period) -> AccountReviewData:
    account = accounts.get_account(account_id)
    owner_rep = people.get_rep(account.owner_id) if account.owner_id else None
    owner = owner_rep.name if owner_rep else ""  # None only without an owner: reps are never deleted
    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end, dt.time.max)
    cards = board.board(account_id)
    moves: dict[str, list[MoveInfo]] = {}
    for move in reversed(board.history(account_id)):
        if start <= move.moved_at <= end:
            moves.setdefault(move.card, []).append(move)
    visit_rows = (
        Visit.select()
        .where((Visit.account == account_id) & Visit.started_at.between(start, end))
        .order_by(Visit.started_at)
    )
    visits = [
        VisitSummary(
            v.started_at,
            v.channel,
            v.purpose,
            tuple(t for t in (getattr(v, f) for f in NOTE_FIELDS[1:]) if t),
        )
        for v in visit_rows
    ]
    entries = [
        e for e in feedback.entries(feedback.LedgerFilter(account_id=account_id))
        if period.contains(e.noted_on) or e.status == FeedbackStatus.OPEN
    ]  # fmt: skip
    history = loyalty.history(account_id)
    last = follow_ups.last_contacts([account_id]).get(account_id)
    data = AccountReviewData(
        account, owner, period, history, contacts.list_contacts(account_id), cards, moves, visits, entries,
        follow_ups.open_follow_ups(account_id=account_id), last, [],
        sales.monthly_revenue(period.end, 12, account_id),
    )  # fmt: skip
    data.risks.extend(_risks(data))
    return data


def _risks(data: AccountReviewData) -> list[Risk]:
    risks = []
    at_risk = [c.key for c in data.cards if c.column == BoardColumn.AT_RISK]
    if at_risk:
        risks.append(Risk("risk_cards", {"cards": at_risk}))
    open_complaints = sum(
        1 for e in data.ledger if e.kind == FeedbackKind.COMPLAINT and e.status == FeedbackStatus.OPEN
    )
    if open_complaints:
        risks.append(Risk("risk_open_complaints", {"n": open_complaints}))
    if any(c.past_cadence for c in data.cards):
        risks.append(Risk("risk_cadence", {"last": data.last_contact}))
    in_period = [a for a in data.loyalty_history if data.period.contains(a.assessed_on)]
    before = [a for a in data.loyalty_history if a.assessed_on < data.period.start]
    if in_period and before and loyalty.RANK[in_period[0].level] < loyalty.RANK[before[0].level]:
        risks.append(Risk("risk_loyalty_down", {"before": before[0].level, "after": in_period[0].level}))
    suggested = [c.key for c in data.cards if c.suggest_at_risk]
    if suggested:
        risks.append(Risk("risk_suggested", {"cards": suggested}))
    return risks


@dataclass(frozen=True)
class QuarterData:
    period: Period
    accounts_by_tier: dict[str, int]
    accounts_by_status: dict[str, int]
    visits: int
    past_cadence: int
    open_complaints: int
    loyalty_distribution: dict[str, int]
    moved_down: list[Movement]
    churned: int
    board_counts: dict[str, dict[str, int]]
    by_owner: list[tuple[str, list[AccountReviewData]]]
    revenue_cents: int = 0  # in the quarter
    pareto_top: int = 0  # accounts making 80% of the trailing twelve months
    pareto_accounts: int = 0
    pareto_shares: tuple = ()
    churn_rate: churn.ChurnRate | None = None  # for the quarter
    churn_reasons: dict[str, list[tuple[str, int]]] | None = None  # {"surface": [(reason, n)], "deep": [...]}
    whitespace: Sequence[tuple[str, int, int]] = ()  # (product line, accounts buying it, active accounts)


def quarter_review(
    period: Period, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> QuarterData:
    """The quarter across the office, and a review of every active account, grouped by owner.
    Raises CancelledError when `cancelled()` says so between accounts."""
    is_active = (Account.status == Status.ACTIVE) & Account.archived_at.is_null()
    active = list(Account.select(Account.id, Account.owner).where(is_active).order_by(Account.code))
    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end, dt.time.max)
    tiers = Counter(t for (t,) in tuples(Account.select(Account.tier).where(Account.archived_at.is_null())))
    statuses = Counter(
        s for (s,) in tuples(Account.select(Account.status).where(Account.archived_at.is_null()))
    )
    reviews: dict[str, list[AccountReviewData]] = {}
    for done, account in enumerate(active, start=1):
        if cancelled and cancelled():
            raise errors.CancelledError()
        review = account_review(account.id, period)
        reviews.setdefault(review.owner, []).append(review)
        if progress:
            progress(done, len(active))
    return QuarterData(
        period=period,
        accounts_by_tier={t: tiers.get(t, 0) for t in Tier},
        accounts_by_status={s: statuses.get(s, 0) for s in Status},
        visits=Visit.select().where(Visit.started_at.between(start, end)).count(),
        past_cadence=len(follow_ups.due_for_contact(min(period.end, clock.today()))),
        open_complaints=sum(feedback.open_complaints_by_account().values()),
        loyalty_distribution=loyalty.distribution(),
        moved_down=loyalty.moved_down(period.start - dt.timedelta(days=1), period.end),
        churned=statuses.get(Status.CHURNED, 0),
        board_counts=board.counts(board.portfolio()),
        by_owner=sorted(reviews.items(), key=lambda item: (item[0] == "", item[0])),
        **_sales_figures(period, len(active)),
    )


def _sales_figures(period: Period, active: int) -> dict:
    from kamdesk.services import churn

    pareto = sales.trailing_pareto(min(period.end, clock.today()))
    lines, buys = sales.whitespace()
    return {
        "revenue_cents": sum(sales.revenue_by_account(period.start, period.end).values()),
        "pareto_top": len(pareto.top),
        "pareto_accounts": len(pareto.rows),
        "pareto_shares": tuple(r.cumulative_share for r in pareto.rows),
        "churn_rate": churn.churn_rate(period),
        "churn_reasons": churn.top_reasons(period.start),
        "whitespace": [
            (line, sum(1 for bought in buys.values() if line in bought), active) for line in lines
        ],
    }


def moves_in(period: Period) -> int:
    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end, dt.time.max)
    return BoardMove.select(fn.COUNT(BoardMove.id)).where(BoardMove.moved_at.between(start, end)).scalar()
