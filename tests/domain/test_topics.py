"""What many customers ask for (seed 004: when a change helps 60% of the customers, make it)."""

import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.services import accounts, feedback, people, topics
from kamdesk.store.models import Account
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9))
    boss = people.create_rep("王经理", actor=SCRIPT)
    rep = people.create_rep("李娜", actor=SCRIPT)
    made = {code: accounts.save_account(accounts.AccountDraft(code=code, name=f"客户{code}"), actor=SCRIPT).id
            for code in "ABCDE"}  # fmt: skip
    return {"boss": boss, "rep": rep, **made}


def suggest(office, code, text):
    return feedback.add_entry(office[code], "suggestion", "logistics", text, actor=SCRIPT)


def test_a_topics_share_counts_each_active_account_once(office):
    night = topics.add_topic("夜间配送", actor=office["boss"])
    small = topics.add_topic("小包装", actor=office["boss"])
    asked = (("A", "能否晚上送货"), ("A", "夜里送货更好"), ("B", "希望夜间配送"), ("C", "晚上十点后送"))
    for code, text in (*asked, ("E", "夜间卸货")):
        topics.tag(suggest(office, code, text), night, actor=office["rep"])
    topics.tag(suggest(office, "D", "出小包装"), small, actor=office["rep"])
    Account.update(status="churned", churned_on=dt.date(2026, 10, 1)).where(
        Account.id == office["E"]
    ).execute()
    found = {t.name: t for t in topics.shares()}
    assert (found["夜间配送"].accounts, found["夜间配送"].share) == (
        3,
        0.75,
    )  # A, B and C of 4 active; E lost
    assert found["夜间配送"].worth_acting and len(found["夜间配送"].quotes) == 5
    assert (found["小包装"].accounts, found["小包装"].share, found["小包装"].worth_acting) == (1, 0.25, False)
    topics.mark_acted(night, dt.date(2026, 11, 20), "十二月起试行夜间配送", actor=office["boss"])
    assert not {t.name: t for t in topics.shares()}["夜间配送"].worth_acting
    assert [t.name for t in topics.shares()] == ["夜间配送", "小包装"]


def test_the_topic_list_is_a_managers(office):
    with pytest.raises(errors.PermissionDeniedError):
        topics.add_topic("账期", actor=office["rep"])
    topics.add_topic("账期", actor=office["boss"])
    with pytest.raises(errors.ValidationError) as caught:
        topics.add_topic(" 账期 ", actor=office["boss"])
    assert caught.value.errors == {"name": "duplicate"}
    with pytest.raises(errors.ValidationError):
        topics.tag(suggest(office, "A", "x"), 999, actor=office["rep"])


def test_visits_latent_needs_count_too_and_reviews_print_the_shares_as_of_the_end(office, clock_at, tmp_path):
    """A visit's latent needs and suggestions tagged with a topic count like a suggestion, each account
    once; a quarter's review counts what was raised by its end, among the accounts active then."""
    import re

    from kamdesk.reports.account_review import AccountReview
    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures, reviews, visits
    from tests.domain.test_reports import read

    night = topics.add_topic("夜间配送", actor=office["boss"])
    clock_at(dt.datetime(2026, 11, 24, 9))
    for code in "AB":
        draft = visits.VisitDraft(office[code], dt.datetime(2026, 11, 24, 9), purpose="回访",
                                  latent_needs="门店晚上才能收货", topic_ids=(night,))  # fmt: skip
        visits.save_visit(draft, actor=SCRIPT)
    topics.tag(suggest(office, "A", "希望夜间配送"), night, actor=office["rep"])  # A again: still once
    clock_at(dt.datetime(2027, 1, 5, 9))
    topics.tag(suggest(office, "C", "晚上送"), night, actor=office["rep"])  # after the quarter
    saved = visits.get_visit(visits_of(office["A"])[0])
    assert saved.topic_ids == (night,)  # reopens with its topic
    now = {t.name: t for t in topics.shares()}["夜间配送"]
    assert (now.accounts, now.share, now.worth_acting) == (3, 0.6, True)  # A, B, C of 5
    assert ("A", "门店晚上才能收货") in now.quotes
    q4 = periods.quarter(2026, 4)
    figures = quarter_figures.quarter_figures(q4)
    assert figures.to_json()["topic_shares"] == {"夜间配送": 0.4}  # A and B of 5, by 31 December
    text = re.sub(r"\s+", " ", "\n".join(read(QuarterlyReview(figures, "en").write(tmp_path / "q.pdf"))))
    assert "夜间配送 2 40% —" in text
    account = re.sub(r"\s+", " ", "\n".join(read(AccountReview(reviews.account_review(office["A"], q4), "en")
                                                .write(tmp_path / "a.pdf"))))  # fmt: skip
    assert "Topics this account has raised: 夜间配送." in account
    assert reviews.account_review(office["C"], q4).topics_raised == []  # C raised it in January


def visits_of(account_id):
    from kamdesk.store.models import Visit

    return [v.id for v in Visit.select().where(Visit.account == account_id)]
