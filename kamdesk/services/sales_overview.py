"""The Sales workspace's lists, ready to show: slipping accounts with their names, the churn answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules import periods
from kamdesk.rules.vocab import Status
from kamdesk.services import churn, follow_ups, loyalty, sales
from kamdesk.store.models import Account
from kamdesk.store.row_values import tuples


@dataclass(frozen=True)
class SlippingRow:
    account_id: int
    code: str
    name: str
    owner_id: int | None
    last_order: dt.date
    typical_days: float
    days_since: int


def slipping_rows(today: dt.date | None = None) -> list[SlippingRow]:
    found = sales.slipping_accounts(today)
    info = {
        a.id: a for a in Account.select(Account.id, Account.code, Account.name, Account.owner, Account.status)
        .where(Account.id.in_([s.account_id for s in found]))
    }  # fmt: skip
    rows = []
    for s in found:
        account = info.get(s.account_id)
        if account is not None and account.status == Status.ACTIVE:
            rows.append(SlippingRow(s.account_id, account.code, account.name, account.owner_id, s.last_order,
                                    s.typical_days, s.days_since))  # fmt: skip
    return rows


def visit_note(row: SlippingRow) -> str:
    """The follow-up's text as the office's records are kept (in Chinese, whatever a seat's screens
    say): why the visit, in the figures that show it."""
    return f"回访:已 {row.days_since} 天未下单(通常每 {row.typical_days:g} 天一单),了解原因"


def schedule_visit(row: SlippingRow, text: str, due_on: dt.date | None = None, owner_id: int | None = None, *,
                   actor: Actor) -> int:  # fmt: skip
    """Seed 002: when a customer starts to slip away, visit them. A follow-up for the owner (or
    whoever is named), in three days unless a day is given."""
    owner = owner_id or row.owner_id or actor.id
    if owner is None:
        raise errors.ValidationError({"owner_id": "required"})
    due = due_on or clock.today() + dt.timedelta(days=3)
    return follow_ups.add_follow_up(row.account_id, text, owner, due, actor=actor)


@dataclass(frozen=True)
class ChurnAnswers:
    """Seed 004's three questions: what is our churn rate, why do customers leave, how loyal are they."""

    rates: list[churn.ChurnRate]  # the last four full quarters, oldest first
    surface: list[tuple[str, int]]
    deep: list[tuple[str, int]]
    loyalty: dict[str, int]
    undated: list[tuple[int, str, str]]  # churned with no date, so not counted: (id, code, name)
    steps: churn.StepShares  # where the deep reasons say it failed, over the same four quarters


def churn_answers(today: dt.date | None = None) -> ChurnAnswers:
    quarter = periods.last_full_quarter(today)
    quarters = [quarter]
    for _ in range(3):
        quarters.insert(0, periods.quarter_of(quarters[0].start - dt.timedelta(days=1)))
    reasons = churn.top_reasons(quarters[0].start)
    steps = churn.step_shares(quarters[0].start)
    return ChurnAnswers([churn.churn_rate(q) for q in quarters], reasons["surface"], reasons["deep"],
                        loyalty.distribution(), churn.undated(), steps)  # fmt: skip


@dataclass(frozen=True)
class AccountName:
    account_id: int
    code: str
    name: str


def account_names(account_ids: list[int]) -> list[AccountName]:
    query = Account.select(Account.id, Account.code, Account.name).where(Account.id.in_(account_ids))
    return [AccountName(*row) for row in tuples(query)]
