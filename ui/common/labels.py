"""The domain's codes (tiers, statuses, roles, ...) as the screen names them, in the app's language.

The wording lives in kamdesk/rules/vocab.py, shared with the printed reviews; `kind` is a name in
vocab.KINDS ("tier", "status", "ledger_kind", "timeline", ...)."""

from __future__ import annotations

from kamdesk.rules import vocab
from ui.common.i18n import current_language


def label(kind: str, code: str) -> str:
    return vocab.word(current_language(), kind, code)


def yuan(cents: int | None, unknown: str = "—") -> str:
    """Money as the screens show it: whole yuan with thousands separators; `unknown` for a figure
    that cannot be reckoned."""
    return unknown if cents is None else f"{cents / 100:,.0f}"


def options(kind: str) -> list[tuple[str, str]]:
    """(code, translated label) in the domain's order, for combo boxes."""
    language = current_language()
    return [(member.value, member.words(language)) for member in vocab.KINDS[kind]]


def rank(kind: str, code: str) -> int:
    return vocab.KINDS[kind].rank(code)
