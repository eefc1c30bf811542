"""How many prospects become customers (seed 003, step 6): the target is at least one paying customer
in every ten prospects worked. Below it, the targets that convert worst are the ones to refine."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, fn

from kamdesk.rules.vocab import ProspectResult
from kamdesk.services.prospects import contacts_for, targets_for
from kamdesk.store.models import Account, ProspectCall, ProspectCard, database

TARGET_RATE = 0.10
MIN_WORKED = 5  # fewer prospects worked than this say little about a target


@dataclass(frozen=True)
class Rate:
    key: str  # the industry or title; "" for the overall figure
    worked: int  # prospects called at least once, or won
    won: int  # became customers

    @property
    def rate(self) -> float:
        return self.won / self.worked if self.worked else 0.0

    @property
    def on_target(self) -> bool:
        return self.worked > 0 and self.rate >= TARGET_RATE


@dataclass(frozen=True)
class Weak:
    criterion: str  # industry or title
    rate: Rate


@dataclass(frozen=True)
class Conversion:
    overall: Rate
    prospects: int  # every prospect, worked or not
    by_industry: tuple[Rate, ...]
    by_title: tuple[Rate, ...]
    weakest: tuple[Weak, ...]  # targets below the rate with at least MIN_WORKED worked, worst first

    @property
    def below_target(self) -> bool:
        return self.overall.worked > 0 and not self.overall.on_target


def conversion(owner_id: int | None = None) -> Conversion:
    """Conversion of the prospects a rep owns (everyone's when owner_id is None)."""
    called = (
        ProspectCall.select(ProspectCall.account, fn.COUNT(ProspectCall.id).alias("n"))
        .group_by(ProspectCall.account)
        .alias("called")
    )
    query = (
        ProspectCard.select(
            ProspectCard.account, ProspectCard.contact, Account.industry, ProspectCard.result,
            fn.COALESCE(called.c.n, 0),
        )
        .join(Account, on=(ProspectCard.account == Account.id))
        .switch(ProspectCard)
        .join(called, on=(called.c.account_id == ProspectCard.account), join_type=JOIN.LEFT_OUTER)
    )  # fmt: skip
    if owner_id is not None:
        query = query.where(Account.owner == owner_id)
    rows = list(database.execute(query))
    contacts = contacts_for([(row[0], row[1]) for row in rows])
    overall = [0, 0]
    industries: dict[str, list[int]] = {}
    titles: dict[str, list[int]] = {}
    for account_id, _contact, industry, result, call_count in rows:
        if not call_count and result != ProspectResult.WON:
            continue
        won = int(result == ProspectResult.WON)
        contact = contacts.get(account_id)
        for tally in (overall, industries.setdefault(industry, [0, 0]),
                      titles.setdefault(contact.title if contact else "", [0, 0])):  # fmt: skip
            tally[0] += 1
            tally[1] += won
    by_industry = _rates(industries)
    by_title = _rates(titles)
    targets = targets_for(owner_id).targets if owner_id is not None else None
    weakest = _weakest(by_industry, by_title, targets)
    return Conversion(Rate("", *overall), len(rows), by_industry, by_title, weakest)


def _rates(tallies: dict[str, list[int]]) -> tuple[Rate, ...]:
    rates = [Rate(key, worked, won) for key, (worked, won) in tallies.items()]
    return tuple(sorted(rates, key=lambda r: (-r.worked, r.key)))


def _weakest(by_industry, by_title, targets) -> tuple[Weak, ...]:
    """Groups below the target rate with enough prospects worked to judge; for one rep, only the
    groups that are among their targets (the others are set aside already)."""

    def wanted(values, key: str) -> bool:
        return values is None or key.casefold() in {v.casefold() for v in values}

    weak = [
        Weak(criterion, rate)
        for criterion, rates, values in (
            ("industry", by_industry, targets.industries if targets else None),
            ("title", by_title, targets.titles if targets else None),
        )
        for rate in rates
        if rate.key and rate.worked >= MIN_WORKED and not rate.on_target and wanted(values, rate.key)
    ]
    return tuple(sorted(weak, key=lambda w: (w.rate.rate, -w.rate.worked, w.criterion, w.rate.key)))
