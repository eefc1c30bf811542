"""Schema version 1: people, accounts, contacts and the database's own facts.

Written against version 1's own schema (kamdesk.store.migrations.frozen); never change it once released.
No office is upgraded from nothing (a new one gets today's schema); this is how the tests build
the older versions on any backend."""

from __future__ import annotations

from peewee import BooleanField, CharField, Database, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.store.migrations.frozen import Frozen, create


class Meta(Frozen):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        table_name = "kamdesk_meta"


class Rep(Frozen):
    name = CharField(max_length=60, unique=True)
    role = CharField(max_length=16)
    active = BooleanField()
    created_at = DateTimeField()


class Account(Frozen):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200, index=True)
    industry = CharField(max_length=60)
    region = CharField(max_length=60)
    address = CharField(max_length=200)
    tier = CharField(max_length=16, index=True)
    relationship = CharField(max_length=16)
    loyalty = CharField(max_length=16)
    status = CharField(max_length=16, index=True)
    owner = ForeignKeyField(Rep, null=True, on_delete="RESTRICT", backref="+")
    notes = TextField()
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField()


class Contact(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    name = CharField(max_length=60, index=True)
    title = CharField(max_length=60)
    decision_role = CharField(max_length=16)
    attitude = CharField(max_length=16)
    phone = CharField(max_length=40)
    wechat = CharField(max_length=60)
    email = CharField(max_length=120)
    notes = TextField()
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField()


def create_base(db: Database) -> None:
    create(db, [Meta, Rep, Account, Contact])
