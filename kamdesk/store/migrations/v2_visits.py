"""Schema version 2: visits, attendees, visit edits, follow-ups, the complaint/praise ledger, loyalty
assessments, the contact cadence, drafts.

Written against version 2's own schema (kamdesk.store.migrations.frozen); never change it once released."""

from __future__ import annotations

from peewee import CharField, Database, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from kamdesk.store.migrations.frozen import Frozen, create, table

Rep, Account, Contact = table("rep"), table("account"), table("contact")


class Visit(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    channel = CharField(max_length=16, default="onsite")
    purpose = TextField(default="")
    problems = TextField(default="")
    latent_needs = TextField(default="")
    suggestions = TextField(default="")
    competitor_moves = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "started_at"), False),)


class VisitRep(Frozen):
    visit = ForeignKeyField(Visit, on_delete="CASCADE", backref="+")
    rep = ForeignKeyField(Rep, on_delete="CASCADE", backref="+")


class VisitContact(Frozen):
    visit = ForeignKeyField(Visit, on_delete="CASCADE", backref="+")
    contact = ForeignKeyField(Contact, on_delete="CASCADE", backref="+")


class VisitEdit(Frozen):
    visit = ForeignKeyField(Visit, on_delete="CASCADE", backref="+")
    editor = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    changed_at = DateTimeField()
    field = CharField(max_length=32)
    old_value = TextField(default="")
    new_value = TextField(default="")


class FollowUp(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    visit = ForeignKeyField(Visit, null=True, on_delete="SET NULL", backref="+")
    text = TextField()
    owner = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    due_on = DateField(index=True)
    done_at = DateTimeField(null=True)
    done_note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField()


class LedgerEntry(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    visit = ForeignKeyField(Visit, null=True, on_delete="SET NULL", backref="+")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL", backref="+")
    kind = CharField(max_length=16, index=True)
    guarantee = CharField(max_length=16)
    text = TextField()
    noted_on = DateField()
    resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField()


class LoyaltyAssessment(Frozen):
    account = ForeignKeyField(Account, on_delete="CASCADE", backref="+")
    level = CharField(max_length=16)
    assessed_on = DateField()
    basis = CharField(max_length=16, default="visit")
    note = TextField(default="")
    assessed_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField()

    class Meta:
        indexes = ((("account", "assessed_on"), False),)


class Cadence(Frozen):
    tier = CharField(max_length=16, primary_key=True)
    days = IntegerField()


class Draft(Frozen):
    key = CharField(max_length=64)
    rep = ForeignKeyField(Rep, on_delete="CASCADE", backref="+")
    payload = TextField()
    saved_at = DateTimeField()

    class Meta:
        indexes = ((("key", "rep"), True),)


def upgrade(db: Database) -> None:
    create(
        db,
        [Visit, VisitRep, VisitContact, VisitEdit, FollowUp, LedgerEntry, LoyaltyAssessment, Cadence, Draft],
    )
    db.execute_sql(
        "INSERT INTO cadence (tier, days) VALUES ('vip', 14), ('growth', 30), ('negative', 60), "
        "('unclassified', 60) ON CONFLICT DO NOTHING"
    )
