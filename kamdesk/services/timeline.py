"""An account's history on one line of time: visits, complaints and praise, follow-ups done,
loyalty changes, hand-overs, and from its days as a prospect, calls and trigger events; newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kamdesk.rules.vocab import FeedbackKind, FeedbackStatus, TimelineKind
from kamdesk.store.models import (
    FollowUp,
    HandOver,
    LedgerEntry,
    LoyaltyAssessment,
    ProspectCall,
    Rep,
    TriggerEvent,
    Visit,
)
from kamdesk.store.row_values import tuples

KINDS = tuple(TimelineKind)


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # a TimelineKind
    when: dt.datetime
    text: str  # the headline: purpose, entry text, follow-up text, loyalty level code
    detail: str  # secondary text: findings, resolution, done note, basis and note
    ref_id: int  # the visit, ledger entry, follow-up or assessment
    code: str = ""  # visit channel, entry guarantee, assessment basis, call outcome, trigger kind
    status: str = ""  # FeedbackStatus open/resolved for complaints and suggestions


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def timeline(account_id: int, kinds: set[str] | None = None) -> list[TimelineItem]:
    kinds = set(kinds or KINDS)
    items: list[TimelineItem] = []
    if TimelineKind.VISIT in kinds:
        for v in Visit.select().where(Visit.account == account_id):
            findings = [t for t in (v.problems, v.latent_needs, v.suggestions, v.competitor_moves) if t]
            items.append(
                TimelineItem(
                    TimelineKind.VISIT, v.started_at, v.purpose, "\n".join(findings), v.id, v.channel
                )
            )
    ledger_kinds = kinds & set(FeedbackKind)
    if ledger_kinds:
        query = LedgerEntry.select().where(
            (LedgerEntry.account == account_id) & LedgerEntry.kind.in_(ledger_kinds)
        )
        for e in query:
            status = (
                ""
                if e.kind == FeedbackKind.PRAISE
                else (FeedbackStatus.RESOLVED if e.resolved_at else FeedbackStatus.OPEN)
            )
            items.append(
                TimelineItem(e.kind, _at(e.noted_on), e.text, e.resolution, e.id, e.guarantee, status)
            )
    if TimelineKind.FOLLOW_UP in kinds:
        for f in FollowUp.select().where((FollowUp.account == account_id) & FollowUp.done_at.is_null(False)):
            assert f.done_at is not None  # the query keeps only those done
            items.append(TimelineItem(TimelineKind.FOLLOW_UP, f.done_at, f.text, f.done_note, f.id))
    if TimelineKind.LOYALTY in kinds:
        for a in LoyaltyAssessment.select().where(LoyaltyAssessment.account == account_id):
            items.append(
                TimelineItem(TimelineKind.LOYALTY, _at(a.assessed_on), a.level, a.note, a.id, a.basis)
            )
    if TimelineKind.CALL in kinds:
        for c in ProspectCall.select().where(ProspectCall.account == account_id):
            items.append(TimelineItem(TimelineKind.CALL, c.called_at, c.note, "", c.id, c.outcome))
    if TimelineKind.TRIGGER in kinds:
        for t in TriggerEvent.select().where(TriggerEvent.account == account_id):
            items.append(
                TimelineItem(TimelineKind.TRIGGER, _at(t.happened_on), t.what, t.source, t.id, t.kind)
            )
    if TimelineKind.HANDOVER in kinds:
        names: dict[int | None, str] = dict(tuples(Rep.select(Rep.id, Rep.name)))  # None: no rep
        for h in HandOver.select().where(HandOver.account == account_id):
            moved = f"{names.get(h.from_rep_id, '—')} → {names.get(h.to_rep_id, '—')}"
            items.append(
                TimelineItem(TimelineKind.HANDOVER, h.handed_at, moved, h.note, h.id, names.get(h.by_id, ""))
            )
    items.sort(key=lambda i: (i.when, i.kind == TimelineKind.VISIT, i.ref_id), reverse=True)
    return items
