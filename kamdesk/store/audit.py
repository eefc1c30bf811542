"""The audit trail: every change to the audited tables, with who made it, when, and the row before
and after.

The database records it, through triggers, so no code path (form, import, hand-over, a script)
can change an audited table without a trace. On PostgreSQL the triggers are part of the schema and
read the seat's person from a session setting. On SQLite they are TEMP triggers that each of the app's
connections creates for itself, so another program that opens the file (the sqlite3 shell) neither
needs nor breaks them. Rows are stored whole as JSON; services.changes turns them into
field-by-field changes for people to read.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from peewee import Database, SqliteDatabase

from kamdesk import clock
from kamdesk.actor import Actor
from kamdesk.store import models as m

AUDITED = (
    m.Account, m.Contact, m.Visit, m.FollowUp, m.LedgerEntry, m.BoardCard, m.Cadence, m.Rep,
    m.ProspectTargets, m.ProspectCard, m.TriggerEvent, m.ProspectCall, m.IncentiveAgreement, m.NeedEstimate,
    m.ServiceCostRate, m.SatisfactionSurvey, m.Topic, m.DeliveryIssue, m.StockLine, m.Counterpart,
    m.JointTeam,
)  # fmt: skip
NOT_COMPARED = frozenset({"updated_at", "version", "created_at"})  # bookkeeping, not a change

_state = threading.local()  # per thread: auditing paused (demo data, copies), who is acting


@contextmanager
def acting(actor: Actor) -> Iterator[None]:
    """Inside a transaction: the changes made here are recorded under `actor` (db.writing opens both).
    Kept per thread, so two operations at once are each recorded under their own actor."""
    from kamdesk.store.models import database

    previous = getattr(_state, "actor_id", None)
    server = not isinstance(database.obj, SqliteDatabase)
    _state.actor_id = actor.id
    if server:
        _set_server_actor(database, actor.id)
    try:
        yield
    except BaseException:
        _state.actor_id = previous  # the server's setting is local to the transaction being rolled back
        raise
    _state.actor_id = previous
    if server and previous != actor.id:
        _set_server_actor(database, previous)


def acting_id() -> int | None:
    """Whose changes this thread is making now (None outside `acting`, or for the command line)."""
    return getattr(_state, "actor_id", None)


def auditing() -> bool:
    return not getattr(_state, "paused", False)


@contextmanager
def paused() -> Iterator[None]:
    """No audit entries for what happens inside, on this thread: generated demo data, not people's work."""
    from kamdesk.store.models import database

    server = not isinstance(database.obj, SqliteDatabase)
    _state.paused = True
    if server:
        database.execute_sql("SELECT set_config('kamdesk.auditing', 'off', false)")
    try:
        yield
    finally:
        _state.paused = False
        if server:
            database.execute_sql("SELECT set_config('kamdesk.auditing', 'on', false)")


# --- SQLite -------------------------------------------------------------------------------------------
def register_sqlite(db: SqliteDatabase) -> None:
    """The two functions the TEMP triggers call, on every connection the database opens."""
    db.register_function(acting_id, "kamdesk_actor", 0)
    db.register_function(changed_at, "kamdesk_now", 0)
    db.register_function(lambda: 1 if auditing() else 0, "kamdesk_auditing", 0)


def changed_at() -> str:
    """When a change is made, in UTC, as the trail keeps it: by the domain's clock, so that a review
    "as of" a day reads the trail on the same clock as the records' own dates (a test's or a demo's
    clock included). The office server's triggers use the server's clock, which every seat shares."""
    fixed = clock.fixed()
    moment = fixed.astimezone(dt.UTC) if fixed else dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def install_sqlite_triggers(conn: sqlite3.Connection) -> None:
    """Create this connection's TEMP triggers (they vanish when it closes)."""
    conn.executescript(_SQLITE_TRIGGERS)


def _sqlite_triggers() -> str:
    statements = []
    for model in AUDITED:
        table = model._meta.table_name
        columns = [f.column_name for f in model._meta.sorted_fields]
        key = m.primary_key(model).column_name
        account = _account_column(model)
        compared = [c for c in columns if c not in NOT_COMPARED]
        changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in compared)

        def row(ref: str, columns=columns) -> str:
            return "json_object(" + ", ".join(f"'{c}', {ref}.\"{c}\"" for c in columns) + ")"

        for action, ref, when in (
            ("insert", "NEW", ""), ("update", "NEW", f" AND ({changed})"), ("delete", "OLD", ""),
        ):  # fmt: skip
            old = row("OLD") if action != "insert" else "NULL"
            new = row("NEW") if action != "delete" else "NULL"
            account_value = f'{ref}."{account}"' if account else "NULL"
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS kamdesk_audit_{table}_{action} "
                f'AFTER {action.upper()} ON main."{table}" WHEN kamdesk_auditing(){when} BEGIN '
                "INSERT INTO audit_entry (changed_at, rep_id, account_id, table_name, row_key, action, "
                "old_values, new_values) VALUES (kamdesk_now(), kamdesk_actor(), "
                f"{account_value}, '{table}', {ref}.\"{key}\", '{action}', {old}, {new}); END;"
            )
    return "\n".join(statements)


# --- PostgreSQL ---------------------------------------------------------------------------------------
_SERVER_FUNCTION = """
CREATE OR REPLACE FUNCTION kamdesk_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  any_row jsonb := coalesce(new_row, old_row);
BEGIN
  IF coalesce(current_setting('kamdesk.auditing', true), '') = 'off' THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND (old_row - '{NOT_COMPARED}'::text[]) = (new_row - '{NOT_COMPARED}'::text[]) THEN
    RETURN NULL;
  END IF;
  INSERT INTO audit_entry (changed_at, rep_id, account_id, table_name, row_key, action,
                           old_values, new_values)
  VALUES (coalesce(nullif(current_setting('kamdesk.now', true), '')::timestamp, now() AT TIME ZONE 'UTC'),
          nullif(current_setting('kamdesk.actor', true), '')::integer,
          (any_row ->> TG_ARGV[0])::integer, TG_TABLE_NAME, any_row ->> TG_ARGV[1], lower(TG_OP),
          old_row::text, new_row::text);
  RETURN NULL;
END $$;
""".replace("{NOT_COMPARED}", "{" + ",".join(sorted(NOT_COMPARED)) + "}")


def install_server_triggers(db: Database) -> None:
    """The trigger function and one trigger per audited table (those missing: creating a trigger
    locks its table against the other seats, so existing ones are left alone)."""
    db.execute_sql(_SERVER_FUNCTION)
    have = {
        name
        for (name,) in db.execute_sql(
            "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'kamdesk_audit' AND pg_table_is_visible(c.oid)"
        ).fetchall()
    }
    for model in AUDITED:
        table = model._meta.table_name
        if table in have:
            continue
        account = _account_column(model) or "-"
        key = m.primary_key(model).column_name
        db.execute_sql(
            f'CREATE TRIGGER kamdesk_audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION kamdesk_audit('{account}', '{key}')"
        )


def _set_server_actor(database, actor_id: int | None) -> None:
    """For the rest of the open transaction only (set_config's third argument). The server's clock
    dates the changes, unless the domain's clock is frozen (a test's, a demo's): see changed_at."""
    database.execute_sql(
        "SELECT set_config('kamdesk.actor', %s, true), set_config('kamdesk.now', %s, true)",
        ("" if actor_id is None else str(actor_id), changed_at() if clock.fixed() else ""),
    )


def prepare_server_connection(conn) -> None:
    """Called for each new PostgreSQL connection: nobody acting until a write says who, auditing on."""
    with conn.cursor() as cursor:
        cursor.execute("SELECT set_config('kamdesk.actor', '', false)")


def _account_column(model) -> str | None:
    if model is m.Account:
        return "id"
    field = model._meta.fields.get("account")
    return field.column_name if field is not None else None


_SQLITE_TRIGGERS = _sqlite_triggers()
