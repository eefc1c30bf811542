"""An account's history on one line of time: visits, complaints and praise, follow-ups done,
loyalty changes, hand-overs, and from its days as a prospect, calls and trigger events; newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

KINDS = ("visit", "complaint", "praise", "suggestion", "follow_up", "loyalty", "call", "trigger", "handover")


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # one of KINDS
    when: dt.datetime
    text: str  # the headline: purpose, entry text, follow-up text, loyalty level code
    detail: str  # secondary text: findings, resolution, done note, basis and note
    ref_id: int  # the visit, ledger entry, follow-up or assessment
    code: str = ""  # visit channel, entry guarantee, assessment basis, call outcome, trigger kind
    status: str = ""  # open/resolved for complaints and suggestions


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def timeline(account_id: int, kinds: set[str] | None = None) -> list[TimelineItem]:
    kinds = set(kinds or KINDS)
    items: list[TimelineItem] = []
    if "visit" in kinds:
        for v in Visit.select().where(Visit.account == account_id):
            findings = [t for t in (v.problems, v.latent_needs, v.suggestions, v.competitor_moves) if t]
            items.append(TimelineItem("visit", v.started_at, v.purpose, "\n".join(findings), v.id, v.channel))
    ledger_kinds = kinds & {"complaint", "praise", "suggestion"}
    if ledger_kinds:
        query = LedgerEntry.select().where(
            (LedgerEntry.account == account_id) & LedgerEntry.kind.in_(ledger_kinds)
        )
        for e in query:
            status = "" if e.kind == "praise" else ("resolved" if e.resolved_at else "open")
            items.append(
                TimelineItem(e.kind, _at(e.noted_on), e.text, e.resolution, e.id, e.guarantee, status)
            )
    if "follow_up" in kinds:
        for f in FollowUp.select().where((FollowUp.account == account_id) & FollowUp.done_at.is_null(False)):
            assert f.done_at is not None  # the query keeps only those done
            items.append(TimelineItem("follow_up", f.done_at, f.text, f.done_note, f.id))
    if "loyalty" in kinds:
        for a in LoyaltyAssessment.select().where(LoyaltyAssessment.account == account_id):
            items.append(TimelineItem("loyalty", _at(a.assessed_on), a.level, a.note, a.id, a.basis))
    if "call" in kinds:
        for c in ProspectCall.select().where(ProspectCall.account == account_id):
            items.append(TimelineItem("call", c.called_at, c.note, "", c.id, c.outcome))
    if "trigger" in kinds:
        for t in TriggerEvent.select().where(TriggerEvent.account == account_id):
            items.append(TimelineItem("trigger", _at(t.happened_on), t.what, t.source, t.id, t.kind))
    if "handover" in kinds:
        names: dict[int | None, str] = dict(tuples(Rep.select(Rep.id, Rep.name)))  # None: no rep
        for h in HandOver.select().where(HandOver.account == account_id):
            moved = f"{names.get(h.from_rep_id, '—')} → {names.get(h.to_rep_id, '—')}"
            items.append(TimelineItem("handover", h.handed_at, moved, h.note, h.id, names.get(h.by_id, "")))
    items.sort(key=lambda i: (i.when, i.kind == "visit", i.ref_id), reverse=True)
    return items
