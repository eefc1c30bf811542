"""The peewee models. Every table belongs to the one `database` proxy (see kamdesk.store.db).

Every table that records something about an account references it with ON DELETE RESTRICT: the
database refuses to delete an account with history (kamdesk.services.accounts archives it)."""

from __future__ import annotations

import datetime as dt

import peewee
from peewee import (
    AutoField,
    BigAutoField,
    BigIntegerField,
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
)

from kamdesk import clock, errors
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.validation import has_control_characters
from kamdesk.rules.vocab import (
    Attitude,
    Channel,
    DecisionRole,
    IncentiveKind,
    Loyalty,
    LoyaltyBasis,
    MeetingFrequency,
    ProspectResult,
    Relationship,
    Role,
    Status,
    Strength,
    Tier,
)

database = DatabaseProxy()


class _PlainText(peewee.Field):
    """Text is stored only without control characters (validation.CONTROL_CHARACTERS), whatever
    path it took: a form, an import, a service, the demo. The services' checks name the field first;
    this is the last guard, so no office ever holds a NUL that PostgreSQL would refuse to copy."""

    def db_value(self, value):
        if isinstance(value, str) and has_control_characters(value):
            raise errors.ValidationError({self.name: "control_character"})
        return super().db_value(value)


class CharField(_PlainText, peewee.CharField):
    pass


class TextField(_PlainText, peewee.TextField):
    pass


def now() -> dt.datetime:
    return clock.now()


def primary_key(model: type[Model]) -> peewee.Field:
    """`model`'s primary key field. Every table here has one; peewee says False for a table without."""
    key = model._meta.primary_key
    if key is False:
        raise TypeError(f"{model.__name__} has no primary key")
    return key


class BaseModel(Model):
    # For the type checker only (annotations create no field): the primary key peewee adds to every
    # table that names none, i.e. all but Meta and Cadence. Likewise each foreign key below is followed
    # by its `<name>_id` accessor, which peewee adds too.
    id: AutoField[int]

    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def upsert(cls, **values) -> None:
        """Insert a row, or overwrite the one with the same primary key (SQLite and PostgreSQL)."""
        key = primary_key(cls)
        others = [cls._meta.fields[name] for name in values if name != key.name]
        cls.insert(**values).on_conflict(conflict_target=[key], preserve=others).execute()


class Meta(BaseModel):
    """Key/value facts about the database itself, such as the schema version."""

    key = CharField(primary_key=True, max_length=64)
    value = TextField()

    class Meta:
        table_name = "kamdesk_meta"


class Rep(BaseModel):
    name = CharField(max_length=60, unique=True)
    role = CharField(max_length=16, default=Role.REP)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=now)


class Account(BaseModel):
    code = CharField(max_length=32, unique=True)
    name = CharField(max_length=200, index=True)
    industry = CharField(max_length=60, default="")
    region = CharField(max_length=60, default="")
    address = CharField(max_length=200, default="")
    tier = CharField(max_length=16, default=Tier.UNCLASSIFIED, index=True)
    relationship = CharField(max_length=16, default=Relationship.ORDINARY)
    loyalty = CharField(max_length=16, default=Loyalty.UNKNOWN)
    status = CharField(max_length=16, default=Status.ACTIVE, index=True)
    owner = ForeignKeyField(Rep, null=True, backref="accounts", on_delete="RESTRICT")
    owner_id: int | None
    notes = TextField(default="")
    archived_at = DateTimeField(null=True)
    churned_on = DateField(null=True)
    churn_surface = TextField(default="")  # 表面原因, e.g. "off season", "price"
    churn_deep = TextField(default="")  # 深层原因, e.g. "late deliveries for two quarters"
    churn_competitor = CharField(max_length=120, default="")
    churn_step = CharField(max_length=32, default="")  # the 1-2-4 card whose failure lost it, or "other"
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)


class Contact(BaseModel):
    account = ForeignKeyField(Account, backref="contacts", on_delete="RESTRICT")
    account_id: int
    name = CharField(max_length=60, index=True)
    title = CharField(max_length=60, default="")
    decision_role = CharField(max_length=16, default=DecisionRole.USER)
    attitude = CharField(max_length=16, default=Attitude.UNKNOWN)
    phone = CharField(max_length=40, default="")
    wechat = CharField(max_length=60, default="")
    email = CharField(max_length=120, default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)


class Visit(BaseModel):
    """A deep-communication contact (深度沟通记录): a visit, call, video meeting, event, ..."""

    account = ForeignKeyField(Account, backref="visits", on_delete="RESTRICT")
    account_id: int
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    channel = CharField(max_length=16, default=Channel.ONSITE)
    purpose = TextField(default="")
    problems = TextField(default="")
    latent_needs = TextField(default="")
    suggestions = TextField(default="")
    competitor_moves = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "started_at"), False),)


class VisitRep(BaseModel):
    """One of our people at a visit."""

    visit = ForeignKeyField(Visit, backref="our_attendees", on_delete="CASCADE")
    visit_id: int
    rep = ForeignKeyField(Rep, on_delete="CASCADE")
    rep_id: int


class VisitContact(BaseModel):
    """One of the customer's people at a visit."""

    visit = ForeignKeyField(Visit, backref="their_attendees", on_delete="CASCADE")
    visit_id: int
    contact = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_id: int


class VisitEdit(BaseModel):
    """Who changed which field of a saved visit, when, from what to what."""

    visit = ForeignKeyField(Visit, backref="edits", on_delete="CASCADE")
    visit_id: int
    editor = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    editor_id: int | None
    changed_at = DateTimeField(default=now)
    field = CharField(max_length=32)
    old_value = TextField(default="")
    new_value = TextField(default="")


class FollowUp(BaseModel):
    """An agreed next step with an owner and a due date."""

    account = ForeignKeyField(Account, backref="follow_ups", on_delete="RESTRICT")
    account_id: int
    visit = ForeignKeyField(Visit, null=True, backref="follow_ups", on_delete="SET NULL")
    visit_id: int | None
    text = TextField()
    owner = ForeignKeyField(Rep, null=True, backref="follow_ups", on_delete="SET NULL")
    owner_id: int | None
    due_on = DateField(index=True)
    done_at = DateTimeField(null=True)
    done_note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)


class Topic(BaseModel):
    """A subject customers raise, kept on the office's list by a manager (seed 004: 对60%的客户有利 —
    when a change helps most customers, make it), and whether the office acted on it."""

    name = CharField(max_length=80, unique=True)
    acted_on = DateField(null=True)
    action = TextField(default="")  # what was done
    created_at = DateTimeField(default=now)


class VisitTopic(BaseModel):
    """A topic on the office's list that a visit's latent needs or suggestions raised."""

    visit = ForeignKeyField(Visit, backref="topics", on_delete="CASCADE")
    visit_id: int
    topic = ForeignKeyField(Topic, backref="+", on_delete="CASCADE")
    topic_id: int

    class Meta:
        indexes = ((("visit", "topic"), True),)


class LedgerEntry(BaseModel):
    """A complaint, word of praise or suggestion, tied to one of the guarantees (seed 004)."""

    account = ForeignKeyField(Account, backref="ledger", on_delete="RESTRICT")
    account_id: int
    visit = ForeignKeyField(Visit, null=True, backref="ledger", on_delete="SET NULL")
    visit_id: int | None
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    kind = CharField(max_length=16, index=True)
    guarantee = CharField(max_length=16)
    text = TextField()
    noted_on = DateField()
    resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")
    responded_at = DateTimeField(null=True)  # the first action on it: handed on, answered or resolved
    department = CharField(max_length=16, default="")  # a Department, once handed on to be fixed
    handler = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    handler_id: int | None
    handle_by = DateField(null=True)
    topic = ForeignKeyField(Topic, null=True, on_delete="SET NULL", backref="entries")
    topic_id: int | None
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)


class LoyaltyAssessment(BaseModel):
    account = ForeignKeyField(Account, backref="loyalty_history", on_delete="RESTRICT")
    account_id: int
    level = CharField(max_length=16)
    assessed_on = DateField()
    basis = CharField(max_length=16, default=LoyaltyBasis.VISIT)
    note = TextField(default="")
    assessed_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    assessed_by_id: int | None
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "assessed_on"), False),)


class Cadence(BaseModel):
    """How often each value tier should be contacted, in days (editable by a manager)."""

    tier = CharField(max_length=16, primary_key=True)
    days = IntegerField()


class Draft(BaseModel):
    """Form text kept while a rep types, offered back after a crash or an accidental close."""

    key = CharField(max_length=64)
    rep = ForeignKeyField(Rep, on_delete="CASCADE")
    rep_id: int
    payload = TextField()
    saved_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("key", "rep"), True),)


class BoardCard(BaseModel):
    """One of an account's seven 1-2-4 cards: where it stands and who looks after it."""

    account = ForeignKeyField(Account, backref="board", on_delete="RESTRICT")
    account_id: int
    card = CharField(max_length=32)
    column = CharField(max_length=16, default=BoardColumn.NOT_STARTED)
    owner = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    owner_id: int | None
    due_on = DateField(null=True)
    note = TextField(default="")
    done_practices = TextField(default="")  # practice keys, comma-separated
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "card"), True),)


class BoardMove(BaseModel):
    """A card moved from one column to another: who, when, from, to, why."""

    account = ForeignKeyField(Account, backref="board_moves", on_delete="RESTRICT")
    account_id: int
    card = CharField(max_length=32)
    from_column = CharField(max_length=16)
    to_column = CharField(max_length=16)
    moved_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    moved_by_id: int | None
    moved_at = DateTimeField(default=now)
    note = TextField(default="")

    class Meta:
        indexes = ((("account", "card", "moved_at"), False),)


class CardEvidence(BaseModel):
    """A visit or ledger entry that supports a card's state."""

    board_card = ForeignKeyField(BoardCard, backref="evidence", on_delete="CASCADE")
    board_card_id: int
    visit = ForeignKeyField(Visit, null=True, on_delete="CASCADE")
    visit_id: int | None
    ledger_entry = ForeignKeyField(LedgerEntry, null=True, on_delete="CASCADE")
    ledger_entry_id: int | None


class ImportBatch(BaseModel):
    """One imported file: what, when, by whom, and how many lines were new."""

    kind = CharField(max_length=16)  # orders, accounts
    file_name = CharField(max_length=260)
    imported_at = DateTimeField(default=now)
    imported_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    imported_by_id: int | None
    lines = IntegerField(default=0)
    new_lines = IntegerField(default=0)


class OrderLine(BaseModel):
    """One order line from the distributor's ERP. Importing the same line again adds nothing: the
    import compares content (kamdesk.exchange.order_import). Lines imported by KAMDesk 0.x before November
    2026 keep the content hashes they had as ids; new lines are numbered after them."""

    id = BigAutoField()
    account = ForeignKeyField(Account, backref="order_lines", on_delete="RESTRICT", index=False)
    account_id: int
    ordered_on = DateField()
    sku = CharField(max_length=64)
    product_line = CharField(max_length=64, default="")
    quantity = DoubleField(default=0)  # 8 bytes on PostgreSQL too (its REAL keeps 6 digits)
    amount_cents = BigIntegerField()  # money as whole cents: sums stay exact (past 21 million yuan too)
    cost_cents = BigIntegerField(null=True)  # the ERP's cost of the line, when its file has it
    # Delivery (保证③), when the ERP's file says it: the date promised, the day and quantity delivered,
    # and whether the customer asked for it urgently (None: the file does not say)
    requested_on = DateField(null=True)
    delivered_on = DateField(null=True)
    delivered_quantity = DoubleField(null=True)
    urgent = BooleanField(null=True)
    batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL", index=False)
    batch_id: int | None

    class Meta:
        indexes = ((("account", "ordered_on"), False),)


class SalesMonth(BaseModel):
    """Sales facts kept ready: one account's order lines of one month, summed. Kept by
    kamdesk.store.sales_facts in the transaction that writes or changes the lines, so that the
    analyses read thousands of these instead of millions of lines; never edited by hand (`check`
    compares them with the lines, and rebuilds them)."""

    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", index=False)
    account_id: int
    month = DateField()  # the month's first day
    lines = IntegerField()
    amount_cents = BigIntegerField()
    costed_amount_cents = BigIntegerField()  # the amount of the lines whose cost is known
    cost_cents = BigIntegerField()

    class Meta:
        indexes = ((("account", "month"), True), (("month",), False))


class AccountProductLine(BaseModel):
    """Sales facts kept ready: what an account ever bought of one product line (whitespace: the
    lines it does not buy yet). Kept as SalesMonth is."""

    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", index=False)
    account_id: int
    product_line = CharField(max_length=64)
    lines = IntegerField()
    amount_cents = BigIntegerField()

    class Meta:
        indexes = ((("account", "product_line"), True),)


class BuyingCycle(BaseModel):
    """Sales facts kept ready: an account's ordering days, summed up for the buying-cycle warning:
    its first and last day, how many distinct days, the median gap between them (None with fewer
    days than kamdesk.rules.analytics.MIN_ORDERS_FOR_CYCLE), and every gap counted ("7:12 14:3":
    twelve gaps of 7 days, three of 14), from which the cycle as it stood on an earlier day is worked
    out (kamdesk.services.sales.cycles_on). Kept as SalesMonth is."""

    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT", unique=True)
    account_id: int
    first_on = DateField()
    last_on = DateField()
    order_days = IntegerField()
    typical_days = DoubleField(null=True)
    gaps = TextField(default="")


class DeliveryIssue(BaseModel):
    """A delivery that failed the account (late, short, an urgent order not met, ...), recorded by
    hand: as the customer told it or the warehouse reported it, beside the order lines' own dates."""

    account = ForeignKeyField(Account, backref="delivery_issues", on_delete="RESTRICT")
    account_id: int
    occurred_on = DateField()
    problem = CharField(max_length=16)  # a DeliveryProblem
    urgent = BooleanField(default=False)  # the customer needed it urgently
    order_ref = CharField(max_length=60, default="")  # the order or delivery note, as the ERP numbers it
    days_late = IntegerField(null=True)
    note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "occurred_on"), False),)


class StockLine(BaseModel):
    """A product line the account stocks: its peak months (淡旺季) and the stock last noted on a visit
    (seed 000: 随时了解大客户的销售与库存情况). Earlier notes are in the audit trail."""

    account = ForeignKeyField(Account, backref="stock_lines", on_delete="RESTRICT")
    account_id: int
    product_line = CharField(max_length=64)
    peak_months = CharField(max_length=40, default="")  # month numbers, comma-separated: "11,12,1"
    stock_weeks = DoubleField(null=True)  # stock noted, in weeks of the customer's sales
    stock_note = TextField(default="")
    noted_on = DateField(null=True)
    visit = ForeignKeyField(Visit, null=True, on_delete="SET NULL", backref="+")
    visit_id: int | None
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "product_line"), True),)


class Counterpart(BaseModel):
    """One of our people facing one of theirs (seeds 001, 002: our finance and logistics managers facing
    theirs, not only the rep facing the buyer): how often they meet and how strong the tie is. Our
    person is one of the office's people, or named (a colleague outside the sales office)."""

    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")  # the contact's: in its history
    account_id: int
    contact = ForeignKeyField(Contact, backref="counterparts", on_delete="CASCADE")
    contact_id: int
    rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    rep_id: int | None
    our_name = CharField(max_length=60)  # the rep's name, or a colleague's
    our_title = CharField(max_length=60, default="")  # e.g. 财务经理, 物流经理
    meets = CharField(max_length=16, default=MeetingFrequency.QUARTERLY)
    strength = CharField(max_length=16, default=Strength.WORKING)
    note = TextField(default="")
    updated_at = DateTimeField(default=now)


class JointTeam(BaseModel):
    """A team of both companies' people for a strategic account (seed 001: 联合团队), with its purpose."""

    account = ForeignKeyField(Account, backref="joint_teams", on_delete="RESTRICT")
    account_id: int
    name = CharField(max_length=80)
    purpose = TextField(default="")
    meets = CharField(max_length=16, default=MeetingFrequency.QUARTERLY)
    created_at = DateTimeField(default=now)


class JointTeamMember(BaseModel):
    """One of theirs (a contact) or one of ours (named, a rep when they are one) on a joint team."""

    team = ForeignKeyField(JointTeam, backref="members", on_delete="CASCADE")
    team_id: int
    contact = ForeignKeyField(Contact, null=True, on_delete="CASCADE", backref="+")
    contact_id: int | None
    rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    rep_id: int | None
    our_name = CharField(max_length=60, default="")  # ours: the name; theirs: ""
    role = CharField(max_length=60, default="")


class JointTeamMeeting(BaseModel):
    team = ForeignKeyField(JointTeam, backref="meetings", on_delete="CASCADE")
    team_id: int
    met_on = DateField()
    note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    created_by_id: int | None


class PersonalNote(BaseModel):
    """The personal side of a key person (seed 002: 客户不是上帝,而是朋友): birthday, interests, family
    occasions. Seen by the account's owner and the managers only, and kept out of the audit trail,
    which every rep may read."""

    contact = ForeignKeyField(Contact, unique=True, backref="+", on_delete="CASCADE")
    contact_id: int
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    interests = TextField(default="")
    family = TextField(default="")  # family occasions: a child's exam, a wedding anniversary
    updated_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    updated_by_id: int | None
    updated_at = DateTimeField(default=now)


class CustomerName(BaseModel):
    """A customer's name as an ERP file writes it (folded: kamdesk.exchange.erp_files.name_key),
    mapped to an account once by a user and remembered for every later file, on every seat."""

    name_key = CharField(max_length=200, unique=True)
    account = ForeignKeyField(Account, backref="+", on_delete="RESTRICT")
    account_id: int
    created_at = DateTimeField(default=now)


class SkuProductLine(BaseModel):
    """The office's own table of which product line an ERP's SKU belongs to, for files that name
    no product line or category."""

    sku = CharField(max_length=64, unique=True)
    product_line = CharField(max_length=64)


class ImportShape(BaseModel):
    """How a file of one shape (the signature of its header) maps onto KAMDesk's columns: chosen or
    confirmed once, so next month's export from the same ERP imports with one click."""

    signature = CharField(max_length=64, unique=True)
    kind = CharField(max_length=16)
    header_line = IntegerField()  # as the sheet numbers its rows
    mapping = TextField()  # JSON: KAMDesk column -> the file's header text
    updated_at = DateTimeField(default=now)


class TierDecision(BaseModel):
    """A manager's answer to a value-tier suggestion: accepted (the tier changed) or rejected."""

    account = ForeignKeyField(Account, backref="tier_decisions", on_delete="RESTRICT")
    account_id: int
    suggested = CharField(max_length=16)
    previous = CharField(max_length=16)
    accepted = BooleanField()
    decided_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    decided_by_id: int | None
    decided_at = DateTimeField(default=now)
    reason = TextField(default="")  # JSON: why it was suggested, with the figures the manager saw


class IncentiveAgreement(BaseModel):
    """A rebate, promotion or price support promised to an account, and its payment (guarantee 4).
    What is owed is a rate on the account's purchases in the period (of one product line, or all),
    or a fixed amount."""

    account = ForeignKeyField(Account, backref="incentives", on_delete="RESTRICT")
    account_id: int
    kind = CharField(max_length=16, default=IncentiveKind.VOLUME_REBATE)
    title = CharField(max_length=120, default="")
    starts_on = DateField()
    ends_on = DateField()
    rate_percent = DoubleField(null=True)
    product_line = CharField(max_length=64, default="")  # the rate on this line only ("": on all)
    promised_cents = BigIntegerField(null=True)
    due_on = DateField()
    paid_on = DateField(null=True)
    paid_cents = BigIntegerField(null=True)
    note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("account", "due_on"), False),)


class NeedEstimate(BaseModel):
    """What an account needs in a year of the product lines we sell, as a rep estimated it on a day
    from a source (their buyer, their plan, ...). Each estimate is kept; the latest counts."""

    account = ForeignKeyField(Account, backref="need_estimates", on_delete="RESTRICT")
    account_id: int
    annual_cents = BigIntegerField()
    estimated_on = DateField()
    source = CharField(max_length=200)
    note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "estimated_on"), False),)


class SatisfactionSurvey(BaseModel):
    """A customer's answer to the short survey: overall, and for each guarantee it was asked about
    (a Satisfaction; "" when not asked), who answered and when; on a visit or on its own."""

    account = ForeignKeyField(Account, backref="surveys", on_delete="RESTRICT")
    account_id: int
    surveyed_on = DateField()
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    overall = CharField(max_length=20)
    quality = CharField(max_length=20, default="")
    service = CharField(max_length=20, default="")
    logistics = CharField(max_length=20, default="")
    value = CharField(max_length=20, default="")
    visit = ForeignKeyField(Visit, null=True, on_delete="SET NULL")
    visit_id: int | None
    note = TextField(default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "surveyed_on"), False),)


class ServiceCostRate(BaseModel):
    """What the office reckons one contact of a channel, or one complaint handled, costs it, from a
    day on: a later rate never changes what earlier contacts cost."""

    kind = CharField(max_length=16)  # a Channel, or "complaint"
    cents = BigIntegerField()
    effective_from = DateField()
    changed_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    changed_by_id: int | None
    set_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("kind", "effective_from"), True),)


class ProspectTargets(BaseModel):
    """What a qualified prospect looks like to one rep (seed 003, steps 2 and 3); the row without a
    rep is the office default, used by every rep who has not set their own."""

    rep = ForeignKeyField(Rep, null=True, unique=True, on_delete="CASCADE")
    rep_id: int | None
    industries = TextField(default="")  # one per line, at most 3
    titles = TextField(default="")  # one per line, 1 to 3
    territories = TextField(default="")  # one per line
    trigger_kinds = TextField(default="")  # TriggerKind values, one per line
    weight_industry = IntegerField(default=2)  # 2 very important, 1 somewhat, 0 not important
    weight_title = IntegerField(default=2)
    weight_territory = IntegerField(default=1)
    weight_trigger = IntegerField(default=2)
    updated_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    updated_by_id: int | None
    updated_at = DateTimeField(default=now)


class ProspectCard(BaseModel):
    """The scorecard answers for an account that is (or was) a prospect. Winning the prospect turns
    the account active; the card stays, so conversion can be counted and the history kept."""

    account = ForeignKeyField(Account, unique=True, backref="prospect_cards", on_delete="RESTRICT")
    account_id: int
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")  # who we call: their title is scored
    contact_id: int | None
    source = CharField(max_length=120, default="")  # where the name came from
    sold_before = BooleanField(default=False)  # we sold in this industry before
    reference_customer = BooleanField(default=False)  # we have a reference customer in the industry
    personally_involved = BooleanField(default=False)
    result = CharField(max_length=16, default=ProspectResult.OPEN, index=True)
    closed_on = DateField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)


class TriggerEvent(BaseModel):
    """Something that happened at a prospect that may make them buy now: a merger, a new plant..."""

    account = ForeignKeyField(Account, backref="trigger_events", on_delete="RESTRICT")
    account_id: int
    happened_on = DateField()
    kind = CharField(max_length=24)
    what = TextField()
    source = CharField(max_length=200, default="")
    created_by = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    created_by_id: int | None
    created_at = DateTimeField(default=now)


class ProspectCall(BaseModel):
    """One call from the call list and how it went."""

    account = ForeignKeyField(Account, backref="prospect_calls", on_delete="RESTRICT")
    account_id: int
    called_at = DateTimeField()
    rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL")
    rep_id: int | None
    outcome = CharField(max_length=16)  # a CallOutcome
    note = TextField(default="")
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("account", "called_at"), False),)


class AuditEntry(BaseModel):
    """One change to an audited table, written by the database's triggers (kamdesk.store.audit)."""

    changed_at = DateTimeField(index=True)  # UTC
    rep_id = IntegerField(null=True)  # who; not a foreign key, so a change is never refused for it
    account_id = IntegerField(null=True, index=True)  # not a foreign key: the trail outlives the account
    table_name = CharField(max_length=32)
    row_key = CharField(max_length=64)
    action = CharField(max_length=8)  # insert, update, delete
    old_values = TextField(null=True)  # the row before, as JSON
    new_values = TextField(null=True)  # the row after, as JSON

    class Meta:
        indexes = ((("table_name", "row_key"), False),)


class HandOver(BaseModel):
    """An account handed from one rep to another by a manager (seed 004: the customer stays)."""

    account = ForeignKeyField(Account, backref="hand_overs", on_delete="RESTRICT")
    account_id: int
    from_rep = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    from_rep_id: int | None
    to_rep = ForeignKeyField(Rep, on_delete="RESTRICT", backref="+")
    to_rep_id: int
    by = ForeignKeyField(Rep, null=True, on_delete="SET NULL", backref="+")
    by_id: int | None
    handed_at = DateTimeField(default=now)
    note = TextField(default="")
    follow_ups = IntegerField(default=0)  # open follow-ups that moved with it
    cards = IntegerField(default=0)  # board cards that moved with it


ALL_MODELS = (
    Meta, Rep, Account, Contact, Visit, VisitRep, VisitContact, VisitEdit, FollowUp, Topic, LedgerEntry,
    LoyaltyAssessment, Cadence, Draft, BoardCard, BoardMove, CardEvidence, ImportBatch, OrderLine,
    TierDecision, ProspectTargets, ProspectCard, TriggerEvent, ProspectCall, AuditEntry, HandOver,
    CustomerName, SkuProductLine, ImportShape, IncentiveAgreement, NeedEstimate, ServiceCostRate,
    SatisfactionSurvey, DeliveryIssue, StockLine, Counterpart, JointTeam, JointTeamMember, JointTeamMeeting,
    PersonalNote, VisitTopic, SalesMonth, AccountProductLine, BuyingCycle,
)  # fmt: skip


def account_history_models() -> list[type[BaseModel]]:
    """The tables that record something about an account (each references it, ON DELETE RESTRICT)."""
    return [
        model
        for model in ALL_MODELS
        for field in model._meta.refs
        if field.rel_model is Account and model is not Account
    ]
