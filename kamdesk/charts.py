"""Chart builders shared by the UI and the reports: each returns a matplotlib Figure (no pyplot,
no Qt). The UI wraps it in a canvas; a report saves it as PNG. matplotlib loads on first use."""

from __future__ import annotations

from kamdesk import checklist
from kamdesk.reports import wording
from kamdesk.reports.fonts import matplotlib_font

COLUMN_COLOURS = {
    "not_started": "#cbd2da",
    "in_progress": "#e9b949",
    "secured": "#3f9c5a",
    "at_risk": "#c8402f",
}
LOYALTY_COLOURS = {"loyal": "#3f9c5a", "neutral": "#e9b949", "disloyal": "#c8402f", "unknown": "#cbd2da"}
TIER_COLOURS = {"vip": "#1d5fa8", "growth": "#3f9c5a", "negative": "#c8402f", "unclassified": "#9aa3ad"}


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    family = matplotlib_font()
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure, family


def board_state(counts: dict[str, dict[str, int]], language: str):
    """One horizontal bar per 1-2-4 card, split by column."""
    figure, family = _figure(7.0, 3.2)
    axes = figure.add_subplot()
    cards = list(checklist.CARDS)
    labels = [card.short(language) for card in cards]
    left = [0] * len(cards)
    for column in checklist.COLUMN_KEYS:
        values = [counts[card.key][column] for card in cards]
        axes.barh(
            labels, values, left=left, color=COLUMN_COLOURS[column], label=wording.column(language, column)
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.invert_yaxis()
    axes.legend(
        prop={"family": family, "size": 8},
        ncols=4,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        frameon=False,
    )
    _style(axes, family)
    return figure


def distribution(values: dict[str, int], kind: str, language: str, title: str = ""):
    """Bars for a coded distribution (loyalty levels, tiers, ...)."""
    figure, family = _figure(3.4, 2.4)
    axes = figure.add_subplot()
    colours = {"loyalty": LOYALTY_COLOURS, "tier": TIER_COLOURS}.get(kind, {})
    codes = list(values)
    bars = axes.bar(
        [wording.code(language, kind, c) for c in codes], [values[c] for c in codes],
        color=[colours.get(c, "#1d5fa8") for c in codes],
    )  # fmt: skip
    axes.bar_label(bars, fontsize=8, fontfamily=family)
    if title:
        axes.set_title(title, fontfamily=family, fontsize=10)
    _style(axes, family)
    return figure


def _style(axes, family: str) -> None:
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        label.set_fontfamily(family)
        label.set_fontsize(8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def to_png(figure, dpi: int = 150) -> bytes:
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
