"""Schema version 9: value as the seeds measure it. Rebates, promotions and price support promised to
an account and their payment; each account's estimated annual need (share of wallet); what a contact
or a complaint costs the office, from a day on (cost to serve; none until a manager sets them); the
reason a tier was suggested; the 1-2-4 step whose failure lost a churned account; a complaint's first
response and the department, person and date it was handed on to be fixed; satisfaction surveys;
the office's list of topics customers raise, and the topic of a suggestion.
On PostgreSQL,
order lines' money becomes 8-byte integers and their quantity an 8-byte float (its INTEGER stopped
at 21 million yuan a line, its REAL at 6 digits).

Written against version 9's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    SqliteDatabase,
    TextField,
)

from kamdesk.store.migrations.frozen import Frozen, create, table

Account = table("account")
Rep = table("rep")
Contact = table("contact")
Visit = table("visit")


class IncentiveAgreement(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=16)
    title = CharField(max_length=120)
    starts_on = DateField()
    ends_on = DateField()
    rate_percent = DoubleField(null=True)
    product_line = CharField(max_length=64)
    promised_cents = BigIntegerField(null=True)
    due_on = DateField()
    paid_on = DateField(null=True)
    paid_cents = BigIntegerField(null=True)
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField()

    class Meta:
        indexes = ((("account", "due_on"), False),)


class NeedEstimate(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    annual_cents = BigIntegerField()
    estimated_on = DateField()
    source = CharField(max_length=200)
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "estimated_on"), False),)


class Topic(Frozen):
    name = CharField(max_length=80, unique=True)
    acted_on = DateField(null=True)
    action = TextField()
    created_at = DateTimeField()


class SatisfactionSurvey(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    surveyed_on = DateField()
    contact = ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    overall = CharField(max_length=20)
    quality = CharField(max_length=20)
    service = CharField(max_length=20)
    logistics = CharField(max_length=20)
    value = CharField(max_length=20)
    visit = ForeignKeyField(Visit, null=True, backref="+", on_delete="SET NULL")
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "surveyed_on"), False),)


class ServiceCostRate(Frozen):
    kind = CharField(max_length=16)
    cents = BigIntegerField()
    effective_from = DateField()
    changed_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    set_at = DateTimeField()

    class Meta:
        indexes = ((("kind", "effective_from"), True),)


def upgrade(db: Database) -> None:
    if "reason" not in {column.name for column in db.get_columns("tier_decision")}:
        db.execute_sql('ALTER TABLE "tier_decision" ADD COLUMN "reason" TEXT NOT NULL DEFAULT \'\'')
    if "churn_step" not in {column.name for column in db.get_columns("account")}:
        db.execute_sql('ALTER TABLE "account" ADD COLUMN "churn_step" VARCHAR(32) NOT NULL DEFAULT \'\'')
    create(db, [Topic])
    ledger = {column.name for column in db.get_columns("ledger_entry")}
    for column, declared in (
        ("responded_at", "DATETIME" if isinstance(db, SqliteDatabase) else "TIMESTAMP"),
        ("department", "VARCHAR(16) NOT NULL DEFAULT ''"),
        ("handler_id", 'INTEGER REFERENCES "rep" ("id") ON DELETE SET NULL'),
        ("handle_by", "DATE"),
        ("topic_id", 'INTEGER REFERENCES "topic" ("id") ON DELETE SET NULL'),
    ):
        if column not in ledger:
            db.execute_sql(f'ALTER TABLE "ledger_entry" ADD COLUMN "{column}" {declared}')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "ledger_entry_handler_id" ON "ledger_entry" ("handler_id")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "ledger_entry_topic_id" ON "ledger_entry" ("topic_id")')
    create(db, [IncentiveAgreement, NeedEstimate, ServiceCostRate, SatisfactionSurvey])
    if not isinstance(db, SqliteDatabase):  # SQLite's INTEGER and REAL are 8 bytes already
        db.execute_sql(
            'ALTER TABLE "order_line" ALTER COLUMN "amount_cents" TYPE BIGINT, '
            'ALTER COLUMN "cost_cents" TYPE BIGINT, ALTER COLUMN "quantity" TYPE DOUBLE PRECISION'
        )
