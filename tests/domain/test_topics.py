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
