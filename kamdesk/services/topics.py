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
from kamdesk.store.models import Account, LedgerEntry, Topic, database
from kamdesk.store.row_values import as_date, tuples

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


def shares() -> list[TopicShare]:
    """Every topic, the most widely raised first."""
    active = Account.select().where((Account.status == Status.ACTIVE) & Account.archived_at.is_null()).count()
    raised: dict[int, set[int]] = {}
    quotes: dict[int, list[tuple[str, str]]] = {}
    query = (
        LedgerEntry.select(
            LedgerEntry.topic,
            LedgerEntry.account,
            Account.code,
            LedgerEntry.text,
            Account.status,
            Account.archived_at,
        )
        .join(Account, on=(LedgerEntry.account == Account.id))
        .where(LedgerEntry.topic.is_null(False))
        .order_by(LedgerEntry.noted_on.desc(), LedgerEntry.id.desc())
    )
    for topic_id, account_id, code, text, status, archived_at in database.execute(query):
        quotes.setdefault(topic_id, []).append((code, text))
        if status == Status.ACTIVE and archived_at is None:
            raised.setdefault(topic_id, set()).add(account_id)
    out = []
    for topic_id, name, acted_on, action in tuples(
        Topic.select(Topic.id, Topic.name, Topic.acted_on, Topic.action)
    ):
        n = len(raised.get(topic_id, ()))
        out.append(TopicShare(topic_id, name, n, n / active if active else 0.0, quotes.get(topic_id, []),
                              as_date(acted_on), action))  # fmt: skip
    return sorted(out, key=lambda t: (-t.accounts, t.name))
