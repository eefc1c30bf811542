"""One search box over everything reps wrote: visit notes and ledger entries (Chinese substrings
included), with results that open the visit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk.rules.vocab import TimelineKind
from kamdesk.services.visits import NOTE_FIELDS
from kamdesk.store.models import Account, LedgerEntry, Visit, database
from kamdesk.store.row_values import as_datetime_not_null

SNIPPET = 60


@dataclass(frozen=True)
class NoteHit:
    kind: str  # TimelineKind.VISIT or the ledger kind
    ref_id: int
    visit_id: int | None
    account_id: int
    account_name: str
    when: dt.datetime
    snippet: str


def search(text: str, limit: int = 200) -> list[NoteHit]:
    """Newest first; `text` is a case-insensitive substring of any note field."""
    text = text.strip()
    if not text:
        return []
    columns = [getattr(Visit, name) for name in NOTE_FIELDS]
    matches = columns[0].contains(text)
    for column in columns[1:]:
        matches |= column.contains(text)
    visits = (
        Visit.select(Visit.id, Visit.account, Account.name, Visit.started_at, *columns)
        .join(Account, on=(Visit.account == Account.id))
        .where(matches)
        .order_by(Visit.started_at.desc())
        .limit(limit)
    )
    hits = [
        NoteHit(
            TimelineKind.VISIT,
            vid,
            vid,
            aid,
            name,
            as_datetime_not_null(started),
            _snippet(next(t for t in texts if _has(t, text)), text),
        )
        for vid, aid, name, started, *texts in database.execute(visits)
    ]
    entries = (
        LedgerEntry.select(
            LedgerEntry.id, LedgerEntry.kind, LedgerEntry.visit, LedgerEntry.account, Account.name,
            LedgerEntry.noted_on, LedgerEntry.text,
        )
        .join(Account, on=(LedgerEntry.account == Account.id))
        .where(LedgerEntry.text.contains(text) | LedgerEntry.resolution.contains(text))
        .order_by(LedgerEntry.noted_on.desc())
        .limit(limit)
    )  # fmt: skip
    hits += [
        NoteHit(kind, eid, vid, aid, name, as_datetime_not_null(noted), _snippet(body, text))
        for eid, kind, vid, aid, name, noted, body in database.execute(entries)
    ]
    hits.sort(key=lambda h: h.when, reverse=True)
    return hits[:limit]


def _has(haystack: str, needle: str) -> bool:
    return needle.casefold() in (haystack or "").casefold()


def _snippet(body: str, needle: str) -> str:
    """The text around the first match, so the result says why it matched."""
    at = (body or "").casefold().find(needle.casefold())
    if at < 0:
        return (body or "")[:SNIPPET]
    start = max(0, at - SNIPPET // 3)
    end = min(len(body), start + SNIPPET)
    return ("…" if start else "") + body[start:end].replace("\n", " ") + ("…" if end < len(body) else "")
