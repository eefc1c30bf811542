"""What each account is worth to the office over a period (kamdesk.rules.value_tiers.AccountValue):
revenue, the cost of the goods where the order lines carry it, and the cost of serving the account
(incentives paid, contacts and complaints at the office's rates); each account's share of wallet;
the office's rates and VIP share.

Every figure is read from records with a date of their own (an order line's date, a payment's, a
contact's start, a complaint's), each contact and complaint at the rate in force on its day: a
period's figures stay what they were when a rate changes later."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from peewee import fn

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.value_tiers import DEFAULT_VIP_SHARE, AccountValue, Wallet
from kamdesk.rules.vocab import Channel, FeedbackKind
from kamdesk.services import live, office_settings, sales
from kamdesk.store import db
from kamdesk.store.models import (
    IncentiveAgreement,
    LedgerEntry,
    Meta,
    NeedEstimate,
    ServiceCostRate,
    Visit,
    database,
)
from kamdesk.store.row_values import as_date_not_null, tuples

COMPLAINT = "complaint"
RATE_KINDS = (*Channel.codes(), COMPLAINT)
YEAR = dt.timedelta(days=365)


def account_values(
    since: dt.date, until: dt.date, account_ids: Iterable[int] | None = None
) -> dict[int, AccountValue]:
    """Every account with sales, incentives paid, contacts or complaints in [since, until]."""
    ids = list(account_ids) if account_ids is not None else None
    sold = _sold(since, until, ids)
    paid = _incentives_paid(since, until, ids)
    contacts = _contacts_cost(since, until, ids)
    complaints = _complaints_cost(since, until, ids)
    out = {}
    for account_id in sold.keys() | paid.keys() | contacts.keys() | complaints.keys():
        revenue, costed, cost = sold.get(account_id, (0, 0, 0))
        out[account_id] = AccountValue(
            account_id, revenue, costed, cost, paid.get(account_id, 0), contacts.get(account_id, 0),
            complaints.get(account_id, 0),
        )  # fmt: skip
    return out


def trailing_values(today: dt.date | None = None) -> dict[int, AccountValue]:
    """The last twelve months up to `today`, as the tiers read them."""
    today = today or clock.today()
    return account_values(today - YEAR + dt.timedelta(days=1), today)


@dataclass(frozen=True)
class TrailingYear:
    """The twelve months up to a day, read once: each account's value and share of wallet (what it
    bought is its value's revenue: one reading of the order lines serves both)."""

    values: dict[int, AccountValue]
    wallets: dict[int, Wallet]


def trailing_year(today: dt.date | None = None) -> TrailingYear:
    today = today or clock.today()
    values = trailing_values(today)
    return TrailingYear(values, wallets(today, bought={a: v.revenue for a, v in values.items()}))


def _only(query, field, ids: list[int] | None):
    return query if ids is None else query.where(field.in_(ids))


def _sold(since: dt.date, until: dt.date, ids: list[int] | None) -> dict[int, tuple[int, int, int]]:
    """account -> (revenue, revenue of the lines with a cost, their cost)."""
    return {
        a: (s.amount_cents, s.costed_amount_cents, s.cost_cents)
        for a, s in sales.sold_by_account(since, until, ids).items()
    }


def _incentives_paid(since: dt.date, until: dt.date, ids: list[int] | None) -> dict[int, int]:
    query = (
        IncentiveAgreement.select(IncentiveAgreement.account, fn.SUM(IncentiveAgreement.paid_cents))
        .where(
            IncentiveAgreement.paid_on.between(since, until) & IncentiveAgreement.paid_cents.is_null(False)
        )
        .group_by(IncentiveAgreement.account)
    )
    return {a: int(c) for a, c in database.execute(_only(query, IncentiveAgreement.account, ids))}


def _contacts_cost(since: dt.date, until: dt.date, ids: list[int] | None) -> dict[int, int]:
    """Each contact at its channel's rate on its day: counted per stretch of days with the same rates
    (the database counts, tens of thousands of visits a year are not read one by one)."""
    rates = Rates.read()
    out: dict[int, int] = defaultdict(int)
    for start, end in rates.stretches(since, until):
        first, last = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time.max)
        query = (
            Visit.select(Visit.account, Visit.channel, fn.COUNT(Visit.id))
            .where(Visit.started_at.between(first, last))
            .group_by(Visit.account, Visit.channel)
        )
        for account_id, channel, count in database.execute(_only(query, Visit.account, ids)):
            out[account_id] += int(count) * rates.on(channel, start)
    return dict(out)


def _complaints_cost(since: dt.date, until: dt.date, ids: list[int] | None) -> dict[int, int]:
    rates = Rates.read()
    out: dict[int, int] = defaultdict(int)
    for start, end in rates.stretches(since, until):
        query = (
            LedgerEntry.select(LedgerEntry.account, fn.COUNT(LedgerEntry.id))
            .where((LedgerEntry.kind == FeedbackKind.COMPLAINT) & LedgerEntry.noted_on.between(start, end))
            .group_by(LedgerEntry.account)
        )
        for account_id, count in database.execute(_only(query, LedgerEntry.account, ids)):
            out[account_id] += int(count) * rates.on(COMPLAINT, start)
    return dict(out)


# --- the office's rates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Rates:
    """Each kind's rates through time: (from, cents), oldest first."""

    by_kind: dict[str, list[tuple[dt.date, int]]]

    @classmethod
    def read(cls) -> Rates:
        by_kind: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
        query = ServiceCostRate.select(
            ServiceCostRate.kind, ServiceCostRate.effective_from, ServiceCostRate.cents
        )
        for kind, since, cents in tuples(query.order_by(ServiceCostRate.effective_from)):
            by_kind[kind].append((as_date_not_null(since), int(cents)))
        return cls(dict(by_kind))

    def on(self, kind: str, day: dt.date) -> int:
        """The rate in force on `day` (0 before the first, or for a kind without one)."""
        steps = self.by_kind.get(kind, [])
        i = bisect_right([since for since, _ in steps], day)
        return steps[i - 1][1] if i else 0

    def stretches(self, since: dt.date, until: dt.date) -> list[tuple[dt.date, dt.date]]:
        """since..until cut where any rate changes: every rate is the same all through each piece."""
        if since > until:
            return []
        changes = sorted({day for steps in self.by_kind.values() for day, _ in steps if since < day <= until})
        ends = [day - dt.timedelta(days=1) for day in changes] + [until]
        return list(zip([since, *changes], ends, strict=True))

    def current(self, today: dt.date | None = None) -> dict[str, int]:
        today = today or clock.today()
        return {kind: self.on(kind, today) for kind in RATE_KINDS}


def set_rate(kind: str, cents: int, effective_from: dt.date, *, actor: Actor) -> None:
    """A manager's estimate of what one contact of a channel, or one complaint, costs the office,
    from a day on (a rate set again for the same day replaces it)."""
    require_manager(actor, "set what contacts and complaints cost")
    _check_rate(kind, cents, effective_from)
    with db.writing(actor):
        stamp = {
            ServiceCostRate.cents: cents,
            ServiceCostRate.changed_by: actor.id,
            ServiceCostRate.set_at: clock.now(),
        }
        ServiceCostRate.insert(
            kind=kind, cents=cents, effective_from=effective_from, changed_by=actor.id, set_at=clock.now()
        ).on_conflict(
            conflict_target=[ServiceCostRate.kind, ServiceCostRate.effective_from], update=stamp
        ).execute()


def _check_rate(kind: str, cents: int, effective_from: dt.date) -> None:
    if kind not in RATE_KINDS:
        raise errors.ValidationError({"kind": "invalid_choice"})
    if not 0 <= cents <= 10_000_000_00:
        raise errors.ValidationError({kind: "out_of_range"})
    if effective_from < clock.today():  # a period already reckoned never changes
        raise errors.ValidationError({"effective_from": "not_before_today"})


def set_value_settings(share: float, rates: dict[str, int], effective_from: dt.date,
                       targets: tuple[int, ...] | None = None, *, actor: Actor) -> None:  # fmt: skip
    """The VIP share, any changed rates and the service targets (days to answer and to resolve a
    complaint, and the share of deliveries on time and in full), in one transaction: all saved, or none."""
    require_manager(actor, "set the VIP share and what contacts and complaints cost")
    if not 0.5 <= share <= 0.95:
        raise errors.ValidationError({"vip_share": "out_of_range"})
    for kind, cents in rates.items():
        _check_rate(kind, cents, effective_from)
    with db.writing(actor):
        Meta.upsert(key="vip_share", value=str(share))
        for kind, cents in rates.items():
            set_rate(kind, cents, effective_from, actor=actor)
        if targets is not None:
            office_settings.set_service_targets(*targets, actor=actor)


def rates_set() -> bool:
    """Whether a manager has set what any contact or complaint costs (until then they cost nothing,
    and the screens say so rather than invent a figure)."""
    return ServiceCostRate.select().exists()


def vip_share() -> float:
    """The share of net contribution the VIP accounts make together (seed 001's 80:20; office-set)."""
    row = Meta.get_or_none(Meta.key == "vip_share")
    try:
        share = float(row.value) if row else DEFAULT_VIP_SHARE
    except ValueError:
        return DEFAULT_VIP_SHARE
    return share if 0.5 <= share <= 0.95 else DEFAULT_VIP_SHARE


def set_vip_share(share: float, *, actor: Actor) -> None:
    require_manager(actor, "set the VIP share")
    if not 0.5 <= share <= 0.95:
        raise errors.ValidationError({"vip_share": "out_of_range"})
    with db.writing(actor):
        Meta.upsert(key="vip_share", value=str(share))


# --- share of wallet ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Estimate:
    account_id: int
    annual_cents: int
    estimated_on: dt.date
    source: str
    note: str


def record_need(account_id: int, annual_cents: int, estimated_on: dt.date, source: str, note: str = "",
                *, actor: Actor) -> int:  # fmt: skip
    """A rep's estimate of what the account needs a year of our product lines, with where it comes
    from (seed 001's growth potential: the need not yet bought from us)."""
    from kamdesk.rules.validation import Checker, clean

    source, note = clean(source), clean(note)
    check = Checker()
    check.required("source", source)
    check.max_length("source", source, 200)
    if annual_cents <= 0 or annual_cents > 10**15:
        check.fail("annual_cents", "out_of_range")
    if estimated_on > clock.today():
        check.fail("estimated_on", "in_future")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        return NeedEstimate.insert(
            account=account_id, annual_cents=annual_cents, estimated_on=estimated_on, source=source,
            note=note, created_by=actor.id, created_at=clock.now(),
        ).execute()  # fmt: skip


def estimates(account_id: int) -> list[Estimate]:
    """The account's estimates, latest first."""
    query = (
        NeedEstimate.select(
            NeedEstimate.account,
            NeedEstimate.annual_cents,
            NeedEstimate.estimated_on,
            NeedEstimate.source,
            NeedEstimate.note,
        )
        .where(NeedEstimate.account == account_id)
        .order_by(NeedEstimate.estimated_on.desc(), NeedEstimate.id.desc())
    )
    return [Estimate(a, int(c), as_date_not_null(d), s, n) for a, c, d, s, n in tuples(query)]


def latest_needs(day: dt.date | None = None, account_ids: Iterable[int] | None = None) -> dict[int, int]:
    """account -> its latest estimate on or before `day`."""
    day = day or clock.today()
    query = NeedEstimate.select(NeedEstimate.account, NeedEstimate.annual_cents, NeedEstimate.estimated_on,
                                NeedEstimate.id).where(NeedEstimate.estimated_on <= day)  # fmt: skip
    query = _only(query, NeedEstimate.account, list(account_ids) if account_ids is not None else None)
    latest: dict[int, tuple[dt.date, int, int]] = {}
    for account_id, cents, on, row_id in tuples(query):
        key = (as_date_not_null(on), row_id, int(cents))
        if account_id not in latest or key > latest[account_id]:
            latest[account_id] = key
    return {a: cents for a, (_, _, cents) in latest.items()}


def wallets(today: dt.date | None = None, account_ids: Iterable[int] | None = None,
            bought: dict[int, int] | None = None) -> dict[int, Wallet]:  # fmt: skip
    """Share of wallet for every account with a need estimate: its latest estimate against what it
    bought from us in the twelve months up to `today` (`bought`, when already read)."""
    today = today or clock.today()
    ids = list(account_ids) if account_ids is not None else None
    needs = latest_needs(today, ids)
    if bought is None:
        bought = sales.revenue_by_account(today - YEAR + dt.timedelta(days=1), today)
    return {a: Wallet(a, need, bought.get(a, 0)) for a, need in needs.items()}


@dataclass(frozen=True)
class ListFigures:
    """What the accounts list can show of an account's value over the last twelve months."""

    revenue: int
    margin: float | None  # None: its cost is too little known
    net_contribution: int | None
    share_of_wallet: float | None  # None: no need estimate


def list_figures(today: dt.date | None = None) -> dict[int, ListFigures]:
    """Every account with activity or a need estimate; the others have nothing to show."""
    year = trailing_year(today)
    values, found = year.values, year.wallets
    out = {}
    for account_id in values.keys() | found.keys():
        v, w = values.get(account_id) or AccountValue(account_id, 0, 0, 0, 0, 0, 0), found.get(account_id)
        margin = v.margin if v.profit_known and v.revenue else None
        out[account_id] = ListFigures(v.revenue, margin, v.net_contribution, w.share if w else None)
    return out


@dataclass(frozen=True)
class AccountWorth:
    """One account's value over the last twelve months and its share of wallet, for its pane."""

    since: dt.date
    until: dt.date
    value: AccountValue
    estimates: list[Estimate]  # latest first
    wallet: Wallet | None
    rates_set: bool  # whether contacts and complaints are costed at all


def account_worth(account_id: int, today: dt.date | None = None) -> AccountWorth:
    today = today or clock.today()
    since = today - YEAR + dt.timedelta(days=1)
    found = account_values(since, today, [account_id]).get(account_id) or AccountValue(
        account_id, 0, 0, 0, 0, 0, 0
    )
    wallet = wallets(today, [account_id]).get(account_id)
    return AccountWorth(since, today, found, estimates(account_id), wallet, rates_set())
