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

from peewee import (
    AutoField,
    BooleanField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    fn,
)

from kamdesk.rules import analytics
from kamdesk.rules.board_cards import CARD_KEYS, BoardColumn
from kamdesk.rules.vocab import FeedbackKind, Loyalty, ProspectResult, Status
from kamdesk.services import sales
from kamdesk.store.models import (
    Account,
    AuditEntry,
    BoardCard,
    BoardMove,
    LedgerEntry,
    LoyaltyAssessment,
    ProspectCard,
    Visit,
    database,
    primary_key,
)
from kamdesk.store.row_values import as_date, as_date_not_null, as_datetime, as_datetime_not_null, tuples

Ids = Iterable[int] | None  # only these accounts (None: every account)


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
    step: str = ""  # the 1-2-4 card whose failure lost it, or "other" ("": not said, before 2026-12)


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
    churns: tuple[Churn, ...] = ()  # every churn dated on or before the day, a later reversal or not

    @property
    def active(self) -> bool:
        return self.status == Status.ACTIVE and not self.archived


@dataclass
class _Versions:
    """One row through time: `rows[i]` held from `times[i]` (the trail's UTC moments); None: deleted."""

    times: list[dt.datetime] = field(default_factory=list)
    rows: list[dict | None] = field(default_factory=list)

    def at(self, moment: dt.datetime) -> dict | None:
        i = bisect_right(self.times, moment)
        return self.rows[i - 1] if i else None

    def add(self, time: dt.datetime, row: dict | None) -> None:
        self.times.append(time)
        self.rows.append(row)


def _converter(f: Field):
    if isinstance(f, DateTimeField):
        return as_datetime
    if isinstance(f, DateField):
        return as_date
    if isinstance(f, BooleanField):
        return lambda v: None if v is None else bool(v)
    if isinstance(f, IntegerField | ForeignKeyField | AutoField):
        return lambda v: None if v is None else int(v)
    return lambda v: v


class TableHistory:
    """The rows of one audited table through time, read from the audit trail (each row before and
    after every change) and today's rows. A row whose first change the trail did not see (older than
    the trail, or demo data) held its first known values from the start. Times are the trail's."""

    def __init__(self, model: type[Model], account_ids: Ids = None) -> None:
        fields = model._meta.sorted_fields
        self._columns = [f.column_name for f in fields]
        self._convert = {f.column_name: _converter(f) for f in fields}
        key = primary_key(model)
        account = _account_field(model)
        rows = model.select(*fields)
        trail = AuditEntry.select(
            AuditEntry.row_key, AuditEntry.changed_at, AuditEntry.action, AuditEntry.old_values,
            AuditEntry.new_values,
        ).where(AuditEntry.table_name == model._meta.table_name)  # fmt: skip
        if account_ids is not None:
            ids = list(account_ids)
            rows = rows.where(account.in_(ids))
            trail = trail.where(AuditEntry.account_id.in_(ids))
        at_key = self._columns.index(key.column_name)
        current = {
            str(values[at_key]): self._row(dict(zip(self._columns, values, strict=True)))
            for values in tuples(rows)
        }
        entries: dict[str, list] = defaultdict(list)
        for row_key, changed_at, action, old, new in tuples(trail):
            entries[row_key].append((as_datetime_not_null(changed_at), action, old, new))
        self.versions: dict[str, _Versions] = {}
        for row_key in current.keys() | entries.keys():
            seen = sorted(entries.get(row_key, []), key=lambda e: e[0])  # stable: ids break ties
            v = self.versions[row_key] = _Versions()
            if not seen or seen[0][1] != "insert":
                first = self._row(json.loads(seen[0][2])) if seen and seen[0][2] else current.get(row_key)
                v.add(dt.datetime.min, first)
            for changed_at, action, _old, new in seen:
                v.add(changed_at, None if action == "delete" or new is None else self._row(json.loads(new)))
            if row_key in current and v.rows[-1] is not None:
                v.rows[-1] = current[row_key]  # today's row is the truth for the last version

    def _row(self, values: dict) -> dict:
        return {c: self._convert[c](values.get(c)) for c in self._columns}

    def at(self, moment: dt.datetime) -> dict[str, dict]:
        """Row key -> the row as it was at `moment`, for the rows that existed then."""
        out = {}
        for row_key, v in self.versions.items():
            row = v.at(moment)
            if row is not None:
                out[row_key] = row
        return out


def _account_field(model: type[Model]) -> Field:
    return primary_key(model) if model is Account else model._meta.fields["account"]


def _churns(v: _Versions) -> list[tuple[Churn, dt.datetime | None]]:
    """An account's churns, each with the moment it was reversed (None: it stands). A churn's date
    or reasons corrected later replace what they correct; a reactivation (the churn date cleared)
    reverses the churn from the moment it was recorded."""
    episodes: list[tuple[Churn, dt.datetime | None]] = []
    open_churn: Churn | None = None
    for time, row in zip(v.times, v.rows, strict=True):
        if row is not None and row["churned_on"] is not None:
            open_churn = Churn(row["churned_on"], row["churn_surface"] or "", row["churn_deep"] or "",
                               row["churn_competitor"] or "", row.get("churn_step") or "")  # fmt: skip
        elif open_churn is not None:
            episodes.append((open_churn, time))
            open_churn = None
    if open_churn is not None:
        episodes.append((open_churn, None))
    return episodes


class History:
    """The accounts' history, read once, to be asked about any number of days (a quarterly review
    asks about five)."""

    def __init__(self, account_ids: Ids = None) -> None:
        self.accounts = TableHistory(Account, account_ids)
        self._assessments = _assessments(account_ids)
        won = ProspectCard.select(ProspectCard.account, ProspectCard.closed_on).where(
            (ProspectCard.result == ProspectResult.WON) & ProspectCard.closed_on.is_null(False)
        )
        if account_ids is not None:
            won = won.where(ProspectCard.account.in_(list(account_ids)))
        self._won_on = {a: as_date_not_null(day) for a, day in tuples(won)}

    def accounts_at(self, day: dt.date) -> dict[int, AccountAt]:
        """Every account that existed at the end of `day`, archived ones flagged, as it stood then.
        A prospect is won on its card's closing date; a churn counts from its date."""
        moment, end = _trail_moment(day), end_of(day)
        loyalty = _loyalty_at(self._assessments, day)
        out = {}
        for row_key, v in self.accounts.versions.items():
            row = v.at(moment)
            if row is None or row["created_at"] is None or row["created_at"] > end:
                continue
            account_id = int(row_key)
            episodes = _churns(v)
            in_force = [c for c, undone in episodes if c.on <= day and (undone is None or undone > moment)]
            churn = max(in_force, key=lambda c: c.on, default=None)
            status = row["status"]
            won_on = self._won_on.get(account_id)
            if churn is not None:
                status = Status.CHURNED
            elif won_on is not None:
                status = Status.ACTIVE if won_on <= day else Status.PROSPECT
            elif status == Status.CHURNED and row["churned_on"] is not None:
                status = Status.ACTIVE  # churned later than `day`, recorded before it ended: not yet
            archived_at = row["archived_at"]
            default_loyalty = row["loyalty"] if account_id not in loyalty.assessed else Loyalty.UNKNOWN
            out[account_id] = AccountAt(
                account_id, row["code"], row["name"], row["industry"] or "", row["region"] or "",
                row["tier"], row["relationship"], row["owner_id"], status,
                archived_at is not None and archived_at <= end, row["created_at"], churn,
                loyalty.levels.get(account_id, default_loyalty),
                tuple(c for c, _ in episodes if c.on <= day),
            )  # fmt: skip
        return out


def accounts_at(day: dt.date, account_ids: Ids = None) -> dict[int, AccountAt]:
    """Every account (or those of `account_ids`) that existed at the end of `day`, as it stood then."""
    return History(account_ids).accounts_at(day)


def rows_at(model: type[Model], day: dt.date, account_ids: Ids = None) -> list[dict]:
    """The rows of an audited table (contacts, board cards, ...) as they stood at the end of `day`."""
    return list(TableHistory(model, account_ids).at(_trail_moment(day)).values())


@dataclass(frozen=True)
class LoyaltyAt:
    levels: dict[int, str]  # account -> the latest level assessed on or before the day
    assessed: set[int]  # accounts with any assessment at all (then "unknown" before the first)


def _assessments(account_ids: Ids = None) -> list[tuple[int, str, dt.date]]:
    query = LoyaltyAssessment.select(
        LoyaltyAssessment.account, LoyaltyAssessment.level, LoyaltyAssessment.assessed_on
    ).order_by(LoyaltyAssessment.assessed_on, LoyaltyAssessment.id)
    if account_ids is not None:
        query = query.where(LoyaltyAssessment.account.in_(list(account_ids)))
    return [(a, level, as_date_not_null(on)) for a, level, on in tuples(query)]


def _loyalty_at(assessments: list[tuple[int, str, dt.date]], day: dt.date) -> LoyaltyAt:
    levels = {a: level for a, level, on in assessments if on <= day}  # in date order: the last wins
    return LoyaltyAt(levels, {a for a, _, _ in assessments})


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


def slipping_at(day: dt.date, account_ids: Ids = None) -> dict[int, analytics.Slipping]:
    """Accounts past their buying cycle at the end of `day`, from the orders dated up to it (seed
    002: 當發現客戶流失時,就去拜訪客戶 — when a customer is found slipping away, go and visit them)."""
    return {s.account_id: s for s in analytics.slipping_cycles(sales.cycles_on(day, account_ids), day)}


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


def complaints_by_guarantee(start: dt.date, end: dt.date) -> Counter[tuple[str, str]]:
    """(kind, guarantee) -> ledger entries noted in [start, end]."""
    query = LedgerEntry.select(LedgerEntry.kind, LedgerEntry.guarantee).where(
        LedgerEntry.noted_on.between(start, end)
    )
    return Counter(tuples(query))
