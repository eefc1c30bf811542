"""Satisfaction (seed 002): 一个非常满意的客户,其购买意愿是一个满意客户的6倍 — a very satisfied customer
is six times as likely to buy again as a merely satisfied one. So the short survey asks overall and
for each guarantee on five points, and the office watches the share of its active accounts whose
latest answer is the top box ("very satisfied"), not an average that would hide it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Satisfaction, Status
from kamdesk.services import live
from kamdesk.store import db
from kamdesk.store.models import Account, Contact, SatisfactionSurvey
from kamdesk.store.row_values import as_date_not_null, tuples

ASKED = ("quality", "service", "logistics", "value")  # the four guarantees a survey may ask about
YEAR = dt.timedelta(days=365)


@dataclass(frozen=True)
class Survey:
    account_id: int
    surveyed_on: dt.date
    contact: str  # who answered ("" when not said)
    overall: str
    by_guarantee: dict[str, str]  # of ASKED, those asked
    note: str


@dataclass(frozen=True)
class SurveyAnswers:
    overall: str
    by_guarantee: dict[str, str] = field(default_factory=dict)  # of ASKED; "" or missing: not asked
    contact_id: int | None = None
    note: str = ""


def record(
    account_id: int, surveyed_on: dt.date, overall: str, by_guarantee: dict[str, str] | None = None,
    contact_id: int | None = None, note: str = "", visit_id: int | None = None, *, actor: Actor,
) -> int:  # fmt: skip
    answers = SurveyAnswers(overall, by_guarantee or {}, contact_id, note)
    check = Checker()
    check_answers(answers, account_id, check)
    if surveyed_on > clock.today():
        check.fail("surveyed_on", "in_future")
    check.raise_if_any()
    with db.writing(actor):
        live.require(account_id)
        return write(account_id, surveyed_on, answers, visit_id, actor.id)


def check_answers(answers: SurveyAnswers, account_id: int, check: Checker, prefix: str = "") -> None:
    check.choice(f"{prefix}overall", answers.overall, Satisfaction.codes())
    for key, answer in answers.by_guarantee.items():
        if key not in ASKED:
            check.fail(f"{prefix}{key}", "invalid_choice")
        elif answer:
            check.choice(f"{prefix}{key}", answer, Satisfaction.codes())
    contact_id = answers.contact_id
    if contact_id is not None and not Contact.select().where(
        (Contact.id == contact_id) & (Contact.account == account_id)).exists():  # fmt: skip
        check.fail(f"{prefix}contact_id", "invalid_choice")


def write(account_id: int, surveyed_on: dt.date, answers: SurveyAnswers, visit_id: int | None,
          actor_id: int | None) -> int:  # fmt: skip
    """Inside the caller's transaction, the answers checked already."""
    asked = {k: v for k, v in answers.by_guarantee.items() if v}
    return SatisfactionSurvey.insert(
        account=account_id, surveyed_on=surveyed_on, contact=answers.contact_id, overall=answers.overall,
        note=clean(answers.note), visit=visit_id, created_by=actor_id, created_at=clock.now(), **asked,
    ).execute()  # fmt: skip


def history(account_id: int) -> list[Survey]:
    """The account's surveys, latest first."""
    names = dict(tuples(Contact.select(Contact.id, Contact.name).where(Contact.account == account_id)))
    query = (
        SatisfactionSurvey.select()
        .where(SatisfactionSurvey.account == account_id)
        .order_by(SatisfactionSurvey.surveyed_on.desc(), SatisfactionSurvey.id.desc())
    )
    return [
        Survey(s.account_id, as_date_not_null(s.surveyed_on), names.get(s.contact_id, ""), s.overall,
               {k: getattr(s, k) for k in ASKED if getattr(s, k)}, s.note)
        for s in query
    ]  # fmt: skip


@dataclass(frozen=True)
class TopBox:
    """The active accounts surveyed in the twelve months to a day, by their latest overall answer."""

    surveyed: int
    by_answer: dict[str, int]  # Satisfaction -> accounts

    @property
    def very_satisfied_share(self) -> float:
        return self.by_answer.get(Satisfaction.VERY_SATISFIED, 0) / self.surveyed if self.surveyed else 0.0


def top_box(day: dt.date | None = None, account_ids: list[int] | None = None) -> TopBox:
    """Seed 002's measure: of the active accounts (or these) surveyed in the twelve months to `day`,
    how many answered "very satisfied" the last time."""
    day = day or clock.today()
    query = (
        SatisfactionSurvey.select(
            SatisfactionSurvey.account,
            SatisfactionSurvey.surveyed_on,
            SatisfactionSurvey.id,
            SatisfactionSurvey.overall,
        )
        .join(Account, on=(SatisfactionSurvey.account == Account.id))
        .where(SatisfactionSurvey.surveyed_on.between(day - YEAR + dt.timedelta(days=1), day))
    )
    if account_ids is not None:  # those active then (a review's, from the history)
        query = query.where(SatisfactionSurvey.account.in_(account_ids))
    else:
        query = query.where((Account.status == Status.ACTIVE) & Account.archived_at.is_null())
    latest: dict[int, tuple[dt.date, int, str]] = {}
    for account_id, on, row_id, overall in tuples(query):
        key = (as_date_not_null(on), row_id, overall)
        if account_id not in latest or key[:2] > latest[account_id][:2]:
            latest[account_id] = key
    counts: dict[str, int] = {}
    for _, _, overall in latest.values():
        counts[overall] = counts.get(overall, 0) + 1
    return TopBox(len(latest), {a: counts.get(a, 0) for a in Satisfaction.codes()})
