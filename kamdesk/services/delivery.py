"""Guarantee 3 measured (seed 000: 交货及时、足量(包括紧急需要时); 随时了解大客户的销售与库存情况):
on-time-in-full from the order lines' promised and delivered dates (kamdesk.rules.delivery), the
delivery issues recorded by hand, and each account's product lines with their peak months and the
stock last noted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.delivery import DeliveryFigures, DeliveryLine, measure, parse_months
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import DeliveryProblem
from kamdesk.services import as_of, live, office_settings
from kamdesk.store import db
from kamdesk.store.models import AccountProductLine, DeliveryIssue, OrderLine, StockLine, Visit
from kamdesk.store.row_values import as_date, as_date_not_null, dicts, tuples

WINDOW = dt.timedelta(days=90)  # what the board looks back over


def figures(since: dt.date, until: dt.date, account_ids: list[int] | None = None) -> DeliveryFigures:
    """The lines promised from `since` to `until` (both included), as of the end of `until`, with the
    delivery issues recorded over the same days; of these accounts, or the whole office."""
    lines = OrderLine.select(
        OrderLine.requested_on, OrderLine.delivered_on, OrderLine.quantity, OrderLine.delivered_quantity,
        OrderLine.urgent,
    ).where(OrderLine.requested_on.between(since, until))  # fmt: skip
    issues = DeliveryIssue.select().where(
        DeliveryIssue.occurred_on.between(since, until), DeliveryIssue.created_at < as_of.end_of(until)
    )  # recorded by the end: one written down later does not change a period already printed
    today = clock.today()
    if until >= today:  # a running period: a line due today is not late until the day is over
        lines = lines.where(OrderLine.requested_on < today)
    if account_ids is not None:
        lines = lines.where(OrderLine.account.in_(account_ids))
        issues = issues.where(DeliveryIssue.account.in_(account_ids))
    promised = [
        DeliveryLine(
            as_date_not_null(requested), as_date(delivered), quantity, delivered_quantity, bool(urgent)
        )
        for requested, delivered, quantity, delivered_quantity, urgent in tuples(lines)
    ]
    return measure(promised, until, issues.count())


def recent(account_id: int, today: dt.date | None = None) -> DeliveryFigures:
    """The account's last 90 days: what the board's guarantee-3 card shows."""
    today = today or clock.today()
    return figures(today - WINDOW + dt.timedelta(days=1), today, [account_id])


# --- delivery issues -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Issue:
    id: int
    occurred_on: dt.date
    problem: str
    urgent: bool
    order_ref: str
    days_late: int | None
    note: str


def record_issue(
    account_id: int, occurred_on: dt.date, problem: str, *, urgent: bool = False, order_ref: str = "",
    days_late: int | None = None, note: str = "", actor: Actor,
) -> int:  # fmt: skip
    check = Checker()
    check.choice("problem", problem, DeliveryProblem.codes())
    if occurred_on > clock.today():
        check.fail("occurred_on", "in_future")
    check.max_length("order_ref", order_ref.strip(), 60)
    check.plain_text("order_ref", order_ref)
    if days_late is not None and not 0 <= days_late <= 365:
        check.fail("days_late", "out_of_range")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        return DeliveryIssue.insert(
            account=account_id, occurred_on=occurred_on, problem=problem, urgent=urgent,
            order_ref=order_ref.strip(), days_late=days_late, note=clean(note), created_by=actor.id,
            created_at=clock.now(),
        ).execute()  # fmt: skip


def issues(account_id: int, since: dt.date | None = None, until: dt.date | None = None) -> list[Issue]:
    """The account's delivery issues, latest first."""
    query = DeliveryIssue.select().where(DeliveryIssue.account == account_id)
    if since is not None:
        query = query.where(DeliveryIssue.occurred_on >= since)
    if until is not None:  # as recorded by then
        query = query.where(
            DeliveryIssue.occurred_on <= until, DeliveryIssue.created_at < as_of.end_of(until)
        )
    query = query.order_by(DeliveryIssue.occurred_on.desc(), DeliveryIssue.id.desc())
    return [
        Issue(
            i.id, as_date_not_null(i.occurred_on), i.problem, bool(i.urgent), i.order_ref, i.days_late, i.note
        )
        for i in query
    ]


# --- stock and peak season -----------------------------------------------------------------------
@dataclass(frozen=True)
class Stock:
    product_line: str
    peak_months: tuple[int, ...]
    stock_weeks: float | None
    stock_note: str
    noted_on: dt.date | None
    version: int

    def in_peak(self, day: dt.date) -> bool:
        return day.month in self.peak_months

    def peak_ahead(self, day: dt.date, months: int = 2) -> bool:
        """The peak starts within `months` months: the time to talk stock (在旺季到来前沟通库存)."""
        coming = {(day.month - 1 + k) % 12 + 1 for k in range(1, months + 1)}
        return not self.in_peak(day) and bool(coming & set(self.peak_months))


def stock_at(account_id: int, day: dt.date) -> list[Stock]:
    """The account's stock lines as they stood at the end of `day` (a review's), from the history."""
    rows = as_of.rows_at(StockLine, day, [account_id])
    stood = [_stock(r) for r in rows if r["noted_on"] is not None and r["noted_on"] <= day]
    return sorted(stood, key=lambda s: s.product_line)


def _stock(row: dict) -> Stock:
    months = tuple(int(m) for m in row["peak_months"].split(",") if m)
    return Stock(row["product_line"], months, row["stock_weeks"], row["stock_note"], as_date(row["noted_on"]),
                 row["version"])  # fmt: skip


def stock(account_id: int) -> list[Stock]:
    query = StockLine.select().where(StockLine.account == account_id).order_by(StockLine.product_line)
    return [_stock(row) for row in dicts(query)]


@dataclass(frozen=True)
class StockNote:
    product_line: str
    peak_months: str | None = None  # as typed ("11-1", "6,7,8"); None: leave as recorded
    stock_weeks: float | None = None
    stock_note: str = ""


def note_stock(
    account_id: int, notes: list[StockNote], noted_on: dt.date, visit_id: int | None = None, *, actor: Actor
) -> None:
    """Record what was learnt of the account's stock (and peak months) on `noted_on`, each product line
    made on first mention. All or nothing."""
    check = Checker()
    check_stock(notes, check)
    if noted_on > clock.today():
        check.fail("noted_on", "in_future")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        if visit_id is not None and not Visit.select().where(
            (Visit.id == visit_id) & (Visit.account == account_id)).exists():  # fmt: skip
            raise errors.NotFoundError(what="visit", key=visit_id)
        write_stock(account_id, notes, noted_on, visit_id)


def check_stock(notes: list[StockNote] | tuple[StockNote, ...], check: Checker) -> None:
    """Each note's faults, named "stock.<row>.<field>"."""
    for i, note in enumerate(notes):
        line = note.product_line.strip()
        if not line:
            check.fail(f"stock.{i}.product_line", "required")
        check.max_length(f"stock.{i}.product_line", line, 64)
        if note.stock_weeks is not None and not 0 <= note.stock_weeks <= 520:
            check.fail(f"stock.{i}.stock_weeks", "out_of_range")
        if note.peak_months is not None and parse_months(note.peak_months) is None:
            check.fail(f"stock.{i}.peak_months", "not_months")


def write_stock(
    account_id: int, notes: list[StockNote] | tuple[StockNote, ...], noted_on: dt.date, visit_id: int | None
) -> None:
    """Inside the caller's transaction (a visit's, or note_stock's), notes checked already."""
    for note in notes:
        _note_one(account_id, note, noted_on, visit_id)


def _note_one(account_id: int, note: StockNote, noted_on: dt.date, visit_id: int | None) -> None:
    line = note.product_line.strip()
    row = StockLine.get_or_none((StockLine.account == account_id) & (StockLine.product_line == line))
    values: dict[str, object] = {"updated_at": clock.now()}
    if note.peak_months is not None:
        values["peak_months"] = ",".join(map(str, parse_months(note.peak_months) or ()))
    before = as_date(row.noted_on) if row is not None else None
    newer = before is not None and before > noted_on
    if (note.stock_weeks is not None or note.stock_note.strip()) and not newer:  # an old visit: no backdating
        values |= {"stock_weeks": note.stock_weeks, "stock_note": clean(note.stock_note),
                   "noted_on": noted_on, "visit": visit_id}  # fmt: skip
    if row is None:
        StockLine.insert(account=account_id, product_line=line, **values).execute()
    else:
        StockLine.update(version=StockLine.version + 1, **values).where(StockLine.id == row.id).execute()


def product_lines(account_id: int) -> list[str]:
    """The product lines the account buys or stocks, to choose from when noting its stock."""
    bought = AccountProductLine.select(AccountProductLine.product_line).where(
        (AccountProductLine.account == account_id) & (AccountProductLine.product_line != "")
    )
    stocked = StockLine.select(StockLine.product_line).where(StockLine.account == account_id)
    return sorted({line for (line,) in tuples(bought)} | {line for (line,) in tuples(stocked)})


@dataclass(frozen=True)
class AccountDeliveries:
    """What the account's Deliveries tab shows."""

    recent: DeliveryFigures  # the last 90 days
    year: DeliveryFigures  # the last 12 months
    issues: list[Issue]
    stock: list[Stock]
    target: int  # the office's on-time-in-full target, percent


def account_deliveries(account_id: int, today: dt.date | None = None) -> AccountDeliveries:
    today = today or clock.today()
    year = figures(today - dt.timedelta(days=364), today, [account_id])
    return AccountDeliveries(recent(account_id, today), year, issues(account_id), stock(account_id),
                             office_settings.otif_target())  # fmt: skip
