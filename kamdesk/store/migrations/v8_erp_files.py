"""Schema version 8: files straight from the ERP. Order lines keep their cost when the file has it;
the office remembers which account an ERP's customer name means, which product line a SKU belongs
to, and how each shape of export file maps onto KAMDesk's columns.

Written against version 8's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import CharField, Database, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.store.migrations.frozen import Frozen, create, table

Account = table("account")


class CustomerName(Frozen):
    name_key = CharField(max_length=200, unique=True)
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()


class SkuProductLine(Frozen):
    sku = CharField(max_length=64, unique=True)
    product_line = CharField(max_length=64)


class ImportShape(Frozen):
    signature = CharField(max_length=64, unique=True)
    kind = CharField(max_length=16)
    header_line = IntegerField()
    mapping = TextField()
    updated_at = DateTimeField()


def upgrade(db: Database) -> None:
    if "cost_cents" not in {column.name for column in db.get_columns("order_line")}:
        db.execute_sql('ALTER TABLE "order_line" ADD COLUMN "cost_cents" INTEGER')  # not rebuilt: instant
    create(db, [CustomerName, SkuProductLine, ImportShape])
