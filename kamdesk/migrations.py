"""Schema versions and the ordered steps between them.

A new database gets every table as the models define them today, at SCHEMA_VERSION. An older
database is brought forward one step at a time; each step runs in its own transaction together with
the version bump, so a failed step leaves the database at the last good version.

To change the schema: change the models, bump SCHEMA_VERSION, and add STEPS[new_version] doing the
same change to an existing database (playhouse.migrate works on SQLite and PostgreSQL alike). A step
that creates tables uses the current models, so a later step altering those tables must first check
that the change is not already there. tests/data/kamdesk_v1.sql is a real version-1 database: the
tests upgrade it and compare the result with a new database.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from kamdesk.models import ALL_MODELS, Meta

SCHEMA_VERSION = 6


def _v2_visits_ledger_loyalty(db: Database) -> None:
    from kamdesk import models as m

    db.create_tables(
        [m.Visit, m.VisitRep, m.VisitContact, m.VisitEdit, m.FollowUp, m.LedgerEntry,
         m.LoyaltyAssessment, m.Cadence, m.Draft],
        safe=True,
    )  # fmt: skip
    _seed_cadence()


def _v3_board(db: Database) -> None:
    from kamdesk import models as m

    db.create_tables([m.BoardCard, m.BoardMove, m.CardEvidence], safe=True)


def _v4_sales_and_churn(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    from kamdesk import models as m

    db.create_tables([m.ImportBatch, m.OrderLine, m.TierDecision], safe=True)
    have = {c.name for c in db.get_columns("account")}
    migrator = SchemaMigrator.from_database(db)
    fields = {
        "churned_on": m.Account.churned_on, "churn_surface": m.Account.churn_surface,
        "churn_deep": m.Account.churn_deep, "churn_competitor": m.Account.churn_competitor,
    }  # fmt: skip
    migrate(
        *(migrator.add_column("account", name, field) for name, field in fields.items() if name not in have)
    )


def _v5_prospects(db: Database) -> None:
    from kamdesk import models as m

    db.create_tables([m.ProspectTargets, m.ProspectCard, m.TriggerEvent, m.ProspectCall], safe=True)
    from kamdesk.services.prospect_cards import ensure_cards

    ensure_cards()


def _v6_audit_and_hand_over(db: Database) -> None:
    from kamdesk import models as m

    db.create_tables([m.AuditEntry, m.HandOver], safe=True)
    _server_triggers(db)


STEPS: dict[int, Callable[[Database], None]] = {
    2: _v2_visits_ledger_loyalty, 3: _v3_board, 4: _v4_sales_and_churn, 5: _v5_prospects,
    6: _v6_audit_and_hand_over,
}  # fmt: skip


def read_version(db: Database) -> int:
    row = Meta.select(Meta.value).where(Meta.key == "schema_version").first()
    return int(row.value) if row else 0


def write_version(version: int) -> None:
    Meta.upsert(key="schema_version", value=str(version))


def create_schema(db: Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        _seed_cadence()
        _server_triggers(db)
        write_version(SCHEMA_VERSION)


def _server_triggers(db: Database) -> None:
    """The audit triggers live in a PostgreSQL schema; SQLite connections make their own (kamdesk.audit)."""
    from peewee import SqliteDatabase

    if not isinstance(db, SqliteDatabase):
        from kamdesk import audit

        audit.install_server_triggers(db)


def _seed_cadence() -> None:
    from kamdesk.choices import DEFAULT_CADENCE_DAYS
    from kamdesk.models import Cadence

    rows = [{"tier": tier, "days": days} for tier, days in DEFAULT_CADENCE_DAYS.items()]
    Cadence.insert_many(rows).on_conflict_ignore().execute()


def upgrade(db: Database, found: int) -> None:
    for version in range(found + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version](db)
            write_version(version)
