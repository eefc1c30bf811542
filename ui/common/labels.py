"""Translated names for the domain's codes (tiers, statuses, roles, ...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk.rules import choices

_LABELS = {
    "tier": {
        "vip": QT_TRANSLATE_NOOP("Labels", "VIP"),
        "growth": QT_TRANSLATE_NOOP("Labels", "Growth"),
        "negative": QT_TRANSLATE_NOOP("Labels", "Negative"),
        "unclassified": QT_TRANSLATE_NOOP("Labels", "Unclassified"),
    },
    "relationship": {
        "ordinary": QT_TRANSLATE_NOOP("Labels", "Ordinary"),
        "partnership": QT_TRANSLATE_NOOP("Labels", "Partnership"),
        "strategic": QT_TRANSLATE_NOOP("Labels", "Strategic"),
    },
    "loyalty": {
        "loyal": QT_TRANSLATE_NOOP("Labels", "Loyal"),
        "neutral": QT_TRANSLATE_NOOP("Labels", "Neutral"),
        "disloyal": QT_TRANSLATE_NOOP("Labels", "Disloyal"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "Unknown"),
    },
    "status": {
        "prospect": QT_TRANSLATE_NOOP("Labels", "Prospect"),
        "active": QT_TRANSLATE_NOOP("Labels", "Active"),
        "churned": QT_TRANSLATE_NOOP("Labels", "Churned"),
    },
    "decision_role": {
        "decision_maker": QT_TRANSLATE_NOOP("Labels", "Decision maker"),
        "influencer": QT_TRANSLATE_NOOP("Labels", "Influencer"),
        "buyer": QT_TRANSLATE_NOOP("Labels", "Buyer"),
        "user": QT_TRANSLATE_NOOP("Labels", "User"),
        "gatekeeper": QT_TRANSLATE_NOOP("Labels", "Gatekeeper"),
    },
    "attitude": {
        "champion": QT_TRANSLATE_NOOP("Labels", "Champion"),
        "supporter": QT_TRANSLATE_NOOP("Labels", "Supporter"),
        "neutral": QT_TRANSLATE_NOOP("Labels", "Neutral"),
        "opponent": QT_TRANSLATE_NOOP("Labels", "Opponent"),
    },
    "role": {
        "rep": QT_TRANSLATE_NOOP("Labels", "Rep"),
        "manager": QT_TRANSLATE_NOOP("Labels", "Manager"),
    },
    "channel": {
        "onsite": QT_TRANSLATE_NOOP("Labels", "On-site visit"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
        "resident": QT_TRANSLATE_NOOP("Labels", "Resident rep"),
        "event": QT_TRANSLATE_NOOP("Labels", "Event"),
    },
    "ledger_kind": {
        "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
        "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
        "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    },
    "guarantee": {
        "quality": QT_TRANSLATE_NOOP("Labels", "Product quality"),
        "service": QT_TRANSLATE_NOOP("Labels", "Service"),
        "logistics": QT_TRANSLATE_NOOP("Labels", "Logistics / delivery"),
        "value": QT_TRANSLATE_NOOP("Labels", "Customer value"),
        "communication": QT_TRANSLATE_NOOP("Labels", "Communication"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "ledger_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
        "noted": QT_TRANSLATE_NOOP("Labels", "Noted"),
    },
    "loyalty_basis": {
        "survey": QT_TRANSLATE_NOOP("Labels", "Survey"),
        "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
        "purchases": QT_TRANSLATE_NOOP("Labels", "Purchase behaviour"),
        "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "timeline": {
        "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
        "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
        "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
        "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
        "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up done"),
        "loyalty": QT_TRANSLATE_NOOP("Labels", "Loyalty"),
        "call": QT_TRANSLATE_NOOP("Labels", "Prospect call"),
        "trigger": QT_TRANSLATE_NOOP("Labels", "Trigger event"),
        "handover": QT_TRANSLATE_NOOP("Labels", "Handed over"),
    },
    "trigger_kind": {
        "merger": QT_TRANSLATE_NOOP("Labels", "Merger or acquisition"),
        "reorganisation": QT_TRANSLATE_NOOP("Labels", "Reorganisation"),
        "new_plant": QT_TRANSLATE_NOOP("Labels", "New plant or site"),
        "new_tender": QT_TRANSLATE_NOOP("Labels", "New tender"),
        "leadership_change": QT_TRANSLATE_NOOP("Labels", "New management"),
        "expansion": QT_TRANSLATE_NOOP("Labels", "Expansion"),
        "funding": QT_TRANSLATE_NOOP("Labels", "New funding"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "call_outcome": {
        "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
        "talked": QT_TRANSLATE_NOOP("Labels", "Talked"),
        "meeting_set": QT_TRANSLATE_NOOP("Labels", "Meeting set"),
        "proposal": QT_TRANSLATE_NOOP("Labels", "Proposal sent"),
        "won": QT_TRANSLATE_NOOP("Labels", "Won"),
        "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    },
    "prospect_result": {
        "open": QT_TRANSLATE_NOOP("Labels", "Being worked"),
        "won": QT_TRANSLATE_NOOP("Labels", "Won"),
        "lost": QT_TRANSLATE_NOOP("Labels", "Lost"),
    },
}
ORDER = {
    "tier": choices.TIERS,
    "relationship": choices.RELATIONSHIPS,
    "loyalty": choices.LOYALTIES,
    "status": choices.STATUSES,
    "decision_role": choices.DECISION_ROLES,
    "attitude": choices.ATTITUDES,
    "role": choices.REP_ROLES,
    "channel": choices.CHANNELS,
    "ledger_kind": choices.LEDGER_KINDS,
    "guarantee": choices.GUARANTEES,
    "ledger_status": ("open", "resolved", "noted"),
    "loyalty_basis": choices.LOYALTY_BASES,
    "timeline": (
        "visit",
        "complaint",
        "praise",
        "suggestion",
        "follow_up",
        "loyalty",
        "call",
        "trigger",
        "handover",
    ),
    "trigger_kind": choices.TRIGGER_KINDS,
    "call_outcome": choices.CALL_OUTCOMES,
    "prospect_result": choices.PROSPECT_RESULTS,
}
assert all(tuple(_LABELS[k]) == ORDER[k] for k in ORDER), "every code needs a label"


def label(kind: str, code: str) -> str:
    text = _LABELS[kind].get(code)
    return QCoreApplication.translate("Labels", text) if text else code


def options(kind: str) -> list[tuple[str, str]]:
    """(code, translated label) in the domain's order, for combo boxes."""
    return [(code, label(kind, code)) for code in ORDER[kind]]


def rank(kind: str, code: str) -> int:
    order = ORDER[kind]
    return order.index(code) if code in order else len(order)
