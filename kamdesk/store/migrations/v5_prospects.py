"""Schema version 5: prospect targets, scorecards, trigger events and calls.

Written against version 5's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from kamdesk.store.migrations.frozen import Frozen, create, table

Rep, Account, Contact = table("rep"), table("account"), table("contact")


class ProspectTargets(Frozen):
    rep = ForeignKeyField(Rep, null=True, unique=True, on_delete="CASCADE", backref="+")
    industries = TextField(default="")
    titles = TextField(default="")
    territories = TextField(default="")
    trigger_kinds = TextField(default="")
    weight_industry = IntegerField(default=2)
    weight_title = IntegerField(default=2)
    weight_territory = IntegerField(default=1)
    weight_trigger = IntegerField(default=2)
    updated_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    updated_at = DateTimeField()


class ProspectCard(Frozen):
    account = ForeignKeyField(Account, unique=True, on_delete="CASCADE", backref="+")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="+")
    source = CharField(max_length=120, default="")
    sold_before = BooleanField(default=False)
    reference_customer = BooleanField(default=False)
    personally_involved = BooleanField(default=False)
    result = CharField(max_length=16, default="open", index=True)
    closed_on = DateField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField(default=1)


class TriggerEvent(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    happened_on = DateField()
    kind = CharField(max_length=24)
    what = TextField()
    source = CharField(max_length=200, default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField()


class ProspectCall(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    called_at = DateTimeField()
    rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    outcome = CharField(max_length=16)
    note = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "called_at"), False),)


def upgrade(db: Database) -> None:
    create(db, [ProspectTargets, ProspectCard, TriggerEvent, ProspectCall])
    # every account that already had the prospect status gets its (empty) scorecard
    db.execute_sql(
        "INSERT INTO prospect_card (account_id, source, sold_before, reference_customer, "
        "personally_involved, result, created_at, updated_at, version) "
        "SELECT a.id, '', %s, %s, %s, 'open', a.created_at, a.created_at, 1 FROM account a "
        "WHERE a.status = 'prospect' AND NOT EXISTS (SELECT 1 FROM prospect_card p WHERE p.account_id = a.id)"
        % ((db.param,) * 3),
        (False, False, False),
    )
