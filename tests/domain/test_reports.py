"""The printed reviews, generated for real and read back."""

import datetime as dt
import json
import re
import subprocess

import pypdfium2
import pytest

from kamdesk import cli, demo, errors
from kamdesk.reports.account_review import AccountReview
from kamdesk.reports.make import ReportRequest, make_report
from kamdesk.reports.quarterly_review import QuarterlyReview
from kamdesk.rules import board_cards, periods
from kamdesk.services import feedback, office_settings, reviews
from kamdesk.store.models import Account, LedgerEntry, OrderLine, Visit
from tests.conftest import SCRIPT

TODAY = dt.datetime(2026, 11, 23, 9, 0)
QUARTER = periods.quarter(2026, 4)


@pytest.fixture
def office(opened, clock_at, database_url):
    clock_at(TODAY)
    demo.fill_demo(accounts=40, seed=11)
    return database_url


def read(path):
    pdf = pypdfium2.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()
    return pages


def fonts(path):
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def busy_account():
    """An active account with visits this quarter."""
    start = dt.datetime.combine(QUARTER.start, dt.time())
    visit = Visit.select().join(Account).where(Visit.started_at >= start, Account.status == "active").first()
    return visit.account


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_account_review_reads_back(office, tmp_path, language):
    account = busy_account()
    data = reviews.account_review(account.id, QUARTER)
    path = AccountReview(data, language).write(tmp_path / "review.pdf")
    pages = read(path)
    text = "\n".join(pages)
    assert account.name in text  # Chinese text is extractable, not boxes
    squeezed = re.sub(r"\s+", "", text)  # a title may wrap onto two lines
    for card in board_cards.CARDS:
        assert re.sub(r"\s+", "", card.title(language)) in squeezed
    for visit in data.visits:
        assert visit.purpose in text
    if data.has_sales:  # the demo has two years of orders
        sales = "本期销售额" if language == "zh_CN" else "Sales in the period"
        assert sales in text and f"{data.period_sales / 100:,.0f}" in text
    else:
        assert ("尚无销售数据" if language == "zh_CN" else "No sales data yet") in text
    for number, page in enumerate(pages, start=1):
        marker = (
            f"第 {number} 页,共 {len(pages)} 页" if language == "zh_CN" else f"Page {number} of {len(pages)}"
        )
        assert marker in page
    assert all(row[-5] == "yes" for row in fonts(path))  # the "emb" column: every font embedded


def test_an_account_without_orders_says_there_is_no_sales_data(office, tmp_path):
    from kamdesk.services import accounts as account_service

    new = account_service.save_account(
        account_service.AccountDraft(code="NEW1", name="新开发客户"), actor=SCRIPT
    )
    data = reviews.account_review(new.id, QUARTER)
    assert not data.has_sales
    text = "\n".join(read(AccountReview(data, "en").write(tmp_path / "new.pdf")))
    assert "No sales data yet" in text


Q3 = periods.quarter(2026, 3)


def independent_cover(period):
    """The cover's figures counted straight from the tables, without services/as_of: the demo
    office keeps no audit trail and reverses no churn, so its rows' dates are the whole history."""
    start, end = dt.datetime.combine(period.start, dt.time()), dt.datetime.combine(period.end, dt.time.max)
    day_before = period.start - dt.timedelta(days=1)
    active = Account.select().where(
        (Account.created_at < start) & (Account.status != "prospect") & Account.archived_at.is_null()
        & (Account.churned_on.is_null() | (Account.churned_on > day_before))
    ).count()  # fmt: skip
    noted = LedgerEntry.select().where(LedgerEntry.noted_on.between(period.start, period.end))
    in_quarter = OrderLine.ordered_on.between(period.start, period.end)
    open_at_end = LedgerEntry.select().where(
        (LedgerEntry.kind == "complaint") & (LedgerEntry.noted_on <= period.end)
        & (LedgerEntry.resolved_at.is_null() | (LedgerEntry.resolved_at > end))
    ).count()  # fmt: skip
    return {
        "active_accounts_at_start": active,
        "churned_in_quarter": Account.select().where(Account.churned_on.between(period.start, period.end))
        .count(),
        "visits_in_quarter": Visit.select().where(Visit.started_at.between(start, end)).count(),
        "complaints_in_quarter": noted.where(LedgerEntry.kind == "complaint").count(),
        "praise_in_quarter": noted.where(LedgerEntry.kind == "praise").count(),
        "open_complaints_at_end": open_at_end,
        "revenue_cents": sum(o.amount_cents for o in OrderLine.select().where(in_quarter)),
    }  # fmt: skip


def test_quarterly_review_figures_equal_the_database_counted_another_way(office, tmp_path):
    path = make_report(ReportRequest("quarter", Q3, "en"), tmp_path / "q.pdf", figures=tmp_path / "q.json")
    figures = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    expected = independent_cover(Q3)
    assert {key: figures[key] for key in expected} == expected
    previous, year_before = periods.quarter(2026, 2), periods.quarter(2025, 3)
    assert figures["revenue_prev_quarter_cents"] == independent_cover(previous)["revenue_cents"]
    assert figures["revenue_same_quarter_last_year_cents"] == independent_cover(year_before)["revenue_cents"]
    assert figures["churn_rate"] == round(
        expected["churned_in_quarter"] / expected["active_accounts_at_start"], 6
    )
    assert expected["churned_in_quarter"] and expected["open_complaints_at_end"]  # the check has teeth

    pages = read(path)
    cover = pages[0]
    for label, key in (("Active accounts at the start", "active_accounts_at_start"),
                       ("Accounts churned in the quarter", "churned_in_quarter"),
                       ("Visits in the quarter", "visits_in_quarter"),
                       ("Complaints in the quarter", "complaints_in_quarter"),
                       ("Praise in the quarter", "praise_in_quarter"),
                       ("Open complaints at the end", "open_complaints_at_end")):  # fmt: skip
        assert re.search(rf"{label}\s+{figures[key]}\s", cover), label  # the PDF says what the JSON says
    assert f"¥{figures['revenue_cents'] / 100:,.0f}" in cover
    assert f"¥{figures['revenue_prev_quarter_cents'] / 100:,.0f}" in cover
    text = "\n".join(pages)
    for churned in figures["churned"]:
        assert churned["code"] in text and churned["competitor"] in text
    active = Account.select().where(
        (Account.status == "active") & Account.archived_at.is_null()
        & (Account.created_at <= dt.datetime(2026, 9, 30, 23, 59))
    )  # fmt: skip
    assert {a["code"] for a in figures["accounts"]} == {a.code for a in active}
    for account in active:
        assert f"{account.code} {account.name}" in text  # a block per account active at the end
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert all(row[-5] == "yes" for row in fonts(path))


def test_the_riskiest_accounts_come_first(office, tmp_path):
    from kamdesk.services import quarter_figures

    figures = quarter_figures.quarter_figures(Q3)
    attention = figures.attention
    assert attention and all(a.signals for a in attention)
    signs = [len(a.signals) for a in attention]
    assert signs == sorted(signs, reverse=True)
    pages = read(make_report(ReportRequest("quarter", Q3, "en"), tmp_path / "q.pdf"))
    heading = re.compile(r"^Accounts needing attention, riskiest first\s*$", re.MULTILINE)  # not the contents
    first = next(i for i, page in enumerate(pages) if heading.search(page))
    assert first <= 6 and re.sub(r"\s+", "", f"{attention[0].code}{attention[0].name}") in re.sub(
        r"\s+", "", pages[first]
    )


HEADINGS = re.compile(
    r"^(Owner: .+|Accounts, by owner|Accounts, riskiest first|Churn in the quarter|"
    r"Complaints and praise, by guarantee|Key figures|Sales|New key accounts|"
    r"At the end: .+|The weakest guarantee.+|Loyalty at the start.+|"
    r"Accounts needing attention, riskiest first|"
    r"1-2-4 state of the accounts active at the end)$"
)
# (a heading over a chart, such as the office's sales, ends its page's text above the picture: not here)


@pytest.mark.parametrize("order", ["risk", "owner"])
def test_no_page_ends_with_a_heading(office, tmp_path, order):
    pages = read(make_report(ReportRequest("quarter", Q3, "en", order=order), tmp_path / "q.pdf"))
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        footer_or_contents = r"^(Generated |Page \d+ of |Not started)|( \. \. \. )"
        body = [line for line in lines if not re.search(footer_or_contents, line)]
        assert not HEADINGS.match(body[-1]), f"page {number} ends with the heading {body[-1]!r}"
    if order == "owner":
        assert any(line.startswith("Owner: ") for page in pages for line in page.splitlines())


def test_a_past_quarter_reads_the_same_after_later_records(office, tmp_path, clock_at):
    """Print 2026Q3, record what happens after it (each dated after the quarter), print it again."""
    from kamdesk.services import accounts, board, churn, hand_over, loyalty, people

    boss = next(r for r in people.list_reps() if r.is_manager)
    active = list(
        Account.select().where((Account.status == "active") & Account.archived_at.is_null()).limit(4)
    )
    clock_at(dt.datetime(2026, 9, 15, 9, 0))
    still_open = feedback.add_entry(active[0].id, "complaint", "quality", "包装破损", actor=boss)
    clock_at(TODAY)
    first = make_report(
        ReportRequest("quarter", Q3, "zh_CN"), tmp_path / "a.pdf", figures=tmp_path / "a.json"
    )
    clock_at(dt.datetime(2026, 11, 25, 9, 0))
    feedback.add_entry(active[0].id, "complaint", "logistics", "送货晚了", actor=boss)
    feedback.resolve(still_open, "已处理", actor=boss)  # open at the quarter's end all the same
    churn.mark_churned(
        active[1].id,
        dt.date(2026, 11, 24),
        "价格偏高",
        "竞品返利更高",
        "康达食品",
        step="logistics",
        actor=boss,
    )
    loyalty.record(active[2].id, "disloyal", actor=boss)
    board.move_card(active[2].id, "value", "at_risk", actor=boss)
    draft = accounts.get_account(active[3].id)
    accounts.save_account(accounts.AccountDraft(**{**draft.__dict__, "tier": "negative"}), actor=boss)
    hand_over.hand_over([active[3].id], boss.id, "调岗", actor=boss)
    OrderLine.insert(id=2**40, account=active[0].id, ordered_on=dt.date(2026, 11, 24), sku="S",
                     product_line="饮料", quantity=1, amount_cents=123_456).execute()  # fmt: skip
    again = make_report(
        ReportRequest("quarter", Q3, "zh_CN"), tmp_path / "b.pdf", figures=tmp_path / "b.json"
    )

    assert (tmp_path / "a.json").read_text(encoding="utf-8") == (tmp_path / "b.json").read_text(
        encoding="utf-8"
    )
    footer = re.compile(r"生成于 \S+ \S+")
    assert [footer.sub("", p) for p in read(first)] == [footer.sub("", p) for p in read(again)]


def test_quarterly_review_in_chinese_with_the_office_name(office, tmp_path):
    from kamdesk.services import people

    boss = next(r for r in people.list_reps() if r.is_manager)
    office_settings.set_office_name("华东区销售办公室", actor=boss)
    path = make_report(ReportRequest("quarter", QUARTER, "zh_CN"), tmp_path / "quarter.pdf")
    pages = read(path)
    assert all("华东区销售办公室" in page for page in pages)  # the header of every page
    text = "\n".join(pages)
    assert "季度客户报告" in text and "关键指标" in text and "负责人" in text
    with pytest.raises(errors.PermissionDeniedError):
        office_settings.set_office_name("x", actor=next(r for r in people.list_reps() if not r.is_manager))


def test_a_cancelled_report_leaves_no_file(office, tmp_path):
    from kamdesk.services import quarter_figures

    data = quarter_figures.quarter_figures(QUARTER)
    calls = []
    document = QuarterlyReview(
        data, "en", cancelled=lambda: len(calls) > 5, progress=lambda d, t: calls.append(d)
    )
    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(errors.CancelledError):
        document.write(out / "quarter.pdf")
    assert calls and list(out.iterdir()) == []


def test_a_quarter_cancelled_while_gathered_writes_nothing(office, tmp_path):
    with pytest.raises(errors.CancelledError):
        make_report(ReportRequest("quarter", QUARTER, "en"), tmp_path / "q.pdf", cancelled=lambda: True,
                    figures=tmp_path / "q.json")  # fmt: skip
    assert not (tmp_path / "q.pdf").exists() and not (tmp_path / "q.json").exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "account", "NOPE", "-o", "{out}"], "account NOPE does not exist"),
        (["report", "quarter", "2027Q1", "-o", "{out}"], "lies in the future"),
        (["report", "quarter", "Q3-2026", "-o", "{out}"], "write it as YYYYQn"),
        (["report", "quarter", "2026Q3", "-o", "{missing}"], "the folder does not exist"),
    ],
)
def test_the_command_line_refuses_with_one_line_and_no_file(office, tmp_path, capsys, argv, message):
    from kamdesk.store import db

    db.close_database()
    out, missing = tmp_path / "r.pdf", tmp_path / "no" / "r.pdf"
    args = [a.format(out=out, missing=missing) for a in argv] + ["--db", str(office)]
    assert cli.run(cli.parse_args(args)) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err
    assert [p.name for p in tmp_path.iterdir()] == ["office.sqlite3"] or not out.exists()
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())


def test_the_command_line_writes_an_account_review(office, tmp_path, capsys):
    from kamdesk.store import db

    code = busy_account().code
    db.close_database()
    out = tmp_path / "review.pdf"
    args = [
        "report",
        "account",
        code.lower(),
        "--db",
        str(office),
        "-o",
        str(out),
        "--lang",
        "zh_CN",
        "--period",
        "2026Q4",
    ]
    assert cli.run(cli.parse_args(args)) == 0
    assert "2026Q4" in capsys.readouterr().out
    assert "客户回顾" in "\n".join(read(out))


def test_the_default_period_is_the_last_full_quarter():
    assert periods.last_full_quarter(dt.date(2026, 11, 23)) == periods.quarter(2026, 3)
    assert periods.last_full_quarter(dt.date(2026, 1, 5)) == periods.quarter(2025, 4)
    assert periods.quarter(2026, 4).end == dt.date(2026, 12, 31)


def test_a_churn_reason_typed_with_dollar_signs_is_charted_as_typed():
    import io

    from kamdesk.reports import charts

    figure = charts.reasons_chart([("价格 $\\frac{a$ 太高", 2), ("$x^2$ 服务", 1)], "zh_CN")
    figure.savefig(io.BytesIO(), format="png")  # mathematics would not parse: the chart would not draw
    shown = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert shown == [r"\$x^2\$ 服务", r"价格 \$\frac{a\$ 太高"]  # escaped: matplotlib draws a plain $


def test_a_change_against_a_small_or_empty_base_reads_sensibly():
    from kamdesk.reports.quarterly_review import change

    assert [change(484, 5), change(120, 100), change(222, 223), change(3, 0), change(0.013, 0.022, True)] == [
        "×97", "+20%", "0%", "—", "-0.9 pt"]  # fmt: skip


def test_two_years_of_months_are_labelled_every_third_month_ending_with_the_latest():
    """Issue 23: 24 month labels side by side overlapped on a laptop's dashboard."""
    from kamdesk.reports import charts

    months = [(f"{year}-{month:02d}", 100) for year in (2025, 2026) for month in range(1, 13)]
    named = [t.get_text() for t in charts.sales_trend(months, "en").axes[0].get_xticklabels()]
    assert [t for t in named if t] == ["2025-03", "2025-06", "2025-09", "2025-12", "2026-03", "2026-06",
                                       "2026-09", "2026-12"]  # fmt: skip
    assert len(named) == 24
    quarter = [t.get_text() for t in charts.sales_trend(months[:4], "en").axes[0].get_xticklabels()]
    assert quarter == ["2025-01", "2025-02", "2025-03", "2025-04"]  # a short series keeps every label


def test_a_line_is_drawn_straight_when_it_fits_and_wraps_like_a_paragraph_when_not(tmp_path):
    """document.Line, the quarterly review's cheap one-liner: a long account name or next step still
    wraps inside the page and prints whole."""
    from reportlab.platypus import SimpleDocTemplate

    from kamdesk.reports import document, fonts

    fonts.register_fonts()
    style = document.stylesheet()["small"]
    short, long = (
        "KA001 上海华联超市",
        "→ 2026-10-10 " + "与物流部核对送货时间并确认下季度的促销排期与陈列位置" * 4,
    )
    width = 300
    assert document.Line(short, style).wrap(width, 500) == (width, style.leading)
    wrapped = document.Line(long, style)
    assert wrapped.wrap(width, 500)[1] >= 3 * style.leading  # several lines, not one cut off
    path = tmp_path / "lines.pdf"
    SimpleDocTemplate(str(path)).build([document.Line(short, style), document.Line(long, style)])
    pdf = pypdfium2.PdfDocument(str(path))
    text = re.sub(r"\s+", "", pdf[0].get_textpage().get_text_range())
    pdf.close()
    assert re.sub(r"\s+", "", short) in text and re.sub(r"\s+", "", long) in text


def test_table_cells_that_fit_are_drawn_straight_exactly_where_paragraph_cells_print(tmp_path, monkeypatch):
    """ReportDocument.table draws a cell that fits its column on one line straight (document.Line),
    hundreds of thousands of times cheaper in a quarterly review, and the page must not change: every
    character lands where the Paragraph cell put it. A cell too long still wraps; markup characters
    print as typed; spaces a Paragraph collapses are collapsed."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from kamdesk.reports import document, fonts

    fonts.register_fonts()
    header = ["客户", "销售额", "备注"]
    rows = [
        ["KA001 上海华联超市", "¥1,234.00", "<b>R&D</b>"],
        ["", "", ""],  # an empty row is no line high, as with Paragraph cells
        ["KA002  Metro   Supply ", "0", "与物流部核对送货时间并确认下季度的促销排期" * 3],
    ]

    def printed(name: str) -> list[tuple[str, tuple]]:
        path = tmp_path / f"{name}.pdf"
        table = document.ReportDocument("zh_CN", "2026Q3").table(header, rows, [130, 80, 150])
        SimpleDocTemplate(str(path)).build([table])
        pdf = pypdfium2.PdfDocument(str(path))
        page = pdf[0].get_textpage()
        chars = [(page.get_text_range(i, 1), tuple(round(v, 2) for v in page.get_charbox(i)))
                 for i in range(page.count_chars())]  # fmt: skip
        pdf.close()
        return [(c, box) for c, box in chars if c.strip()]

    straight = printed("straight")
    cells = document.ReportDocument("zh_CN", "2026Q3").table(header, rows, [130, 80, 150])._cellvalues
    assert [type(cell) for cell in cells[1]] == [document.Line] * 3
    monkeypatch.setattr(document, "Line", lambda text, style: Paragraph(document._escape(text), style))
    assert straight == printed("paragraphs")
    text = "".join(c for c, _ in straight)
    assert "<b>R&D</b>" in text and "KA002MetroSupply" in text
    long_cell = [box for c, box in straight if c == "促"]
    assert len({box[1] for box in long_cell}) > 1  # the long note wrapped over several lines
