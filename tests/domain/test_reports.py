"""The printed reviews, generated for real and read back."""

import datetime as dt
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


def test_quarterly_review_figures_equal_the_database(office, tmp_path):
    data = reviews.quarter_review(QUARTER)
    path = QuarterlyReview(data, "en").write(tmp_path / "quarter.pdf")
    pages = read(path)
    text = "\n".join(pages)
    start, end = dt.datetime.combine(QUARTER.start, dt.time()), dt.datetime.combine(QUARTER.end, dt.time.max)
    visits = Visit.select().where(Visit.started_at.between(start, end)).count()
    open_complaints = (
        LedgerEntry.select().where(LedgerEntry.kind == "complaint", LedgerEntry.resolved_at.is_null()).count()
    )
    assert visits == data.visits and open_complaints == data.open_complaints == sum(
        feedback.open_complaints_by_account().values()
    )
    assert re.search(rf"Visits in the quarter\s+{visits}\b", text)
    assert re.search(rf"Open complaints\s+{open_complaints}\b", text)
    vip = Account.select().where(Account.tier == "vip", Account.archived_at.is_null()).count()
    assert re.search(rf"\bVIP\s+{vip}\b", text)
    active = Account.select().where(Account.status == "active", Account.archived_at.is_null())
    for account in active:
        assert f"{account.code} {account.name}" in text  # a section per active account
    assert "Contents" in pages[1] and "Key figures" in pages[1]
    assert pages[-1].strip().endswith(f"Page {len(pages)} of {len(pages)}")
    revenue = sum(
        o.amount_cents
        for o in OrderLine.select().where(OrderLine.ordered_on.between(QUARTER.start, QUARTER.end))
    )
    assert revenue == data.revenue_cents and f"Revenue in the quarter: {revenue / 100:,.0f}" in text
    rate = data.churn_rate
    assert f"({rate.churned} of {rate.active_at_start} accounts active at its start)" in text
    assert all(row[-5] == "yes" for row in fonts(path))


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
    data = reviews.quarter_review(QUARTER)
    calls = []
    document = QuarterlyReview(
        data, "en", cancelled=lambda: len(calls) > 5, progress=lambda d, t: calls.append(d)
    )
    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(errors.CancelledError):
        document.write(out / "quarter.pdf")
    assert calls and list(out.iterdir()) == []


def test_gathering_a_quarter_can_be_cancelled(office):
    with pytest.raises(errors.CancelledError):
        reviews.quarter_review(QUARTER, cancelled=lambda: True)


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
