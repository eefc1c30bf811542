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
