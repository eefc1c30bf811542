"""Guarantee 3 measured (seed 000: 交货及时、足量(包括紧急需要时)): delivery columns read from the ERP's
files, on-time-in-full worked by hand as of a period's end, the board's guarantee-3 card, delivery
issues, and the customer's stock and peak months."""

import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.exchange import order_import
from kamdesk.rules.delivery import DeliveryLine, measure, months_text, parse_months
from kamdesk.services import accounts, board, delivery, office_settings, people
from kamdesk.store.models import OrderLine, StockLine
from tests.conftest import SCRIPT

D = dt.date


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 10, 1, 9))
    boss = people.create_rep("王经理", actor=SCRIPT)
    ids = {
        code: accounts.save_account(accounts.AccountDraft(code=code, name=f"客户{code}", owner_id=boss.id),
                                    actor=SCRIPT).id
        for code in ("A", "B")
    }  # fmt: skip
    return {"boss": boss, **ids}


def write(tmp_path, text, name="orders.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


HEAD = "客户编码,单据日期,存货编码,数量,金额,要求交期,发货日期\n"
SEPTEMBER = """客户编码,单据日期,存货编码,产品线,数量,无税金额,要求交期,发货日期,实发数量,加急
A,2026-09-01,BEV-1,饮料,10,100,2026-09-04,2026-09-03,10,否
A,2026-09-02,BEV-1,饮料,10,100,2026-09-05,2026-09-05,8,
A,2026-09-03,BEV-2,饮料,5,50,2026-09-06,2026-09-08,5,是
A,2026-09-20,BEV-2,饮料,5,50,2026-09-28,,,是
A,2026-09-25,BEV-2,饮料,4,40,2026-09-29,2026-10-02,4,
A,2026-09-26,BEV-2,饮料,-2,-20,2026-09-27,2026-09-27,-2,
B,2026-09-10,BEV-1,饮料,3,30,2026-09-12,2026-09-12,3,Y
"""


def test_otif_worked_by_hand_as_the_period_stood_at_its_end(office, tmp_path, clock_at):
    clock_at(dt.datetime(2026, 10, 5, 9))
    result = order_import.import_orders(write(tmp_path, SEPTEMBER), actor=SCRIPT)
    assert result.new == 7
    stored = OrderLine.get(OrderLine.quantity == 5, OrderLine.ordered_on == D(2026, 9, 3))
    assert (stored.requested_on, stored.delivered_on, stored.delivered_quantity, stored.urgent) == (
        D(2026, 9, 6), D(2026, 9, 8), 5, True)  # fmt: skip
    a = delivery.figures(D(2026, 9, 1), D(2026, 9, 30), [office["A"]])
    # A's five lines promised in September (the return is no delivery): the first on time and whole;
    # the second on time but 8 of 10; the third 2 days late (urgent); the fourth never delivered by
    # the 30th (2 days late then; urgent); the fifth delivered on 2 October: not by the 30th (1 day).
    assert (a.lines, a.on_time, a.on_time_in_full, a.late, a.days_late) == (5, 2, 1, 3, 2 + 2 + 1)
    assert (a.otif, a.urgent, a.urgent_met, a.average_days_late) == (0.2, 2, 0, 5 / 3)
    office_wide = delivery.figures(D(2026, 9, 1), D(2026, 9, 30))
    assert (office_wide.lines, office_wide.on_time_in_full, office_wide.urgent_met) == (6, 2, 1)
    clock_at(dt.datetime(2026, 12, 1, 9))  # printed again later: the same figures
    assert delivery.figures(D(2026, 9, 1), D(2026, 9, 30), [office["A"]]) == a
    # The same judged a second way, line by line from the rule as the seed states it
    lines = [DeliveryLine(D(2026, 9, 4), D(2026, 9, 3), 10, 10, False)]
    assert measure(lines, D(2026, 9, 30)).otif == 1.0
    assert measure([DeliveryLine(D(2026, 9, 4), D(2026, 10, 1), 10, 10, False)], D(2026, 9, 30)).otif == 0.0


def test_a_later_export_brings_the_delivery_of_lines_imported_before(office, tmp_path, clock_at):
    clock_at(dt.datetime(2026, 9, 21, 9))
    ordered = HEAD + "A,2026-09-20,BEV-2,5,50,2026-09-23,\n"
    assert order_import.import_orders(write(tmp_path, ordered), actor=SCRIPT).new == 1
    assert OrderLine.get().delivered_on is None
    clock_at(dt.datetime(2026, 9, 25, 9))
    shipped = ordered.replace("2026-09-23,\n", "2026-09-23,2026-09-22\n")
    result = order_import.import_orders(write(tmp_path, shipped, "later.csv"), actor=SCRIPT)
    assert (result.new, result.updated, OrderLine.select().count()) == (0, 1, 1)
    assert OrderLine.get().delivered_on == D(2026, 9, 22)
    again = order_import.import_orders(write(tmp_path, shipped, "again.csv"), actor=SCRIPT)
    assert (again.new, again.updated) == (0, 0)


def test_a_wrong_delivery_cell_refuses_the_file_saying_where(office, tmp_path):
    bad = SEPTEMBER.replace("2026-09-05,8,", "2026-09-05,8,也许").replace(
        "2026-09-06,2026-09-08", "下周,2026-09-08"
    )
    with pytest.raises(errors.ImportRefusedError) as caught:
        order_import.import_orders(write(tmp_path, bad), actor=SCRIPT)
    found = {(p.line, p.column, p.code) for p in caught.value.problems}
    assert found == {(3, "urgent", "not_yes_no"), (4, "requested_on", "bad_date")}
    assert OrderLine.select().count() == 0


def test_a_shipment_list_is_dated_by_its_delivery_and_a_promise_alone_is_not_kept(office, tmp_path):
    shipped = "客户编码,发货日期,存货编码,实发数量,金额,要求交期\nA,2026-09-08,BEV-1,6,60,2026-09-07\n"
    order_import.import_orders(write(tmp_path, shipped), actor=SCRIPT)
    line = OrderLine.get()
    assert (line.ordered_on, line.quantity, line.delivered_on, line.requested_on) == (
        D(2026, 9, 8), 6, D(2026, 9, 8), D(2026, 9, 7))  # fmt: skip
    promised = "客户编码,单据日期,存货编码,数量,金额,要求交期\nB,2026-09-08,BEV-1,6,60,2026-09-09\n"
    order_import.import_orders(write(tmp_path, promised, "promised.csv"), actor=SCRIPT)
    # no delivery column at all: nothing could say it was delivered, so the promise is not judged
    assert OrderLine.get(OrderLine.account == office["B"]).requested_on is None


def test_a_late_delivery_turns_the_guarantee_3_card_to_at_risk(office, tmp_path, clock_at):
    clock_at(dt.datetime(2026, 9, 30, 9))
    on_time = HEAD + "A,2026-09-01,BEV-1,10,100,2026-09-04,2026-09-04\n"
    order_import.import_orders(write(tmp_path, on_time), actor=SCRIPT)
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert card.delivery.otif == 1.0 and not card.suggest_at_risk
    late = on_time.replace("2026-09-01", "2026-09-10").replace(
        "2026-09-04,2026-09-04", "2026-09-12,2026-09-15"
    )
    order_import.import_orders(write(tmp_path, late, "late.csv"), actor=SCRIPT)
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert (
        (card.delivery.otif, card.otif_target) == (0.5, 95) and card.delivery_failing and card.suggest_at_risk
    )
    office_settings.set_service_targets(1, 7, 50, actor=office["boss"])
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert not card.suggest_at_risk  # 50% meets a 50% target
    others = [c for c in board.board(office["A"]) if c.key != "logistics"]
    assert all(c.delivery is None for c in others)


def test_delivery_issues_count_and_are_checked(office, clock_at):
    clock_at(dt.datetime(2026, 9, 30, 9))
    with pytest.raises(errors.ValidationError) as caught:
        delivery.record_issue(office["A"], D(2026, 10, 9), "lost", days_late=400, actor=SCRIPT)
    assert caught.value.errors == {
        "problem": "invalid_choice",
        "occurred_on": "in_future",
        "days_late": "out_of_range",
    }
    delivery.record_issue(
        office["A"], D(2026, 9, 20), "urgent_missed", urgent=True, order_ref="XS-1", actor=SCRIPT
    )
    assert delivery.figures(D(2026, 9, 1), D(2026, 9, 30), [office["A"]]).issues == 1
    assert delivery.figures(D(2026, 9, 1), D(2026, 9, 30), [office["B"]]).issues == 0
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert card.suggest_at_risk  # no dated lines, but an urgent order was missed
    assert [i.order_ref for i in delivery.issues(office["A"])] == ["XS-1"]


def test_stock_and_peak_months_are_noted_and_kept_in_the_history(office, clock_at):
    clock_at(dt.datetime(2026, 10, 10, 9))
    assert parse_months("11-1") == (11, 12, 1)
    assert parse_months("3月、4月、5月") == (3, 4, 5)
    assert parse_months("13") is None and parse_months("夏天") is None
    assert months_text((11, 12, 1)) == "11-1" and months_text((3, 5)) == "3,5"
    with pytest.raises(errors.ValidationError) as caught:
        delivery.note_stock(
            office["A"], [delivery.StockNote("饮料", "夏天", 3)], D(2026, 10, 10), actor=SCRIPT
        )
    assert caught.value.errors == {"stock.0.peak_months": "not_months"}
    assert StockLine.select().count() == 0
    delivery.note_stock(
        office["A"], [delivery.StockNote("饮料", "11-1", 3, "300箱")], D(2026, 10, 10), actor=SCRIPT
    )
    clock_at(dt.datetime(2026, 10, 20, 9))
    delivery.note_stock(office["A"], [delivery.StockNote("饮料", None, 1.5)], D(2026, 10, 20), actor=SCRIPT)
    [stock] = delivery.stock(office["A"])
    assert (stock.peak_months, stock.stock_weeks, stock.noted_on, stock.version) == (
        (11, 12, 1),
        1.5,
        D(2026, 10, 20),
        2,
    )
    assert (
        stock.peak_ahead(D(2026, 10, 20))
        and not stock.peak_ahead(D(2026, 6, 1))
        and stock.in_peak(D(2026, 12, 5))
    )
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert [s.product_line for s in card.stock] == ["饮料"]
    from kamdesk.services import changes

    history = [
        c
        for c in changes.account_history(office["A"])
        if c.table == "stock_line" and c.field == "stock_weeks"
    ]
    assert history, "an earlier stock note stays in the account's history"


def test_both_reviews_print_the_quarters_deliveries_as_they_stood_at_its_end(office, tmp_path, clock_at):
    import re

    from kamdesk.reports.account_review import AccountReview
    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures, reviews
    from tests.domain.test_reports import read

    clock_at(dt.datetime(2026, 9, 28, 9))  # written down in the quarter
    delivery.record_issue(office["A"], D(2026, 9, 20), "late", days_late=2, actor=SCRIPT)
    delivery.note_stock(office["A"], [delivery.StockNote("饮料", "6-8", 2)], D(2026, 9, 28), actor=SCRIPT)
    clock_at(dt.datetime(2026, 10, 5, 9))
    order_import.import_orders(write(tmp_path, SEPTEMBER), actor=SCRIPT)
    q3 = periods.quarter(2026, 3)
    data = reviews.account_review(office["A"], q3)
    text = re.sub(r"\s+", " ", "\n".join(read(AccountReview(data, "en").write(tmp_path / "a.pdf"))))
    assert "Of 5 order lines promised in the period, 20% were delivered on time and in full" in text
    assert "urgent orders met: 0 of 2" in text and "The 3 late lines were 1.7 days late on average" in text
    assert "Delivery issues recorded in the period: 1 (Late 1)" in text
    assert "饮料: peak months 6-8; stock for 2 weeks (noted 2026-09-28)" in text
    zh = re.sub(r"\s+", " ", "\n".join(read(AccountReview(data, "zh_CN").write(tmp_path / "a_zh.pdf"))))
    assert "本期要求交货的 5 个订单行中,20% 准时足量" in zh
    figures = quarter_figures.quarter_figures(q3).to_json()
    # counted again from the lines as stored: A's 5 and B's 1 promised, 2 of them whole and in time
    in_september = OrderLine.requested_on.between(D(2026, 9, 1), D(2026, 9, 30))
    promised = [line for line in OrderLine.select().where(in_september) if line.quantity > 0]
    whole = [line for line in promised if line.delivered_on and line.delivered_on <= line.requested_on
             and line.delivered_quantity >= line.quantity]  # fmt: skip
    assert figures["delivery_lines_promised"] == len(promised) == 6
    assert figures["on_time_in_full_share"] == round(len(whole) / len(promised), 6)
    assert (figures["urgent_met_share"], figures["delivery_issues"]) == (round(1 / 3, 6), 1)
    quarterly = re.sub(r"\s+", " ", "\n".join(read(QuarterlyReview(quarter_figures.quarter_figures(q3), "en")
                                                  .write(tmp_path / "q.pdf"))))  # fmt: skip
    assert "Of 6 order lines promised in the period, 33% were delivered on time and in full" in quarterly
    clock_at(dt.datetime(2027, 2, 1, 9))  # later, the last line delivered: the quarter's figures stand
    assert quarter_figures.quarter_figures(q3).to_json() == figures | {"as_of": figures["as_of"]}


def test_a_past_review_stands_whatever_happens_after_its_end(office, tmp_path, clock_at):
    """Later deliveries, a stock noted again and an issue written down late with an earlier date
    change nothing a closed quarter's reviews print."""
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures, reviews

    clock_at(dt.datetime(2026, 10, 5, 9))
    on_time = HEAD + "A,2026-09-01,BEV-1,10,100,2026-09-04,2026-09-04\n"
    order_import.import_orders(write(tmp_path, on_time), actor=SCRIPT)
    clock_at(dt.datetime(2026, 9, 28, 9))
    delivery.note_stock(office["A"], [delivery.StockNote("饮料", "6-8", 2)], D(2026, 9, 28), actor=SCRIPT)
    clock_at(dt.datetime(2026, 10, 5, 9))
    q3 = periods.quarter(2026, 3)
    review, figures = reviews.account_review(office["A"], q3), quarter_figures.quarter_figures(q3).to_json()
    clock_at(dt.datetime(2026, 12, 1, 9))
    late = HEAD + "A,2026-11-01,BEV-1,10,100,2026-11-10,2026-11-20\n"
    order_import.import_orders(write(tmp_path, late, "late.csv"), actor=SCRIPT)
    delivery.note_stock(office["A"], [delivery.StockNote("饮料", "11-1", 5)], D(2026, 11, 20), actor=SCRIPT)
    delivery.record_issue(office["A"], D(2026, 9, 20), "late", actor=SCRIPT)  # recorded in December
    again = reviews.account_review(office["A"], q3)
    assert again.to_json()["risks"] == review.to_json()["risks"]  # not today's late line
    assert again.stock == review.stock and again.stock[0].stock_weeks == 2
    assert again.delivery_issues == [] and quarter_figures.quarter_figures(q3).to_json() == figures | {
        "as_of": figures["as_of"]}  # fmt: skip


def test_a_line_due_today_is_not_late_before_the_day_is_over(office, tmp_path, clock_at):
    clock_at(dt.datetime(2026, 9, 30, 8))
    due_today = HEAD + "A,2026-09-25,BEV-1,10,100,2026-09-30,\n"
    order_import.import_orders(write(tmp_path, due_today), actor=SCRIPT)
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert card.delivery.lines == 0 and not card.suggest_at_risk
    clock_at(dt.datetime(2026, 10, 1, 8))  # the day is over and it did not come
    card = next(c for c in board.board(office["A"]) if c.key == "logistics")
    assert (card.delivery.lines, card.delivery.otif) == (1, 0.0) and card.suggest_at_risk


@pytest.mark.parametrize(
    "text",
    [
        "客户编码,发货日期,到货日期,存货编码,数量,金额\nA,2026-09-08,2026-09-10,BEV-1,6,60\n",
        "客户编码,单据日期,存货编码,数量,订货数量,金额\nA,2026-09-08,BEV-1,6,6,60\n",
        "客户编码,单据日期,存货编码,数量,金额,交期,要求交货日期,发货日期\nA,2026-09-08,BEV-1,6,60,2026-09-09,2026-09-10,2026-09-09\n",
    ],
)
def test_a_delivery_column_named_twice_takes_the_first_and_never_refuses_the_file(office, tmp_path, text):
    assert order_import.import_orders(write(tmp_path, text), actor=SCRIPT).new == 1


def test_a_shape_remembered_before_delivery_columns_still_reads_the_delivery(office, tmp_path):
    """An office upgraded from schema 9 remembered its shipment list as date = 发货日期."""
    import json

    from kamdesk import clock
    from kamdesk.exchange import erp_files
    from kamdesk.store.models import ImportShape

    text = "客户编码,发货日期,存货编码,实发数量,金额,要求交期\nA,2026-09-08,BEV-1,6,60,2026-09-07\n"
    names = text.split("\n")[0].split(",")
    mapping = {"account_code": "客户编码", "date": "发货日期", "sku": "存货编码", "quantity": "实发数量",
               "amount": "金额"}  # fmt: skip
    signature = erp_files.Header(1, 1, names, 0).signature
    remembered = json.dumps(mapping, ensure_ascii=False)
    ImportShape.insert(signature=signature, kind="orders", header_line=1, updated_at=clock.now(),
                       mapping=remembered).execute()  # fmt: skip
    order_import.import_orders(write(tmp_path, text), actor=SCRIPT)
    line = OrderLine.get()
    assert (line.ordered_on, line.requested_on, line.delivered_on) == (
        D(2026, 9, 8),
        D(2026, 9, 7),
        D(2026, 9, 8),
    )
