"""The demo office's 1-2-4 boards: each card where the account's visits and ledger put it, reached
by a short history of moves."""

from __future__ import annotations

import datetime as dt
import random

from peewee import fn

from kamdesk.rules.board_cards import BY_KEY, CARD_KEYS, BoardColumn
from kamdesk.rules.vocab import DEFAULT_CADENCE_DAYS, FeedbackKind, Loyalty, Relationship, Status
from kamdesk.store.models import Account, BoardCard, BoardMove, CardEvidence, LedgerEntry, Visit, database
from kamdesk.store.row_values import as_date, tuples


def write_boards(today: dt.date, rng: random.Random) -> int:
    """Boards for every active account; returns the number of moves written."""
    open_complaints: dict[tuple[int, str], int] = {}
    query = (
        LedgerEntry.select(LedgerEntry.account, LedgerEntry.guarantee, fn.MAX(LedgerEntry.id))
        .where((LedgerEntry.kind == FeedbackKind.COMPLAINT) & LedgerEntry.resolved_at.is_null())
        .group_by(LedgerEntry.account, LedgerEntry.guarantee)
    )
    for account_id, guarantee, entry_id in database.execute(query):
        open_complaints[(account_id, guarantee)] = entry_id
    visits = Visit.select(
        Visit.account, fn.MAX(Visit.id), fn.MAX(Visit.started_at), fn.COUNT(Visit.id)
    ).group_by(Visit.account)
    last_visit = {a: (vid, as_date(when), n) for a, vid, when, n in database.execute(visits)}
    accounts = Account.select(
        Account.id, Account.tier, Account.relationship, Account.loyalty, Account.owner
    ).where((Account.status == Status.ACTIVE) & Account.archived_at.is_null())
    cards, moves = [], []
    evidence: list[tuple[int, str, int | None, int | None]] = []  # account, card, visit, ledger entry
    for account_id, tier, relationship, loyalty, owner in tuples(accounts):
        visit_id, last, count = last_visit.get(account_id, (None, None, 0))
        for key in CARD_KEYS:
            guarantee = BY_KEY[key].guarantee
            complaint = open_complaints.get((account_id, guarantee)) if guarantee else None
            column = _column(key, tier, relationship, loyalty, complaint, last, count, today, rng)
            cards.append({"account": account_id, "card": key, "column": column, "owner": owner,
                          "done_practices": _practices(key, column, rng)})  # fmt: skip
            path = _path(column, rng)
            when = today - dt.timedelta(days=rng.randint(200, 330))
            previous: str = BoardColumn.NOT_STARTED
            for step in path:
                when += dt.timedelta(days=rng.randint(10, 60))
                moved_at = dt.datetime.combine(min(when, today - dt.timedelta(days=1)), dt.time(17, 0))
                moves.append({"account": account_id, "card": key, "from_column": previous, "to_column": step,
                              "moved_by": owner, "moved_at": moved_at, "note": ""})  # fmt: skip
                previous = step
            if complaint and column == BoardColumn.AT_RISK:
                evidence.append((account_id, key, None, complaint))
            elif key == "communication" and visit_id and column != BoardColumn.NOT_STARTED:
                evidence.append((account_id, key, visit_id, None))
    for start in range(0, len(cards), 300):
        BoardCard.insert_many(cards[start : start + 300]).execute()
    for start in range(0, len(moves), 300):
        BoardMove.insert_many(moves[start : start + 300]).execute()
    card_ids = {
        (a, c): i for i, a, c in tuples(BoardCard.select(BoardCard.id, BoardCard.account, BoardCard.card))
    }
    rows = [{"board_card": card_ids[(a, c)], "visit": v, "ledger_entry": e} for a, c, v, e in evidence]
    for start in range(0, len(rows), 300):
        CardEvidence.insert_many(rows[start : start + 300]).execute()
    return len(moves)


NOT_STARTED, IN_PROGRESS, SECURED, AT_RISK = (
    BoardColumn.NOT_STARTED, BoardColumn.IN_PROGRESS, BoardColumn.SECURED, BoardColumn.AT_RISK,
)  # fmt: skip


def _path(column: str, rng: random.Random) -> list[BoardColumn]:
    """The columns a card went through to reach `column` (an at-risk card often was secured once)."""
    if column == AT_RISK:
        return [IN_PROGRESS, SECURED, AT_RISK] if rng.random() < 0.6 else [IN_PROGRESS, AT_RISK]
    paths: dict[str, list[BoardColumn]] = {
        NOT_STARTED: [], IN_PROGRESS: [IN_PROGRESS], SECURED: [IN_PROGRESS, SECURED],
    }  # fmt: skip
    return paths[column]


def _column(key, tier, relationship, loyalty, complaint, last, count, today, rng) -> BoardColumn:
    if key == "communication":
        if last is None:
            return NOT_STARTED
        slipping = (today - last).days > DEFAULT_CADENCE_DAYS.get(tier, 60)
        return AT_RISK if slipping else (SECURED if count >= 6 else IN_PROGRESS)
    if key in ("product_alignment", "strategy_alignment"):
        if relationship == Relationship.STRATEGIC:
            return SECURED
        if relationship == Relationship.PARTNERSHIP:
            return rng.choice((IN_PROGRESS, SECURED))
        return rng.choice((NOT_STARTED, NOT_STARTED, IN_PROGRESS))
    if complaint:
        return AT_RISK if rng.random() < 0.8 else IN_PROGRESS
    if loyalty == Loyalty.LOYAL:
        return SECURED if rng.random() < 0.8 else IN_PROGRESS
    if loyalty == Loyalty.DISLOYAL:
        return AT_RISK if rng.random() < 0.15 else IN_PROGRESS
    return rng.choice((NOT_STARTED, IN_PROGRESS, IN_PROGRESS, SECURED))


def _practices(key: str, column: str, rng: random.Random) -> str:
    practices = [p.key for p in BY_KEY[key].practices]
    done_by_column: dict[str, int] = {NOT_STARTED: 0, IN_PROGRESS: 1, SECURED: len(practices), AT_RISK: 1}
    done = done_by_column[column]
    return ",".join(sorted(rng.sample(practices, k=min(done, len(practices)))))
