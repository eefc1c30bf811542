"""Accounts: the list with search and filters, the account form, archive and delete."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass, fields
from typing import NamedTuple

from peewee import JOIN, Case, Field, fn

from kamdesk import errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.pinyin_keys import searchable
from kamdesk.rules.validation import Checker
from kamdesk.rules.vocab import FeedbackKind, Loyalty, ProspectResult, Relationship, Status, Tier
from kamdesk.services import changes, prospect_cards, with_clean_text
from kamdesk.store import db
from kamdesk.store.models import (
    Account,
    BaseModel,
    BoardCard,
    Contact,
    LedgerEntry,
    ProspectCard,
    Rep,
    account_history_models,
    database,
    now,
)
from kamdesk.store.row_values import tuples


class AccountRow(NamedTuple):
    """One line of the accounts table."""

    id: int
    code: str
    name: str
    tier: str
    relationship: str
    loyalty: str
    status: str
    owner_id: int | None
    owner: str
    region: str
    contacts: int
    archived: bool  # 0 or 1 from SQLite
    open_complaints: int = 0
    secured: int = 0  # 1-2-4 cards secured, of seven
    at_risk: int = 0  # 1-2-4 cards at risk
    industry: str = ""


HISTORY_MODELS = account_history_models()
_UNTOUCHED = {  # rows made for every account, that record nothing until somebody changes them
    BoardCard: (BoardCard.version == 1) & (BoardCard.column == BoardColumn.NOT_STARTED)
    & (BoardCard.note == "") & (BoardCard.done_practices == "") & BoardCard.owner.is_null()
    & BoardCard.due_on.is_null(),
    ProspectCard: (ProspectCard.version == 1) & (ProspectCard.result == ProspectResult.OPEN)
    & (ProspectCard.source == "") & ProspectCard.contact.is_null() & ~ProspectCard.sold_before
    & ~ProspectCard.reference_customer & ~ProspectCard.personally_involved,
}  # fmt: skip


@dataclass(frozen=True)
class AccountFilter:
    text: str = ""
    tier: str | None = None
    status: str | None = None
    owner_id: int | None = None
    loyalty: str | None = None
    include_archived: bool = False


@dataclass(frozen=True)
class AccountDraft:
    """The editable fields of an account; `id` None for a new one, `version` for conflict checks."""

    code: str = ""
    name: str = ""
    industry: str = ""
    region: str = ""
    address: str = ""
    tier: str = Tier.UNCLASSIFIED
    relationship: str = Relationship.ORDINARY
    loyalty: str = Loyalty.UNKNOWN
    status: str = Status.ACTIVE
    owner_id: int | None = None
    notes: str = ""
    id: int | None = None
    version: int = 0
    archived: bool = False


TEXT_FIELDS = {"code": 32, "name": 200, "industry": 60, "region": 60, "address": 200, "notes": 20000}
EDITABLE = [f.name for f in fields(AccountDraft) if f.name not in ("id", "version", "archived")]


class AccountIndex:
    """The accounts list held in memory, so search-as-you-type never waits on the database.

    Load it once, then `refresh(account_id)` after saving an account or its contacts; `search()` is a
    scan over a few thousand short strings, a few milliseconds for 10,000 accounts. What a text
    search scans (codes, names, regions, industries and every contact's name) is read on the first
    text search, or earlier by `prepare_search()`: the list can show before it. The pinyin of the
    names comes in a second step, `pinyin_in_steps()` (or `prepare_pinyin()` at once): the first time
    it takes a couple of seconds for 50,000 names, and until it is in, a search does not match pinyin."""

    def __init__(self) -> None:
        self._rows: dict[int, AccountRow] = {}
        self._haystacks: dict[int, str] | None = None
        self._pinyin = False  # the haystacks hold the names' pinyin

    def load(self) -> AccountIndex:
        """Read every account (again); once search has been prepared, the contacts' names too."""
        prepared, pinyin = self._haystacks is not None, self._pinyin
        self._rows = {row.id: row for row in _query_rows()}
        self._haystacks, self._pinyin = None, False
        if prepared:
            self.prepare_search()
        if pinyin:
            self.prepare_pinyin()
        return self

    @property
    def search_prepared(self) -> bool:
        return self._haystacks is not None

    @property
    def pinyin_prepared(self) -> bool:
        return self._pinyin

    def prepare_search(self) -> None:
        """Read the contacts' names for text search, unless already read."""
        if self._haystacks is None:
            self._haystacks = _finished(self._building(pinyin=False, batch=len(self._rows) or 1))

    def prepare_pinyin(self) -> None:
        """Add the names' pinyin to what search scans, at once."""
        for _ in self.pinyin_in_steps():
            pass

    def pinyin_in_steps(self, batch: int = 100) -> Iterator[None]:
        """prepare_pinyin a few accounts at a time, yielding between batches: the window works it in
        between keystrokes (pinyin is pure Python: a worker thread would hold the interpreter and make
        typing wait). The readings are remembered, so the next time it is quick."""
        if not self._pinyin:
            haystacks = yield from self._building(pinyin=True, batch=batch)
            self._haystacks, self._pinyin = haystacks, True

    def _building(self, pinyin: bool, batch: int) -> Generator[None, None, dict[int, str]]:
        """What search scans, `batch` accounts per step; what the window refreshed or removed in the
        meantime (a worker or the window's turns build it) is taken as it is at the end."""
        rows = list(self._rows.values())
        names = _contact_names()
        haystacks: dict[int, str] = {}
        for start in range(0, len(rows), batch):
            for row in rows[start : start + batch]:
                haystacks[row.id] = _haystack(row, names.get(row.id, ()), pinyin)
            yield
        for row in rows:
            now = self._rows.get(row.id)
            if now is None:  # removed meanwhile
                haystacks.pop(row.id, None)
            elif now is not row:  # refreshed meanwhile
                haystacks[row.id] = _haystack(now, _contact_names(row.id).get(row.id, ()), pinyin)
        return haystacks

    def refresh(self, account_id: int) -> None:
        rows = _query_rows(account_id)
        if not rows:
            self._rows.pop(account_id, None)
            if self._haystacks is not None:
                self._haystacks.pop(account_id, None)
            return
        self._rows[account_id] = rows[0]
        if self._haystacks is not None:
            names = _contact_names(account_id).get(account_id, ())
            self._haystacks[account_id] = _haystack(rows[0], names, self._pinyin)

    def search(self, flt: AccountFilter = AccountFilter()) -> list[AccountRow]:
        """Accounts matching the filter; `text` is a case-insensitive substring of the code, the
        name, the region, the industry or any contact's name, or of the pinyin of a Chinese name
        (spaces ignored: "bei jing" finds 北京)."""
        text = flt.text.strip().casefold()
        compact = text.replace(" ", "") if text.isascii() else text
        if text:
            self.prepare_search()
        haystacks = self._haystacks or {}  # read when there is text to look for
        if text and not haystacks.keys() >= self._rows.keys():  # added while a worker prepared them
            for account_id in self._rows.keys() - haystacks.keys():
                names = _contact_names(account_id).get(account_id, ())
                haystacks[account_id] = _haystack(self._rows[account_id], names, self._pinyin)
        return [
            row
            for row in self._rows.values()
            if (flt.include_archived or not row.archived)
            and (flt.tier is None or row.tier == flt.tier)
            and (flt.status is None or row.status == flt.status)
            and (flt.loyalty is None or row.loyalty == flt.loyalty)
            and (flt.owner_id is None or row.owner_id == flt.owner_id)
            and (not text or text in haystacks[row.id] or compact in haystacks[row.id])
        ]

    def __len__(self) -> int:
        return len(self._rows)


def _finished(steps: Generator[None, None, dict[int, str]]) -> dict[int, str]:
    """A building run to its end, at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def active_by_tier() -> dict[Tier, int]:
    """How many active accounts, not archived, each value tier holds (the Dashboard's tiers), counted
    by the database."""
    query = (
        Account.select(Account.tier, fn.COUNT(Account.id))
        .where((Account.status == Status.ACTIVE) & Account.archived_at.is_null())
        .group_by(Account.tier)
    )
    counted = {tier: int(n) for tier, n in database.execute(query)}
    return {tier: counted.get(tier, 0) for tier in Tier}


def search_accounts(flt: AccountFilter = AccountFilter()) -> list[AccountRow]:
    index = AccountIndex().load()
    if flt.text.strip():
        index.prepare_pinyin()
    return index.search(flt)


def _haystack(row: AccountRow, contact_names, pinyin: bool = True) -> str:
    """What a text search looks in: the code, the name, the region and industry, the contacts'
    names, and the pinyin of each Chinese name (full and initials: "beijing", "bjfb")."""
    spoken = []
    if pinyin:
        spoken = [
            searchable(row.name),
            searchable(row.region),
            *(searchable(n, person=True) for n in contact_names),
        ]
    return "\x1f".join([row.code, row.name, row.region, row.industry, *contact_names, *spoken]).casefold()


def _contact_names(account_id: int | None = None) -> dict[int, list[str]]:
    query = Contact.select(Contact.account, Contact.name)
    if account_id is not None:
        query = query.where(Contact.account == account_id)
    names: dict[int, list[str]] = {}
    # Raw cursor rows: peewee's own row wrappers cost 3x the query on 40,000 contacts.
    for owner_id, name in database.execute(query):
        names.setdefault(owner_id, []).append(name)
    return names


def _query_rows(account_id: int | None = None) -> list[AccountRow]:
    """The accounts' rows (or one account's), with their contacts, open complaints and 1-2-4 score
    counted by the database: one query, where counting 35,000 board cards in Python took longer."""
    contacts = Contact.select(Contact.account.alias("account_id"), fn.COUNT(Contact.id).alias("count"))
    complaints = LedgerEntry.select(
        LedgerEntry.account.alias("account_id"), fn.COUNT(LedgerEntry.id).alias("count")
    ).where((LedgerEntry.kind == FeedbackKind.COMPLAINT) & LedgerEntry.resolved_at.is_null())
    cards = BoardCard.select(
        BoardCard.account.alias("account_id"),
        fn.SUM(Case(None, [(BoardCard.column == BoardColumn.SECURED, 1)], 0)).alias("secured"),
        fn.SUM(Case(None, [(BoardCard.column == BoardColumn.AT_RISK, 1)], 0)).alias("at_risk"),
    )
    query = Account.select()
    if account_id is not None:
        contacts = contacts.where(Contact.account == account_id)
        complaints = complaints.where(LedgerEntry.account == account_id)
        cards = cards.where(BoardCard.account == account_id)
        query = query.where(Account.id == account_id)
    contacts = contacts.group_by(Contact.account).alias("contacts")
    complaints = complaints.group_by(LedgerEntry.account).alias("complaints")
    cards = cards.group_by(BoardCard.account).alias("cards")
    query = query.select(  # in AccountRow's order, so each database row is one AccountRow as it comes
        Account.id, Account.code, Account.name, Account.tier, Account.relationship,
        Account.loyalty, Account.status, Account.owner, fn.COALESCE(Rep.name, ""), Account.region,
        fn.COALESCE(contacts.c.count, 0), Account.archived_at.is_null(False),
        fn.COALESCE(complaints.c.count, 0), fn.COALESCE(cards.c.secured, 0), fn.COALESCE(cards.c.at_risk, 0),
        Account.industry,
    ).join_from(Account, Rep, JOIN.LEFT_OUTER, on=(Account.owner == Rep.id))  # fmt: skip
    for counted in (contacts, complaints, cards):
        query = query.join_from(Account, counted, JOIN.LEFT_OUTER, on=(counted.c.account_id == Account.id))
    return list(map(AccountRow._make, database.execute(query)))


def names_for(account_ids: list[int]) -> dict[int, tuple[str, str]]:
    """{id: (code, name)} for the accounts, ordered by code."""
    query = Account.select(Account.id, Account.code, Account.name).where(Account.id.in_(account_ids))
    return {i: (code, name) for i, code, name in tuples(query.order_by(Account.code))}


def id_for_code(code: str) -> int:
    """The account with this code (any case), or NotFoundError."""
    row = Account.select(Account.id).where(fn.LOWER(Account.code) == code.strip().lower()).first()
    if row is None:
        raise errors.NotFoundError(what="account", key=code)
    return row.id


def get_account(account_id: int) -> AccountDraft:
    acc = Account.get_or_none(Account.id == account_id)
    if acc is None:
        raise errors.NotFoundError(what="account", key=account_id)
    values = {name: getattr(acc, name) for name in EDITABLE if name != "owner_id"}
    return AccountDraft(
        **values, owner_id=acc.owner_id, id=acc.id, version=acc.version,
        archived=acc.archived_at is not None,
    )  # fmt: skip


def validate(draft: AccountDraft) -> AccountDraft:
    """The draft as it would be stored, or ValidationError naming every bad field."""
    draft = with_clean_text(draft, TEXT_FIELDS)
    check = Checker()
    check.required("code", draft.code)
    check.required("name", draft.name)
    for name, limit in TEXT_FIELDS.items():
        check.max_length(name, getattr(draft, name), limit)
    check.choice("tier", draft.tier, Tier)
    check.choice("relationship", draft.relationship, Relationship)
    check.choice("loyalty", draft.loyalty, Loyalty)
    check.choice("status", draft.status, Status)
    if draft.owner_id is not None and not Rep.select().where(Rep.id == draft.owner_id).exists():
        check.fail("owner_id", "invalid_choice")
    if draft.code:
        clash = Account.select().where(fn.LOWER(Account.code) == draft.code.lower())
        if draft.id is not None:
            clash = clash.where(Account.id != draft.id)
        if clash.exists():
            check.fail("code", "duplicate")
    check.raise_if_any()
    return draft


def save_account(draft: AccountDraft, *, actor: Actor) -> AccountDraft:
    """Create or update in one transaction; refuse an update based on an outdated version. For an
    actor who is not a manager, the owner and the value tier are not theirs to change."""
    with db.writing(actor):
        draft = validate(draft)
        if not actor.is_manager:
            _check_rep_may_save(draft, actor)
        values = {name: getattr(draft, name) for name in EDITABLE if name != "owner_id"}
        values["owner"] = draft.owner_id
        was = (
            None
            if draft.id is None
            else Account.select(Account.status).where(Account.id == draft.id).scalar()
        )
        _check_churn_unchanged(was, draft.status)
        if draft.id is None:
            account_id = Account.insert(**values).execute()
        else:
            if was == Status.PROSPECT and draft.status == Status.ACTIVE:
                prospect_cards.mark_won(draft.id)
            changed = (
                Account.update(**values, updated_at=now(), version=Account.version + 1)
                .where((Account.id == draft.id) & (Account.version == draft.version))
                .execute()
            )
            if not changed:
                _raise_missing_or_conflict(draft.id)
            account_id = draft.id
        if draft.status == Status.PROSPECT:
            prospect_cards.ensure_cards([account_id])
    return get_account(account_id)


def _check_churn_unchanged(was: str | None, status: str) -> None:
    """Seed 004 asks, for every customer lost, when, the surface reason, the deep reason and where it
    went: an account becomes churned only through churn.mark_churned, which records them, and active
    again only through churn.reactivate, which clears them. The form keeps the status as it is."""
    if status == Status.CHURNED and was != Status.CHURNED:
        raise errors.ValidationError({"status": "churn_needs_reasons"})
    if was == Status.CHURNED and status != Status.CHURNED:
        raise errors.ValidationError({"status": "win_back_instead"})


def _check_rep_may_save(draft: AccountDraft, actor: Actor) -> None:
    before_tier: str
    if draft.id is None:
        before_owner, before_tier = actor.id, Tier.UNCLASSIFIED  # a rep's new account is theirs, unclassified
    else:
        before_owner, before_tier = Account.select(Account.owner, Account.tier).where(
            Account.id == draft.id
        ).tuples().first() or (draft.owner_id, draft.tier)
    if draft.owner_id != before_owner:
        require_manager(actor, "reassign an account")
    if draft.tier != before_tier:
        require_manager(actor, "change value tiers")


def office_is_empty() -> bool:
    return not Account.select().exists()


def has_history(account_id: int) -> bool:
    """True when anything was recorded about the account: a row in any table that references it,
    except the board's and the prospect scorecard's rows still as they were made (nobody touched
    them). Such an account is archived, not erased; the database refuses to erase it anyway."""
    for model in HISTORY_MODELS:
        query = model.select().where(_account_column(model) == account_id)
        if model in _UNTOUCHED:
            query = query.where(~_UNTOUCHED[model])
        if query.exists():
            return True
    return False


def remove_account(account_id: int, *, actor: Actor) -> str:
    """Erase an account nothing was recorded about; archive one with history. Returns which.
    Only a manager removes accounts."""
    require_manager(actor, "delete accounts")
    with db.writing(actor):
        if not Account.select().where(Account.id == account_id).exists():
            raise errors.NotFoundError(what="account", key=account_id)
        if has_history(account_id):
            Account.update(archived_at=now(), version=Account.version + 1).where(
                Account.id == account_id
            ).execute()
            return "archived"
        for model in _UNTOUCHED:
            model.delete().where(_account_column(model) == account_id).execute()
        Account.delete().where(Account.id == account_id).execute()
        return "deleted"


def archive_account(account_id: int, *, actor: Actor) -> None:
    """Set an account aside, its history kept: it leaves the list and nothing is recorded on it until
    it is restored. Only a manager archives accounts."""
    require_manager(actor, "archive accounts")
    with db.writing(actor):
        changed = (
            Account.update(archived_at=now(), version=Account.version + 1)
            .where((Account.id == account_id) & Account.archived_at.is_null())
            .execute()
        )
        if not changed and not Account.select().where(Account.id == account_id).exists():
            raise errors.NotFoundError(what="account", key=account_id)


def restore_account(account_id: int, *, actor: Actor) -> None:
    with db.writing(actor):
        changed = (
            Account.update(archived_at=None, version=Account.version + 1)
            .where(Account.id == account_id)
            .execute()
        )
        if not changed:
            raise errors.NotFoundError(what="account", key=account_id)


def known_values(field: str) -> list[str]:
    """Industries or regions already in use, for the form's suggestions."""
    column = {"industry": Account.industry, "region": Account.region}[field]
    query = Account.select(column).where(column != "").distinct().order_by(column)
    return [value for (value,) in tuples(query)]


def _account_column(model: type[BaseModel]) -> Field:
    """The column by which one of HISTORY_MODELS references its account: each names it `account`."""
    return model._meta.fields["account"]


def _raise_missing_or_conflict(account_id: int) -> None:
    if Account.select().where(Account.id == account_id).exists():
        raise changes.conflict("account", "account", account_id)
    raise errors.NotFoundError(what="account", key=account_id)
