"""Schema version 4: order lines, import batches, tier decisions, and an account's churn.

Written against version 4's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import (
    BigAutoField,
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
)

from kamdesk.store.migrations.frozen import Frozen, create, table

Rep, Account = table("rep"), table("account")


class ImportBatch(Frozen):
    kind = CharField(max_length=16)
    file_name = CharField(max_length=260)
    imported_at = DateTimeField()
    imported_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    lines = IntegerField(default=0)
    new_lines = IntegerField(default=0)


class OrderLine(Frozen):
    id = BigAutoField()
    account = ForeignKeyField(Account, on_delete="CASCADE", index=False, backref="+")
    ordered_on = DateField()
    sku = CharField(max_length=64)
    product_line = CharField(max_length=64, default="")
    quantity = FloatField(default=0)
    amount_cents = IntegerField()
    batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL", index=False, backref="+")

    class Meta:
        indexes = ((("account", "ordered_on"), False),)


class TierDecision(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    suggested = CharField(max_length=16)
    previous = CharField(max_length=16)
    accepted = BooleanField()
    decided_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    decided_at = DateTimeField()


CHURN_COLUMNS = {
    "churned_on": "DATE",
    "churn_surface": "TEXT NOT NULL DEFAULT ''",
    "churn_deep": "TEXT NOT NULL DEFAULT ''",
    "churn_competitor": "VARCHAR(120) NOT NULL DEFAULT ''",
}


def upgrade(db: Database) -> None:
    create(db, [ImportBatch, OrderLine, TierDecision])
    have = {column.name for column in db.get_columns("account")}
    for name, definition in CHURN_COLUMNS.items():
        if name not in have:  # a plain ADD COLUMN: the table is not rebuilt
            db.execute_sql(f'ALTER TABLE "account" ADD COLUMN "{name}" {definition}')
