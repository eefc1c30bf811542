"""Form text kept while a rep types, so a crash or an accidental close loses nothing."""

from __future__ import annotations

import json

from kamdesk import clock
from kamdesk.store.models import Draft, database
from kamdesk.store.row_values import tuples


def save(key: str, rep_id: int, payload: dict) -> None:
    with database.atomic():
        Draft.insert(
            key=key,
            rep=rep_id,
            payload=json.dumps(payload, ensure_ascii=False, default=str),
            saved_at=clock.now(),
        ).on_conflict(
            conflict_target=[Draft.key, Draft.rep], preserve=[Draft.payload, Draft.saved_at]
        ).execute()


def load(key: str, rep_id: int) -> dict | None:
    draft = Draft.get_or_none((Draft.key == key) & (Draft.rep == rep_id))
    return json.loads(draft.payload) if draft else None


def discard(key: str, rep_id: int) -> None:
    with database.atomic():
        Draft.delete().where((Draft.key == key) & (Draft.rep == rep_id)).execute()


def keys(rep_id: int, prefix: str = "") -> list[str]:
    query = Draft.select(Draft.key).where(Draft.rep == rep_id).order_by(Draft.saved_at.desc())
    return [k for (k,) in tuples(query) if k.startswith(prefix)]


def waiting_visits(rep_id: int) -> list[tuple[int, int | None, str]]:
    """The visit notes this person typed and neither saved nor discarded (the app closed, or
    crashed), newest first: (account id, visit id or None for a new visit, when kept)."""
    query = Draft.select(Draft.key, Draft.saved_at).where(Draft.rep == rep_id).order_by(Draft.saved_at.desc())
    out = []
    for key, saved_at in tuples(query):
        parts = key.split(":")
        if len(parts) == 3 and parts[0] == "visit" and parts[2].isdigit():
            visit_id = None if parts[1] == "new" else int(parts[1])
            out.append((int(parts[2]), visit_id, str(saved_at)[:16]))
    return out
