"""The office as it stood at the end of a day: what a review of a past period may print.

A figure printed for a period must be true for that period and the same whenever it is printed. So
each one is read from the history, never from an account's row as it is today:
- what has a date of its own is taken by that date: a churn by its churn date, a loyalty level by its
  assessment's date, a complaint by the day it was noted and the moment it was resolved, a card by its
  moves, a contact by the visit's start, sales by the order line's date. A record entered late but
  dated inside the period counts there (it is a fact of the period, learnt later); one dated after
  the period never changes it.
- what has no date of its own (tier, owner, an account's creation as a prospect and its win) is read
  from the audit trail: the account's row as it was at that moment (the trail keeps each row before
  and after every change). An office without a trail for an account (one loaded as demo data) has
  kept it as it is.
- a churn that was later reversed (the customer came back) still counts where it happened: the trail
  keeps the churn date that reactivation cleared.
"""

from __future__ import annotations

import datetime as dt
import json
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from kamdesk.rules import analytics
from kamdesk.rules.board_cards import CARD_KEYS, BoardColumn
from kamdesk.rules.vocab import FeedbackKind, Loyalty, Status
from kamdesk.store.models import (
    Account,
    AuditEntry,
    BoardCard,
    BoardMove,
    LedgerEntry,
    LoyaltyAssessment,
    OrderLine,
    Visit,
    database,
)
from kamdesk.store.row_values import as_date, as_date_not_null, as_datetime, as_datetime_not_null, tuples

Ids = Iterable[int] | None  # only these accounts (None: every account)
ROW_FIELDS = (
    "code", "name", "industry", "region", "tier", "relationship", "loyalty", "status", "owner_id",
    "archived_at", "churned_on", "churn_surface", "churn_deep", "churn_competitor", "created_at",
)  # fmt: skip


def end_of(day: dt.date) -> dt.datetime:
    """The last moment of `day`, as the domain's dates and times are kept (local, naive)."""
    return dt.datetime.combine(day, dt.time.max)


def _trail_moment(day: dt.date) -> dt.datetime:
    """The end of `day` as the audit trail writes its times (UTC, naive)."""
    midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return midnight.astimezone(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Churn:
    """An account lost on `on` (seed 004: the surface reason, the deep one, and who it went to)."""

    on: dt.date
    surface: str
    deep: str
    competitor: str


@dataclass(frozen=True)
class AccountAt:
    id: int
    code: str
    name: str
    industry: str
    region: str
    tier: str
    relationship: str
    owner_id: int | None
    status: str  # Status: prospect, active or churned at the end of the day
    archived: bool
    created_at: dt.datetime
    churn: Churn | None  # the churn in force at the end of the day
    loyalty: str  # the latest assessment on or before the day (unknown: none yet)

    @property
    def active(self) -> bool:
        return self.status == Status.ACTIVE and not self.archived


@dataclass
class _Versions:
    """One account's row through time: `rows[i]` held from `times[i]` (the trail's UTC moments)."""

    times: list[dt.datetime] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)

    def at(self, moment: dt.datetime) -> dict | None:
        i = bisect_right(self.times, moment)
        return self.rows[i - 1] if i else None


def _row(values: dict) -> dict:
    row = {name: values.get(name) for name in ROW_FIELDS}
    row["owner_id"] = values.get("owner_id", values.get("owner"))
    row["churned_on"] = as_date(row["churned_on"])
    row["created_at"] = as_datetime(row["created_at"])
    return row


def _versions(account_ids: Ids = None) -> dict[int, _Versions]:
    """Every account's versions, from the trail and today's row. An account whose first change the
    trail did not see (older than the trail, or demo data) held its first known row from the start."""
    columns = [getattr(Account, "owner" if f == "owner_id" else f) for f in ROW_FIELDS]
    rows = Account.select(Account.id, *columns)
    if account_ids is not None:
        rows = rows.where(Account.id.in_(list(account_ids)))
    current = {row[0]: _row(dict(zip(ROW_FIELDS, row[1:], strict=True))) for row in tuples(rows)}
    trail: dict[int, list[tuple[dt.datetime, str, str | None, str | None]]] = defaultdict(list)
    query = (
        AuditEntry.select(
            AuditEntry.row_key, AuditEntry.changed_at, AuditEntry.action, AuditEntry.old_values,
            AuditEntry.new_values,
        )
        .where(AuditEntry.table_name == Account._meta.table_name)
        .order_by(AuditEntry.id)
    )  # fmt: skip
    if account_ids is not None:
        query = query.where(AuditEntry.account_id.in_(list(account_ids)))
    for key, changed_at, action, old, new in tuples(query):
        trail[int(key)].append((as_datetime_not_null(changed_at), action, old, new))
    versions: dict[int, _Versions] = {}
    for account_id, row in current.items():
        v = versions[account_id] = _Versions()
        entries = trail.get(account_id, [])
        if not entries or entries[0][1] != "insert":
            first = _row(json.loads(entries[0][2])) if entries and entries[0][2] else row
            v.times.append(dt.datetime.min)
            v.rows.append(first)
        for changed_at, action, _old, new in entries:
            if action == "delete" or new is None:
                continue
            v.times.append(changed_at)
            v.rows.append(_row(json.loads(new)))
        if not entries:
            continue
        v.rows[-1] = row  # today's row is the truth for the last version (types as the database reads)
    return versions


def _churn_in_force(v: _Versions, moment: dt.datetime, day: dt.date) -> Churn | None:
    """The churn dated on or before `day` that had not been reversed by `moment`, the latest if
    several. A churn's date or reasons corrected later replace what they correct; a reactivation (the
    churn date cleared) ends a churn from the moment it was recorded."""
    episodes: list[tuple[Churn, dt.datetime | None]] = []  # (the churn, when it was reversed)
    open_churn: Churn | None = None
    for time, row in zip(v.times, v.rows, strict=True):
        if row["churned_on"] is not None:
            open_churn = Churn(row["churned_on"], row["churn_surface"] or "", row["churn_deep"] or "",
                               row["churn_competitor"] or "")  # fmt: skip
        elif open_churn is not None:
            episodes.append((open_churn, time))
            open_churn = None
    if open_churn is not None:
        episodes.append((open_churn, None))
    in_force = [
        c for c, reversed_at in episodes if c.on <= day and (reversed_at is None or reversed_at > moment)
    ]
    return max(in_force, key=lambda c: c.on, default=None)


def accounts_at(day: dt.date, account_ids: Ids = None) -> dict[int, AccountAt]:
    """Every account (or those of `account_ids`) that existed at the end of `day`, archived ones
    flagged, as it stood then."""
    moment = _trail_moment(day)
    loyalty = loyalty_at(day, account_ids)
    out = {}
    for account_id, v in _versions(account_ids).items():
        row = v.at(moment)
        if row is None or row["created_at"] is None or row["created_at"] > end_of(day):
            continue
        churn = _churn_in_force(v, moment, day)
        status = row["status"]
        if churn is not None:
            status = Status.CHURNED
        elif status == Status.CHURNED and row["churned_on"] is not None:
            status = Status.ACTIVE  # churned later than `day`, recorded before it ended: not yet
        archived_at = as_datetime(row["archived_at"])
        default_loyalty = row["loyalty"] if account_id not in loyalty.assessed else Loyalty.UNKNOWN
        out[account_id] = AccountAt(
            account_id, row["code"], row["name"], row["industry"] or "", row["region"] or "", row["tier"],
            row["relationship"], row["owner_id"], status,
            archived_at is not None and archived_at <= end_of(day), row["created_at"], churn,
            loyalty.levels.get(account_id, default_loyalty),
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class LoyaltyAt:
    levels: dict[int, str]  # account -> the latest level assessed on or before the day
    assessed: set[int]  # accounts with any assessment at all (then "unknown" before the first)


def loyalty_at(day: dt.date, account_ids: Ids = None) -> LoyaltyAt:
    query = LoyaltyAssessment.select(
        LoyaltyAssessment.account, LoyaltyAssessment.level, LoyaltyAssessment.assessed_on
    ).order_by(LoyaltyAssessment.assessed_on, LoyaltyAssessment.id)
    if account_ids is not None:
        query = query.where(LoyaltyAssessment.account.in_(list(account_ids)))
    levels: dict[int, str] = {}
    assessed: set[int] = set()
    for account_id, level, assessed_on in tuples(query):
        assessed.add(account_id)
        if as_date_not_null(assessed_on) <= day:
            levels[account_id] = level
    return LoyaltyAt(levels, assessed)


def cards_at(day: dt.date, account_ids: Ids = None) -> dict[int, tuple[str, ...]]:
    """Each account's seven columns at the end of `day` (CARD_KEYS order), from the moves: a card's
    column is where its last move on or before the day took it; before its first move, where that
    move took it from. Accounts with every card not started then are not listed."""
    end = end_of(day)
    position = {key: i for i, key in enumerate(CARD_KEYS)}
    out: dict[int, list[str]] = {}
    settled: set[tuple[int, str]] = set()
    current = BoardCard.select(BoardCard.account, BoardCard.card, BoardCard.column)
    moves = BoardMove.select(
        BoardMove.account, BoardMove.card, BoardMove.from_column, BoardMove.to_column, BoardMove.moved_at
    ).order_by(BoardMove.moved_at.desc(), BoardMove.id.desc())
    if account_ids is not None:
        current = current.where(BoardCard.account.in_(list(account_ids)))
        moves = moves.where(BoardMove.account.in_(list(account_ids)))
    for account_id, card, column in tuples(current):
        out.setdefault(account_id, [BoardColumn.NOT_STARTED] * len(CARD_KEYS))[position[card]] = column
    for account_id, card, from_column, to_column, moved_at in tuples(moves):  # newest first
        if (account_id, card) in settled or card not in position:
            continue
        cards = out.setdefault(account_id, [BoardColumn.NOT_STARTED] * len(CARD_KEYS))
        if as_datetime_not_null(moved_at) <= end:
            cards[position[card]] = to_column
            settled.add((account_id, card))
        else:
            cards[position[card]] = from_column
    untouched = [BoardColumn.NOT_STARTED] * len(CARD_KEYS)
    return {a: tuple(c) for a, c in out.items() if c != untouched}


@dataclass(frozen=True)
class OpenComplaint:
    account_id: int
    guarantee: str


def open_complaints_at(day: dt.date, account_ids: Ids = None) -> list[OpenComplaint]:
    """Complaints noted on or before `day` and not resolved by its end."""
    end = end_of(day)
    query = LedgerEntry.select(LedgerEntry.account, LedgerEntry.guarantee, LedgerEntry.resolved_at).where(
        (LedgerEntry.kind == FeedbackKind.COMPLAINT) & (LedgerEntry.noted_on <= day)
    )
    if account_ids is not None:
        query = query.where(LedgerEntry.account.in_(list(account_ids)))
    return [
        OpenComplaint(account_id, guarantee)
        for account_id, guarantee, resolved_at in tuples(query)
        if resolved_at is None or as_datetime_not_null(resolved_at) > end
    ]


def last_contacts_at(day: dt.date, account_ids: Ids = None) -> dict[int, dt.datetime]:
    """Each account's latest visit (of any channel) that started on or before `day`."""
    query = (
        Visit.select(Visit.account, fn.MAX(Visit.started_at))
        .where(Visit.started_at <= end_of(day))
        .group_by(Visit.account)
    )
    if account_ids is not None:
        query = query.where(Visit.account.in_(list(account_ids)))
    return {a: as_datetime_not_null(t) for a, t in database.execute(query)}


def order_days_at(day: dt.date, account_ids: Ids = None) -> dict[int, list[dt.date]]:
    query = OrderLine.select(OrderLine.account, OrderLine.ordered_on).where(OrderLine.ordered_on <= day)
    if account_ids is not None:
        query = query.where(OrderLine.account.in_(list(account_ids)))
    result: dict[int, list[dt.date]] = {}
    dates: dict[object, dt.date] = {}
    for account_id, value in database.execute(query.distinct()):
        date = dates.get(value)
        if date is None:
            date = dates[value] = as_date_not_null(value)
        result.setdefault(account_id, []).append(date)
    return result


def slipping_at(day: dt.date, account_ids: Ids = None) -> dict[int, analytics.Slipping]:
    """Accounts past their buying cycle at the end of `day`, from the orders dated up to it (seed
    002: 當發現客戶流失時,就去拜訪客戶 — when a customer is found slipping away, go and visit them)."""
    return {s.account_id: s for s in analytics.slipping(order_days_at(day, account_ids), day)}


def past_cadence_at(
    day: dt.date, accounts: dict[int, AccountAt], last: dict[int, dt.datetime], cadence: dict[str, int]
) -> dict[int, int]:
    """Active accounts whose last contact before the end of `day` is older than their tier's cadence
    (tier as of the day; the cadence as set today): account -> days overdue."""
    due = {}
    for a in accounts.values():
        if not a.active:
            continue
        since = (last.get(a.id) or a.created_at).date()
        overdue = (day - since).days - cadence.get(a.tier, 60)
        if overdue > 0:
            due[a.id] = overdue
    return due


def revenue_by_account(start: dt.date, end: dt.date) -> dict[int, int]:
    query = (
        OrderLine.select(OrderLine.account, fn.SUM(OrderLine.amount_cents))
        .where(OrderLine.ordered_on.between(start, end))
        .group_by(OrderLine.account)
    )
    return {a: int(total or 0) for a, total in database.execute(query)}


def complaints_by_guarantee(start: dt.date, end: dt.date) -> Counter[tuple[str, str]]:
    """(kind, guarantee) -> ledger entries noted in [start, end]."""
    query = LedgerEntry.select(LedgerEntry.kind, LedgerEntry.guarantee).where(
        LedgerEntry.noted_on.between(start, end)
    )
    return Counter(tuples(query))
