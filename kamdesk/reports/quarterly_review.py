"""The quarterly portfolio review (季度客户报告), laid out for the manager's meeting: the quarter's key
figures against the quarter before and a year before, the office's sales trend, churn with names and
reasons, complaints and praise by guarantee, loyalty at the start and the end, the weakest guarantee,
the accounts slipping or past their cadence, new key accounts, then the accounts needing attention,
riskiest first, and a block per account. Every figure is as of the quarter (services/quarter_figures):
printing a past quarter again gives the same numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from kamdesk import errors
from kamdesk.reports import charts, wording
from kamdesk.reports.account_review import (
    chart_image,
    column_legend,
    delivery_lines,
    service_lines,
    short_title,
)
from kamdesk.reports.document import ACCENT as ACCENT_FILL
from kamdesk.reports.document import COLUMN_FILL, FONT, MUTED, NumberedCanvas, ReportDocument, money
from kamdesk.reports.document import RULE as RULE_COLOUR
from kamdesk.rules import board_cards
from kamdesk.rules.vocab import FeedbackKind, Guarantee, Loyalty, Tier
from kamdesk.services.quarter_figures import CONVERSION_TARGET, AccountFigures, KeyFigures, QuarterFigures

if TYPE_CHECKING:
    pass

ORDERS = ("risk", "owner")  # how the per-account blocks are ordered


class Checkpoint(Flowable):
    """An invisible mark laid out before each account: reports progress, and stops a cancelled build."""

    def __init__(self, callback) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, *_args):
        self.callback()
        return (0, 0)

    def draw(self) -> None:
        pass


class LegendFromHere(Flowable):
    """Marks the page from which the card colours' legend is printed at the foot of every page."""

    def __init__(self, review: QuarterlyReview) -> None:
        super().__init__()
        self.review = review

    def wrap(self, *_args):
        return (0, 0)

    def draw(self) -> None:
        self.review.legend_from = self.canv.getPageNumber()


def _count(n: float) -> str:
    return str(int(n))


def change(now: float, before: float, percent: bool = False) -> str:
    """The change from `before` to `now`: +12% for amounts and counts, ×15 when it grew more than
    tenfold (a base too small for a percentage to mean anything), +1.2 pt for rates, "—" with
    nothing to compare with."""
    if percent:
        return f"{(now - before) * 100:+.1f} pt"
    if not before:
        return "—"
    if before > 0 and now / before > 10:
        return f"×{now / before:.0f}"
    ratio = (now - before) / before
    return "0%" if abs(ratio) < 0.005 else f"{ratio:+.0%}"


class QuarterlyReview(ReportDocument):
    title_key = "quarterly_review"

    def __init__(
        self, data: QuarterFigures, language: str, office: str = "", progress=None, cancelled=None,
        order: str = "risk",
    ) -> None:  # fmt: skip
        super().__init__(language, data.period.label, office)
        if order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}")
        self.data = data
        self.order = order
        self._progress = progress
        self._cancelled = cancelled
        self._laid_out = 0
        self.legend_from: int | None = None

    # --- building: two passes, so the contents know their page numbers ---------------------------
    def build(self, path: str) -> None:
        doc = self.make_template(path)
        toc = TableOfContents(levelStyles=[self.styles["toc0"], self.styles["toc1"]], dotsMinLevel=0)
        toc.tableStyle = TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )

        def after_flowable(flowable) -> None:
            for heading in getattr(flowable, "toc_headings", [flowable]):
                level = getattr(heading, "toc_level", None)
                if level is not None:
                    doc.notify("TOCEntry", (level, heading.getPlainText(), doc.page))

        doc.afterFlowable = after_flowable  # type: ignore[method-assign]  # reportlab's hook
        canvasmaker = type("Canvas", (NumberedCanvas,), {"footer": self._footer_with_legend})
        doc.multiBuild(self.story(toc), canvasmaker=canvasmaker, maxPasses=4)

    def _footer_with_legend(self, pdf, page: int, pages: int) -> None:
        self._footer(pdf, page, pages)
        if self.legend_from is not None and page >= self.legend_from:
            draw_legend(pdf, self.language)

    def _checkpoint(self) -> None:
        if self._cancelled and self._cancelled():
            raise errors.CancelledError()
        self._laid_out += 1
        total = len(self.data.accounts)
        if self._progress and total:
            # two layout passes at least: the progress runs through two
            self._progress(min(self._laid_out, 2 * total), 2 * total)

    def heading(self, text: str, style: str = "h1", level: int = 0):
        paragraph = self.p(text, style)
        paragraph.toc_level = level  # type: ignore[attr-defined]  # read back by after_flowable in build()
        return paragraph

    def section(self, title: str, *body: Flowable) -> list:
        """A heading kept on one page with the first thing under it: never alone at a page's foot."""
        heading = self.heading(title)
        first, *rest = body
        together = KeepTogether([heading, first])
        together.toc_headings = [heading]  # type: ignore[attr-defined]
        return [together, *rest]

    # --- the story ------------------------------------------------------------------------------
    def story(self, toc=None) -> list:
        out = self.cover()
        if toc is not None:
            out += [PageBreak(), self.p(self.w("contents"), "h1"), toc]
        out += [PageBreak()]
        out += self.churn()
        out += self.feedback()
        out += self.loyalty()
        out += self.weakest()
        out += self.slipping()
        out += self.sales()
        out += self.value()
        out += self.prospects()
        out += [PageBreak(), LegendFromHere(self)]  # from here on, pages colour the cards
        out += self.attention()
        out += [PageBreak()]
        out += self.account_blocks()
        return out

    def cover(self) -> list:
        d = self.data
        k, prev, year = d.key, d.previous, d.year_before
        rows = []
        measures: list[tuple[str, Callable[[KeyFigures], float], Callable[[float], str], bool]] = [
            (self.w("active_at_start"), lambda f: f.active_accounts_at_start, _count, False),
            (self.w("churned_in_quarter"), lambda f: f.churned_in_quarter, _count, False),
            (self.w("churn_rate"), lambda f: f.churn_rate, lambda v: f"{v:.1%}", True),
            (self.w("visits_in_quarter"), lambda f: f.visits_in_quarter, _count, False),
            (self.w("complaints_in_quarter"), lambda f: f.complaints_in_quarter, _count, False),
            (self.w("praise_in_quarter"), lambda f: f.praise_in_quarter, _count, False),
            (self.w("open_complaints_at_end"), lambda f: f.open_complaints_at_end, _count, False),
            (self.w("revenue"), lambda f: f.revenue_cents, money, False),
        ]  # fmt: skip
        for label, value, fmt, rate in measures:
            now = value(k)
            rows.append([label, fmt(now), fmt(value(prev)), change(now, value(prev), rate),
                         fmt(value(year)), change(now, value(year), rate)])  # fmt: skip
        header = [self.w("measure"), f"{self.w('this_quarter')}\n{k.label}",
                  f"{self.w('previous_quarter')}\n{prev.label}", self.w("change"),
                  f"{self.w('year_before')}\n{year.label}", self.w("change")]  # fmt: skip
        widths = [self.width * x for x in (0.28, 0.15, 0.16, 0.1, 0.21, 0.1)]
        trend = charts.sales_trend(
            d.revenue_trend, self.language, x_label=self.w("quarter_axis"), rotate=False
        )
        return [
            Spacer(0, 18 * mm),
            self.p(self.w("quarterly_review"), "cover"),
            Spacer(0, 4 * mm),
            self.p(f"{d.period.label} · {d.period.start} – {d.period.end}", "cover_sub"),
            self.p(self.office, "cover_sub"),
            *(
                [self.p(self.w("running_quarter", day=d.as_of), "cover_sub")]
                if d.as_of < d.period.end
                else []
            ),
            Spacer(0, 10 * mm),
            self.heading(self.w("kpis")),
            self.table(header, rows, widths),
            Spacer(0, 4 * mm),
            KeepTogether([self.p(self.w("sales_trend_8q"), "h2"), chart_image(trend, self.width * 0.9)]),
        ]

    def churn(self) -> list:
        d = self.data
        line = self.p(self.w("churn_rate_line", rate=d.key.churn_rate, churned=d.key.churned_in_quarter,
                             active=d.key.active_accounts_at_start))  # fmt: skip
        if not d.churned:
            return self.section(self.w("churn_section"), line, self.p(self.w("no_churn"), "muted"))
        rows = [[f"{c.code} {c.name}", c.owner or "—", str(c.churned_on), c.surface or "—", c.deep or "—",
                 self._step(c.step), c.competitor or "—"] for c in d.churned]  # fmt: skip
        header = [self.w("account"), self.w("owner"), self.w("churned_on"), self.w("surface_reason"),
                  self.w("deep_reason"), self.w("failed_step"), self.w("competitor")]  # fmt: skip
        widths = [self.width * x for x in (0.22, 0.09, 0.11, 0.15, 0.18, 0.11, 0.14)]
        out = self.section(self.w("churn_section"), line, self.table(header, rows, widths))
        at_step, named = d.churn_at_a_step
        if named:
            out.append(
                self.p(self.w("churn_steps_line", named=named, at_step=at_step, share=at_step / named))
            )
        return out

    def _step(self, step: str) -> str:
        if not step:
            return "—"
        return self.w("step_other") if step == "other" else board_cards.SHORT[step](self.language)

    def feedback(self) -> list:
        d = self.data
        kinds = (FeedbackKind.COMPLAINT, FeedbackKind.PRAISE, FeedbackKind.SUGGESTION)
        counts = {k: d.feedback_by_guarantee.get(k, {}) for k in kinds}
        rows = [[self.code("guarantee", g), *(counts[k].get(g, 0) for k in kinds)]
                for g in Guarantee if any(counts[k].get(g, 0) for k in kinds)]  # fmt: skip
        deliveries = [self.p(self.w("delivery_title"), "h2")]
        deliveries += delivery_lines(self, d.deliveries, d.otif_target)
        deliveries += self._topics()
        if not rows:
            none = self.p(self.w("no_feedback"), "muted")
            return self.section(self.w("feedback_section"), none, *deliveries)
        header = [self.w("guarantee"), self.w("complaint_count"), self.w("praise_count"),
                  self.w("suggestion_count")]  # fmt: skip
        widths = [self.width * x for x in (0.4, 0.2, 0.2, 0.2)]
        open_line = self.p(f"{self.w('open_complaints_at_end')}: {d.key.open_complaints_at_end}")
        return self.section(self.w("feedback_section"), self.table(header, rows, widths), open_line,
                            *service_lines(self, d.service, d.service_targets), *deliveries)  # fmt: skip

    def _topics(self) -> list:
        """Seed 004: what many customers ask for, each account counted once, against its 60%."""
        raised = [t for t in self.data.topic_shares if t.accounts][:8]
        if not raised:
            return []
        rows = [[t.name, t.accounts, f"{t.share:.0%}", f"{t.acted_on} {t.action}" if t.acted_on else "—"]
                for t in raised]  # fmt: skip
        red = COLUMN_FILL[board_cards.BoardColumn.AT_RISK]
        fills = [(2, i, red) for i, t in enumerate(raised) if t.worth_acting]
        header = [self.w("topic"), self.w("topic_accounts"), self.w("topic_share"), self.w("topic_acted")]
        widths = [self.width * x for x in (0.34, 0.14, 0.18, 0.34)]
        return [self.p(self.w("topics_title"), "h2"), self.table(header, rows, widths, fills),
                self.p(self.w("topics_note"), "muted")]  # fmt: skip

    def loyalty(self) -> list:
        d = self.data
        rows = [[self.code("loyalty", level), d.loyalty_at_start[level], d.loyalty_at_end[level]]
                for level in Loyalty]  # fmt: skip
        half = self.width / 2
        table = self.table([self.w("loyalty"), self.w("at_start"), self.w("at_end")], rows,
                           [half * 0.4, half * 0.28, half * 0.28])  # fmt: skip
        chart = chart_image(
            charts.distribution(d.loyalty_at_end, "loyalty", self.language, y_label=self.w("accounts_axis")),
            half * 0.95,
        )
        out = self.section(self.w("loyalty_section"), _side_by_side(table, chart, half))
        box = d.top_box
        if box is not None and box.surveyed:
            very = box.by_answer.get("very_satisfied", 0)
            out.append(
                self.p(
                    self.w("top_box_line", surveyed=box.surveyed, very=very, share=box.very_satisfied_share)
                )
            )
        strategic, with_team, teams, met = d.joint_teams
        if strategic:
            out.append(
                self.p(
                    self.w("joint_teams_line", strategic=strategic, with_team=with_team, teams=teams, met=met)
                )
            )
        if d.moved_down:
            moved = [[f"{a.code} {a.name}", a.owner_at_end or "—", self.code("loyalty", a.loyalty_at_start),
                      self.code("loyalty", a.loyalty_at_end)] for a in d.moved_down]  # fmt: skip
            header = [self.w("moved_down"), self.w("owner"), self.w("at_start"), self.w("at_end")]
            out += [Spacer(0, 2 * mm),
                    self.table(header, moved, [self.width * x for x in (0.5, 0.16, 0.17, 0.17)])]  # fmt: skip
        return out

    def weakest(self) -> list:
        d = self.data
        found = d.weakest_guarantee
        if found:
            key, at_risk, complaints = found
            title = board_cards.BY_KEY[key].title(self.language)
            line = self.p(self.w("weakest_line", card=title, at_risk=at_risk, complaints=complaints))
        else:
            line = self.p(self.w("no_weakest"), "muted")
        rows, fills = [], []
        for i, card in enumerate(board_cards.CARDS):
            counts = d.board_at_end[card.key]
            rows.append([card.title(self.language), *(counts[c] for c in board_cards.COLUMN_KEYS)])
            fills += [(j + 1, i, COLUMN_FILL[c]) for j, c in enumerate(board_cards.COLUMN_KEYS)]
        header = [self.w("card"), *(wording.column(self.language, c) for c in board_cards.COLUMN_KEYS)]
        widths = [self.width * 0.44] + [self.width * 0.14] * 4
        return [
            *self.section(self.w("weakest_section"), line),
            KeepTogether([self.p(self.w("board_at_end"), "h2"), self.table(header, rows, widths, fills),
                          Spacer(0, 1.5 * mm), column_legend(self)]),
        ]  # fmt: skip

    def slipping(self) -> list:
        d = self.data
        if d.slipping:
            rows = [[f"{a.code} {a.name}", a.owner_at_end or "—", self.code("tier", a.tier_at_end),
                     a.slipping_days, round(a.typical_days or 0)] for a in d.slipping]  # fmt: skip
            header = [self.w("account"), self.w("owner"), self.w("tier"), self.w("days_since"),
                      self.w("typical_cycle")]  # fmt: skip
            body: Flowable = self.table(header, rows, [self.width * x for x in (0.4, 0.14, 0.14, 0.14, 0.18)])
        else:
            body = self.p(self.w("no_slipping"), "muted")
        out = self.section(self.w("slipping_section"), body)
        if d.past_cadence:
            rows = [[f"{a.code} {a.name}", a.owner_at_end or "—", self.code("tier", a.tier_at_end),
                     str(a.last_contact_before_end or self.w("never")), a.past_cadence_days]
                    for a in d.past_cadence]  # fmt: skip
            header = [self.w("account"), self.w("owner"), self.w("tier"), self.w("last_contact"),
                      self.w("days_overdue")]  # fmt: skip
            cadence: Flowable = self.table(
                header, rows, [self.width * x for x in (0.4, 0.14, 0.14, 0.18, 0.14)]
            )
        else:
            cadence = self.p(self.w("no_cadence"), "muted")
        return out + self.section(self.w("cadence_section"), cadence)

    def sales(self) -> list:
        d = self.data
        out: list[Flowable] = [self.p(f"{self.w('revenue_in_quarter')}: {money(d.key.revenue_cents)}")]
        pareto = d.pareto
        if pareto.rows:
            share = len(pareto.top) / len(pareto.rows)
            profit = d.profit_pareto
            shares = [r.cumulative_share for r in pareto.rows]
            profit_shares = [r.cumulative_share for r in profit.rows] if profit else None
            curve = charts.pareto_curve(shares, len(pareto.top), self.language, profit_shares)
            out += [self.p(self.w("pareto_line", top=len(pareto.top), share=share)),
                    chart_image(curve, self.width * 0.5)]  # fmt: skip
        tiers = [[self.code("tier", t), d.tiers_at_end[t]] for t in Tier]
        out.append(self.table([self.w("tiers_at_end"), self.w("count")], tiers,
                              [self.width * 0.3, self.width * 0.15]))  # fmt: skip
        return self.section(self.w("sales_section"), *out)

    def value(self) -> list:
        """Seed 001: VIP makes the most profit, MZ costs more than it brings; guarantee 4: what was
        promised is paid."""
        d = self.data
        v = d.value
        if v.net_contribution is None:
            out: list[Flowable] = [self.p(self.w("value_unknown", covered=v.cost_coverage), "muted")]
        else:
            out = [self.p(self.w("value_line", gross=money(v.gross_profit or 0), margin=v.margin or 0,
                                 serve=money(v.cost_to_serve), paid=money(v.incentives_paid),
                                 contacts=money(v.contacts_cost), complaints=money(v.complaints_cost),
                                 net=money(v.net_contribution)))]  # fmt: skip
        profit = d.profit_pareto
        if profit is not None and profit.rows:
            line = self.w("profit_pareto_line", top=len(profit.top), share=profit.share_of_accounts)
            out.append(self.p(line))
            losing = d.loss_making
            if losing:
                rows = []
                for a in losing:
                    w = d.value_12m[a.account_id]
                    rows.append([f"{a.code} {a.name}", a.owner_at_end or "—", money(w.revenue),
                                 money(w.gross_profit or 0), money(w.cost_to_serve), money(w.incentives_paid),
                                 money(a.net_contribution_12m_cents or 0)])  # fmt: skip
                header = [self.w("account"), self.w("owner"), self.w("revenue"), self.w("gross_profit"),
                          self.w("cost_to_serve"), self.w("incentives_paid"),
                          self.w("net_contribution")]  # fmt: skip
                widths = [self.width * x for x in (0.28, 0.1, 0.13, 0.12, 0.13, 0.12, 0.12)]
                out += [self.p(self.w("loss_making_head"), "h2"), self.table(header, rows, widths)]
            else:
                out.append(self.p(self.w("no_loss_making"), "muted"))
        if d.incentives_overdue:
            rows = [[f"{i.code} {i.name}", i.owner or "—", self.code("incentive_kind", i.kind), i.title,
                     str(i.due_on), money(i.outstanding_cents)] for i in d.incentives_overdue]  # fmt: skip
            header = [self.w("account"), self.w("owner"), self.w("kind"), self.w("agreement"),
                      self.w("due_on"), self.w("not_paid")]  # fmt: skip
            widths = [self.width * x for x in (0.27, 0.1, 0.12, 0.25, 0.12, 0.14)]
            out += [self.p(self.w("incentives_overdue_head"), "h2"), self.table(header, rows, widths)]
        else:
            out.append(self.p(self.w("no_incentives_overdue"), "muted"))
        return self.section(self.w("value_section"), *out)

    def prospects(self) -> list:
        d = self.data
        if not d.prospects_worked:
            return self.section(self.w("prospects_section"), self.p(self.w("prospects_none"), "muted"))
        rate = d.prospects_won / d.prospects_worked
        body = [self.p(self.w("prospects_line", worked=d.prospects_worked, won=d.prospects_won, rate=rate))]
        if rate < CONVERSION_TARGET:
            body.append(self.p(self.w("below_target"), "muted"))
        return self.section(self.w("prospects_section"), *body)

    def signals(self, a: AccountFigures) -> str:
        return self.separator().join(self.w(f"signal_{s}") for s in a.signals)

    def attention(self) -> list:
        accounts = self.data.attention
        if not accounts:
            return self.section(self.w("attention_section"), self.p(self.w("no_attention"), "muted"))
        rows, fills = [], []
        for i, a in enumerate(accounts):
            cards = self.separator().join(short_title(self, k) for k in a.at_risk_card_keys) or "—"
            last = str(a.last_contact_before_end) if a.last_contact_before_end else self.w("never")
            rows.append([f"{a.code} {a.name}", a.owner_at_end or "—", self.code("tier", a.tier_at_end),
                         self.signals(a), cards, last, money(a.revenue_cents)])  # fmt: skip
            if a.at_risk_cards_at_end:
                fills.append((4, i, COLUMN_FILL["at_risk"]))
        header = [self.w("account"), self.w("owner"), self.w("tier"), self.w("signals"),
                  self.w("risk_cards_head"), self.w("last_contact"), self.w("revenue")]  # fmt: skip
        widths = [self.width * x for x in (0.21, 0.08, 0.125, 0.185, 0.16, 0.12, 0.12)]
        return self.section(self.w("attention_section"), self.table(header, rows, widths, fills))

    def account_blocks(self) -> list:
        """A block per account, riskiest first or grouped by owner. Each heading is laid out together
        with the first block under it, so none is left at the foot of a page."""
        accounts = self.data.accounts
        if self.order == "risk":
            groups = [([self.heading(self.w("accounts_by_risk"))], accounts)]
        else:
            by_owner: dict[str, list[AccountFigures]] = {}
            for a in sorted(accounts, key=lambda a: a.code):
                by_owner.setdefault(a.owner_at_end, []).append(a)
            owners = sorted(by_owner, key=lambda o: (o == "", o))
            groups = []
            for owner in owners:
                title = self.w("owner_section", owner=owner or self.w("no_owner"))
                groups.append(([self.heading(title, "h1", 1)], by_owner[owner]))
            if groups:
                groups[0][0].insert(0, self.heading(self.w("accounts_section")))
        out: list[Flowable] = []
        for headings, group in groups:
            for i, a in enumerate(group):
                out.append(Checkpoint(self._checkpoint))
                block = self.account_block(a)
                if i == 0:
                    block = KeepTogether([*headings, block])
                    block.toc_headings = headings  # type: ignore[attr-defined]
                out.append(block)
        return out

    def account_block(self, a: AccountFigures) -> KeepTogether:
        summary = " · ".join(x for x in [
            self.code("tier", a.tier_at_end), self.code("relationship", a.relationship),
            self.code("loyalty", a.loyalty_at_end), a.industry, a.region, a.owner_at_end,
        ] if x)  # fmt: skip
        strip = CardStrip([short_title(self, k) for k in board_cards.CARD_KEYS], a.columns, self.width)
        last = str(a.last_contact_before_end) if a.last_contact_before_end else self.w("never")
        score = self.w("score_value", secured=a.secured_cards_at_end, at_risk=a.at_risk_cards_at_end)
        figures = " · ".join([
            f"{self.w('open_complaints_at_end')}: {a.open_complaints_at_end}",
            f"{self.w('last_contact')}: {last}", f"{self.w('score')}: {score}",
            f"{self.w('revenue_in_quarter')}: {money(a.revenue_cents)}",
        ])  # fmt: skip
        parts: list[Flowable] = [
            self.line(f"{a.code} {a.name}", "h2"),
            self.line(summary, "muted"),
            Spacer(0, 1.5 * mm),
            strip,
            Spacer(0, 1.5 * mm),
            self.line(figures, "small"),
        ]
        monthly = self.data.monthly_sales.get(a.account_id, [])
        if any(c for _, c in monthly):
            year = sum(c for _, c in monthly)
            parts += [Spacer(0, 1 * mm), SalesStrip(monthly, self.width * 0.6),
                      self.line(f"{self.w('sales_12m')}: {money(year)}", "small")]  # fmt: skip
        if a.signals:
            parts.append(self.line("• " + self.signals(a), "small"))
        for step in self.data.next_steps.get(a.account_id, [])[:3]:
            parts.append(self.line(f"→ {step.due_on} {step.text} ({step.owner})", "small"))
        parts.append(Spacer(0, 4 * mm))
        return KeepTogether(parts)


def _side_by_side(left, right, half: float) -> Table:
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )  # fmt: skip
    return table


def draw_legend(pdf, language: str) -> None:
    """The card colours' legend at the foot of a page, above the footer line."""
    from reportlab.lib import colors

    from kamdesk.reports.document import MARGIN

    pdf.saveState()
    x, y = MARGIN, MARGIN + 1.5 * mm
    pdf.setFont(FONT, 7)
    for column in board_cards.COLUMN_KEYS:
        pdf.setFillColor(colors.HexColor(COLUMN_FILL[column]))
        pdf.setStrokeColor(RULE_COLOUR)
        pdf.rect(x, y, 3 * mm, 2.4 * mm, stroke=1, fill=1)
        pdf.setFillColor(MUTED)
        label = wording.column(language, column)
        pdf.drawString(x + 4 * mm, y + 0.4 * mm, label)
        x += 4 * mm + pdf.stringWidth(label, FONT, 7) + 5 * mm
    pdf.restoreState()


class CardStrip(Flowable):
    """The account's seven 1-2-4 cards in a row, each filled with its column's colour: drawn straight
    on the canvas (a table per account cost the review a third of its time, laid out twice)."""

    def __init__(self, titles: list[str], columns: Sequence[str], width: float, height: float = 15) -> None:
        super().__init__()
        self.titles, self.columns = titles, columns
        self.width, self.height = width, height

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        step = self.width / len(self.titles)
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(colors.white)
        for i, column in enumerate(self.columns):
            canvas.setFillColor(colors.HexColor(COLUMN_FILL[column]))
            canvas.rect(i * step, 0, step, self.height, stroke=1, fill=1)
        canvas.setStrokeColor(colors.HexColor("#d8dde4"))
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, 7.5)
        for i, title in enumerate(self.titles):
            canvas.drawCentredString((i + 0.5) * step, (self.height - 7.5) / 2 + 1.5, title)


class SalesStrip(Flowable):
    """Twelve small bars drawn straight on the canvas, with the scale: the highest month's amount at
    the top left, the first and last months under the bars. Cheap enough for one per account."""

    def __init__(self, monthly, width: float, height: float = 11 * mm) -> None:
        super().__init__()
        self.months = [m for m, _ in monthly]
        self.values = [cents for _, cents in monthly]
        self.width, self.height = width, height

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        peak = max(self.values, default=0) or 1
        left, bottom = 16 * mm, 3 * mm  # room for the scale and the months
        width, height = self.width - left, self.height - bottom - 1
        step = width / max(len(self.values), 1)
        canvas.setFillColor(ACCENT_FILL)
        for i, cents in enumerate(self.values):
            bar = height * cents / peak
            if bar > 0:
                canvas.rect(left + i * step + 1, bottom, step - 2, bar, stroke=0, fill=1)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(left, bottom, self.width, bottom)
        canvas.line(left, bottom, left, bottom + height)
        canvas.setFont(FONT, 6)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(left - 1, bottom + height - 5, money(max(self.values, default=0)))
        canvas.drawRightString(left - 1, bottom, "0")
        if self.months:
            canvas.drawString(left, 0, self.months[0])
            canvas.drawRightString(self.width, 0, self.months[-1])
