"""Schema version 11: sales facts kept ready. Three tables of sums of the order lines (per account
and month; per account and product line; each account's buying cycle), which the analyses read
instead of millions of lines. This step creates them empty and asks for them to be built from the
lines (FACTS_TO_BUILD), which kamdesk.store.migrations.upgrade does with today's code once every step
has run: the sums are always today's definition of them.

Written against version 11's own schema (kamdesk.store.migrations.frozen); never change it once
released."""

from __future__ import annotations

from peewee import (
    BigIntegerField,
    CharField,
    Database,
    DateField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kamdesk.store.migrations.frozen import Frozen, create, table

Account = table("account")
FACTS_TO_BUILD = "sales_facts_to_build"  # a kamdesk_meta key


class SalesMonth(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", index=False)
    month = DateField()
    lines = IntegerField()
    amount_cents = BigIntegerField()
    costed_amount_cents = BigIntegerField()
    cost_cents = BigIntegerField()

    class Meta:
        indexes = ((("account", "month"), True), (("month",), False))


class AccountProductLine(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", index=False)
    product_line = CharField(max_length=64)
    lines = IntegerField()
    amount_cents = BigIntegerField()

    class Meta:
        indexes = ((("account", "product_line"), True),)


class BuyingCycle(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", unique=True)
    first_on = DateField()
    last_on = DateField()
    order_days = IntegerField()
    typical_days = DoubleField(null=True)
    gaps = TextField()


def upgrade(db: Database) -> None:
    create(db, [SalesMonth, AccountProductLine, BuyingCycle])
    db.execute_sql(f"INSERT INTO kamdesk_meta (\"key\", value) VALUES ({db.param}, 'yes')", [FACTS_TO_BUILD])
