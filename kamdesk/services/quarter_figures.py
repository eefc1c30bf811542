"""The figures of a quarterly review, each as of its quarter (services/as_of): what the cover and
the office pages print, what `report quarter --figures` writes as JSON, and what the Reports page
saves as a spreadsheet. A past quarter's figures are the same whenever they are asked for.

Meanings, for the quarter [start, end]:
- active at start: accounts that stood active (not a prospect, not churned, not archived) at the end
  of the day before the quarter began;
- churned in the quarter: accounts whose churn in force at the end has its date in the quarter (seed
  004: 客户流失率, lost customers, with their surface and deep reasons and the competitor);
- the churn rate: churned in the quarter over active at start;
- visits: visits that started in the quarter; complaints and praise: entries noted in it;
- open complaints at end: noted on or before the end and not resolved by the end of that day;
- revenue: order lines dated in the quarter (and in the quarter before, and a year before);
- per account (those active at the end): tier, loyalty, owner, cards, last contact, as of the end;
- value (kamdesk.rules.value_tiers.AccountValue): the office's gross profit, cost to serve and net
  contribution in the quarter; each account's net contribution over the twelve months to the end
  (seed 001: negative when it costs more than it brings), the 80:20 of it;
- incentives overdue at the end: agreements due before the end and not paid in full by then;
- deliveries (kamdesk.rules.delivery): the order lines promised in the quarter, on time and in full
  as of its end (a line not delivered by then is late), urgent ones met, days late; delivery issues
  recorded in it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field

from peewee import fn

from kamdesk import clock
from kamdesk.rules import analytics, periods, value_tiers
from kamdesk.rules.board_cards import CARD_KEYS, CARDS, BoardColumn
from kamdesk.rules.delivery import DeliveryFigures
from kamdesk.rules.periods import Period
from kamdesk.rules.value_tiers import AccountValue
from kamdesk.rules.vocab import FeedbackKind, Loyalty, ProspectResult, Relationship, Tier
from kamdesk.services import (
    as_of,
    delivery,
    feedback,
    follow_ups,
    incentives,
    loyalty,
    office_settings,
    relationships,
    sales,
    satisfaction,
    topics,
    value,
)
from kamdesk.services.follow_ups import FollowUpItem
from kamdesk.store.models import LedgerEntry, ProspectCall, ProspectCard, Rep, Visit
from kamdesk.store.row_values import tuples

TIER_ORDER: dict[str, int] = {Tier.VIP: 0, Tier.GROWTH: 1, Tier.UNCLASSIFIED: 2, Tier.NEGATIVE: 3}
CONVERSION_TARGET = 0.1
"""Seed 003: 你的目标是要在每十个客户中,至少发展出一位会真正付钱购买产品的客户 (at least one paying
customer in every ten prospects worked)."""


@dataclass(frozen=True)
class AccountFigures:
    code: str
    name: str
    tier_at_end: str
    loyalty_at_start: str
    loyalty_at_end: str
    owner_at_end: str
    secured_cards_at_end: int
    at_risk_cards_at_end: int
    at_risk_card_keys: tuple[str, ...]
    open_complaints_at_end: int
    last_contact_before_end: dt.date | None
    revenue_cents: int
    slipping_days: int | None  # days since the last order, when past the buying cycle at the end
    typical_days: float | None
    past_cadence_days: int | None  # days past the contact cadence at the end
    account_id: int = field(repr=False, default=0)
    industry: str = ""
    region: str = ""
    relationship: str = ""
    columns: tuple[str, ...] = ()  # each card's column at the end, in CARD_KEYS order
    net_contribution_12m_cents: int | None = None  # the twelve months to the end; None: cost unknown
    incentives_overdue_at_end: int = 0

    @property
    def loyalty_fell(self) -> bool:
        before, after = loyalty.RANK.get(self.loyalty_at_start), loyalty.RANK.get(self.loyalty_at_end)
        return before is not None and after is not None and after < before

    @property
    def signals(self) -> tuple[str, ...]:
        """Why the account needs attention at the end of the quarter, as wording keys."""
        found = []
        if self.at_risk_cards_at_end:
            found.append("at_risk_cards")
        if self.loyalty_at_end == Loyalty.DISLOYAL:
            found.append("disloyal")
        elif self.loyalty_fell:
            found.append("loyalty_fell")
        if self.slipping_days is not None:
            found.append("slipping")
        if self.open_complaints_at_end:
            found.append("open_complaints")
        if self.past_cadence_days is not None:
            found.append("past_cadence")
        if self.net_contribution_12m_cents is not None and self.net_contribution_12m_cents < 0:
            found.append("loss_making")
        if self.incentives_overdue_at_end:
            found.append("incentives_overdue")
        return tuple(found)

    def risk_order(self) -> tuple:
        """Riskiest first: more warning signs, then the more valuable tier (seed 001: VIP 创造最大的
        利润, the VIPs make the most profit, so losing one costs most), more cards at risk, more
        revenue, then the code."""
        return (-len(self.signals), TIER_ORDER.get(self.tier_at_end, 9), -self.at_risk_cards_at_end,
                -self.revenue_cents, self.code)  # fmt: skip


@dataclass(frozen=True)
class ChurnedAccount:
    code: str
    name: str
    owner: str
    churned_on: dt.date
    surface: str
    deep: str
    competitor: str
    step: str = ""  # the 1-2-4 card whose failure lost it, "other", or "" (not asked then)


@dataclass(frozen=True)
class OverdueIncentive:
    code: str
    name: str
    owner: str
    kind: str
    title: str
    due_on: dt.date
    outstanding_cents: int  # owed and not paid at the end


@dataclass(frozen=True)
class KeyFigures:
    """The cover's figures for one quarter (the quarter itself, the one before, a year before)."""

    label: str
    active_accounts_at_start: int
    churned_in_quarter: int
    visits_in_quarter: int
    complaints_in_quarter: int
    praise_in_quarter: int
    open_complaints_at_end: int
    revenue_cents: int

    @property
    def churn_rate(self) -> float:
        return (
            self.churned_in_quarter / self.active_accounts_at_start if self.active_accounts_at_start else 0.0
        )


@dataclass(frozen=True)
class QuarterFigures:
    period: Period
    key: KeyFigures
    previous: KeyFigures
    year_before: KeyFigures
    loyalty_at_start: dict[str, int]
    loyalty_at_end: dict[str, int]
    tiers_at_end: dict[str, int]
    churned: list[ChurnedAccount]
    feedback_by_guarantee: dict[str, dict[str, int]]  # kind -> guarantee -> entries noted in the quarter
    board_at_end: dict[str, dict[str, int]]  # card -> column -> accounts active at the end
    revenue_trend: list[tuple[str, int]]  # the last 8 quarters, oldest first: (label, cents)
    prospects_worked: int
    prospects_won: int
    accounts: list[AccountFigures]  # active at the end, riskiest first
    pareto: analytics.Pareto  # the twelve months to the end
    monthly_sales: dict[int, list[tuple[str, int]]]  # account -> the twelve months to the end
    next_steps: dict[int, list[FollowUpItem]]  # account -> follow-ups open at the end
    as_of: dt.date = dt.date.min  # the day the figures stand at: the end, or today while it runs
    value: AccountValue = field(
        default_factory=lambda: AccountValue(0, 0, 0, 0, 0, 0, 0)
    )  # the office's, in it
    value_12m: dict[int, AccountValue] = field(default_factory=dict)  # each account's, 12 months to the end
    incentives_overdue: list[OverdueIncentive] = field(default_factory=list)
    service: feedback.ServiceClock | None = None  # the quarter's complaints, as they stood at the end
    service_targets: dict[str, int] = field(default_factory=dict)  # days: response, resolution
    top_box: satisfaction.TopBox | None = None  # the accounts active at the end, surveyed in the 12 months
    deliveries: DeliveryFigures | None = None  # the lines promised in the quarter, as of its end
    otif_target: int = office_settings.OTIF_TARGET
    topic_shares: list[topics.TopicShare] = field(default_factory=list)  # at the end, of those active then
    joint_teams: tuple[int, int, int, int] = (0, 0, 0, 0)  # strategic at the end, with a team, teams, met

    @property
    def churn_at_a_step(self) -> tuple[int, int]:
        """(churned in the quarter whose deep reason names a 1-2-4 step, those naming any step or
        "other"): seed 004's nearly 70% checked."""
        named = [c for c in self.churned if c.step]
        return sum(1 for c in named if c.step != "other"), len(named)

    @property
    def profit_pareto(self) -> analytics.Pareto | None:
        """The 80:20 of net contribution over the twelve months to the end; None while too little of
        the revenue has its cost (value_tiers.profit_basis)."""
        if not value_tiers.profit_basis(self.value_12m):
            return None
        return analytics.pareto({a: v.net_contribution or 0 for a, v in self.value_12m.items()})

    @property
    def loss_making(self) -> list[AccountFigures]:
        """Accounts active at the end that cost more than they brought over the twelve months."""
        return sorted((a for a in self.accounts if (a.net_contribution_12m_cents or 0) < 0),
                      key=lambda a: (a.net_contribution_12m_cents or 0, a.code))  # fmt: skip

    @property
    def attention(self) -> list[AccountFigures]:
        return [a for a in self.accounts if a.signals]

    @property
    def moved_down(self) -> list[AccountFigures]:
        return [a for a in self.accounts if a.loyalty_fell]

    @property
    def slipping(self) -> list[AccountFigures]:
        return sorted((a for a in self.accounts if a.slipping_days is not None), key=lambda a: a.risk_order())

    @property
    def past_cadence(self) -> list[AccountFigures]:
        return sorted((a for a in self.accounts if a.past_cadence_days is not None),
                      key=lambda a: (-(a.past_cadence_days or 0), a.code))  # fmt: skip

    @property
    def weakest_guarantee(self) -> tuple[str, int, int] | None:
        """The guarantee card with the most accounts at risk at the end, then the most complaints in
        the quarter: (card key, accounts at risk, complaints); None when no card is at risk and no
        guarantee had a complaint."""
        complaints = self.feedback_by_guarantee.get(FeedbackKind.COMPLAINT, {})
        rows = []
        for i, card in enumerate(CARDS):
            if card.group != "guarantee" or card.guarantee is None:  # the four guarantees only
                continue
            at_risk = self.board_at_end[card.key][BoardColumn.AT_RISK]
            rows.append((at_risk, complaints.get(card.guarantee, 0), -i, card.key))  # a tie: the first
        at_risk, complained, _, key = max(rows)
        return (key, at_risk, complained) if at_risk or complained else None

    def _delivery_json(self) -> dict:
        d = self.deliveries or DeliveryFigures()
        share = d.otif
        urgent = d.urgent_met_share
        late = d.average_days_late
        return {
            "delivery_lines_promised": d.lines,
            "on_time_in_full_share": None if share is None else round(share, 6),
            "urgent_met_share": None if urgent is None else round(urgent, 6),
            "average_days_late": None if late is None else round(late, 6),
            "delivery_issues": d.issues,
        }

    def to_json(self) -> dict:
        """The figures a manager keeps in a spreadsheet, under the keys documented above."""
        key = self.key
        return {
            "quarter": self.period.label,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "as_of": self.as_of.isoformat(),
            "active_accounts_at_start": key.active_accounts_at_start,
            "churned_in_quarter": key.churned_in_quarter,
            "churn_rate": round(key.churn_rate, 6),
            "visits_in_quarter": key.visits_in_quarter,
            "complaints_in_quarter": key.complaints_in_quarter,
            "praise_in_quarter": key.praise_in_quarter,
            "open_complaints_at_end": key.open_complaints_at_end,
            "loyalty_at_start": self.loyalty_at_start,
            "loyalty_at_end": self.loyalty_at_end,
            "tiers_at_end": self.tiers_at_end,
            "revenue_cents": key.revenue_cents,
            "revenue_prev_quarter_cents": self.previous.revenue_cents,
            "revenue_same_quarter_last_year_cents": self.year_before.revenue_cents,
            "revenue_last_8_quarters_cents": dict(self.revenue_trend),
            "prospects_worked": self.prospects_worked,
            "prospects_won": self.prospects_won,
            "very_satisfied_share": round(self.top_box.very_satisfied_share, 6) if self.top_box else None,
            "accounts_surveyed": self.top_box.surveyed if self.top_box else 0,
            "median_response_days": self.service.median_response_days if self.service else None,
            "median_resolution_days": self.service.median_resolution_days if self.service else None,
            "complaints_unanswered_at_end": self.service.unanswered if self.service else 0,
            **self._delivery_json(),
            "topic_shares": {t.name: round(t.share, 6) for t in self.topic_shares if t.accounts},
            "topics_worth_acting": sum(1 for t in self.topic_shares if t.worth_acting),
            "strategic_accounts_at_end": self.joint_teams[0],
            "strategic_accounts_with_a_joint_team": self.joint_teams[1],
            "joint_teams_met_in_quarter": self.joint_teams[3],
            "churned_at_a_step": self.churn_at_a_step[0],
            "churned_naming_a_step": self.churn_at_a_step[1],
            "gross_profit_cents": self.value.gross_profit,
            "cost_to_serve_cents": self.value.cost_to_serve,
            "net_contribution_cents": self.value.net_contribution,
            "cost_coverage": round(self.value.cost_coverage, 6),
            "incentives_overdue_at_end": len(self.incentives_overdue),
            "incentives_outstanding_at_end_cents": sum(i.outstanding_cents for i in self.incentives_overdue),
            "churned": [
                {**asdict(c), "churned_on": c.churned_on.isoformat()} for c in self.churned
            ],
            "accounts": [
                {
                    "code": a.code, "name": a.name, "tier_at_end": a.tier_at_end,
                    "loyalty_at_end": a.loyalty_at_end, "owner_at_end": a.owner_at_end,
                    "secured_cards_at_end": a.secured_cards_at_end,
                    "at_risk_cards_at_end": a.at_risk_cards_at_end,
                    "open_complaints_at_end": a.open_complaints_at_end,
                    "last_contact_before_end": a.last_contact_before_end.isoformat()
                    if a.last_contact_before_end else None,
                    "revenue_cents": a.revenue_cents,
                    "slipping": a.slipping_days is not None,
                    "past_cadence": a.past_cadence_days is not None,
                    "net_contribution_12m_cents": a.net_contribution_12m_cents,
                    "incentives_overdue_at_end": a.incentives_overdue_at_end,
                }
                for a in self.accounts
            ],
        }  # fmt: skip


def _day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


def last_day(period: Period) -> dt.date:
    """The day a period's figures stand at: its end, or today while it is still running (a running
    quarter's figures are as of today, never of a day that has not come)."""
    return min(period.end, clock.today())


def key_figures(period: Period, history: as_of.History | None = None) -> KeyFigures:
    history = history or as_of.History()
    at_start = history.accounts_at(_day_before(period.start))
    return _key_figures(period, at_start, history.accounts_at(last_day(period)))


def _key_figures(period: Period, at_start: dict, at_end: dict) -> KeyFigures:
    start = dt.datetime.combine(period.start, dt.time())
    end = as_of.end_of(period.end)
    noted = Counter(
        kind
        for (kind,) in tuples(
            LedgerEntry.select(LedgerEntry.kind).where(LedgerEntry.noted_on.between(period.start, period.end))
        )
    )
    return KeyFigures(
        label=period.label,
        active_accounts_at_start=sum(1 for a in at_start.values() if a.active),
        churned_in_quarter=sum(1 for a in at_end.values() if any(period.contains(c.on) for c in a.churns)),
        visits_in_quarter=Visit.select().where(Visit.started_at.between(start, end)).count(),
        complaints_in_quarter=noted[FeedbackKind.COMPLAINT],
        praise_in_quarter=noted[FeedbackKind.PRAISE],
        open_complaints_at_end=len(as_of.open_complaints_at(last_day(period))),
        revenue_cents=sum(sales.revenue_by_account(period.start, period.end).values()),
    )


def _shifted(period: Period, quarters: int) -> Period:
    year, number = int(period.label[:4]), int(period.label[-1])
    index = year * 4 + number - 1 - quarters
    return periods.quarter(index // 4, index % 4 + 1)


def quarter_figures(period: Period) -> QuarterFigures:
    end = last_day(period)
    history = as_of.History()
    at_start = history.accounts_at(_day_before(period.start))
    at_end = history.accounts_at(end)
    names = dict(tuples(Rep.select(Rep.id, Rep.name)))
    cards = as_of.cards_at(end)
    complaints = Counter(c.account_id for c in as_of.open_complaints_at(end))
    last = as_of.last_contacts_at(end)
    slipping = as_of.slipping_at(end)
    due = as_of.past_cadence_at(end, at_end, last, follow_ups.cadence_days())
    revenue = sales.revenue_by_account(period.start, end)
    worth = value.account_values(end - value.YEAR + dt.timedelta(days=1), end)
    owed = [s for s in incentives.standings(None, end) if s.overdue and s.agreement.account_id in at_end]
    overdue_of = Counter(s.agreement.account_id for s in owed)
    untouched = (BoardColumn.NOT_STARTED,) * len(CARD_KEYS)
    active = [a for a in at_end.values() if a.active]
    figures = []
    for a in active:
        columns = cards.get(a.id, untouched)
        s = slipping.get(a.id)
        contact = last.get(a.id)
        before = at_start.get(a.id)
        figures.append(AccountFigures(
            a.code, a.name, a.tier, before.loyalty if before else Loyalty.UNKNOWN, a.loyalty,
            names.get(a.owner_id, "") if a.owner_id else "",
            columns.count(BoardColumn.SECURED), columns.count(BoardColumn.AT_RISK),
            tuple(k for k, c in zip(CARD_KEYS, columns, strict=True) if c == BoardColumn.AT_RISK),
            complaints.get(a.id, 0), contact.date() if contact else None, revenue.get(a.id, 0),
            s.days_since if s else None, s.typical_days if s else None, due.get(a.id), a.id,
            a.industry, a.region, a.relationship, columns,
            worth[a.id].net_contribution if a.id in worth else None, overdue_of.get(a.id, 0),
        ))  # fmt: skip
    figures.sort(key=AccountFigures.risk_order)
    board: dict[str, dict[str, int]] = {k: dict.fromkeys(BoardColumn, 0) for k in CARD_KEYS}
    for a in active:
        for k, column in zip(CARD_KEYS, cards.get(a.id, untouched), strict=True):
            board[k][column] += 1
    churned = sorted(
        (ChurnedAccount(a.code, a.name, names.get(a.owner_id, "") if a.owner_id else "", c.on, c.surface,
                        c.deep, c.competitor, c.step)
         for a in at_end.values() for c in a.churns if period.contains(c.on)),
        key=lambda c: (c.churned_on, c.code),
    )  # fmt: skip
    by_guarantee: dict[str, dict[str, int]] = {}
    for (kind, guarantee), n in as_of.complaints_by_guarantee(period.start, period.end).items():
        by_guarantee.setdefault(kind, {})[guarantee] = n
    start_active = [a for a in at_start.values() if a.active]
    trend = [(q.label, sum(sales.revenue_by_account(q.start, q.end).values()))
             for q in (_shifted(period, n) for n in range(7, -1, -1))]  # fmt: skip
    worked, won = _prospects(period)
    return QuarterFigures(
        period=period,
        key=_key_figures(period, at_start, at_end),
        previous=key_figures(_shifted(period, 1), history),
        year_before=key_figures(_shifted(period, 4), history),
        loyalty_at_start=_count(a.loyalty for a in start_active),
        loyalty_at_end=_count(a.loyalty for a in active),
        tiers_at_end={t: sum(1 for a in active if a.tier == t) for t in Tier},
        churned=churned,
        feedback_by_guarantee=by_guarantee,
        board_at_end=board,
        revenue_trend=trend,
        prospects_worked=worked,
        prospects_won=won,
        accounts=figures,
        pareto=sales.trailing_pareto(end),
        monthly_sales=sales.monthly_revenue_by_account(end, 12),
        next_steps=follow_ups.open_at(end),
        as_of=end,
        value=_office_value(value.account_values(period.start, end).values()),
        value_12m=worth,
        incentives_overdue=_overdue(owed, at_end, names, end),
        service=feedback.service_clock(period.start, end),
        service_targets=office_settings.service_targets(),
        top_box=satisfaction.top_box(end, [a.id for a in active]),
        deliveries=delivery.figures(period.start, end),
        otif_target=office_settings.otif_target(),
        topic_shares=topics.shares(end, [a.id for a in active]),
        joint_teams=_joint_teams(
            period.start, end, [a.id for a in active if a.relationship == Relationship.STRATEGIC]
        ),
    )


def _joint_teams(start: dt.date, end: dt.date, strategic: list[int]) -> tuple[int, int, int, int]:
    """Seed 001: joint teams for the strategic accounts, as they stood at the end."""
    return (len(strategic), *relationships.team_figures(start, end, strategic))


def _overdue(
    owed: list[incentives.Standing], at_end: dict, names: dict, end: dt.date
) -> list[OverdueIncentive]:
    out = []
    for s in owed:
        a = at_end[s.agreement.account_id]
        deal = s.agreement
        out.append(OverdueIncentive(a.code, a.name, names.get(a.owner_id or 0, ""), deal.kind, deal.title,
                                    deal.due_on or end, s.outstanding_cents))  # fmt: skip
    return sorted(out, key=lambda i: (i.due_on, i.code))


def _office_value(values) -> AccountValue:
    """The accounts' values added up: the office's (its margin over all its costed lines)."""
    fields = ("revenue", "costed_revenue", "cost", "incentives_paid", "contacts_cost", "complaints_cost")
    totals = {f: 0 for f in fields}
    for v in values:
        for f in fields:
            totals[f] += getattr(v, f)
    return AccountValue(0, **totals)


def _count(levels) -> dict[str, int]:
    counts = Counter(levels)
    return {level: counts.get(level, 0) for level in Loyalty}


def _prospects(period: Period) -> tuple[int, int]:
    """Prospects called in the quarter, and prospects won in it (seed 003's conversion)."""
    start = dt.datetime.combine(period.start, dt.time())
    worked = (
        ProspectCall.select(fn.COUNT(fn.DISTINCT(ProspectCall.account)))
        .where(ProspectCall.called_at.between(start, as_of.end_of(period.end)))
        .scalar()
    )
    won = (
        ProspectCard.select()
        .where(
            (ProspectCard.result == ProspectResult.WON)
            & ProspectCard.closed_on.between(period.start, period.end)
        )
        .count()
    )
    return int(worked or 0), won
