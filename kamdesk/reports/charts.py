"""Chart builders shared by the UI and the reports: each returns a matplotlib Figure (no pyplot,
no Qt). The UI wraps it in a canvas; a report saves it as PNG. matplotlib loads on first use."""

from __future__ import annotations

from kamdesk.reports import wording
from kamdesk.reports.fonts import matplotlib_font
from kamdesk.rules import board_cards
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.vocab import Loyalty, Tier

COLUMN_COLOURS: dict[str, str] = {
    BoardColumn.NOT_STARTED: "#cbd2da",
    BoardColumn.IN_PROGRESS: "#e9b949",
    BoardColumn.SECURED: "#3f9c5a",
    BoardColumn.AT_RISK: "#c8402f",
}
LOYALTY_COLOURS: dict[str, str] = {
    Loyalty.LOYAL: "#3f9c5a",
    Loyalty.NEUTRAL: "#e9b949",
    Loyalty.DISLOYAL: "#c8402f",
    Loyalty.UNKNOWN: "#cbd2da",
}
TIER_COLOURS: dict[str, str] = {
    Tier.VIP: "#1d5fa8", Tier.GROWTH: "#3f9c5a", Tier.NEGATIVE: "#c8402f", Tier.UNCLASSIFIED: "#9aa3ad",
}  # fmt: skip


def as_typed(text: str) -> str:
    """A user's text for a chart label: matplotlib reads text between two $ as mathematics (a reason
    typed as "$\\frac{a$" would stop the chart from drawing), so every $ is escaped."""
    return text.replace("$", r"\$")


def warm_up() -> None:
    """Load matplotlib and the charts' font ahead of the first chart (a third of a second), for a
    worker to do while the window is idle or a page reads its figures from the database."""
    import matplotlib.backends.backend_agg
    import matplotlib.figure  # noqa: F401

    matplotlib_font()


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
    cards = list(board_cards.CARDS)
    labels = [card.short(language) for card in cards]
    left = [0] * len(cards)
    for column in board_cards.COLUMN_KEYS:
        values = [counts[card.key][column] for card in cards]
        axes.barh(
            labels, values, left=left, color=COLUMN_COLOURS[column], label=wording.column(language, column)
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.invert_yaxis()
    axes.set_xlabel(wording.word(language, "accounts_axis"), fontfamily=family, fontsize=8)
    axes.legend(
        prop={"family": family, "size": 8},
        ncols=2,  # two rows: four side by side do not fit a dashboard box on a laptop
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        frameon=False,
    )
    _style(axes, family)
    return figure


def distribution(values: dict[str, int], kind: str, language: str, title: str = "", y_label: str = ""):
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
    if y_label:
        axes.set_ylabel(y_label, fontfamily=family, fontsize=8)
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


def sales_trend(monthly: list[tuple[str, int]], language: str, x_label: str = "", rotate: bool = True):
    """Revenue per month or quarter (label "2026-01" or "2026Q1", cents), in 10,000 yuan."""
    figure, family = _figure(6.0, 2.6)
    axes = figure.add_subplot()
    labels = [m for m, _ in monthly]
    axes.bar(labels, [c / 100 / 10_000 for _, c in monthly], color="#1d5fa8")
    axes.set_ylabel("万元" if language.startswith("zh") else "10k CNY", fontfamily=family, fontsize=8)
    if x_label:
        axes.set_xlabel(x_label, fontfamily=family, fontsize=8)
    if len(labels) > 12:  # 24 months side by side overlap on a laptop: every third, the latest named
        axes.set_xticks(
            range(len(labels)), [m if (len(labels) - 1 - i) % 3 == 0 else "" for i, m in enumerate(labels)]
        )
    if rotate:
        axes.tick_params(axis="x", labelrotation=90)
    _style(axes, family)
    return figure


def pareto_curve(shares: list[float], top: int, language: str, profit: list[float] | None = None):
    """Cumulative share of revenue against the accounts ranked by revenue, the 80% line marked; with
    `profit`, the same for net contribution beside it (seed 001: VIP makes the most profit)."""
    figure, family = _figure(4.2, 2.6)
    axes = figure.add_subplot()
    zh = language.startswith("zh")

    def curve(values: list[float], color: str, label: str) -> None:
        x = [100 * (i + 1) / len(values) for i in range(len(values))]
        axes.plot(x, [100 * s for s in values], color=color, label=label)

    curve(shares, "#1d5fa8", "销售额" if zh else "Revenue")
    if profit:
        curve(profit, "#2e8b57", "净贡献" if zh else "Net contribution")
        axes.legend(prop={"family": family, "size": 7}, frameon=False, loc="lower right")
    axes.axhline(80, color="#c8402f", linewidth=0.8, linestyle="--")
    if shares:
        axes.axvline(100 * top / len(shares), color="#c8402f", linewidth=0.8, linestyle="--")
    axes.set_xlabel("% 客户" if zh else "% of accounts", fontfamily=family, fontsize=8)
    axes.set_ylabel("% 累计" if zh else "% cumulative", fontfamily=family, fontsize=8)
    _style(axes, family)
    return figure


def pickable_bars(values: dict[str, int], kind: str, language: str, title: str = ""):
    """Bars for a coded distribution whose bars report their code when clicked (gid)."""
    figure = distribution(values, kind, language, title)
    for bar, code in zip(figure.axes[0].patches, values, strict=True):
        bar.set_gid(code)
        bar.set_picker(True)
    return figure


def reasons_chart(counts: list[tuple[str, int]], language: str, title: str = ""):
    figure, family = _figure(4.2, 2.6)
    axes = figure.add_subplot()
    axes.barh([as_typed(r) for r, _ in counts][::-1], [n for _, n in counts][::-1], color="#c8402f")
    if title:
        axes.set_title(title, fontfamily=family, fontsize=10)
    _style(axes, family)
    return figure


ATTITUDE_COLOURS = {
    "champion": "#1f7a3d", "supporter": "#3f9c5a", "neutral": "#9aa3ad", "opponent": "#c8402f",
    "unknown": "#cbd2da",
}  # fmt: skip
STRENGTH_STYLES = {  # (colour, line width, line style)
    "friend": ("#1f7a3d", 3.2, "-"), "strong": ("#3f9c5a", 2.2, "-"), "working": ("#7b8794", 1.3, "-"),
    "weak": ("#d98324", 1.3, "--"),
}  # fmt: skip


def relationship_map(theirs: list[tuple[int, str, str]], ours: list[str],
                     links: list[tuple[int, str, str, str]], language: str):  # fmt: skip
    """Their people (id, "name · title", attitude) on the left, ours (names) on the right, a line for
    each tie (their id, our name, strength, how often they meet) drawn as strong as it is. Their people
    nobody of ours faces stand alone: the gaps in the map."""
    rows = max(len(theirs), len(ours), 1)
    figure, family = _figure(7.0, 0.5 + 0.42 * rows)
    figure.set_layout_engine(None)  # no ticks or labels to lay out: the axes fill the figure
    axes = figure.add_axes((0.0, 0.0, 1.0, 1.0))
    axes.set_xlim(-0.05, 1.05)
    axes.set_ylim(rows - 0.4, -1.1)
    axes.axis("off")

    def place(count: int, i: int) -> float:
        return i * (rows - 1) / (count - 1) if count > 1 else (rows - 1) / 2

    their_y = {pid: place(len(theirs), i) for i, (pid, _, _) in enumerate(theirs)}
    our_y = {name: place(len(ours), i) for i, name in enumerate(ours)}
    for k, (pid, name, strength, meets) in enumerate(links):
        if pid not in their_y or name not in our_y:
            continue
        colour, width, style = STRENGTH_STYLES.get(strength, STRENGTH_STYLES["working"])
        y0, y1 = their_y[pid], our_y[name]
        axes.plot([0.3, 0.7], [y0, y1], color=colour, linewidth=width, linestyle=style, zorder=1)
        along = 0.35 if k % 2 else 0.65  # labels of crossing lines apart
        often = wording.code(language, "meeting_frequency", meets)
        tag = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none"}
        axes.text(0.3 + 0.4 * along, y0 + (y1 - y0) * along, often, fontsize=7, fontfamily=family,
                  ha="center", va="center", color="#52606d", bbox=tag)  # fmt: skip
    box = {"boxstyle": "round,pad=0.35", "facecolor": "white", "linewidth": 1.4}
    for pid, label, attitude in theirs:
        axes.text(0.3, their_y[pid], as_typed(label), ha="right", va="center", fontsize=8, fontfamily=family,
                  bbox={**box, "edgecolor": ATTITUDE_COLOURS.get(attitude, "#cbd2da")}, zorder=2)  # fmt: skip
    for name in ours:
        axes.text(0.7, our_y[name], as_typed(name), ha="left", va="center", fontsize=8, fontfamily=family,
                  bbox={**box, "edgecolor": "#1d5fa8"}, zorder=2)  # fmt: skip
    for x, key, align in ((0.3, "their_people", "right"), (0.7, "our_people", "left")):
        axes.text(x, -0.9, wording.word(language, key), ha=align, va="center", fontsize=9,
                  fontfamily=family, fontweight="bold")  # fmt: skip
    return figure
