"""The quarterly portfolio review (季度客户报告): cover, contents, the quarter's key figures and
charts, then half a page per account, grouped by owner."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable
from reportlab.platypus.tableofcontents import TableOfContents

from kamdesk import errors
from kamdesk.reports import charts, wording
from kamdesk.reports.account_review import risk_lines, short_title
from kamdesk.reports.document import ACCENT as ACCENT_FILL
from kamdesk.reports.document import COLUMN_FILL, FONT, NumberedCanvas, ReportDocument
from kamdesk.reports.document import RULE as RULE_COLOUR
from kamdesk.rules import board_cards
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.vocab import FeedbackKind, FeedbackStatus
from kamdesk.services.reviews import AccountReviewData, QuarterData

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand


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


class QuarterlyReview(ReportDocument):
    title_key = "quarterly_review"

    def __init__(
        self, data: QuarterData, language: str, office: str = "", progress=None, cancelled=None
    ) -> None:
        super().__init__(language, data.period.label, office)
        self.data = data
        self._progress = progress
        self._cancelled = cancelled
        self._accounts = sum(len(reviews) for _, reviews in data.by_owner)
        self._laid_out = 0

    # --- building: two passes, so the contents know their page numbers ---------------------------
    def build(self, path: str) -> None:
        doc = self.make_template(path)
        toc = TableOfContents(levelStyles=[self.styles["toc0"], self.styles["toc1"]], dotsMinLevel=0)
        toc.tableStyle = TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )

        def after_flowable(flowable) -> None:
            level = getattr(flowable, "toc_level", None)
            if level is not None:
                doc.notify("TOCEntry", (level, flowable.getPlainText(), doc.page))

        doc.afterFlowable = after_flowable  # type: ignore[method-assign]  # reportlab's hook
        canvasmaker = type("Canvas", (NumberedCanvas,), {"footer": self._footer})
        doc.multiBuild(self.story(toc), canvasmaker=canvasmaker, maxPasses=4)

    def _checkpoint(self) -> None:
        if self._cancelled and self._cancelled():
            raise errors.CancelledError()
        self._laid_out += 1
        if self._progress and self._accounts:
            # two layout passes: the progress runs through both
            self._progress(min(self._laid_out, 2 * self._accounts), 2 * self._accounts)

    def heading(self, text: str, style: str, level: int):
        paragraph = self.p(text, style)
        paragraph.toc_level = level  # type: ignore[attr-defined]  # read back by after_flowable in build()
        return paragraph

    # --- the story ------------------------------------------------------------------------------
    def story(self, toc=None) -> list:
        d = self.data
        out = [
            Spacer(0, 70 * mm),
            self.p(self.w("quarterly_review"), "cover"),
            Spacer(0, 6 * mm),
            self.p(f"{d.period.label} · {d.period.start} – {d.period.end}", "cover_sub"),
            self.p(self.office, "cover_sub"),
            PageBreak(),
        ]
        if toc is not None:
            out += [self.p(self.w("contents"), "h1"), toc, PageBreak()]
        out += self.kpis()
        out += [PageBreak(), self.heading(self.w("accounts_section"), "h1", 0)]
        for owner, reviews in d.by_owner:
            for i, review in enumerate(reviews):
                out.append(Checkpoint(self._checkpoint))  # before the heading: it keeps with its account
                if i == 0:
                    out.append(
                        self.heading(self.w("owner_section", owner=owner or self.w("no_owner")), "h1", 1)
                    )
                out.append(self.account_block(review))
        return out

    def kpis(self) -> list:
        d = self.data
        half = self.width / 2
        figures = [
            [self.w("visits_in_quarter"), d.visits],
            [self.w("past_cadence"), d.past_cadence],
            [self.w("open_complaints"), d.open_complaints],
            [self.w("moved_down"), len(d.moved_down)],
            [self.w("churned_in_quarter"), d.churned],
        ]
        tiers = [[self.code("tier", k), v] for k, v in d.accounts_by_tier.items()]
        statuses = [[self.code("status", k), v] for k, v in d.accounts_by_status.items()]
        loyalty = [[self.code("loyalty", k), v] for k, v in d.loyalty_distribution.items()]
        out = [
            self.heading(self.w("kpis"), "h1", 0),
            self.table([self.w("measure"), self.w("figure")], figures, [half * 1.4, half * 0.6]),
            Spacer(0, 3 * mm),
            _side_by_side(
                self.table([self.w("accounts_by_tier"), self.w("count")], tiers, [half * 0.62, half * 0.3]),
                self.table(
                    [self.w("accounts_by_status"), self.w("count")], statuses, [half * 0.62, half * 0.3]
                ),
                half,
            ),
            Spacer(0, 3 * mm),
            self.p(self.w("loyalty_distribution"), "h2"),
            _side_by_side(
                self.table([self.w("loyalty"), self.w("count")], loyalty, [half * 0.62, half * 0.3]),
                self.chart(
                    charts.distribution(d.loyalty_distribution, "loyalty", self.language), half * 0.95
                ),
                half,
            ),
        ]
        if d.moved_down:
            rows = [[f"{m.code} {m.name}", self.code("loyalty", m.before), self.code("loyalty", m.after)]
                    for m in d.moved_down]  # fmt: skip
            header = [self.w("moved_down"), "", ""]
            out += [
                Spacer(0, 3 * mm),
                self.table(header, rows, [self.width * 0.6, self.width * 0.2, self.width * 0.2]),
            ]
        board_rows, fills = [], []
        for i, card in enumerate(board_cards.CARDS):
            counts = d.board_counts[card.key]
            board_rows.append([card.title(self.language), *(counts[c] for c in board_cards.COLUMN_KEYS)])
            fills += [(j + 1, i, COLUMN_FILL[c]) for j, c in enumerate(board_cards.COLUMN_KEYS)]
        header = [self.w("card"), *(wording.column(self.language, c) for c in board_cards.COLUMN_KEYS)]
        widths = [self.width * 0.44] + [self.width * 0.14] * 4
        out += self.sales_section()
        out += [
            self.p(self.w("board_state"), "h2"),
            self.table(header, board_rows, widths, fills),
            Spacer(0, 3 * mm),
            self.chart(charts.board_state(d.board_counts, self.language), self.width),
        ]
        return out

    def sales_section(self) -> list:
        d = self.data
        out: list[Flowable] = [
            self.p(self.w("sales_section"), "h2"),
            self.p(f"{self.w('revenue_in_quarter')}: {d.revenue_cents / 100:,.0f}"),
        ]
        if d.pareto_accounts:
            share = d.pareto_top / d.pareto_accounts
            curve = charts.pareto_curve(list(d.pareto_shares), d.pareto_top, self.language)
            out += [
                self.p(self.w("pareto_line", top=d.pareto_top, share=share)),
                self.chart(curve, self.width * 0.5),
            ]
        if d.churn_rate is not None:
            rate = d.churn_rate
            out.append(
                self.p(
                    self.w(
                        "churn_rate_line", rate=rate.rate, churned=rate.churned, active=rate.active_at_start
                    )
                )
            )
        reasons = d.churn_reasons or {}
        if reasons.get("surface") or reasons.get("deep"):
            rows = [[self.w("surface_reason"), r, n] for r, n in reasons.get("surface", [])]
            rows += [[self.w("deep_reason"), r, n] for r, n in reasons.get("deep", [])]
            out += [self.p(self.w("churn_reasons"), "h2"),
                    self.table(["", self.w("churn_reasons"), self.w("count")], rows,
                               [self.width * 0.2, self.width * 0.6, self.width * 0.2])]  # fmt: skip
        if d.whitespace:
            rows = [[line, buying, active - buying] for line, buying, active in d.whitespace]
            out += [self.p(self.w("whitespace"), "h2"),
                    self.table([self.w("product_line"), self.w("buying"), self.w("not_buying")], rows,
                               [self.width * 0.5, self.width * 0.25, self.width * 0.25])]  # fmt: skip
        return out

    def chart(self, figure, width: float) -> Image:
        png = charts.to_png(figure)
        height = width * figure.get_figheight() / figure.get_figwidth()
        return Image(io.BytesIO(png), width=width, height=height)

    def account_block(self, r: AccountReviewData) -> KeepTogether:
        a = r.account
        secured = sum(1 for c in r.cards if c.column == BoardColumn.SECURED)
        at_risk = sum(1 for c in r.cards if c.column == BoardColumn.AT_RISK)
        summary = " · ".join([
            self.code("tier", a.tier), self.code("relationship", a.relationship),
            self.code("loyalty", a.loyalty), a.industry, a.region,
        ])  # fmt: skip
        cells = [[short_title(self, c.key) for c in r.cards]]
        strip = Table(cells, colWidths=[self.width / 7] * 7)
        style: list[_TableCommand] = [
            ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOX", (0, 0), (-1, -1), 0.3, "#d8dde4"),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, "#ffffff"),
        ]  # fmt: skip
        style += [("BACKGROUND", (i, 0), (i, 0), COLUMN_FILL[c.column]) for i, c in enumerate(r.cards)]
        strip.setStyle(TableStyle(style))
        open_complaints = sum(
            1 for e in r.ledger if e.kind == FeedbackKind.COMPLAINT and e.status == FeedbackStatus.OPEN
        )
        last = r.last_contact.strftime("%Y-%m-%d") if r.last_contact else self.w("never")
        figures = " · ".join([
            f"{self.w('visits_count')}: {len(r.visits)}", f"{self.w('open_complaints')}: {open_complaints}",
            f"{self.w('last_contact')}: {last}", f"{self.w('score')}: "
            + self.w("score_value", secured=secured, at_risk=at_risk),
        ])  # fmt: skip
        parts = [
            self.p(f"{a.code} {a.name}", "h2"),  # not in the contents: accounts follow in code order
            self.p(summary, "muted"),
            Spacer(0, 1.5 * mm),
            strip,
            Spacer(0, 1.5 * mm),
            self.p(figures, "small"),
        ]
        if r.has_sales:
            year = sum(c for _, c in r.monthly_sales) / 100
            sales = sales_strip(r.monthly_sales, self.width * 0.6)
            parts += [Spacer(0, 1 * mm), sales, self.p(f"{self.w('sales_12m')}: {year:,.0f}", "small")]
        parts += [self.p("• " + line, "small") for line in risk_lines(self, r.risks)]
        parts += [self.p(f"→ {f.due_on} {f.text} ({f.owner})", "small") for f in r.open_follow_ups[:3]]
        parts.append(Spacer(0, 4 * mm))
        return KeepTogether(parts)


def _side_by_side(left, right, half: float) -> Table:
    table = Table([[left, right]], colWidths=[half, half])
    table.setStyle(
        TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )  # fmt: skip
    return table


class SalesStrip(Flowable):
    """Twelve small bars drawn straight on the canvas: cheap enough for one per account, and with
    no text, so no font (reportlab's drawings would bring in Helvetica)."""

    def __init__(self, monthly, width: float, height: float = 9 * mm) -> None:
        super().__init__()
        self.values = [cents for _, cents in monthly]
        self.width, self.height = width, height

    def wrap(self, *_args):
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        peak = max(self.values, default=0) or 1
        step = self.width / max(len(self.values), 1)
        canvas.setFillColor(ACCENT_FILL)
        for i, cents in enumerate(self.values):
            bar = (self.height - 2) * cents / peak
            if bar > 0:
                canvas.rect(i * step + 1, 1, step - 2, bar, stroke=0, fill=1)
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(0, 1, self.width, 1)


def sales_strip(monthly, width: float) -> SalesStrip:
    return SalesStrip(monthly, width)
