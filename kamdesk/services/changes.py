"""Reading the audit trail (kamdesk.store.audit writes it): an account's changes field by field, and who
last changed a record, for the message that refuses a save based on an old copy."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import BooleanField, DateField, DateTimeField, ForeignKeyField

from kamdesk import errors
from kamdesk.store import audit
from kamdesk.store.models import AuditEntry, Rep, database
from kamdesk.store.row_values import tuples

_MODELS = {model._meta.table_name: model for model in audit.AUDITED}
_SUBJECT = {  # the column that tells a person which row of the table it was
    "contact": "name", "visit": "started_at", "follow_up": "text", "ledger_entry": "text",
    "board_card": "card", "trigger_event": "what", "prospect_call": "outcome", "cadence": "tier",
    "rep": "name",
}  # fmt: skip


@dataclass(frozen=True)
class Change:
    at: dt.datetime  # the seat's local time
    who: str  # "" when no person was known (the command line)
    table: str  # e.g. "contact"
    action: str  # insert, update, delete
    subject: str  # which row: the contact's name, the card's key, ...
    field: str  # the column changed; "" for insert and delete
    old: object  # typed: bool, date, datetime, str, a rep's name for a rep
    new: object


def account_history(account_id: int, limit: int = 2000) -> list[Change]:
    """What changed about one account and everything recorded under it, newest first."""
    entries = list(
        AuditEntry.select()
        .where(AuditEntry.account_id == account_id)
        .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    names = _rep_names()
    changes: list[Change] = []
    for entry in entries:
        changes.extend(_changes(entry, names))
    return changes


def last_change(table: str, row_key: object) -> tuple[str, dt.datetime] | None:
    """(who, when) of the newest change to one row, or None when the trail has none."""
    entry = (
        AuditEntry.select()
        .where((AuditEntry.table_name == table) & (AuditEntry.row_key == str(row_key)))
        .order_by(AuditEntry.id.desc())
        .first()
    )
    if entry is None:
        return None
    return _rep_names().get(entry.rep_id, ""), _local(entry.changed_at)


def conflict(what: str, table: str, row_key: object) -> errors.ConflictError:
    """The refusal of a save made on an old copy, naming who changed the record and when."""
    last = last_change(table, row_key)
    who, when = last if last else ("", None)
    return errors.ConflictError(what=what, who=who, when=when.strftime("%Y-%m-%d %H:%M") if when else "")


def change_stamp() -> tuple:
    """Changes whenever any seat records something: the newest audit entry, import and board move.
    Three index lookups, cheap enough to ask every few seconds."""
    return tuple(
        database.execute_sql(
            "SELECT (SELECT MAX(id) FROM audit_entry), (SELECT MAX(id) FROM import_batch), "
            "(SELECT MAX(id) FROM board_move)"
        ).fetchone()
    )


# --- internals ----------------------------------------------------------------------------------------
def _changes(entry: AuditEntry, names: dict[int, str]) -> list[Change]:
    model = _MODELS.get(entry.table_name)
    old = json.loads(entry.old_values) if entry.old_values else {}
    new = json.loads(entry.new_values) if entry.new_values else {}
    at = _local(entry.changed_at)
    who = "" if entry.rep_id is None else names.get(entry.rep_id, "")
    subject = _subject(entry.table_name, new or old, model, names)
    if entry.action != "update" or model is None:
        return [Change(at, who, entry.table_name, entry.action, subject, "", None, None)]
    found = []
    for field in model._meta.sorted_fields:
        column = field.column_name
        if column in audit.NOT_COMPARED or column not in old:
            continue
        before, after = _typed(field, old.get(column), names), _typed(field, new.get(column), names)
        if before != after:
            found.append(Change(at, who, entry.table_name, "update", subject, field.name, before, after))
    return found


def _subject(table: str, row: dict, model, names: dict[int, str]) -> str:
    column = _SUBJECT.get(table)
    if column is None or model is None:
        return ""
    field = next((f for f in model._meta.sorted_fields if f.column_name == column), None)
    value = _typed(field, row.get(column), names) if field else row.get(column)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    text = "" if value is None else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _typed(field, value: object, names: dict[int, str]) -> object:
    """A stored JSON value as the field's own type (SQLite writes 0/1 and text, PostgreSQL true and
    ISO dates with a T), so both servers' trails compare and read alike."""
    if value is None:
        return None
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, ForeignKeyField) and field.rel_model is Rep and isinstance(value, int | str):
        return names.get(int(value), str(value))
    if isinstance(field, DateTimeField):
        return dt.datetime.fromisoformat(str(value))
    if isinstance(field, DateField):
        return dt.date.fromisoformat(str(value)[:10])
    return value


def _local(utc: dt.datetime | str) -> dt.datetime:
    if isinstance(utc, str):
        utc = dt.datetime.fromisoformat(utc)
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _rep_names() -> dict[int, str]:
    return dict(tuples(Rep.select(Rep.id, Rep.name)))
