"""Schema version 3: the 1-2-4 board: cards, their moves, their evidence.

Written against version 3's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import CharField, Database, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.store.migrations.frozen import Frozen, create, table

Rep, Account = table("rep"), table("account")
Visit, LedgerEntry = table("visit"), table("ledger_entry")


class BoardCard(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    card = CharField(max_length=32)
    column = CharField(max_length=16, default="not_started")
    owner = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    due_on = DateField(null=True)
    note = TextField(default="")
    done_practices = TextField(default="")
    updated_at = DateTimeField()
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "card"), True),)


class BoardMove(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    card = CharField(max_length=32)
    from_column = CharField(max_length=16)
    to_column = CharField(max_length=16)
    moved_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    moved_at = DateTimeField()
    note = TextField(default="")

    class Meta:
        indexes = ((("account", "card", "moved_at"), False),)


class CardEvidence(Frozen):
    board_card = ForeignKeyField(BoardCard, on_delete="CASCADE", backref="+")
    visit = ForeignKeyField(Visit, null=True, on_delete="CASCADE", backref="+")
    ledger_entry = ForeignKeyField(LedgerEntry, null=True, on_delete="CASCADE", backref="+")


def upgrade(db: Database) -> None:
    create(db, [BoardCard, BoardMove, CardEvidence])
