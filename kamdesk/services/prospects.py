"""Finding new key accounts (seed 003): each rep's targets, the prospects with their scorecards,
trigger events and calls, and the call list ranked by score. A prospect is an account with the
prospect status; winning it makes the account active, and everything logged stays with it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from peewee import JOIN, fn

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.scorecard import CRITERIA, Facts, Scorecard, Targets, Trigger, score
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import CallOutcome, DecisionRole, ProspectResult, Status, TriggerKind
from kamdesk.services import changes, with_clean_text
from kamdesk.store import db
from kamdesk.store.models import (
    Account,
    Contact,
    ProspectCall,
    ProspectCard,
    ProspectTargets,
    Rep,
    TriggerEvent,
    database,
    now,
)  # fmt: skip
from kamdesk.store.row_values import as_date_not_null, tuples

# --- targets ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetsInfo:
    targets: Targets
    own: bool  # False: the rep has none of their own and the office default applies


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in (part.strip() for part in text.splitlines()) if line)


def _targets(row: ProspectTargets | None) -> Targets:
    if row is None:
        return Targets()
    return Targets(
        _lines(row.industries), _lines(row.titles), _lines(row.territories), _lines(row.trigger_kinds),
        {c: getattr(row, f"weight_{c}") for c in CRITERIA},
    )  # fmt: skip


def office_targets() -> Targets:
    return _targets(ProspectTargets.get_or_none(ProspectTargets.rep.is_null()))


def targets_for(rep_id: int | None) -> TargetsInfo:
    own = ProspectTargets.get_or_none(ProspectTargets.rep == rep_id) if rep_id is not None else None
    return TargetsInfo(_targets(own), True) if own else TargetsInfo(office_targets(), False)


def _all_targets() -> tuple[Targets, dict[int, Targets]]:
    office, per_rep = Targets(), {}
    for row in ProspectTargets.select():
        if row.rep_id is None:
            office = _targets(row)
        else:
            per_rep[row.rep_id] = _targets(row)
    return office, per_rep


def save_targets(targets: Targets, rep_id: int | None, *, actor: Actor) -> Targets:
    """Store a rep's own targets, or the office default (rep_id None, managers only). Refused whole,
    naming each limit broken, when they are not usable."""
    if rep_id is None:
        require_manager(actor, "change the office's default targets")
    elif rep_id != actor.id:
        require_manager(actor, "change another rep's targets")
    industries, titles, territories, trigger_kinds = (
        tuple(clean(v) for v in values)
        for values in (targets.industries, targets.titles, targets.territories, targets.trigger_kinds)
    )
    targets = Targets(industries, titles, territories, trigger_kinds, dict(targets.weights))
    problems = targets.problems()
    for name, limit in (("industries", 60), ("titles", 60), ("territories", 60)):
        if any(len(v) > limit for v in getattr(targets, name)):
            problems.setdefault(name, "too_long")
    if problems:
        raise errors.ValidationError(problems)
    values = {
        "industries": "\n".join(targets.industries), "titles": "\n".join(targets.titles),
        "territories": "\n".join(targets.territories), "trigger_kinds": "\n".join(targets.trigger_kinds),
        **{f"weight_{c}": targets.weights[c] for c in CRITERIA},
        "updated_by": actor.id, "updated_at": now(),
    }  # fmt: skip
    with db.writing(actor):
        where = ProspectTargets.rep.is_null() if rep_id is None else ProspectTargets.rep == rep_id
        if not ProspectTargets.update(**values).where(where).execute():
            ProspectTargets.insert(rep=rep_id, **values).execute()
    return targets


def use_office_targets(rep_id: int, *, actor: Actor) -> None:
    """Drop a rep's own targets: the office default applies to them again."""
    if rep_id != actor.id:
        require_manager(actor, "change another rep's targets")
    with db.writing(actor):
        ProspectTargets.delete().where(ProspectTargets.rep == rep_id).execute()


# --- prospects -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProspectDraft:
    """The prospect form: the company, the person to call, the scorecard's yes/no answers."""

    name: str = ""
    code: str = ""  # the ERP's customer code; made up (P00001) when empty
    industry: str = ""
    region: str = ""
    contact_name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""
    source: str = ""
    owner_id: int | None = None
    sold_before: bool = False
    reference_customer: bool = False
    personally_involved: bool = False
    notes: str = ""
    id: int | None = None  # the account
    version: int = 0  # the card's, for conflict checks


TEXT_LIMITS = {
    "name": 200, "code": 32, "industry": 60, "region": 60, "contact_name": 60, "title": 60,
    "phone": 40, "email": 120, "source": 120, "notes": 20000,
}  # fmt: skip


def get_prospect(account_id: int) -> ProspectDraft:
    account = Account.get_or_none(Account.id == account_id)
    card = ProspectCard.get_or_none(ProspectCard.account == account_id)
    if account is None or card is None:
        raise errors.NotFoundError(what="prospect", key=account_id)
    contact = _contact_of(card)
    return ProspectDraft(
        name=account.name, code=account.code, industry=account.industry, region=account.region,
        contact_name=contact.name if contact else "", title=contact.title if contact else "",
        phone=contact.phone if contact else "", email=contact.email if contact else "",
        source=card.source, owner_id=account.owner_id, sold_before=card.sold_before,
        reference_customer=card.reference_customer, personally_involved=card.personally_involved,
        notes=account.notes, id=account_id, version=card.version,
    )  # fmt: skip


def _contact_of(card: ProspectCard) -> Contact | None:
    if card.contact_id is not None:
        return Contact.get_or_none(Contact.id == card.contact_id)
    return _decision_makers([card.account_id]).get(card.account_id)


def _decision_makers(account_ids: list[int]) -> dict[int, Contact]:
    """For cards that name nobody: the account's first decision maker, else its first contact."""
    found: dict[int, Contact] = {}
    query = Contact.select().where(Contact.account.in_(account_ids)).order_by(Contact.id)
    for contact in query:
        best = found.get(contact.account_id)
        better = contact.decision_role == DecisionRole.DECISION_MAKER != best.decision_role if best else True
        if better:
            found[contact.account_id] = contact
    return found


def validate(draft: ProspectDraft) -> ProspectDraft:
    draft = with_clean_text(draft, TEXT_LIMITS)
    check = Checker()
    check.required("name", draft.name)
    for name, limit in TEXT_LIMITS.items():
        check.max_length(name, getattr(draft, name), limit)
    check.phone("phone", draft.phone)
    check.email("email", draft.email)
    if draft.owner_id is not None and not Rep.select().where(Rep.id == draft.owner_id).exists():
        check.fail("owner_id", "invalid_choice")
    others = Account.select().where(Account.id != (draft.id or 0))
    if draft.code and others.where(fn.LOWER(Account.code) == draft.code.lower()).exists():
        check.fail("code", "duplicate")
    if draft.name and others.where(fn.LOWER(Account.name) == draft.name.lower()).exists():
        check.fail("name", "duplicate")
    check.raise_if_any()
    return draft


def next_code() -> str:
    """A made-up customer code for a prospect the ERP does not know yet: P00001, P00002, ..."""
    codes = tuples(Account.select(Account.code).where(Account.code.startswith("P")))
    numbers = [int(code[1:]) for (code,) in codes if code[1:].isdigit()]
    return f"P{max(numbers, default=0) + 1:05d}"


def save_prospect(draft: ProspectDraft, *, actor: Actor) -> ProspectDraft:
    """Create or update the account, its contact and its card in one transaction."""
    with db.writing(actor):
        draft = validate(draft)
        account_values = {
            "name": draft.name, "industry": draft.industry, "region": draft.region,
            "owner": draft.owner_id, "notes": draft.notes,
        }  # fmt: skip
        card_values = {
            "source": draft.source, "sold_before": draft.sold_before,
            "reference_customer": draft.reference_customer, "personally_involved": draft.personally_involved,
        }  # fmt: skip
        contact_values = {"name": draft.contact_name, "title": draft.title, "phone": draft.phone,
                          "email": draft.email}  # fmt: skip
        if draft.id is None:
            account_id = Account.insert(
                code=draft.code or next_code(), status=Status.PROSPECT, **account_values
            ).execute()
            contact_id = None
            if draft.contact_name:
                contact_id = Contact.insert(
                    account=account_id, decision_role=DecisionRole.DECISION_MAKER, **contact_values
                ).execute()
            ProspectCard.insert(account=account_id, contact=contact_id, **card_values).execute()
            return get_prospect(account_id)
        card = ProspectCard.get_or_none(ProspectCard.account == draft.id)
        if card is None:
            raise errors.NotFoundError(what="prospect", key=draft.id)
        changed = (
            ProspectCard.update(**card_values, updated_at=now(), version=ProspectCard.version + 1)
            .where((ProspectCard.id == card.id) & (ProspectCard.version == draft.version))
            .execute()
        )
        if not changed:
            raise changes.conflict("prospect", "prospect_card", card.id)
        if draft.code:
            account_values["code"] = draft.code
        Account.update(**account_values, updated_at=now(), version=Account.version + 1).where(
            Account.id == draft.id
        ).execute()
        contact = _contact_of(card)
        if contact is not None and draft.contact_name:
            Contact.update(**contact_values, updated_at=now(), version=Contact.version + 1).where(
                Contact.id == contact.id
            ).execute()
            contact_id = contact.id
        elif draft.contact_name:
            contact_id = Contact.insert(
                account=draft.id, decision_role=DecisionRole.DECISION_MAKER, **contact_values
            ).execute()
        else:
            contact_id = contact.id if contact else None
        ProspectCard.update(contact=contact_id).where(ProspectCard.id == card.id).execute()
    return get_prospect(draft.id)


# --- trigger events and calls ----------------------------------------------------------------------


@dataclass(frozen=True)
class TriggerDraft:
    happened_on: dt.date | None = None
    kind: str = ""
    what: str = ""
    source: str = ""


def add_trigger(account_id: int, draft: TriggerDraft, *, actor: Actor) -> int:
    what, source = clean(draft.what), clean(draft.source)
    check = Checker()
    check.choice("kind", draft.kind, TriggerKind)
    check.required("what", what)
    check.max_length("what", what, 2000)
    check.max_length("source", source, 200)
    if draft.happened_on is None:
        check.fail("happened_on", "required")
    elif draft.happened_on > clock.today():
        check.fail("happened_on", "in_future")
    check.raise_if_any()
    with db.writing(actor):
        _require_card(account_id)
        return TriggerEvent.insert(
            account=account_id, happened_on=draft.happened_on, kind=draft.kind, what=what, source=source,
            created_by=actor.id,
        ).execute()  # fmt: skip


def remove_trigger(trigger_id: int, *, actor: Actor) -> None:
    with db.writing(actor):
        if not TriggerEvent.delete().where(TriggerEvent.id == trigger_id).execute():
            raise errors.NotFoundError(what="trigger event", key=trigger_id)


# The call outcomes that close a prospect; any other puts it (back) on the call list.
RESULT_AFTER: dict[str, ProspectResult] = {
    CallOutcome.WON: ProspectResult.WON,
    CallOutcome.LOST: ProspectResult.LOST,
}


def log_call(account_id: int, outcome: str, note: str, when: dt.datetime | None = None, *,
             actor: Actor) -> str:  # fmt: skip
    """Record a call. "won" makes the prospect an active account, "lost" takes it off the call list;
    any other outcome after "lost" puts it back. Returns the prospect's result afterwards."""
    note = clean(note)
    check = Checker()
    check.choice("outcome", outcome, CallOutcome)
    check.max_length("note", note, 20000)
    check.raise_if_any()
    when = when or clock.now()
    with db.writing(actor):
        card = _require_card(account_id)
        if card.result == ProspectResult.WON:
            raise errors.ValidationError({"outcome": "already_customer"})
        ProspectCall.insert(account=account_id, called_at=when, rep=actor.id, outcome=outcome,
                            note=note).execute()  # fmt: skip
        result = RESULT_AFTER.get(outcome, ProspectResult.OPEN)
        ProspectCard.update(
            result=result, closed_on=when.date() if result != ProspectResult.OPEN else None, updated_at=now(),
            version=ProspectCard.version + 1,
        ).where(ProspectCard.id == card.id).execute()  # fmt: skip
        if result == ProspectResult.WON:
            Account.update(status=Status.ACTIVE, updated_at=now(), version=Account.version + 1).where(
                Account.id == account_id
            ).execute()
    return result


def _require_card(account_id: int) -> ProspectCard:
    card = ProspectCard.get_or_none(ProspectCard.account == account_id)
    if card is None:
        raise errors.NotFoundError(what="prospect", key=account_id)
    return card


# --- the call list ---------------------------------------------------------------------------------


class CallListRow(NamedTuple):
    account_id: int
    name: str
    industry: str
    region: str
    contact: str
    title: str
    phone: str
    owner_id: int | None
    owner: str
    result: str  # open, won, lost
    card: Scorecard
    calls: int
    last_outcome: str  # "" when never called
    last_called: dt.datetime | None


@dataclass(frozen=True)
class CallItem:
    id: int
    called_at: dt.datetime
    outcome: str
    note: str
    rep: str


@dataclass(frozen=True)
class TriggerItem:
    id: int
    happened_on: dt.date
    kind: str
    what: str
    source: str


def call_list(
    owner_id: int | None = None,
    *,
    include_set_aside: bool = False,
    include_closed: bool = False,
    account_ids: list[int] | None = None,
) -> list[CallListRow]:
    """Prospects ranked for calling (step 5): highest score first, then the newest trigger event, then
    those called least. Set-aside and closed (won, lost) prospects only when asked for."""
    query = (
        ProspectCard.select(
            ProspectCard.account, Account.name, Account.industry, Account.region, ProspectCard.contact,
            Account.owner, fn.COALESCE(Rep.name, ""), ProspectCard.result, ProspectCard.sold_before,
            ProspectCard.reference_customer, ProspectCard.personally_involved,
        )
        .join(Account, on=(ProspectCard.account == Account.id))
        .join(Rep, JOIN.LEFT_OUTER, on=(Account.owner == Rep.id))
        .where(Account.archived_at.is_null())
    )  # fmt: skip
    if owner_id is not None:
        query = query.where(Account.owner == owner_id)
    if not include_closed:
        query = query.where(ProspectCard.result == ProspectResult.OPEN)
    if account_ids is not None:
        query = query.where(ProspectCard.account.in_(account_ids))
    rows = list(database.execute(query))
    ids = [row[0] for row in rows]
    contacts = contacts_for([(row[0], row[4]) for row in rows])
    triggers = _triggers_for(ids)
    calls = _call_summary(ids)
    office, per_rep = _all_targets()
    today = clock.today()
    result = []
    for account_id, name, industry, region, _contact, owner, owner_name, status, sold, ref, involved in rows:
        contact = contacts.get(account_id)
        title = contact.title if contact else ""
        found = triggers.get(account_id, ())
        facts = Facts(industry, title, region, found, bool(sold), bool(ref), bool(involved))
        card = score(per_rep.get(owner, office), facts, today)
        if card.set_aside and not include_set_aside:
            continue
        count, last_outcome, last_called = calls.get(account_id, (0, "", None))
        result.append(CallListRow(
            account_id, name, industry, region, contact.name if contact else "", title,
            contact.phone if contact else "", owner, owner_name, status, card, count, last_outcome,
            last_called,
        ))  # fmt: skip
    result.sort(key=_rank_key)
    return result


def _rank_key(row: CallListRow):
    trigger_day = row.card.trigger.happened_on.toordinal() if row.card.trigger else 0
    return (row.card.set_aside, -row.card.total, -trigger_day, row.calls, row.name)


def contacts_for(cards: list[tuple[int, int | None]]) -> dict[int, Contact]:
    """Account id -> the person the card scores, from (account id, card's contact id) pairs."""
    named = {contact_id: account_id for account_id, contact_id in cards if contact_id is not None}
    found = {named[c.id]: c for c in Contact.select().where(Contact.id.in_(list(named)))} if named else {}
    unnamed = [account_id for account_id, _ in cards if account_id not in found]
    if unnamed:
        found.update(_decision_makers(unnamed))
    return found


def _triggers_for(account_ids: list[int]) -> dict[int, tuple[Trigger, ...]]:
    found: dict[int, list[Trigger]] = {}
    query = TriggerEvent.select(
        TriggerEvent.account, TriggerEvent.id, TriggerEvent.happened_on, TriggerEvent.kind, TriggerEvent.what
    ).where(TriggerEvent.account.in_(account_ids))
    for account_id, trigger_id, day, kind, what in tuples(query):
        found.setdefault(account_id, []).append(Trigger(as_date_not_null(day), kind, what, trigger_id))
    return {k: tuple(v) for k, v in found.items()}


def _call_summary(account_ids: list[int]) -> dict[int, tuple[int, str, dt.datetime]]:
    summary: dict[int, tuple[int, str, dt.datetime]] = {}
    query = (
        ProspectCall.select(ProspectCall.account, ProspectCall.called_at, ProspectCall.outcome)
        .where(ProspectCall.account.in_(account_ids))
        .order_by(ProspectCall.called_at, ProspectCall.id)
    )
    for account_id, called_at, outcome in tuples(query):
        count = summary[account_id][0] if account_id in summary else 0
        summary[account_id] = (count + 1, outcome, called_at)
    return summary


def prospect_row(account_id: int) -> CallListRow:
    """One prospect as the call list shows it, whatever its state, with its scorecard."""
    rows = call_list(include_set_aside=True, include_closed=True, account_ids=[account_id])
    if not rows:
        raise errors.NotFoundError(what="prospect", key=account_id)
    return rows[0]


def triggers(account_id: int) -> list[TriggerItem]:
    query = (
        TriggerEvent.select()
        .where(TriggerEvent.account == account_id)
        .order_by(TriggerEvent.happened_on.desc(), TriggerEvent.id.desc())
    )
    return [TriggerItem(t.id, t.happened_on, t.kind, t.what, t.source) for t in query]


def calls(account_id: int) -> list[CallItem]:
    query = (
        ProspectCall.select(
            ProspectCall.id, ProspectCall.called_at, ProspectCall.outcome, ProspectCall.note,
            fn.COALESCE(Rep.name, ""),
        )
        .join(Rep, JOIN.LEFT_OUTER, on=(ProspectCall.rep == Rep.id))
        .where(ProspectCall.account == account_id)
        .order_by(ProspectCall.called_at.desc(), ProspectCall.id.desc())
    )  # fmt: skip
    return [CallItem(*row) for row in tuples(query)]
