"""Deep-communication visit notes (深度沟通记录): a visit, its attendees, what was learnt, and the
follow-ups and ledger entries it produced, saved together."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from peewee import JOIN

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Channel, FeedbackKind, Guarantee
from kamdesk.services import changes, delivery, live, satisfaction, with_clean_text
from kamdesk.services.delivery import StockNote
from kamdesk.services.satisfaction import SurveyAnswers
from kamdesk.store import db
from kamdesk.store.models import (
    Contact,
    FollowUp,
    LedgerEntry,
    Rep,
    SatisfactionSurvey,
    StockLine,
    Topic,
    Visit,
    VisitContact,
    VisitEdit,
    VisitRep,
    VisitTopic,
    now,
)
from kamdesk.store.row_values import tuples

NOTE_FIELDS = ("purpose", "problems", "latent_needs", "suggestions", "competitor_moves")


@dataclass(frozen=True)
class FollowUpDraft:
    text: str = ""
    owner_id: int | None = None
    due_on: dt.date | None = None


@dataclass(frozen=True)
class LedgerDraft:
    kind: str = FeedbackKind.COMPLAINT
    guarantee: str = Guarantee.QUALITY
    text: str = ""
    contact_id: int | None = None


@dataclass(frozen=True)
class VisitDraft:
    account_id: int
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    channel: str = Channel.ONSITE
    purpose: str = ""
    problems: str = ""
    latent_needs: str = ""
    suggestions: str = ""
    competitor_moves: str = ""
    our_rep_ids: tuple[int, ...] = ()
    their_contact_ids: tuple[int, ...] = ()
    new_contact_names: tuple[str, ...] = ()  # their people met for the first time, added as contacts
    follow_ups: tuple[FollowUpDraft, ...] = ()  # new ones; saved follow-ups change through follow_ups.py
    ledger: tuple[LedgerDraft, ...] = ()  # new ones; saved entries change through services/feedback.py
    stock: tuple[StockNote, ...] = ()  # the customer's stock (and peak months) learnt on this visit
    survey: SurveyAnswers | None = None  # the satisfaction survey, when it was asked on this visit
    topic_ids: tuple[int, ...] = ()  # the office's topics its latent needs and suggestions raised
    id: int | None = None
    version: int = 0


@dataclass(frozen=True)
class VisitChange:
    changed_at: dt.datetime
    editor: str
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class SavedVisit:
    draft: VisitDraft
    follow_up_ids: tuple[int, ...] = field(default=())
    ledger_ids: tuple[int, ...] = field(default=())


def validate(draft: VisitDraft, today: dt.date | None = None) -> VisitDraft:
    """The draft as it would be stored, or ValidationError naming every bad field. Rows of the
    follow-ups and ledger are named "follow_ups.2.due_on", "ledger.0.text", ..."""
    today = today or clock.today()
    draft = replace(
        with_clean_text(draft, NOTE_FIELDS),
        new_contact_names=tuple(n for n in (clean(x) for x in draft.new_contact_names) if n),
        follow_ups=tuple(replace(f, text=clean(f.text)) for f in draft.follow_ups),
        ledger=tuple(replace(e, text=clean(e.text)) for e in draft.ledger),
    )
    check = Checker()
    if draft.started_at is None:
        check.fail("started_at", "required")
    elif draft.ended_at is not None and draft.ended_at < draft.started_at:
        check.fail("ended_at", "before_start")
    elif draft.started_at.date() > today:
        check.fail("started_at", "in_future")
    check.choice("channel", draft.channel, Channel)
    check.required("purpose", draft.purpose)
    for name in NOTE_FIELDS:
        check.max_length(name, getattr(draft, name), 20000)
    for i, name in enumerate(draft.new_contact_names):
        check.max_length(f"new_contact_names.{i}", name, 60)
    for i, item in enumerate(draft.follow_ups):
        check.required(f"follow_ups.{i}.text", item.text)
        if item.owner_id is None:
            check.fail(f"follow_ups.{i}.owner_id", "required")
        if item.due_on is None:
            check.fail(f"follow_ups.{i}.due_on", "required")
        elif item.due_on < today:
            check.fail(f"follow_ups.{i}.due_on", "in_past")
    delivery.check_stock(draft.stock, check)
    if draft.topic_ids and Topic.select().where(Topic.id.in_(draft.topic_ids)).count() != len(
        set(draft.topic_ids)
    ):
        check.fail("topic_ids", "invalid_choice")
    if draft.survey is not None:
        satisfaction.check_answers(draft.survey, draft.account_id, check, prefix="survey.")
    for i, entry in enumerate(draft.ledger):
        check.required(f"ledger.{i}.text", entry.text)
        check.choice(f"ledger.{i}.kind", entry.kind, FeedbackKind)
        check.choice(f"ledger.{i}.guarantee", entry.guarantee, Guarantee)
    known_reps = {r for (r,) in tuples(Rep.select(Rep.id))}
    if any(r not in known_reps for r in draft.our_rep_ids) or any(
        f.owner_id is not None and f.owner_id not in known_reps for f in draft.follow_ups
    ):
        check.fail("our_rep_ids", "invalid_choice")
    contacts = set(draft.their_contact_ids) | {e.contact_id for e in draft.ledger if e.contact_id}
    if contacts:
        belongs = Contact.select(Contact.id).where(
            Contact.id.in_(contacts), Contact.account == draft.account_id
        )
        if len(list(belongs)) != len(contacts):
            check.fail("their_contact_ids", "invalid_choice")
    check.raise_if_any()
    return draft


def save_visit(draft: VisitDraft, *, actor: Actor) -> SavedVisit:
    """Write the visit, its attendees, new contacts, follow-ups and ledger entries in one
    transaction. Editing a saved visit records each changed field with who and when."""
    actor_id = actor.id
    with db.writing(actor):
        live.require(draft.account_id)
        draft = validate(draft)
        values = {name: getattr(draft, name) for name in ("started_at", "ended_at", "channel", *NOTE_FIELDS)}
        if draft.id is None:
            visit_id = Visit.insert(account=draft.account_id, created_by=actor_id, **values).execute()
        else:
            visit_id = draft.id
            _record_changes(get_visit(visit_id), draft, actor_id)
            changed = (
                Visit.update(**values, updated_at=now(), version=Visit.version + 1)
                .where((Visit.id == visit_id) & (Visit.version == draft.version))
                .execute()
            )
            if not changed:
                raise changes.conflict("visit", "visit", visit_id)
            VisitRep.delete().where(VisitRep.visit == visit_id).execute()
            VisitContact.delete().where(VisitContact.visit == visit_id).execute()
            VisitTopic.delete().where(VisitTopic.visit == visit_id).execute()
        if draft.topic_ids:
            VisitTopic.insert_many(
                [{"visit": visit_id, "topic": t} for t in dict.fromkeys(draft.topic_ids)]
            ).execute()
        contact_ids = list(dict.fromkeys(draft.their_contact_ids))
        for name in draft.new_contact_names:
            contact_ids.append(Contact.insert(account=draft.account_id, name=name).execute())
        if draft.our_rep_ids:
            VisitRep.insert_many(
                [{"visit": visit_id, "rep": r} for r in dict.fromkeys(draft.our_rep_ids)]
            ).execute()
        if contact_ids:
            VisitContact.insert_many([{"visit": visit_id, "contact": c} for c in contact_ids]).execute()
        follow_up_ids = tuple(
            FollowUp.insert(
                account=draft.account_id, visit=visit_id, text=f.text, owner=f.owner_id, due_on=f.due_on,
                created_by=actor_id,
            ).execute()
            for f in draft.follow_ups
        )  # fmt: skip
        assert draft.started_at is not None  # validate requires it
        noted_on = draft.started_at.date()
        ledger_ids = tuple(
            LedgerEntry.insert(
                account=draft.account_id, visit=visit_id, contact=e.contact_id, kind=e.kind,
                guarantee=e.guarantee, text=e.text, noted_on=noted_on, created_by=actor_id,
            ).execute()
            for e in draft.ledger
        )  # fmt: skip
        delivery.write_stock(draft.account_id, draft.stock, noted_on, visit_id)
        if draft.survey is not None and draft.id is None:  # asked once: a reopened visit does not ask again
            satisfaction.write(draft.account_id, noted_on, draft.survey, visit_id, actor_id)
    return SavedVisit(get_visit(visit_id), follow_up_ids, ledger_ids)


def get_visit(visit_id: int) -> VisitDraft:
    visit = Visit.get_or_none(Visit.id == visit_id)
    if visit is None:
        raise errors.NotFoundError(what="visit", key=visit_id)
    reps = tuple(r for (r,) in tuples(VisitRep.select(VisitRep.rep).where(VisitRep.visit == visit_id)))
    contacts = tuple(
        c for (c,) in tuples(VisitContact.select(VisitContact.contact).where(VisitContact.visit == visit_id))
    )
    topics = tuple(
        t for (t,) in tuples(VisitTopic.select(VisitTopic.topic).where(VisitTopic.visit == visit_id))
    )
    return VisitDraft(
        account_id=visit.account_id,
        started_at=visit.started_at,
        ended_at=visit.ended_at,
        channel=visit.channel,
        **{name: getattr(visit, name) for name in NOTE_FIELDS},
        our_rep_ids=reps,
        their_contact_ids=contacts,
        topic_ids=topics,
        id=visit.id,
        version=visit.version,
    )


def visit_history(visit_id: int) -> list[VisitChange]:
    query = (
        VisitEdit.select(VisitEdit, Rep)
        .join(Rep, JOIN.LEFT_OUTER, on=(VisitEdit.editor == Rep.id))
        .where(VisitEdit.visit == visit_id)
        .order_by(VisitEdit.changed_at.desc(), VisitEdit.id.desc())
    )
    return [
        VisitChange(
            e.changed_at, e.editor.name if e.editor is not None else "", e.field, e.old_value, e.new_value
        )
        for e in query
    ]


def _record_changes(before: VisitDraft, after: VisitDraft, actor_id: int | None) -> None:
    rows = []
    for name in ("started_at", "ended_at", "channel", *NOTE_FIELDS, "our_rep_ids", "their_contact_ids"):
        old, new = getattr(before, name), getattr(after, name)
        if name.endswith("_ids"):
            old, new = sorted(old), sorted(new)
        if old != new:
            rows.append(
                {
                    "visit": before.id,
                    "editor": actor_id,
                    "changed_at": clock.now(),
                    "field": name,
                    "old_value": _text(old),
                    "new_value": _text(new),
                }
            )
    if rows:
        VisitEdit.insert_many(rows).execute()


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class RecordedWith:
    """What was written down with a saved visit, as it stands now (a reopened visit shows it)."""

    entries: list[tuple[str, str, str, bool]]  # (kind, guarantee, what was said, still open)
    follow_ups: list[tuple[str, str, dt.date, bool]]  # (next step, owner, due, done)
    stock: list[tuple[str, float | None, str]]  # (product line, weeks, note), as noted on this visit
    survey: str  # the overall answer of the survey asked on it ("" when none was)


def recorded_with(visit_id: int) -> RecordedWith:
    entries = [
        (kind, guarantee, text, kind == FeedbackKind.COMPLAINT and resolved is None)
        for kind, guarantee, text, resolved in tuples(
            LedgerEntry.select(LedgerEntry.kind, LedgerEntry.guarantee, LedgerEntry.text,
                               LedgerEntry.resolved_at)
            .where(LedgerEntry.visit == visit_id).order_by(LedgerEntry.id)
        )
    ]  # fmt: skip
    steps = [
        (text, name or "", due, done is not None)
        for text, name, due, done in tuples(
            FollowUp.select(FollowUp.text, Rep.name, FollowUp.due_on, FollowUp.done_at)
            .join(Rep, JOIN.LEFT_OUTER, on=(FollowUp.owner == Rep.id))
            .where(FollowUp.visit == visit_id).order_by(FollowUp.id)
        )
    ]  # fmt: skip
    stock = list(tuples(StockLine.select(StockLine.product_line, StockLine.stock_weeks, StockLine.stock_note)
                        .where(StockLine.visit == visit_id).order_by(StockLine.product_line)))  # fmt: skip
    overall = (
        SatisfactionSurvey.select(SatisfactionSurvey.overall)
        .where(SatisfactionSurvey.visit == visit_id)
        .scalar()
    )
    return RecordedWith(entries, steps, stock, overall or "")
