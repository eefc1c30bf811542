"""What an account review says, gathered from the other services, every figure as of the period's
end. Plain data: the report classes only lay it out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace

from kamdesk import clock
from kamdesk.rules import analytics
from kamdesk.rules.board_cards import BY_KEY, BoardColumn
from kamdesk.rules.delivery import DeliveryFigures
from kamdesk.rules.periods import Period
from kamdesk.rules.value_tiers import AccountValue, Wallet
from kamdesk.rules.vocab import Attitude, FeedbackKind, FeedbackStatus, Guarantee
from kamdesk.services import (
    accounts,
    as_of,
    board,
    delivery,
    feedback,
    follow_ups,
    incentives,
    loyalty,
    office_settings,
    people,
    relationships,
    sales,
    satisfaction,
    topics,
    value,
)
from kamdesk.services.board import CardState, MoveInfo
from kamdesk.services.contacts import ContactDraft
from kamdesk.services.feedback import LedgerItem
from kamdesk.services.follow_ups import FollowUpItem
from kamdesk.services.loyalty import Assessment
from kamdesk.services.value import Estimate
from kamdesk.services.visits import NOTE_FIELDS
from kamdesk.store.models import BoardCard, Contact, Visit

YEAR_LESS_A_DAY = value.YEAR - dt.timedelta(days=1)  # the twelve months to a day, that day included


@dataclass(frozen=True)
class VisitSummary:
    started_at: dt.datetime
    channel: str
    purpose: str
    findings: tuple[tuple[str, str], ...]  # (note field: problems, latent_needs, ..., what was written)


@dataclass(frozen=True)
class Risk:
    key: str  # a wording key: risk_cards, risk_open_complaints, ...
    params: dict
    next_step: str = ""  # a wording key for the step proposed, when the review proposes one


@dataclass(frozen=True)
class AccountReviewData:
    """One account's review for a period, every figure as of the period's end (services/as_of): a
    past period's review reads the same whenever it is printed."""

    account: accounts.AccountDraft  # tier, owner, loyalty and status as they stood at the end
    owner: str
    period: Period
    loyalty_history: list[Assessment]  # assessed on or before the end, newest first
    contacts: list[ContactDraft]
    cards: list[CardState]  # each in its column at the end
    moves: dict[str, list[MoveInfo]]  # card key -> moves in the period, oldest first
    visits: list[VisitSummary]
    ledger: list[LedgerItem]  # noted in the period, plus complaints still open at its end; open first
    open_follow_ups: list[FollowUpItem]  # open at the end
    last_contact: dt.datetime | None  # the last visit that started on or before the end
    risks: list[Risk]
    monthly_sales: Sequence[tuple[str, int]] = ()  # ("2026-07", cents) in the 12 months to the period's end
    slipping: analytics.Slipping | None = None  # past its buying cycle at the end
    past_cadence_days: int | None = None  # days past the contact cadence at the end
    value: AccountValue | None = None  # in the period
    value_12m: AccountValue | None = None  # in the twelve months to the end
    wallet: Wallet | None = None  # its latest need estimate by the end, against the 12 months' purchases
    incentives: list[incentives.Standing] = field(default_factory=list)  # begun by the end, as then
    need_estimate: Estimate | None = None  # the latest made by the end
    service: feedback.ServiceClock | None = None  # the period's complaints, as they stood at its end
    service_targets: dict[str, int] = field(default_factory=dict)
    surveys: list[satisfaction.Survey] = field(default_factory=list)  # made by the end, latest first
    deliveries: DeliveryFigures | None = None  # the lines promised in the period, as of its end
    delivery_issues: list[delivery.Issue] = field(default_factory=list)  # recorded in the period
    stock: list[delivery.Stock] = field(default_factory=list)  # noted by the end
    otif_target: int = office_settings.OTIF_TARGET
    relationship_map: relationships.Map | None = None  # as recorded when printed (personal notes never)
    teams: list[relationships.Team] = field(default_factory=list)  # meetings by the end only
    topics_raised: list[str] = field(default_factory=list)  # the office's topics it raised by the end

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

    def to_json(self) -> dict:
        """The figures the review prints, as of the period's end (`report account --figures`)."""
        a = self.account
        open_complaints = sum(
            1 for e in self.ledger if e.kind == FeedbackKind.COMPLAINT and e.status == FeedbackStatus.OPEN
        )
        return {
            "code": a.code, "name": a.name, "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(), "tier_at_end": a.tier, "status_at_end": a.status,
            "loyalty_at_end": a.loyalty, "owner_at_end": self.owner,
            "secured_cards_at_end": sum(1 for c in self.cards if c.column == BoardColumn.SECURED),
            "at_risk_cards_at_end": sum(1 for c in self.cards if c.column == BoardColumn.AT_RISK),
            "open_complaints_at_end": open_complaints,
            "visits_in_period": len(self.visits),
            "last_contact_before_end": self.last_contact.date().isoformat() if self.last_contact else None,
            "revenue_cents": self.period_sales,
            "revenue_12_months_cents": sum(c for _, c in self.monthly_sales),
            "slipping": self.slipping is not None,
            "past_cadence_days": self.past_cadence_days,
            "gross_profit_cents": self.value.gross_profit if self.value else None,
            "cost_to_serve_cents": self.value.cost_to_serve if self.value else 0,
            "net_contribution_cents": self.value.net_contribution if self.value else None,
            "net_contribution_12_months_cents": self.value_12m.net_contribution if self.value_12m else None,
            "share_of_wallet": round(self.wallet.share, 6) if self.wallet else None,
            "incentives_overdue_at_end": sum(1 for s in self.incentives if s.overdue),
            "delivery_lines_promised": self.deliveries.lines if self.deliveries else 0,
            "on_time_in_full_share": _rounded(self.deliveries.otif if self.deliveries else None),
            "delivery_issues": len(self.delivery_issues),
            "risks": [r.key for r in self.risks],
        }  # fmt: skip


def _rounded(share: float | None) -> float | None:
    return None if share is None else round(share, 6)


def account_review(account_id: int, period: Period) -> AccountReviewData:
    draft = accounts.get_account(account_id)
    end_day = min(period.end, clock.today())  # a running period stands as of today
    end = as_of.end_of(end_day)
    start = dt.datetime.combine(period.start, dt.time())
    stood = as_of.accounts_at(end_day, [account_id]).get(account_id)
    if stood is not None:  # made after the period: shown as it is
        draft = replace(draft, code=stood.code, name=stood.name, industry=stood.industry, region=stood.region,
                        tier=stood.tier, relationship=stood.relationship, owner_id=stood.owner_id,
                        loyalty=stood.loyalty, status=stood.status, archived=stood.archived)  # fmt: skip
    owner_rep = people.get_rep(draft.owner_id) if draft.owner_id else None
    owner = owner_rep.name if owner_rep else ""  # None only without an owner: reps are never deleted
    columns = as_of.cards_at(end_day, [account_id]).get(account_id)
    open_at_end = as_of.open_complaints_at(end_day, [account_id])
    by_guarantee = Counter(c.guarantee for c in open_at_end)
    last = as_of.last_contacts_at(end_day, [account_id]).get(account_id)
    slipping = as_of.slipping_at(end_day, [account_id]).get(account_id)
    due = as_of.past_cadence_at(end_day, {account_id: stood}, {account_id: last} if last else {},
                                follow_ups.cadence_days()) if stood else {}  # fmt: skip
    practices = {row["card"]: row["done_practices"] or ""
                 for row in as_of.rows_at(BoardCard, end_day, [account_id])}  # fmt: skip
    deals = [
        s
        for s in incentives.standings([account_id], end_day)
        if (s.agreement.starts_on or end_day) <= end_day
    ]
    overdue = sum(1 for s in deals if s.overdue)
    deliveries = delivery.figures(period.start, end_day, [account_id])
    cards = []
    for i, card in enumerate(board.board(account_id)):
        guarantee = BY_KEY[card.key].guarantee
        cards.append(replace(
            card, column=columns[i] if columns else BoardColumn.NOT_STARTED,
            done_practices=frozenset(p for p in practices.get(card.key, "").split(",") if p),
            open_complaints=by_guarantee.get(guarantee, 0) if guarantee else 0,
            past_cadence=card.key == "communication" and account_id in due,
            overdue_incentives=overdue if guarantee == Guarantee.VALUE else 0,
            resolution_days=None,  # the review's own service line says it, for its period
            delivery=deliveries if card.key == "logistics" else None, stock=(),  # the period's, not today's
        ))  # fmt: skip
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
        VisitSummary(v.started_at, v.channel, v.purpose,
                     tuple((f, getattr(v, f)) for f in NOTE_FIELDS[1:] if getattr(v, f)))
        for v in visit_rows
    ]  # fmt: skip
    entries = []
    for e in feedback.entries(feedback.LedgerFilter(account_id=account_id, until=end_day)):
        if e.resolved_at is not None and e.resolved_at > end:
            e = replace(e, resolved_at=None, resolution="")  # resolved after the period: open at its end
        if period.contains(e.noted_on) or e.status == FeedbackStatus.OPEN:
            entries.append(e)
    entries.sort(key=lambda e: (e.status != FeedbackStatus.OPEN, e.noted_on))
    history = [a for a in loyalty.history(account_id) if a.assessed_on <= end_day]
    data = AccountReviewData(
        draft, owner, period, history, contacts_at(end_day, account_id), cards, moves, visits, entries,
        follow_ups.open_at(end_day, [account_id]).get(account_id, []), last, [],
        sales.monthly_revenue(end_day, 12, account_id), slipping, due.get(account_id),
        _value(account_id, period.start, end_day), _value(account_id, end_day - YEAR_LESS_A_DAY, end_day),
        value.wallets(end_day, [account_id]).get(account_id), deals,
        next((e for e in value.estimates(account_id) if e.estimated_on <= end_day), None),
        feedback.service_clock(period.start, end_day, [account_id]), office_settings.service_targets(),
        [s for s in satisfaction.history(account_id) if s.surveyed_on <= end_day],
        deliveries, delivery.issues(account_id, period.start, end_day),
        delivery.stock_at(account_id, end_day),
        office_settings.otif_target(), relationships.relationship_map(account_id),
        [replace(t, meetings=tuple(m for m in t.meetings if m[0] <= end_day))
         for t in relationships.teams(account_id)],
        topics.raised_by(account_id, end_day),
    )  # fmt: skip
    data.risks.extend(_risks(data))
    return data


def _value(account_id: int, since: dt.date, until: dt.date) -> AccountValue:
    return value.account_values(since, until, [account_id]).get(account_id) or AccountValue(
        account_id, 0, 0, 0, 0, 0, 0
    )


def contacts_at(day: dt.date, account_id: int) -> list[ContactDraft]:
    """The account's decision-making unit as it stood at the end of `day`: who had been met by then,
    with their title, role and attitude then (from the audit trail)."""
    names = {f.name for f in fields(ContactDraft)}
    rows = sorted(as_of.rows_at(Contact, day, [account_id]), key=lambda r: r["id"])
    return [ContactDraft(**{k: v for k, v in row.items() if k in names}) for row in rows]


def _risks(data: AccountReviewData) -> list[Risk]:
    """What the review warns of, each with the step it proposes where the seeds name one."""
    risks = []
    at_risk = [c.key for c in data.cards if c.column == BoardColumn.AT_RISK]
    if at_risk:
        risks.append(Risk("risk_cards", {"cards": at_risk}))
    open_complaints = sum(
        1 for e in data.ledger if e.kind == FeedbackKind.COMPLAINT and e.status == FeedbackStatus.OPEN
    )
    if open_complaints:
        risks.append(Risk("risk_open_complaints", {"n": open_complaints}, "step_resolve_complaints"))
    if data.slipping is not None:
        s = data.slipping
        found = {"last": s.last_order, "days": s.days_since, "typical": round(s.typical_days)}
        risks.append(Risk("risk_slipping", found, "step_visit_slipping"))
    if data.past_cadence_days is not None:
        risks.append(Risk("risk_cadence_days", {"last": data.last_contact, "days": data.past_cadence_days},
                          "step_contact_now"))  # fmt: skip
    in_period = [a for a in data.loyalty_history if data.period.contains(a.assessed_on)]
    before = [a for a in data.loyalty_history if a.assessed_on < data.period.start]
    if in_period and before and loyalty.RANK[in_period[0].level] < loyalty.RANK[before[0].level]:
        risks.append(Risk("risk_loyalty_down", {"before": before[0].level, "after": in_period[0].level},
                          "step_find_deep_reason"))  # fmt: skip
    opponents = [c.name for c in data.contacts if c.attitude == Attitude.OPPONENT]
    if opponents:
        risks.append(Risk("risk_opponents", {"names": opponents}))
    twelve = data.value_12m
    if twelve is not None and twelve.net_contribution is not None and twelve.net_contribution < 0:
        figures = {
            "net": twelve.net_contribution,
            "gross": twelve.gross_profit,
            "serve": twelve.cost_to_serve,
        }
        risks.append(Risk("risk_loss_making", figures, "step_decide_negative"))
    owed = [s for s in data.incentives if s.overdue]
    if owed:
        unpaid = {"n": len(owed), "owed": sum(s.outstanding_cents for s in owed)}
        risks.append(Risk("risk_incentives_overdue", unpaid, "step_see_incentives_paid"))
    suggested = [c.key for c in data.cards if c.suggest_at_risk]
    if suggested:
        risks.append(Risk("risk_suggested", {"cards": suggested}))
    return risks
