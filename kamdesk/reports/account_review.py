"""The account review (客户回顾): one account and one period, printable for the office or the customer."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from kamdesk.reports import wording
from kamdesk.reports.document import COLUMN_FILL, FONT, MUTED, ReportDocument, money
from kamdesk.rules import board_cards
from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.delivery import months_text
from kamdesk.rules.vocab import Attitude, FeedbackStatus
from kamdesk.services.reviews import AccountReviewData, Risk

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand


class AccountReview(ReportDocument):
    title_key = "account_review"

    def __init__(self, data: AccountReviewData, language: str, office: str = "") -> None:
        super().__init__(language, data.period.label, office)
        self.data = data

    def story(self) -> list:
        d = self.data
        return [
            self.p(d.account.name, "title"),
            self.p(f"{d.account.code} · {self.w('period')} {d.period.start} – {d.period.end}", "muted"),
            self.p(self.w("as_of_end", end=d.period.end), "muted"),
            Spacer(0, 4 * mm),
            *section_profile(self, d),
            *section_loyalty(self, d),
            *section_dmu(self, d),
            *section_relationships(self, d),
            *section_board(self, d),
            *section_visits(self, d),
            *section_ledger(self, d),
            *section_sales(self, d),
            *section_value(self, d),
            *section_satisfaction(self, d),
            *section_deliveries(self, d),
            *section_follow_ups(self, d),
            *section_risks(self, d),
        ]


# Sections are functions of (document, data) so the quarterly review can reuse them.
def section_profile(doc: ReportDocument, d: AccountReviewData) -> list:
    a = d.account
    trend = " → ".join(f"{doc.code('loyalty', x.level)} ({x.assessed_on:%Y-%m-%d})"
                       for x in reversed(d.loyalty_history[:4])) or "—"  # fmt: skip
    pairs = [
        (doc.w("code"), a.code), (doc.w("industry"), a.industry), (doc.w("region"), a.region),
        (doc.w("address"), a.address), (doc.w("tier"), doc.code("tier", a.tier)),
        (doc.w("relationship"), doc.code("relationship", a.relationship)),
        (doc.w("loyalty"), doc.code("loyalty", a.loyalty)), (doc.w("loyalty_trend"), trend),
        (doc.w("status"), doc.code("status", a.status)), (doc.w("owner"), d.owner or "—"),
    ]  # fmt: skip
    rows = [[pairs[i][0], pairs[i][1] or "—", *(pairs[i + 1] if i + 1 < len(pairs) else ("", ""))]
            for i in range(0, len(pairs), 2)]  # fmt: skip
    quarter = doc.width / 4
    table = doc.table(None, rows, [quarter * 0.7, quarter * 1.3, quarter * 0.7, quarter * 1.3])
    return [doc.p(doc.w("profile"), "h1"), table]


def section_loyalty(doc: ReportDocument, d: AccountReviewData) -> list:
    """Every assessment up to the period's end, dated, newest first (seed 004: loyalty is measured,
    and watched for the moment it falls)."""
    heading = doc.p(doc.w("loyalty_history"), "h1")
    if not d.loyalty_history:
        return [KeepTogether([heading, doc.p(doc.w("no_assessment"), "muted")])]
    rows = [[str(a.assessed_on), doc.code("loyalty", a.level), doc.code("loyalty_basis", a.basis),
             a.note or "—"] for a in d.loyalty_history[:8]]  # fmt: skip
    header = [doc.w("assessed_on"), doc.w("loyalty"), doc.w("basis"), doc.w("note")]
    return [heading, doc.table(header, rows, [doc.width * x for x in (0.15, 0.15, 0.2, 0.5)])]


def section_dmu(doc: ReportDocument, d: AccountReviewData) -> list:
    """The decision-making unit; who opposes us is marked red, whose attitude is unknown yellow."""
    out: list[Flowable] = [doc.p(doc.w("dmu"), "h1")]
    if not d.contacts:
        return [*out, doc.p(doc.w("no_contacts"), "muted")]
    rows, fills = [], []
    for i, c in enumerate(d.contacts):
        attitude = doc.code("attitude", c.attitude)
        if c.attitude == Attitude.OPPONENT:
            attitude += f" — {doc.w('dmu_flag_opponent')}"
            fills.append((3, i, COLUMN_FILL[BoardColumn.AT_RISK]))
        elif c.attitude == Attitude.UNKNOWN:
            fills.append((3, i, COLUMN_FILL[BoardColumn.IN_PROGRESS]))
        rows.append([c.name, c.title, doc.code("decision_role", c.decision_role), attitude, c.phone])
    widths = [doc.width * x for x in (0.16, 0.22, 0.18, 0.24, 0.2)]
    header = [doc.w("name"), doc.w("title"), doc.w("decision_role"), doc.w("attitude"), doc.w("phone")]
    out.append(doc.table(header, rows, widths, fills))
    if fills:
        out.append(doc.p(doc.w("dmu_legend"), "muted"))
    return out


def section_board(doc: ReportDocument, d: AccountReviewData) -> list:
    rows, fills = [], []
    for i, card in enumerate(d.cards):
        definition = board_cards.BY_KEY[card.key]
        done = f"{len(card.done_practices)}/{len(definition.practices)}"
        moves = d.moves.get(card.key, [])
        steps = [moves[0].from_column, *(m.to_column for m in moves)] if moves else []
        change = " → ".join(doc_column(doc, s) for s in steps) or doc.w("no_change")
        rows.append([definition.title(doc.language), doc_column(doc, card.column), done, change])
        fills.append((1, i, COLUMN_FILL[card.column]))
    widths = [doc.width * x for x in (0.42, 0.14, 0.1, 0.34)]
    header = [doc.w("card"), doc.w("state"), doc.w("practices"), doc.w("changes")]
    table = doc.table(header, rows, widths, fills)
    return [KeepTogether([doc.p(doc.w("board"), "h1"), table, Spacer(0, 1.5 * mm), column_legend(doc)])]


def column_legend(doc: ReportDocument) -> Table:
    """What the card colours mean, printed beside what uses them."""
    cells = [[doc.w("legend")]]
    style: list[_TableCommand] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("TEXTCOLOR", (0, 0), (0, 0), MUTED), ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ]  # fmt: skip
    for i, column in enumerate(board_cards.COLUMN_KEYS, start=1):
        cells[0].append(wording.column(doc.language, column))
        style.append(("BACKGROUND", (i, 0), (i, 0), COLUMN_FILL[column]))
    table = Table(cells, colWidths=[doc.width * 0.12] + [doc.width * 0.14] * 4, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def doc_column(doc: ReportDocument, key: str) -> str:
    return wording.column(doc.language, key)


def section_visits(doc: ReportDocument, d: AccountReviewData) -> list:
    out = [doc.p(doc.w("visits"), "h1")]
    if not d.visits:
        return [*out, doc.p(doc.w("no_visits"), "muted")]
    rows = [
        [f"{v.started_at:%Y-%m-%d}", doc.code("channel", v.channel), v.purpose,
         "\n".join(f"{doc.w(field)}: {text}" for field, text in v.findings)]
        for v in d.visits
    ]  # fmt: skip
    widths = [doc.width * x for x in (0.13, 0.13, 0.26, 0.48)]
    header = [doc.w("date"), doc.w("channel"), doc.w("purpose"), doc.w("findings")]
    return [*out, doc.table(header, rows, widths)]


def section_ledger(doc: ReportDocument, d: AccountReviewData) -> list:
    out: list[Flowable] = [doc.p(doc.w("ledger"), "h1")]
    if not d.ledger:
        return [*out, doc.p(doc.w("no_ledger"), "muted"), *topics_line(doc, d.topics_raised)]
    rows, fills = [], []
    for i, e in enumerate(d.ledger):
        status = doc.code("ledger_status", e.status) + (f": {e.resolution}" if e.resolution else "")
        rows.append(
            [
                str(e.noted_on),
                doc.code("ledger_kind", e.kind),
                doc.code("guarantee", e.guarantee),
                e.text,
                status,
            ]
        )
        if e.status == FeedbackStatus.OPEN:
            fills.append((4, i, COLUMN_FILL[BoardColumn.AT_RISK]))
    widths = [doc.width * x for x in (0.13, 0.13, 0.17, 0.33, 0.24)]
    header = [doc.w("date"), doc.w("kind"), doc.w("guarantee"), doc.w("what"), doc.w("status")]
    out.append(doc.table(header, rows, widths, fills))
    if fills:
        out.append(doc.p(doc.w("ledger_legend"), "muted"))
    return out + service_lines(doc, d.service, d.service_targets) + topics_line(doc, d.topics_raised)


def topics_line(doc, raised: list[str]) -> list:
    if not raised:
        return []
    separator = doc.separator()
    return [doc.p(doc.w("topics_raised_line", names=separator.join(raised)))]


def service_lines(doc, clock, targets: dict[str, int]) -> list:
    """Seed 002's service, measured: how fast the period's complaints were answered and resolved."""
    if clock is None or not clock.complaints:
        return []

    def days(value: float | None) -> str:
        return "—" if value is None else f"{value:g}"

    line = doc.w("service_line", n=clock.complaints, response=days(clock.median_response_days),
                 resolution=days(clock.median_resolution_days), target_response=targets.get("response", 1),
                 target_resolution=targets.get("resolution", 7), unanswered=clock.unanswered,
                 unresolved=clock.unresolved)  # fmt: skip
    return [doc.p(line)]


def section_sales(doc: ReportDocument, d: AccountReviewData) -> list:
    out = [doc.p(doc.w("sales"), "h1")]
    if not d.has_sales:
        return [*out, doc.p(doc.w("no_sales"), "muted")]
    from kamdesk.reports import charts

    total = sum(c for _, c in d.monthly_sales)
    out.append(
        doc.p(doc.w("sales_summary", period=f"{d.period_sales / 100:,.0f}", year=f"{total / 100:,.0f}"))
    )
    figure = charts.sales_trend(list(d.monthly_sales), doc.language, x_label=doc.w("month_axis"))
    return [*out, chart_image(figure, doc.width * 0.8)]


def section_satisfaction(doc: ReportDocument, d: AccountReviewData) -> list:
    """The surveys made by the end, latest first (seed 002: only the top box predicts buying again)."""
    out: list[Flowable] = [doc.p(doc.w("satisfaction_title"), "h1")]
    if not d.surveys:
        return [*out, doc.p(doc.w("no_survey"), "muted")]
    separator = doc.separator()
    for s in d.surveys[:4]:
        parts = separator.join(
            f"{doc.code('guarantee', k)} {doc.code('satisfaction', v)}" for k, v in s.by_guarantee.items()
        )
        who = f" ({s.contact})" if s.contact else ""
        overall = doc.code("satisfaction", s.overall)
        parts = f"; {parts}" if parts else ""
        line = doc.w("survey_line", day=s.surveyed_on, who=who, overall=overall, parts=parts)
        out.append(doc.p("• " + line))
    return [*out, doc.p(doc.w("top_box_note"), "muted")]


def section_relationships(doc: ReportDocument, d: AccountReviewData) -> list:
    """Seeds 001 and 002: our people facing theirs, drawn, and the joint teams. Never the personal notes."""
    found = d.relationship_map
    out: list[Flowable] = [doc.p(doc.w("relationships_title"), "h1")]
    if found is None or found.empty:
        return [*out, doc.p(doc.w("no_relationships"), "muted")]
    from kamdesk.reports import charts

    figure = charts.relationship_map(found.theirs, found.ours, found.links, doc.language)
    out.append(chart_image(figure, doc.width * 0.9))
    if found.unfaced:
        separator = doc.separator()
        out.append(doc.p(doc.w("unfaced_line", names=separator.join(found.unfaced)), "muted"))
    if d.teams:
        separator = doc.separator()
        lines = []
        for team in d.teams:
            last = str(team.meetings[0][0]) if team.meetings else "—"
            lines.append(doc.p("• " + doc.w(
                "team_line", name=team.draft.name, meets=doc.code("meeting_frequency", team.draft.meets),
                purpose=team.draft.purpose or "—", theirs=separator.join(team.theirs),
                ours=separator.join(team.ours), last=last)))  # fmt: skip
        out += [KeepTogether([doc.p(doc.w("joint_teams"), "h2"), lines[0]]), *lines[1:]]
    return out


def section_deliveries(doc: ReportDocument, d: AccountReviewData) -> list:
    """Guarantee 3 (seed 000: 交货及时、足量(包括紧急需要时); 随时了解大客户的销售与库存情况)."""
    out: list[Flowable] = [
        doc.p(doc.w("delivery_title"), "h1"),
        *delivery_lines(doc, d.deliveries, d.otif_target),
    ]
    if d.delivery_issues:
        separator = doc.separator()
        kinds = Counter(i.problem for i in d.delivery_issues)
        listed = separator.join(f"{doc.code('delivery_problem', k)} {n}" for k, n in kinds.most_common())
        out.append(doc.p(doc.w("delivery_issues_line", n=len(d.delivery_issues), kinds=listed)))
    for s in d.stock:
        weeks = "—" if s.stock_weeks is None else f"{s.stock_weeks:g}"
        months = months_text(s.peak_months) or "—"
        out.append(
            doc.p("• " + doc.w("stock_line", line=s.product_line, months=months, weeks=weeks, day=s.noted_on))
        )
    return out


def delivery_lines(doc, figures, target: int) -> list:
    """On time in full for the lines promised in the period, as of its end."""
    if figures is None or not figures.lines:
        return [doc.p(doc.w("no_delivery_dates"), "muted")]
    urgent = doc.w("of_them", met=figures.urgent_met, n=figures.urgent) if figures.urgent else "—"
    out = [doc.p(doc.w("delivery_line", n=figures.lines, share=figures.otif, target=target, urgent=urgent))]
    if figures.average_days_late is not None:
        out.append(doc.p(doc.w("delivery_late_line", late=figures.late, days=figures.average_days_late)))
    return out


def section_value(doc: ReportDocument, d: AccountReviewData) -> list:
    """Seed 001/003: what the account leaves after its goods and what it costs to serve; guarantee 4:
    the incentives promised to it, as they stood at the end."""
    out: list[Flowable] = [doc.p(doc.w("value_title"), "h1")]
    rows = []
    for caption, v in ((doc.w("value_period"), d.value), (doc.w("value_12m"), d.value_12m)):
        if v is None:
            continue
        known = v.gross_profit is not None
        rows.append([caption, money(v.revenue), money(v.gross_profit) if known else doc.w("cost_unknown"),
                     f"{v.margin:.1%}" if known and v.margin is not None else "—", money(v.cost_to_serve),
                     money(v.net_contribution) if known else "—"])  # fmt: skip
    header = ["", doc.w("revenue"), doc.w("gross_profit"), doc.w("margin"), doc.w("cost_to_serve"),
              doc.w("net_contribution")]  # fmt: skip
    out.append(doc.table(header, rows, [doc.width * x for x in (0.16, 0.17, 0.17, 0.12, 0.18, 0.2)]))
    w, e = d.wallet, d.need_estimate
    if w is not None and e is not None:
        out.append(doc.p(doc.w("wallet_line", need=money(w.need), source=e.source, day=e.estimated_on,
                               bought=money(w.bought), share=w.share)))  # fmt: skip
    else:
        out.append(doc.p(doc.w("no_wallet"), "muted"))
    out.append(doc.p(doc.w("incentives_title"), "h2"))
    if not d.incentives:
        return [*out, doc.p(doc.w("no_incentives"), "muted")]
    deals = []
    for s in d.incentives:
        a = s.agreement
        deals.append([doc.code("incentive_kind", a.kind), a.title, f"{a.starts_on} – {a.ends_on}",
                      money(s.owed_cents), money(s.paid_cents) if s.paid_cents else "—", str(a.due_on),
                      doc.w(f"state_{s.state}")])  # fmt: skip
    header = [doc.w("kind"), doc.w("agreement"), doc.w("period"), doc.w("owed"), doc.w("paid"),
              doc.w("due_on"), doc.w("state")]  # fmt: skip
    widths = [doc.width * x for x in (0.12, 0.22, 0.2, 0.11, 0.11, 0.12, 0.12)]
    return [*out, doc.table(header, deals, widths)]


def chart_image(figure, width: float):
    import io

    from reportlab.platypus import Image

    from kamdesk.reports import charts

    height = width * figure.get_figheight() / figure.get_figwidth()
    return Image(io.BytesIO(charts.to_png(figure)), width=width, height=height)


def section_follow_ups(doc: ReportDocument, d: AccountReviewData) -> list:
    out = [doc.p(doc.w("follow_ups"), "h1")]
    if not d.open_follow_ups:
        return [*out, doc.p(doc.w("no_follow_ups"), "muted")]
    rows = [[str(f.due_on), f.text, f.owner] for f in d.open_follow_ups]
    widths = [doc.width * x for x in (0.15, 0.65, 0.2)]
    return [*out, doc.table([doc.w("due"), doc.w("next_step"), doc.w("owner")], rows, widths)]


def short_title(doc: ReportDocument, card: str) -> str:
    return board_cards.BY_KEY[card].short(doc.language)


def risk_lines(doc: ReportDocument, risks: list[Risk]) -> list[str]:
    lines = []
    for risk in risks:
        params = dict(risk.params)
        if "cards" in params:
            separator = doc.separator()
            params["cards"] = separator.join(short_title(doc, c) for c in params["cards"])
        if "last" in params:
            params["last"] = params["last"].strftime("%Y-%m-%d") if params["last"] else doc.w("never")
        if "names" in params:
            params["names"] = doc.separator().join(params["names"])
        for key in ("before", "after"):
            if key in params:
                params[key] = doc.code("loyalty", params[key])
        for key in ("owed", "net", "gross", "serve"):  # money, in cents
            if key in params:
                params[key] = money(params[key])
        line = doc.w(risk.key, **params)
        stop = "。" if doc.language.startswith("zh") else ". "
        lines.append(f"{line}{stop}{doc.w(risk.next_step)}" if risk.next_step else line)
    return lines


def section_risks(doc: ReportDocument, d: AccountReviewData) -> list:
    lines = risk_lines(doc, d.risks) or [doc.w("no_risks")]
    items = [doc.p("• " + line) for line in lines]
    items += [doc.p(f"→ {f.due_on} {f.text} ({f.owner})") for f in d.open_follow_ups[:5]]
    return [KeepTogether([doc.p(doc.w("risks"), "h1"), *items])]
