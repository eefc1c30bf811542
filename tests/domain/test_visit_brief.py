"""Issue 23: the visit brief, built for an account whose state the test sets one record at a time,
then printed and read back."""

import datetime as dt

import pypdfium2
import pytest

from kamdesk.reports.make import brief_request, make_report
from kamdesk.reports.visit_brief import sections
from kamdesk.rules import board_cards, visit_questions
from kamdesk.rules.visit_questions import CardSeen, suggest
from kamdesk.services import accounts, board, contacts, feedback, follow_ups, incentives, people, visit_brief
from kamdesk.services.accounts import AccountDraft
from kamdesk.services.contacts import ContactDraft
from kamdesk.services.incentives import IncentiveDraft
from tests.conftest import SCRIPT
from tests.orders import add_order_line

TODAY = dt.date(2026, 11, 23)


def order(account_id, day):
    add_order_line(id=hash((account_id, day)) & (2**62 - 1), account=account_id, ordered_on=day,
                     sku="S", product_line="饮料", quantity=1, amount_cents=10000)  # fmt: skip


@pytest.fixture
def account(opened, clock_at):
    clock_at(dt.datetime.combine(TODAY, dt.time(9, 0)))
    boss = people.create_rep("王经理", actor=SCRIPT)
    made = accounts.save_account(AccountDraft(code="KA9", name="杭州海晟餐饮管理有限公司", owner_id=boss.id),
                                 actor=SCRIPT)  # fmt: skip
    for name, role, attitude in (("刘敏", "user", "champion"), ("陈总", "decision_maker", "opponent"),
                                 ("赵强", "buyer", "unknown")):  # fmt: skip
        contacts.save_contact(ContactDraft(made.id, name, "经理", role, attitude), actor=SCRIPT)
    return made, boss


def test_the_brief_gathers_what_is_open_and_asks_about_the_cards_at_risk(account, clock_at):
    made, boss = account
    clock_at(TODAY - dt.timedelta(days=10))  # promised ten days ago, due three days ago
    follow_ups.add_follow_up(made.id, "寄新品样品", boss.id, TODAY - dt.timedelta(days=3), actor=SCRIPT)
    clock_at(TODAY)
    follow_ups.add_follow_up(made.id, "提交年度返利方案", boss.id, TODAY + dt.timedelta(days=5), actor=SCRIPT)
    done = follow_ups.add_follow_up(made.id, "已完成的事", boss.id, TODAY, actor=SCRIPT)
    follow_ups.complete(done, actor=SCRIPT)
    feedback.add_entry(made.id, "complaint", "logistics", "上周两次送货延迟", TODAY - dt.timedelta(days=4),
                       actor=SCRIPT)  # fmt: skip
    resolved = feedback.add_entry(made.id, "complaint", "quality", "包装破损", TODAY, actor=SCRIPT)
    feedback.resolve(resolved, "已补发", actor=SCRIPT)
    q3 = {"starts_on": dt.date(2026, 7, 1), "ends_on": dt.date(2026, 9, 30), "due_on": dt.date(2026, 10, 31)}
    incentives.save(IncentiveDraft(made.id, title="Q3 返利", promised_cents=500000, **q3), actor=SCRIPT)
    board.move_card(made.id, "value", "at_risk", "竞品降价", actor=SCRIPT)
    for day in range(0, 200, 20):  # every 20 days until 20 weeks ago: 143 days without an order
        order(made.id, dt.date(2026, 7, 3) - dt.timedelta(days=day))

    b = visit_brief.brief(made.id)
    assert [p.name for p in b.people] == ["陈总", "赵强", "刘敏"]  # the decision maker, against us, first
    assert [f.text for f in b.promises] == ["寄新品样品", "提交年度返利方案"]
    assert [e.text for e in b.complaints] == ["上周两次送货延迟"]
    assert [s.agreement.title for s in b.incentives] == ["Q3 返利"] and b.incentives[0].overdue
    at_risk = {s.key for s in b.at_risk}
    assert "value" in at_risk and "logistics" in at_risk  # at risk, and suggested by the open complaint
    assert b.cycle.last_order == dt.date(2026, 7, 3) and b.cycle.typical_days == 20 and b.cycle.slipping
    assert [q.card for q in b.questions] == ["logistics", "value", "communication"]  # at risk, by card order
    assert b.questions[2].practice == "regular_visits"  # the customer's view before our arrangements
    assert all(q.practice in {p.key for p in board_cards.BY_KEY[q.card].practices} for q in b.questions)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_printed_brief_is_one_page_and_says_the_same(account, tmp_path, language):
    made, boss = account
    for n in range(12):  # more than a page would hold: the brief counts the rest
        follow_ups.add_follow_up(
            made.id, f"承诺事项 {n}", boss.id, TODAY + dt.timedelta(days=n), actor=SCRIPT
        )
    path = make_report(brief_request(made.id, language), tmp_path / "brief.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    assert len(pdf) == 1
    text = pdf[0].get_textpage().get_text_range().replace("\r\n", "\n")
    pdf.close()
    b = visit_brief.brief(made.id)
    assert "杭州海晟餐饮管理有限公司" in text and "承诺事项 5" in text and "承诺事项 6" not in text
    assert ("另有 6 项" if language == "zh_CN" else "and 6 more") in text
    for question in b.questions:
        assert question.text(language) in text.replace("\n", "")
    assert ("尚无订单记录" if language == "zh_CN" else "No orders recorded yet") in text


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_brief_stays_one_page_however_much_is_open(account, tmp_path, language, clock_at):
    """The worst case a reviewer found: every list past its cap, every text as long as it may be."""
    made, boss = account
    long_text = "客户反映送货延迟并且包装破损严重影响门店销售" * 100  # 2,200 characters
    for n in range(5):
        contacts.save_contact(ContactDraft(made.id, f"联系人{n}", "采购部副总经理兼物流总监", "influencer"),
                              actor=SCRIPT)  # fmt: skip
    for n in range(8):
        follow_ups.add_follow_up(made.id, f"{n} " + long_text[:200], boss.id, TODAY, actor=SCRIPT)
    for _ in range(7):
        feedback.add_entry(made.id, "complaint", "logistics", long_text, TODAY, actor=SCRIPT)
    for n in range(5):
        period = {
            "starts_on": dt.date(2026, 7, 1),
            "ends_on": dt.date(2026, 9, 30),
            "due_on": dt.date(2026, 12, 31),
        }
        draft = IncentiveDraft(made.id, title=long_text[:60], promised_cents=100000 * (n + 1), **period)
        incentives.save(draft, actor=SCRIPT)
    for card in board.board(made.id):
        board.move_card(made.id, card.key, "at_risk", actor=SCRIPT)
        fresh = next(c for c in board.board(made.id) if c.key == card.key)
        board.update_card(made.id, card.key, board.CardDetails(note=long_text), fresh.version, actor=SCRIPT)
    path = make_report(brief_request(made.id, language), tmp_path / "brief.pdf")
    pdf = pypdfium2.PdfDocument(str(path))
    pages, text = len(pdf), pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert pages == 1
    assert visit_brief.brief(made.id).questions[0].text(language) in text.replace("\r\n", "")


def test_the_oldest_open_complaint_comes_first_and_is_warned_past_the_target(account, clock_at):
    made, _boss = account
    feedback.add_entry(
        made.id, "complaint", "quality", "新的投诉", TODAY - dt.timedelta(days=2), actor=SCRIPT
    )
    feedback.add_entry(
        made.id, "complaint", "service", "三周前的投诉", TODAY - dt.timedelta(days=21), actor=SCRIPT
    )
    b = visit_brief.brief(made.id)
    assert [e.text for e in b.complaints] == ["三周前的投诉", "新的投诉"]
    section = next(s for s in sections(b, "en") if s.title == "Open complaints")
    assert section.warn == {0}  # 21 days open, past the office's 7-day target; 2 days is not


def test_every_practice_of_the_framework_has_its_question():
    practices = {p.key for card in board_cards.CARDS for p in card.practices}
    assert set(visit_questions.QUESTIONS) == practices
    for text in visit_questions.QUESTIONS.values():
        assert text("zh_CN").endswith("?") and text("en").endswith("?")


def seen(key, column, done=()):
    return CardSeen(key, column, frozenset(done))


def test_questions_go_to_the_cards_that_need_them_one_card_at_a_time():
    secured = [seen(c.key, "secured", [p.key for p in c.practices]) for c in board_cards.CARDS]
    first = [q.practice for q in suggest(secured)]
    assert first[0] == "regular_visits" and len(first) == 3  # all secured: seed 000's standing question

    cards = {c.key: seen(c.key, "secured", [p.key for p in c.practices]) for c in board_cards.CARDS}
    cards["strategy_alignment"] = seen("strategy_alignment", "not_started")
    cards["service"] = seen("service", "in_progress", ["timely_answers"])
    cards["quality"] = CardSeen("quality", "secured", frozenset(), suggest_at_risk=True)
    asked = suggest(cards.values())
    assert [(q.card, q.practice) for q in asked] == [
        ("quality", "no_open_quality"),  # suggested at risk comes first
        ("service", "service_complaints_resolved"),  # in progress: the practice not done yet
        ("strategy_alignment", "strategy_known"),
    ]
    assert len(suggest(cards.values(), count=5)) == 5
