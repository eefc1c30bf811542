"""The peewee models. Every table belongs to the one `database` proxy (see kamdesk.db)."""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Meta(BaseModel):
    """Key/value facts about the database itself, such as the schema version."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        table_name = "kamdesk_meta"


class Rep(BaseModel):
    name = CharField(max_length=60, unique=True)
    role = CharField(max_length=16, default="rep")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


class Account(BaseModel):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200, index=True)
    industry = CharField(max_length=60, default="")
    region = CharField(max_length=60, default="")
    address = CharField(max_length=200, default="")
    tier = CharField(max_length=16, default="unclassified", index=True)
    relationship = CharField(max_length=16, default="ordinary")
    loyalty = CharField(max_length=16, default="unknown")
    status = CharField(max_length=16, default="active", index=True)
    owner = ForeignKeyField(Rep, null=True, backref="accounts", on_delete="RESTRICT")
    notes = TextField(default="")
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)


class Contact(BaseModel):
    account = ForeignKeyField(Account, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=60, index=True)
    title = CharField(max_length=60, default="")
    decision_role = CharField(max_length=16, default="user")
    attitude = CharField(max_length=16, default="neutral")
    phone = CharField(max_length=40, default="")
    wechat = CharField(max_length=60, default="")
    email = CharField(max_length=120, default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)


ALL_MODELS = (Meta, Rep, Account, Contact)
