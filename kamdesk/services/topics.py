"""What many customers ask for (seed 004): 比如对某个操作环节的修改将对60%的客户有利,那么就有必要对这个
环节进行修改 — when a change to some step helps 60% of the customers, make it. Suggestions (and
complaints) are tagged with a topic from the office's list; each topic shows how many active accounts
raised it and what share of all active accounts that is (each account counted once), with their
words, and whether the office acted on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Status
from kamdesk.store import db
from kamdesk.store.models import Account, LedgerEntry, Topic, Visit, VisitTopic, database
from kamdesk.store.row_values import as_date, as_datetime_not_null, tuples

WORTH_ACTING = 0.6  # seed 004's 60%


def add_topic(name: str, *, actor: Actor) -> int:
    require_manager(actor, "keep the office's list of topics")
    name = clean(name)
    check = Checker()
    check.required("name", name)
    check.max_length("name", name, 80)
    if name and Topic.select().where(Topic.name == name).exists():
        check.fail("name", "duplicate")
    check.raise_if_any()
    with db.writing(actor):
        return Topic.insert(name=name, created_at=clock.now()).execute()


def mark_acted(topic_id: int, acted_on: dt.date, action: str, *, actor: Actor) -> None:
    """The office changed something for this topic: when, and what."""
    require_manager(actor, "record what the office did about a topic")
    action = clean(action)
    if not action:
        raise errors.ValidationError({"action": "required"})
    if acted_on > clock.today():
        raise errors.ValidationError({"acted_on": "in_future"})
    with db.writing(actor):
        if not Topic.update(acted_on=acted_on, action=action).where(Topic.id == topic_id).execute():
            raise errors.NotFoundError(what="topic", key=topic_id)


def tag(entry_id: int, topic_id: int | None, *, actor: Actor) -> None:
    """A suggestion or complaint is about this topic (None: about none on the list)."""
    with db.writing(actor):
        if topic_id is not None and not Topic.select().where(Topic.id == topic_id).exists():
            raise errors.ValidationError({"topic_id": "invalid_choice"})
        if not LedgerEntry.update(topic=topic_id).where(LedgerEntry.id == entry_id).execute():
            raise errors.NotFoundError(what="ledger entry", key=entry_id)


def names() -> list[tuple[int, str]]:
    return list(tuples(Topic.select(Topic.id, Topic.name).order_by(Topic.name)))


@dataclass(frozen=True)
class TopicShare:
    id: int
    name: str
    accounts: int  # active accounts that raised it, each once
    share: float  # of all active accounts
    quotes: list[tuple[str, str]]  # (account code, what they said), newest first
    acted_on: dt.date | None
    action: str

    @property
    def worth_acting(self) -> bool:
        return self.acted_on is None and self.share >= WORTH_ACTING


def shares(until: dt.date | None = None, active_ids: list[int] | None = None) -> list[TopicShare]:
    """Every topic, the most widely raised first: as of today, or as of the end of `until` among the
    accounts active then (`active_ids`, a review's, from the history)."""
    if active_ids is None:
        active_ids = [a for (a,) in tuples(Account.select(Account.id).where(
            (Account.status == Status.ACTIVE) & Account.archived_at.is_null()))]  # fmt: skip
    counted = set(active_ids)
    raised: dict[int, set[int]] = {}
    quotes: dict[int, list[tuple[dt.date, str, str]]] = {}
    for topic_id, account_id, code, day, text in _raised(until):
        quotes.setdefault(topic_id, []).append((day, code, text))
        if account_id in counted:
            raised.setdefault(topic_id, set()).add(account_id)
    out = []
    for topic_id, name, acted_on, action in tuples(
        Topic.select(Topic.id, Topic.name, Topic.acted_on, Topic.action)
    ):
        n = len(raised.get(topic_id, ()))
        said = [
            (code, text)
            for _, code, text in sorted(quotes.get(topic_id, []), key=lambda q: q[0], reverse=True)
        ]
        acted = as_date(acted_on)
        if until is not None and acted is not None and acted > until:
            acted, action = None, ""  # acted on after the end: not yet, then
        out.append(TopicShare(topic_id, name, n, n / len(counted) if counted else 0.0, said, acted, action))
    return sorted(out, key=lambda t: (-t.accounts, t.name))


def raised_by(account_id: int, until: dt.date | None = None) -> list[str]:
    """The topics an account raised (by the end of `until`), by name."""
    ids = {topic_id for topic_id, owner, *_ in _raised(until, account_id) if owner == account_id}
    return [name for topic_id, name in names() if topic_id in ids]


def _raised(until: dt.date | None, account_id: int | None = None):
    """(topic, account, code, day, what was said) for each tagged ledger entry and visit."""
    entries = (
        LedgerEntry.select(
            LedgerEntry.topic, LedgerEntry.account, Account.code, LedgerEntry.noted_on, LedgerEntry.text
        )
        .join(Account, on=(LedgerEntry.account == Account.id))
        .where(LedgerEntry.topic.is_null(False))
    )
    visits = (
        VisitTopic.select(VisitTopic.topic, Visit.account, Account.code, Visit.started_at, Visit.latent_needs,
                          Visit.suggestions)
        .join(Visit, on=(VisitTopic.visit == Visit.id))
        .join(Account, on=(Visit.account == Account.id))
    )  # fmt: skip
    if until is not None:
        entries = entries.where(LedgerEntry.noted_on <= until)
        visits = visits.where(Visit.started_at < dt.datetime.combine(until + dt.timedelta(days=1), dt.time()))
    if account_id is not None:
        entries = entries.where(LedgerEntry.account == account_id)
        visits = visits.where(Visit.account == account_id)
    for topic_id, owner, code, day, text in database.execute(entries):
        yield topic_id, owner, code, as_date(day), text
    for topic_id, owner, code, started, needs, suggestions in database.execute(visits):
        said = " / ".join(t for t in (needs, suggestions) if t)
        yield topic_id, owner, code, as_datetime_not_null(started).date(), said
