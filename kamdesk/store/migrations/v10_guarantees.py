"""Schema version 10: the four guarantees measured. Order lines keep their delivery when the ERP's
file says it (the date promised, the day and quantity delivered, urgent or not); delivery issues are
recorded by hand; each account's product lines keep their peak months and the stock last noted. The
relationship map: our people facing theirs, joint teams with their members and meetings, and the
personal notes on key people; the topics a visit's latent needs and suggestions raised.

Written against version 10's own schema (kamdesk.store.migrations.frozen); never change it once
released."""

from __future__ import annotations

from peewee import (
    BooleanField,
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
Visit = table("visit")
Contact = table("contact")


class DeliveryIssue(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    occurred_on = DateField()
    problem = CharField(max_length=16)
    urgent = BooleanField()
    order_ref = CharField(max_length=60)
    days_late = IntegerField(null=True)
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "occurred_on"), False),)


class StockLine(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    product_line = CharField(max_length=64)
    peak_months = CharField(max_length=40)
    stock_weeks = DoubleField(null=True)
    stock_note = TextField()
    noted_on = DateField(null=True)
    visit = ForeignKeyField(Visit, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField()
    version = IntegerField()

    class Meta:
        indexes = ((("account", "product_line"), True),)


class Counterpart(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    rep = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    our_name = CharField(max_length=60)
    our_title = CharField(max_length=60)
    meets = CharField(max_length=16)
    strength = CharField(max_length=16)
    note = TextField()
    updated_at = DateTimeField()


class JointTeam(Frozen):
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    name = CharField(max_length=80)
    purpose = TextField()
    meets = CharField(max_length=16)
    created_at = DateTimeField()


class JointTeamMember(Frozen):
    team = ForeignKeyField(JointTeam, backref="+", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="+", on_delete="CASCADE")
    rep = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    our_name = CharField(max_length=60)
    role = CharField(max_length=60)


class JointTeamMeeting(Frozen):
    team = ForeignKeyField(JointTeam, backref="+", on_delete="CASCADE")
    met_on = DateField()
    note = TextField()
    created_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")


Topic = table("topic")


class VisitTopic(Frozen):
    visit = ForeignKeyField(Visit, backref="+", on_delete="CASCADE")
    topic = ForeignKeyField(Topic, backref="+", on_delete="CASCADE")

    class Meta:
        indexes = ((("visit", "topic"), True),)


class PersonalNote(Frozen):
    contact = ForeignKeyField(Contact, unique=True, backref="+", on_delete="CASCADE")
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    interests = TextField()
    family = TextField()
    updated_by = ForeignKeyField(Rep, null=True, backref="+", on_delete="SET NULL")
    updated_at = DateTimeField()


def upgrade(db: Database) -> None:
    # Nullable columns without a default: neither SQLite nor PostgreSQL rewrites the table to add them,
    # so an office with millions of order lines upgrades in no time.
    have = {column.name for column in db.get_columns("order_line")}
    sqlite = isinstance(db, SqliteDatabase)
    floating, boolean = ("REAL", "INTEGER") if sqlite else ("DOUBLE PRECISION", "BOOLEAN")
    for column, declared in (
        ("requested_on", "DATE"), ("delivered_on", "DATE"), ("delivered_quantity", floating),
        ("urgent", boolean),
    ):  # fmt: skip
        if column not in have:
            db.execute_sql(f'ALTER TABLE "order_line" ADD COLUMN "{column}" {declared}')
    create(db, [DeliveryIssue, StockLine])
    create(db, [Counterpart, JointTeam, JointTeamMember, JointTeamMeeting, PersonalNote, VisitTopic])
