"""The fixed vocabularies of the domain, as codes. The UI and reports translate the codes."""

TIERS = ("vip", "growth", "negative", "unclassified")
RELATIONSHIPS = ("ordinary", "partnership", "strategic")
LOYALTIES = ("loyal", "neutral", "disloyal", "unknown")
STATUSES = ("prospect", "active", "churned")
DECISION_ROLES = ("decision_maker", "influencer", "buyer", "user", "gatekeeper")
ATTITUDES = ("champion", "supporter", "neutral", "opponent")
REP_ROLES = ("rep", "manager")
CHANNELS = ("onsite", "phone", "video", "resident", "event")
LEDGER_KINDS = ("complaint", "praise", "suggestion")
GUARANTEES = ("quality", "service", "logistics", "value", "communication", "other")
LOYALTY_LEVELS = ("loyal", "neutral", "disloyal")
LOYALTY_BASES = ("survey", "visit", "purchases", "complaint", "other")
TRIGGER_KINDS = (
    "merger", "reorganisation", "new_plant", "new_tender", "leadership_change", "expansion",
    "funding", "other",
)  # fmt: skip
CALL_OUTCOMES = ("no_answer", "talked", "meeting_set", "proposal", "won", "lost")
PROSPECT_RESULTS = ("open", "won", "lost")
DEFAULT_CADENCE_DAYS = {"vip": 14, "growth": 30, "negative": 60, "unclassified": 60}
