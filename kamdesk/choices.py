"""The fixed vocabularies of the domain, as codes. The UI and reports translate the codes."""

TIERS = ("vip", "growth", "negative", "unclassified")
RELATIONSHIPS = ("ordinary", "partnership", "strategic")
LOYALTIES = ("loyal", "neutral", "disloyal", "unknown")
STATUSES = ("prospect", "active", "churned")
DECISION_ROLES = ("decision_maker", "influencer", "buyer", "user", "gatekeeper")
ATTITUDES = ("champion", "supporter", "neutral", "opponent")
REP_ROLES = ("rep", "manager")
