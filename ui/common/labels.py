"""The domain's codes (tiers, statuses, roles, ...) as the screen names them, in the app's language.

The wording lives in kamdesk/rules/vocab.py, shared with the printed reviews; `kind` is a name in
vocab.KINDS ("tier", "status", "ledger_kind", "timeline", ...)."""

from __future__ import annotations

from kamdesk.rules import vocab
from ui.common.i18n import current_language


def label(kind: str, code: str) -> str:
    return vocab.word(current_language(), kind, code)


def separator() -> str:
    """What separates the items of a list in a sentence, in the app's language: 、 or a comma."""
    return "、" if current_language().startswith("zh") else ", "


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


def percents(counts: dict[str, int]) -> dict[str, int]:
    """Whole percentages of the counts that add up to 100 (largest remainders get the rounding), so the
    same counts read the same on every page."""
    total = sum(counts.values())
    if not total:
        return {key: 0 for key in counts}
    exact = {key: n * 100 / total for key, n in counts.items()}
    out = {key: int(share) for key, share in exact.items()}
    by_remainder = sorted(counts, key=lambda key: (exact[key] - out[key], counts[key]), reverse=True)
    for key in by_remainder[: 100 - sum(out.values())]:
        out[key] += 1
    return out


def distribution(kind: str, counts: dict[str, int]) -> str:
    """One line per code: its label, its count and its share, the shares adding up to 100%."""
    shares = percents(counts)
    return "\n".join(f"{label(kind, code)}: {n} ({shares[code]}%)" for code, n in counts.items())
