"""The visit brief on paper (one A4 page) and, through `sections`, on screen: the same lines in the
same order, so what the rep prints is what they read in the app."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer

from kamdesk.reports import wording
from kamdesk.reports.document import MARGIN, ReportDocument, money
from kamdesk.rules import board_cards
from kamdesk.services.visit_brief import VisitBrief

DANGER = colors.HexColor("#b42318")  # the screens' danger red
MOST = {"promises": 6, "complaints": 5, "incentives": 4}  # lines a section prints; the rest are counted
LINE_MOST = 120  # characters of one line
PADDING = 12  # a Frame's own padding, 6 pt each side
FRAME_HEIGHT = (
    A4[1] - 2 * MARGIN - 12 * mm - PADDING
)  # inside the page's frame (ReportDocument.make_template)


@dataclass(frozen=True)
class Section:
    title: str
    lines: list[str]
    empty: str = ""  # said when there are no lines
    warn: set[int] = field(default_factory=set)  # lines to show as a warning


def sections(b: VisitBrief, language: str) -> list[Section]:
    def w(key: str, **params: object) -> str:
        return wording.word(language, key, **params)

    def code(kind: str, value: str) -> str:
        return wording.code(language, kind, value)

    chinese = language.startswith("zh")
    sep, gap = ("、", "") if chinese else (", ", " ")  # a Chinese sentence ends in 。 and needs no space
    people = []
    for p in b.people:
        line = w("brief_person", name=p.name, title=p.title or "—", role=code("decision_role", p.role),
                 attitude=code("attitude", p.attitude))  # fmt: skip
        if p.ours:
            line += gap + w("brief_faced_by", ours=sep.join(p.ours))
        line += gap + (w("brief_last_met", day=p.last_met) if p.last_met else w("brief_never_met"))
        people.append(line)
    if b.more_people:
        people.append(w("brief_more", n=b.more_people))
    promises = [
        w("brief_promise", text=f.text, owner=f.owner or "—", due=f.due_on)
        + (gap + w("brief_overdue") if f.due_on < b.day else "")
        for f in b.promises
    ]
    complaints = [
        w(
            "brief_complaint",
            day=e.noted_on,
            guarantee=code("guarantee", e.guarantee),
            text=e.text,
            days=(b.day - e.noted_on).days,
        )
        for e in b.complaints
    ]
    owed = [
        w(
            "brief_incentive",
            kind=code("incentive_kind", s.agreement.kind),
            title=s.agreement.title,
            amount=money(s.outstanding_cents),
            due=s.agreement.due_on or "—",
        )
        + (gap + w("brief_overdue") if s.overdue else "")
        for s in b.incentives
    ]
    risks = [
        board_cards.BY_KEY[s.key].title(language)
        + ": "
        + (
            w("brief_card_at_risk")
            if s.column == board_cards.BoardColumn.AT_RISK
            else w("brief_card_signals")
        )
        + (f" ({s.note})" if s.note else "")
        for s in b.at_risk
    ]
    cycle = b.cycle
    if cycle.last_order is None:
        cycle_lines = [w("brief_no_orders")]
    elif cycle.typical_days is None:
        cycle_lines = [w("brief_cycle_unknown", last=cycle.last_order, days=cycle.days_since)]
    else:
        key = "brief_cycle_slipping" if cycle.slipping else "brief_cycle_ok"
        cycle_lines = [
            w(key, last=cycle.last_order, days=cycle.days_since, typical=round(cycle.typical_days))
        ]
    questions = [f"{q.text(language)} ({board_cards.BY_KEY[q.card].short(language)})" for q in b.questions]
    people = [_short(line) for line in people]
    risks = [_short(line) for line in risks]
    return [
        Section(w("brief_people"), people, w("brief_no_people")),
        _capped("promises", promises, [f.due_on < b.day for f in b.promises], w),
        _capped(
            "complaints",
            complaints,
            [(b.day - e.noted_on).days > b.resolution_target for e in b.complaints],
            w,
        ),
        _capped("incentives", owed, [s.overdue for s in b.incentives], w),
        Section(w("brief_at_risk"), risks, w("brief_none_at_risk"), set(range(len(risks)))),
        Section(w("brief_cycle"), cycle_lines, "", {0} if cycle.slipping else set()),
        Section(w("brief_questions"), questions),
    ]


def _capped(key: str, lines: list[str], late: list[bool], w) -> Section:
    """At most MOST lines of a section (the page holds no more), the rest counted; late ones warned."""
    most = MOST[key]
    shown = [_short(line) for line in lines[:most]]
    shown += [w("brief_more", n=len(lines) - most)] if len(lines) > most else []
    warned = {n for n, is_late in enumerate(late[:most]) if is_late}
    return Section(w(f"brief_{key}"), shown, w(f"brief_no_{key}"), warned)


def _short(line: str) -> str:
    """A line cut at LINE_MOST characters: a complaint may run to 5,000; the record has it whole."""
    line = " ".join(line.split())
    return line if len(line) <= LINE_MOST else line[: LINE_MOST - 1] + "…"


class VisitBriefDocument(ReportDocument):
    title_key = "visit_brief"

    def __init__(self, brief: VisitBrief, language: str, office: str = "") -> None:
        super().__init__(language, brief.day.isoformat(), office)
        self.brief = brief
        self.styles.add(ParagraphStyle("warn", parent=self.styles["small"], textColor=DANGER))

    def header_note(self) -> str:
        return f"{self.brief.code} · {self.brief.day.isoformat()}"

    def story(self) -> list:
        b = self.brief
        last = (
            self.w("brief_last_visit", day=b.last_visit, purpose=b.last_purpose or "—")
            if b.last_visit
            else self.w("brief_no_visit")
        )
        out: list = [
            self.p(b.name, "title"),
            self.p(f"{b.code} · {self.w('owner')}: {b.owner or '—'} · {last}", "muted"),
            Spacer(0, 4),
        ]
        for section in sections(b, self.language):
            out.append(self.p(section.title, "h2"))
            if not section.lines:
                out.append(self.p(section.empty, "muted"))
            for n, line in enumerate(section.lines):
                out.append(self.p("• " + line, "warn" if n in section.warn else "small"))
        # One page whatever it holds: should the capped lists still overflow, the page is set smaller.
        return [KeepInFrame(self.width - PADDING, FRAME_HEIGHT, out, mode="shrink")]
