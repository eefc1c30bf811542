"""Schema version 6: the audit trail and hand-overs.

Written against version 6's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import CharField, Database, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.store.migrations.frozen import Frozen, create, table

Rep, Account = table("rep"), table("account")


class AuditEntry(Frozen):
    changed_at = DateTimeField(index=True)
    rep_id = IntegerField(null=True)
    account_id = IntegerField(null=True, index=True)
    table_name = CharField(max_length=32)
    row_key = CharField(max_length=64)
    action = CharField(max_length=8)
    old_values = TextField(null=True)
    new_values = TextField(null=True)

    class Meta:
        indexes = ((("table_name", "row_key"), False),)


class HandOver(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    from_rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    to_rep = ForeignKeyField(Rep, on_delete="RESTRICT", backref="+")
    by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    handed_at = DateTimeField()
    note = TextField(default="")
    follow_ups = IntegerField(default=0)
    cards = IntegerField(default=0)


def upgrade(db: Database) -> None:
    create(db, [AuditEntry, HandOver])
