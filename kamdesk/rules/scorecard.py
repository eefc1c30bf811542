"""The prospect scorecard of seed 003, as plain arithmetic with its reasons kept.

A rep defines a qualified account (step 2: target industries, titles, territories and trigger events),
weighs each criterion 2 (very important), 1 (somewhat) or 0 (not important) (step 3), and scores every
prospect still on the list (step 4). A prospect outside the target industries, titles or territories
is set aside, not struck off: change the targets and it comes back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kamdesk.rules.vocab import TriggerKind

WEIGHTS = (2, 1, 0)
CRITERIA = ("industry", "title", "territory", "trigger")
MAX_INDUSTRIES = 3  # step 2.1: keep narrowing until three or fewer are left
MAX_TITLES = 3  # step 2.2: one to three titles who decide
RECENT_DAYS = 180  # a trigger event older than this no longer says "buy now"
BONUS_POINTS = {"sold_before": 1, "reference_customer": 1, "personally_involved": 2}
LINES = (*CRITERIA, *BONUS_POINTS)


@dataclass(frozen=True)
class Targets:
    industries: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    territories: tuple[str, ...] = ()
    trigger_kinds: tuple[str, ...] = ()
    weights: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CRITERIA, 2))

    def problems(self) -> dict[str, str]:
        """Field -> error code for every limit the targets break; empty when they are usable."""
        found: dict[str, str] = {}
        for name, values, most in (
            ("industries", self.industries, MAX_INDUSTRIES), ("titles", self.titles, MAX_TITLES),
            ("territories", self.territories, None),
        ):  # fmt: skip
            folded = [_fold(v) for v in values]
            if not values:
                found[name] = "required"
            elif most is not None and len(values) > most:
                found[name] = f"at_most_{most}"
            elif len(set(folded)) != len(folded) or "" in folded:
                found[name] = "duplicate"
        if not all(TriggerKind.has(kind) for kind in self.trigger_kinds):
            found["trigger_kinds"] = "invalid_choice"
        for criterion in CRITERIA:
            if self.weights.get(criterion) not in WEIGHTS:
                found[f"weight_{criterion}"] = "invalid_choice"
        return found


@dataclass(frozen=True)
class Trigger:
    happened_on: dt.date
    kind: str
    what: str = ""
    id: int = 0


@dataclass(frozen=True)
class Facts:
    """What is known about one prospect."""

    industry: str = ""
    title: str = ""
    territory: str = ""
    triggers: tuple[Trigger, ...] = ()
    sold_before: bool = False
    reference_customer: bool = False
    personally_involved: bool = False


@dataclass(frozen=True)
class Line:
    """One row of the card: which criterion, the points it gave, the most it could give, and why
    (`reason`: target, not_target, none_found, no_recent, found, yes, no)."""

    key: str
    points: int
    most: int
    reason: str
    value: str = ""  # what was compared: the industry, the title, the territory, the trigger's text


@dataclass(frozen=True)
class Scorecard:
    lines: tuple[Line, ...]
    trigger: Trigger | None  # the event that gave the trigger points, if any

    @property
    def total(self) -> int:
        return sum(line.points for line in self.lines)

    @property
    def most(self) -> int:
        return sum(line.most for line in self.lines)

    @property
    def set_aside_because(self) -> tuple[str, ...]:
        """The criteria (industry, title, territory) the prospect falls outside of; empty when it is
        on the call list."""
        return tuple(line.key for line in self.lines if line.reason == "not_target")

    @property
    def set_aside(self) -> bool:
        return bool(self.set_aside_because)

    def line(self, key: str) -> Line:
        return next(line for line in self.lines if line.key == key)


def score(targets: Targets, facts: Facts, today: dt.date) -> Scorecard:
    weights = targets.weights
    lines = [
        _match_line("industry", facts.industry, targets.industries, weights["industry"], _same),
        _match_line("title", facts.title, targets.titles, weights["title"], _same),
        _match_line("territory", facts.territory, targets.territories, weights["territory"], in_territory),
    ]
    trigger = strongest_trigger(facts.triggers, targets.trigger_kinds, today)
    if trigger is not None:
        lines.append(Line("trigger", weights["trigger"], weights["trigger"], "found", trigger.what))
    else:
        reason = "no_recent" if facts.triggers else "none_found"
        lines.append(Line("trigger", 0, weights["trigger"], reason))
    for key, points in BONUS_POINTS.items():
        yes = bool(getattr(facts, key))
        lines.append(Line(key, points if yes else 0, points, "yes" if yes else "no"))
    return Scorecard(tuple(lines), trigger)


def strongest_trigger(triggers, kinds: tuple[str, ...], today: dt.date) -> Trigger | None:
    """The newest event of a target kind in the last RECENT_DAYS days (none in the future counts)."""
    since = today - dt.timedelta(days=RECENT_DAYS)
    recent = [t for t in triggers if t.kind in kinds and since <= t.happened_on <= today]
    return max(recent, key=lambda t: (t.happened_on, t.id), default=None)


def in_territory(territory: str, target: str) -> bool:
    """A region is written like 华东/上海: the target 华东, 上海 or 华东/上海 all cover it."""
    folded, wanted = _fold(territory), _fold(target)
    return bool(wanted) and (folded == wanted or wanted in (part.strip() for part in folded.split("/")))


def _match_line(key: str, value: str, targets: tuple[str, ...], weight: int, matches) -> Line:
    hit = bool(value.strip()) and any(matches(value, target) for target in targets)
    return Line(key, weight if hit else 0, weight, "target" if hit else "not_target", value)


def _same(value: str, target: str) -> bool:
    return _fold(value) == _fold(target)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()
