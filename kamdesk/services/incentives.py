"""The rebate and promotion ledger (guarantee 4). Seed 000: 对大客户制定适当的奖励政策……如各种折扣、
合作促销让利、销售竞赛、返利等……大客户管理部应负责对这些激励政策的落实 (the key-account department sees
that the incentives promised are carried out). Each agreement records what was promised to an
account, for which period, and its payment; what is owed is a rate on the account's purchases in the
period (of one product line, or all) or a fixed amount. One unpaid after its due date is overdue: on
the account, on the guarantee-4 card, in the owner's follow-ups and in both reviews."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields, replace

from peewee import Case, fn

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import IncentiveKind
from kamdesk.services import changes, live
from kamdesk.store import db
from kamdesk.store.models import (
    Account,
    AccountProductLine,
    IncentiveAgreement,
    OrderLine,
    SkuProductLine,
    database,
)
from kamdesk.store.row_values import as_date, as_date_not_null, tuples

MAX_CENTS = 10**13  # 100 billion yuan: beyond it a figure is a typing error


@dataclass(frozen=True)
class IncentiveDraft:
    account_id: int
    kind: str = IncentiveKind.VOLUME_REBATE
    title: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    rate_percent: float | None = None  # a rate on the account's purchases in the period...
    product_line: str = ""  # ...of this product line ("": of all)
    promised_cents: int | None = None  # ...or a fixed amount
    due_on: dt.date | None = None
    paid_on: dt.date | None = None
    paid_cents: int | None = None
    note: str = ""
    id: int | None = None
    version: int = 0


STORED = [f.name for f in fields(IncentiveDraft) if f.name not in ("account_id", "id", "version")]


@dataclass(frozen=True)
class Standing:
    """An agreement as it stands on a day: what it has earned so far, what it owes in all, what
    was paid, and whether it is overdue."""

    agreement: IncentiveDraft
    accrued_cents: int  # earned so far (a rate: on the purchases up to the day)
    owed_cents: int  # for the whole period (a rate: on the purchases so far, the period not over)
    paid_cents: int
    overdue: bool  # due before the day and not paid in full
    paid_late: bool  # paid after its due date
    accruing: bool = False  # a rate whose period is not over: what it owes still grows

    @property
    def outstanding_cents(self) -> int:
        return max(self.owed_cents - self.paid_cents, 0)

    @property
    def state(self) -> str:
        """overdue, paid, paid_late, open (not due yet, or a rate still accruing)."""
        if self.overdue:
            return "overdue"
        if self.paid_cents and self.paid_cents >= self.owed_cents and not self.accruing:
            return "paid_late" if self.paid_late else "paid"
        return "open"


def validate(draft: IncentiveDraft) -> IncentiveDraft:
    draft = replace(
        draft, title=clean(draft.title), product_line=clean(draft.product_line), note=clean(draft.note)
    )
    check = Checker()
    check.choice("kind", draft.kind, IncentiveKind.codes())
    check.max_length("title", draft.title, 120)
    check.max_length("product_line", draft.product_line, 64)
    check.max_length("note", draft.note, 20000)
    for name in ("starts_on", "ends_on", "due_on"):
        if getattr(draft, name) is None:
            check.fail(name, "required")
    first, last = dt.date(1990, 1, 1), dt.date(2199, 12, 31)
    for name in ("starts_on", "ends_on", "due_on", "paid_on"):
        day = getattr(draft, name)
        if day is not None and not first <= day <= last:
            check.fail(name, "out_of_range")
    if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
        check.fail("ends_on", "before_start")
    if draft.starts_on and draft.due_on and draft.due_on < draft.starts_on:
        check.fail("due_on", "before_period")
    if draft.starts_on and draft.paid_on and draft.paid_on < draft.starts_on:
        check.fail("paid_on", "before_period")
    if (draft.rate_percent is None) == (draft.promised_cents is None):
        check.fail("rate_percent", "rate_or_amount")  # one of the two, not both, not neither
    elif draft.rate_percent is not None and not 0 < draft.rate_percent <= 100:
        check.fail("rate_percent", "out_of_range")
    elif draft.promised_cents is not None and not 0 < draft.promised_cents <= MAX_CENTS:
        check.fail("promised_cents", "out_of_range")
    if (draft.paid_on is None) != (draft.paid_cents is None):
        check.fail("paid_cents" if draft.paid_cents is None else "paid_on", "required")
    if draft.paid_on is not None and draft.paid_on > clock.today():
        check.fail("paid_on", "in_future")
    if draft.paid_cents is not None and not 0 < draft.paid_cents <= MAX_CENTS:
        check.fail("paid_cents", "out_of_range")
    if draft.rate_percent is not None and draft.product_line and draft.product_line not in product_lines():
        check.fail("product_line", "unknown_product_line")  # a typo would accrue nothing, for ever
    check.raise_if_any()
    return draft


def product_lines() -> set[str]:
    """The product lines the office sells: those of its order lines and of its SKU table."""
    bought = AccountProductLine.select(AccountProductLine.product_line).distinct()
    sold = {line for (line,) in database.execute(bought) if line}
    return sold | {line for (line,) in database.execute(SkuProductLine.select(SkuProductLine.product_line))}


def save(draft: IncentiveDraft, *, actor: Actor) -> int:
    """Record a new agreement or change one (refused if changed meanwhile at another seat)."""
    with db.writing(actor):
        draft = validate(draft)
        live.require(draft.account_id)
        values = {name: getattr(draft, name) for name in STORED}
        if draft.id is None:
            made = clock.now()
            return IncentiveAgreement.insert(
                account=draft.account_id, created_by=actor.id, created_at=made, updated_at=made, **values
            ).execute()
        changed = (
            IncentiveAgreement.update(
                **values, updated_at=clock.now(), version=IncentiveAgreement.version + 1
            )
            .where((IncentiveAgreement.id == draft.id) & (IncentiveAgreement.version == draft.version))
            .execute()
        )
        if not changed:
            raise changes.conflict("incentive", "incentive_agreement", draft.id)
        return draft.id


def record_payment(agreement_id: int, paid_on: dt.date, paid_cents: int, *, actor: Actor) -> None:
    """The agreement was paid (or paid again in full: the amount is the total paid)."""
    draft = get(agreement_id)
    save(replace(draft, paid_on=paid_on, paid_cents=paid_cents), actor=actor)


def remove(agreement_id: int, *, actor: Actor) -> None:
    """An agreement entered by mistake (the audit trail keeps it)."""
    with db.writing(actor):
        if not IncentiveAgreement.delete().where(IncentiveAgreement.id == agreement_id).execute():
            raise errors.NotFoundError(what="incentive", key=agreement_id)


def get(agreement_id: int) -> IncentiveDraft:
    row = IncentiveAgreement.get_or_none(IncentiveAgreement.id == agreement_id)
    if row is None:
        raise errors.NotFoundError(what="incentive", key=agreement_id)
    return _draft(row)


def _draft(row: IncentiveAgreement) -> IncentiveDraft:
    return IncentiveDraft(
        account_id=row.account_id, kind=row.kind, title=row.title, starts_on=as_date(row.starts_on),
        ends_on=as_date(row.ends_on), rate_percent=row.rate_percent, product_line=row.product_line,
        promised_cents=row.promised_cents, due_on=as_date(row.due_on), paid_on=as_date(row.paid_on),
        paid_cents=row.paid_cents, note=row.note, id=row.id, version=row.version,
    )  # fmt: skip


def standings(account_ids: list[int] | None = None, today: dt.date | None = None) -> list[Standing]:
    """Every agreement (of these accounts) as it stood at the end of `today` (a review's last day:
    what was accrued and paid by then), latest due first."""
    today = today or clock.today()
    query = IncentiveAgreement.select().order_by(
        IncentiveAgreement.due_on.desc(), IncentiveAgreement.id.desc()
    )
    if account_ids is not None:
        query = query.where(IncentiveAgreement.account.in_(account_ids))
    drafts = [_draft(row) for row in query]
    bought = _purchases([d for d in drafts if d.rate_percent is not None], today)
    return [_standing(d, bought.get(d.id or 0, (0, 0)), today) for d in drafts]


def _standing(draft: IncentiveDraft, bought: tuple[int, int], today: dt.date) -> Standing:
    """`bought`: the purchases the rate applies to, (up to today, in the whole period)."""
    so_far, whole = bought
    if draft.rate_percent is not None:
        accrued = round(so_far * draft.rate_percent / 100)
        owed = accrued if draft.ends_on and today < draft.ends_on else round(whole * draft.rate_percent / 100)
    else:
        assert draft.promised_cents is not None and draft.ends_on is not None
        owed = draft.promised_cents
        accrued = owed if today >= draft.ends_on else 0
    paid_by_then = draft.paid_on is not None and draft.paid_on <= today  # a later payment: not paid then
    paid = (draft.paid_cents or 0) if paid_by_then else 0
    assert draft.due_on is not None
    overdue = draft.due_on < today and owed > 0 and paid < owed
    late = paid_by_then and draft.paid_on is not None and draft.paid_on > draft.due_on
    accruing = draft.rate_percent is not None and draft.ends_on is not None and today < draft.ends_on
    return Standing(draft, accrued, owed, paid, overdue, late, accruing)


def _purchases(drafts: list[IncentiveDraft], today: dt.date) -> dict[int, tuple[int, int]]:
    """agreement -> (purchases in its period up to today, in its whole period) it applies to: one
    query for them all, each agreement's lines found through the (account, date) index."""
    if not drafts:
        return {}
    so_far = Case(None, [(OrderLine.ordered_on <= today, OrderLine.amount_cents)], 0)
    deal = IncentiveAgreement
    query = (
        deal.select(deal.id, fn.SUM(so_far), fn.SUM(OrderLine.amount_cents))
        .join(OrderLine, on=(
            (OrderLine.account == deal.account) & OrderLine.ordered_on.between(deal.starts_on, deal.ends_on)
            & ((deal.product_line == "") | (OrderLine.product_line == deal.product_line))
        ))
        .where(IncentiveAgreement.id.in_([d.id for d in drafts]))
        .group_by(IncentiveAgreement.id)
    )  # fmt: skip
    return {
        agreement_id: (int(part or 0), int(whole or 0))
        for agreement_id, part, whole in database.execute(query)
    }


def overdue_counts(today: dt.date | None = None) -> dict[int, int]:
    """account -> how many of its agreements are overdue (the guarantee-4 card's badge)."""
    counts: dict[int, int] = {}
    for s in standings(_accounts_with_unpaid_due(today or clock.today()), today):
        if s.overdue:
            counts[s.agreement.account_id] = counts.get(s.agreement.account_id, 0) + 1
    return counts


def _accounts_with_unpaid_due(today: dt.date) -> list[int]:
    """The accounts with an agreement due before today that may be unpaid (a cheap first cut)."""
    query = (
        IncentiveAgreement.select(IncentiveAgreement.account)
        .where(IncentiveAgreement.due_on < today)
        .distinct()
    )
    return [a for (a,) in database.execute(query)]


@dataclass(frozen=True)
class OverdueItem:
    account_id: int
    code: str
    name: str
    owner_id: int | None
    standing: Standing


def overdue_items(today: dt.date | None = None, owner_id: int | None = None) -> list[OverdueItem]:
    """The overdue agreements, most overdue first (of one owner's accounts, or all)."""
    today = today or clock.today()
    ids = _accounts_with_unpaid_due(today)
    accounts = Account.select(Account.id, Account.code, Account.name, Account.owner).where(
        Account.id.in_(ids)
    )
    if owner_id is not None:
        accounts = accounts.where(Account.owner == owner_id)
    found = {a: (code, name, owner) for a, code, name, owner in tuples(accounts)}
    items = [
        OverdueItem(s.agreement.account_id, *found[s.agreement.account_id], s)
        for s in standings(list(found), today)
        if s.overdue
    ]
    items.sort(key=lambda i: (as_date_not_null(i.standing.agreement.due_on), i.code))
    return items
