"""Schema version 9: value as the seeds measure it. Rebates, promotions and price support promised to
an account and their payment; each account's estimated annual need (share of wallet); what a contact
or a complaint costs the office, from a day on (cost to serve); the reason a tier was suggested.

Written against version 9's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

import datetime as dt

from peewee import (
    CharField,
    Database,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kamdesk.store.migrations.frozen import Frozen, create, table

Account = table("account")
Rep = table("rep")

# What one contact of each channel, and one complaint handled, cost the office until a manager says
# otherwise (yuan, as cents); in force from long before any office's first record.
DEFAULT_RATES = {"onsite": 30000, "phone": 2000, "video": 5000, "resident": 50000, "event": 80000,
                 "complaint": 20000}  # fmt: skip
RATES_FROM = dt.date(1990, 1, 1)


class IncentiveAgreement(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    kind = CharField(max_length=16)
    title = CharField(max_length=120)
    starts_on = DateField()
    ends_on = DateField()
    rate_percent = FloatField(null=True)
    product_line = CharField(max_length=64)
    promised_cents = IntegerField(null=True)
    due_on = DateField()
    paid_on = DateField(null=True)
    paid_cents = IntegerField(null=True)
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField()

    class Meta:
        indexes = ((("account", "due_on"), False),)


class NeedEstimate(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    annual_cents = IntegerField()
    estimated_on = DateField()
    source = CharField(max_length=200)
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "estimated_on"), False),)


class ServiceCostRate(Frozen):
    kind = CharField(max_length=16)
    cents = IntegerField()
    effective_from = DateField()
    changed_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    set_at = DateTimeField()

    class Meta:
        indexes = ((("kind", "effective_from"), True),)


def upgrade(db: Database) -> None:
    if "reason" not in {column.name for column in db.get_columns("tier_decision")}:
        db.execute_sql('ALTER TABLE "tier_decision" ADD COLUMN "reason" TEXT NOT NULL DEFAULT \'\'')
    create(db, [IncentiveAgreement, NeedEstimate, ServiceCostRate])
    seed_rates(db)


def seed_rates(db: Database) -> None:
    """The default rates, where the office has none of a kind yet."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    with db.bind_ctx([ServiceCostRate], bind_refs=False, bind_backrefs=False):
        found = db.execute_sql('SELECT DISTINCT "kind" FROM "service_cost_rate"').fetchall()
        have = {kind for (kind,) in found}
        rows = [{"kind": kind, "cents": cents, "effective_from": RATES_FROM, "set_at": now}
                for kind, cents in DEFAULT_RATES.items() if kind not in have]  # fmt: skip
        if rows:
            ServiceCostRate.insert_many(rows).execute()
