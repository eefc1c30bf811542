"""Churn (seed 004): marking an account lost with its surface and deep reasons and the competitor it
went to; reactivating it; the churn rate per quarter and the main reasons."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.board_cards import CARD_KEYS
from kamdesk.rules.periods import Period
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Status
from kamdesk.services import changes, live
from kamdesk.store import db
from kamdesk.store.models import Account, Meta
from kamdesk.store.row_values import tuples

DEFAULT_REASONS = {
    "surface": ["价格偏高", "淡季不进货", "对方换了采购经理", "促销支持不足"],
    "deep": ["连续两个季度交货延迟", "竞品返利更高", "投诉长期未解决", "对接业务员频繁更换"],
}


def reasons(kind: str) -> list[str]:
    """The pick list for surface or deep reasons (editable by a manager; free text is fine too)."""
    row = Meta.get_or_none(Meta.key == f"churn_reasons_{kind}")
    return json.loads(row.value) if row else list(DEFAULT_REASONS[kind])


def set_reasons(kind: str, items: list[str], *, actor: Actor) -> None:
    require_manager(actor, "edit the churn reasons")
    cleaned = [clean(i) for i in items if clean(i)]
    with db.writing(actor):
        Meta.upsert(key=f"churn_reasons_{kind}", value=json.dumps(cleaned, ensure_ascii=False))


STEPS = (*CARD_KEYS, "other")
"""Where a deep reason lies: the 1-2-4 card whose step failed, or somewhere else. Seed 004: 将近有70%
的原因是因为企业在销售和服务过程中,在某个环节出现了问题 (nearly 70% of churn comes from a problem at
some step of selling and serving)."""


def mark_churned(
    account_id: int, churned_on: dt.date, surface: str, deep: str, competitor: str = "", *, step: str,
    actor: Actor,
) -> None:  # fmt: skip
    """Seed 004: the surface reason (what the customer says), the deep reason (the failure at some
    step that nearly 70% of churn comes from) and the step it names (STEPS), and the competitor it
    went to (empty when it went to none: closed, stopped the category). Reps record it for their own
    accounts, managers for any."""
    surface, deep, competitor = clean(surface), clean(deep), clean(competitor)
    check = Checker()
    check.required("churn_surface", surface)
    check.required("churn_deep", deep)
    if not step:
        check.fail("churn_step", "required")
    else:
        check.choice("churn_step", step, STEPS)
    if churned_on > clock.today():
        check.fail("churned_on", "in_future")
    elif churned_on < dt.date(1990, 1, 1):
        check.fail("churned_on", "out_of_range")
    check.max_length("churn_competitor", competitor, 120)
    check.raise_if_any()
    if not actor.is_manager:
        owner = Account.select(Account.owner).where(Account.id == account_id).scalar()
        if owner != actor.id:
            require_manager(actor, "mark another rep's account churned")
    with db.writing(actor):
        live.require(account_id)
        changed = (
            Account.update(status=Status.CHURNED, churned_on=churned_on, churn_surface=surface, churn_deep=deep,
                           churn_competitor=competitor, churn_step=step, updated_at=clock.now(),
                           version=Account.version + 1)
            .where(Account.id == account_id)
            .execute()
        )  # fmt: skip
        if not changed:
            raise errors.NotFoundError(what="account", key=account_id)


def reactivate(account_id: int, *, actor: Actor) -> None:
    """The customer came back: active again; the churn date and reasons are cleared."""
    with db.writing(actor):
        changed = (
            Account.update(status=Status.ACTIVE, churned_on=None, churn_surface="", churn_deep="", churn_competitor="", churn_step="",
                           updated_at=clock.now(), version=Account.version + 1)
            .where((Account.id == account_id) & (Account.status == Status.CHURNED))
            .execute()
        )  # fmt: skip
        if not changed:
            raise changes.conflict("account", "account", account_id)


def undated() -> list[tuple[int, str, str]]:
    """Churned accounts with no churn date (set churned before the status could only change through
    mark_churned): (id, code, name), for a manager to complete. The churn rate cannot count them."""
    query = (
        Account.select(Account.id, Account.code, Account.name)
        .where(
            (Account.status == Status.CHURNED) & Account.churned_on.is_null() & Account.archived_at.is_null()
        )
        .order_by(Account.code)
    )
    return list(tuples(query))


def is_undated(account_id: int) -> bool:
    return (
        Account.select()
        .where((Account.id == account_id) & (Account.status == Status.CHURNED) & Account.churned_on.is_null())
        .exists()
    )


@dataclass(frozen=True)
class ChurnRate:
    period: Period
    active_at_start: int
    churned: int

    @property
    def rate(self) -> float:
        return self.churned / self.active_at_start if self.active_at_start else 0.0


def churn_rate(period: Period) -> ChurnRate:
    """Accounts churned during the quarter over accounts active at its start (existing then, not a
    prospect, not already churned)."""
    start = dt.datetime.combine(period.start, dt.time())
    existed = (
        (Account.created_at < start) & (Account.status != Status.PROSPECT) & Account.archived_at.is_null()
    )
    not_yet_lost = Account.churned_on.is_null() | (Account.churned_on >= period.start)
    active = Account.select().where(existed & not_yet_lost).count()
    churned = Account.select().where(Account.churned_on.between(period.start, period.end)).count()
    return ChurnRate(period, active, churned)


@dataclass(frozen=True)
class StepShares:
    """How many churned accounts named each step as where it failed (seed 004's deep reasons)."""

    by_step: dict[str, int]  # STEPS -> accounts
    unnamed: int  # churned before a step was asked for

    @property
    def named(self) -> int:
        return sum(self.by_step.values())

    @property
    def at_a_step(self) -> float:
        """The share of those that named one whose loss came from a 1-2-4 step (not "other")."""
        return (self.named - self.by_step.get("other", 0)) / self.named if self.named else 0.0


def step_shares(since: dt.date | None = None) -> StepShares:
    query = Account.select(Account.churn_step).where(Account.churned_on.is_null(False))
    if since:
        query = query.where(Account.churned_on >= since)
    counted = Counter(step for (step,) in tuples(query))
    return StepShares({s: counted[s] for s in STEPS if counted[s]}, counted.get("", 0))


def top_reasons(since: dt.date | None = None, limit: int = 5) -> dict[str, list[tuple[str, int]]]:
    query = Account.select(Account.churn_surface, Account.churn_deep).where(Account.churned_on.is_null(False))
    if since:
        query = query.where(Account.churned_on >= since)
    surface: Counter[str] = Counter()
    deep: Counter[str] = Counter()
    for s, d in tuples(query):
        if s:
            surface[s] += 1
        if d:
            deep[d] += 1
    return {"surface": surface.most_common(limit), "deep": deep.most_common(limit)}
