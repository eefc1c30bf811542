import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.services import (
    accounts,
    contacts,
    feedback,
    follow_ups,
    loyalty,
    notes_search,
    people,
    timeline,
    visits,
)
from kamdesk.services.visits import FollowUpDraft, LedgerDraft, VisitDraft
from kamdesk.store.models import Contact, FollowUp, LedgerEntry, Visit, VisitContact, VisitRep
from tests.conftest import SCRIPT

TODAY = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def office(opened, clock_at):
    clock_at(TODAY)
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    acc = accounts.save_account(
        accounts.AccountDraft(code="KA1", name="苏州华联超市有限公司", tier="vip", owner_id=li.id),
        actor=SCRIPT,
    )
    buyer = contacts.save_contact(
        contacts.ContactDraft(account_id=acc.id, name="张伟", title="采购经理"), actor=SCRIPT
    )
    return {"boss": boss, "li": li, "account": acc, "buyer": buyer}


def a_visit(office, **changes):
    values = dict(
        account_id=office["account"].id,
        started_at=dt.datetime(2026, 11, 20, 10, 0),
        ended_at=dt.datetime(2026, 11, 20, 11, 30),
        channel="onsite",
        purpose="季度深度沟通,征求意见",
        problems="上月两次送货延迟",
        latent_needs="明年新开 5 家门店,需要新品",
        competitor_moves="某竞品给出 3% 返利",
        our_rep_ids=(office["li"].id,),
        their_contact_ids=(office["buyer"].id,),
        new_contact_names=("刘敏",),
        follow_ups=(
            FollowUpDraft("给出门店开业备货方案", office["li"].id, dt.date(2026, 11, 30)),
            FollowUpDraft("与物流部核对送货时间", office["boss"].id, dt.date(2026, 11, 25)),
        ),
        ledger=(
            LedgerDraft("complaint", "logistics", "两次送货延迟", office["buyer"].id),
            LedgerDraft("praise", "service", "售后响应快"),
        ),
    )
    values.update(changes)
    return VisitDraft(**values)


def test_saving_a_visit_writes_everything_in_one_go(office):
    saved = visits.save_visit(a_visit(office), actor=office["li"])
    visit = Visit.get_by_id(saved.draft.id)
    assert (visit.channel, visit.purpose, visit.created_by_id) == (
        "onsite",
        "季度深度沟通,征求意见",
        office["li"].id,
    )
    assert [r.rep_id for r in VisitRep.select()] == [office["li"].id]
    met = {c.contact.name for c in VisitContact.select()}
    assert met == {"张伟", "刘敏"}  # 刘敏 was added as a contact on the spot
    assert Contact.get(Contact.name == "刘敏").account_id == office["account"].id
    assert sorted(f.text for f in FollowUp.select()) == ["与物流部核对送货时间", "给出门店开业备货方案"]
    assert {(e.kind, e.guarantee, e.noted_on) for e in LedgerEntry.select()} == {
        ("complaint", "logistics", dt.date(2026, 11, 20)), ("praise", "service", dt.date(2026, 11, 20)),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"ended_at": dt.datetime(2026, 11, 20, 9, 0)}, "ended_at", "before_start"),
        ({"purpose": "  "}, "purpose", "required"),
        ({"started_at": None}, "started_at", "required"),
        ({"started_at": dt.datetime(2026, 11, 24, 9, 0), "ended_at": None}, "started_at", "in_future"),
    ],
)
def test_bad_visit_is_refused_whole(office, changes, field, code):
    with pytest.raises(errors.ValidationError) as caught:
        visits.save_visit(a_visit(office, **changes), actor=office["li"])
    assert caught.value.errors[field] == code
    assert Visit.select().count() == FollowUp.select().count() == LedgerEntry.select().count() == 0
    assert Contact.select().count() == 1  # the on-the-spot contact was not added either


def test_follow_up_due_in_the_past_is_refused_at_its_row(office):
    draft = a_visit(office, follow_ups=(FollowUpDraft("回访", office["li"].id, dt.date(2026, 11, 22)),))
    with pytest.raises(errors.ValidationError) as caught:
        visits.save_visit(draft, actor=office["li"])
    assert caught.value.errors == {"follow_ups.0.due_on": "in_past"}


def test_editing_a_visit_keeps_who_changed_what_and_when(office, clock_at):
    saved = visits.save_visit(a_visit(office), actor=office["li"]).draft
    clock_at(TODAY + dt.timedelta(hours=2))
    from dataclasses import replace

    edited = replace(saved, problems="上月三次送货延迟", our_rep_ids=(office["li"].id, office["boss"].id))
    visits.save_visit(edited, actor=office["boss"])
    changes = {c.field: c for c in visits.visit_history(saved.id)}
    assert set(changes) == {"problems", "our_rep_ids"}
    assert changes["problems"].changed_at == TODAY + dt.timedelta(hours=2)
    assert (changes["problems"].editor, changes["problems"].old_value, changes["problems"].new_value) == (
        "王经理", "上月两次送货延迟", "上月三次送货延迟",
    )  # fmt: skip
    assert FollowUp.select().count() == 2  # editing does not repeat the follow-ups
    with pytest.raises(errors.ConflictError):
        visits.save_visit(replace(saved, purpose="旧版本"), actor=office["li"])


def test_my_follow_ups_are_grouped_by_due_date(office, clock_at):
    visits.save_visit(a_visit(office), actor=office["li"])
    follow_ups.add_follow_up(
        office["account"].id, "寄样品", office["li"].id, dt.date(2026, 11, 23), actor=SCRIPT
    )
    follow_ups.add_follow_up(
        office["account"].id, "年底拜访", office["li"].id, dt.date(2027, 1, 5), actor=SCRIPT
    )
    clock_at(dt.datetime(2026, 11, 26, 8, 0))  # three days later
    mine = follow_ups.grouped(follow_ups.open_follow_ups(owner_id=office["li"].id))
    assert [(f.text, f.owner, f.account_name) for f in mine["overdue"]] == [
        ("寄样品", "李娜", "苏州华联超市有限公司")
    ]
    assert [f.text for f in mine["next_week"]] == ["给出门店开业备货方案"]  # Monday 30th: next week
    assert mine["this_week"] == []  # a Thursday: this week ends on Sunday the 29th
    assert [f.text for f in mine["later"]] == ["年底拜访"] and mine["today"] == []
    follow_ups.complete(mine["overdue"][0].id, "已寄出", actor=SCRIPT)
    follow_ups.reassign(mine["later"][0].id, office["boss"].id, actor=SCRIPT)
    assert [f.text for f in follow_ups.open_follow_ups(owner_id=office["li"].id)] == ["给出门店开业备货方案"]
    with pytest.raises(errors.ConflictError):
        follow_ups.complete(mine["overdue"][0].id, actor=SCRIPT)


def test_cadence_list_follows_the_clock_and_any_contact_resets_it(office, clock_at):
    account_id = office["account"].id  # VIP: every 14 days
    clock_at(dt.datetime(2026, 12, 1, 9, 0))
    assert [d.account_id for d in follow_ups.due_for_contact()] == []  # created 8 days ago
    clock_at(dt.datetime(2026, 12, 10, 9, 0))
    due = follow_ups.due_for_contact()
    assert [(d.account_id, d.overdue_days, d.last_contact) for d in due] == [(account_id, 3, None)]
    assert follow_ups.past_cadence(account_id)
    call = a_visit(office, started_at=dt.datetime(2026, 12, 9, 15), ended_at=None, follow_ups=(), ledger=())
    visits.save_visit(call, actor=office["li"])
    assert follow_ups.due_for_contact() == []
    assert not follow_ups.past_cadence(account_id)
    clock_at(dt.datetime(2026, 12, 24, 9, 0))
    assert [d.overdue_days for d in follow_ups.due_for_contact()] == [1]


def test_only_a_manager_changes_the_cadence(office):
    with pytest.raises(errors.PermissionDeniedError):
        follow_ups.set_cadence("vip", 7, actor=office["li"])
    follow_ups.set_cadence("vip", 7, actor=office["boss"])
    assert follow_ups.cadence_days()["vip"] == 7
    with pytest.raises(errors.ValidationError):
        follow_ups.set_cadence("vip", 0, actor=office["boss"])


def test_ledger_filters_and_resolution(office):
    visits.save_visit(a_visit(office), actor=office["li"])
    other = accounts.save_account(
        accounts.AccountDraft(code="KA2", name="杭州天润酒店", owner_id=office["boss"].id), actor=SCRIPT
    )
    feedback.add_entry(other.id, "complaint", "quality", "包装破损", dt.date(2026, 11, 21), actor=SCRIPT)
    assert feedback.open_complaints_by_account() == {office["account"].id: 1, other.id: 1}
    open_ones = feedback.entries(feedback.LedgerFilter(status="open"))
    assert [e.text for e in open_ones] == ["包装破损", "两次送货延迟"]
    by_guarantee = feedback.entries(feedback.LedgerFilter(guarantee="logistics"))
    assert [(e.text, e.contact, e.owner_id) for e in by_guarantee] == [
        ("两次送货延迟", "张伟", office["li"].id)
    ]
    assert [e.text for e in feedback.entries(feedback.LedgerFilter(owner_id=office["boss"].id))] == [
        "包装破损"
    ]
    feedback.resolve(open_ones[0].id, "已补发", actor=SCRIPT)
    assert feedback.open_complaints_by_account() == {office["account"].id: 1}
    with pytest.raises(errors.ConflictError):
        feedback.resolve(open_ones[0].id, "again", actor=SCRIPT)
    praise = feedback.entries(feedback.LedgerFilter(kind="praise"))[0]
    assert praise.status == "noted"


def test_loyalty_history_distribution_and_who_moved_down(office, clock_at):
    acc = office["account"].id
    loyalty.record(acc, "loyal", dt.date(2026, 6, 1), "survey", "满意度调查 9 分", actor=office["li"])
    loyalty.record(acc, "neutral", dt.date(2026, 10, 15), "visit", "对延迟交货不满", actor=SCRIPT)
    assert accounts.get_account(acc).loyalty == "neutral"
    assert [(a.level, a.assessed_by) for a in loyalty.history(acc)] == [("neutral", ""), ("loyal", "李娜")]
    assert loyalty.distribution()["neutral"] == 1
    moved = loyalty.moved_down(since=dt.date(2026, 9, 30))
    assert [(m.code, m.before, m.after) for m in moved] == [("KA1", "loyal", "neutral")]
    loyalty.record(
        acc, "disloyal", dt.date(2026, 5, 1), "other", actor=SCRIPT
    )  # an older assessment, entered late
    assert accounts.get_account(acc).loyalty == "neutral"  # the current level is the latest by date
    with pytest.raises(errors.ValidationError):
        loyalty.record(acc, "loyal", dt.date(2026, 12, 1), actor=SCRIPT)  # in the future


def test_timeline_is_newest_first_and_filters_by_kind(office, clock_at):
    visits.save_visit(a_visit(office), actor=office["li"])
    loyalty.record(office["account"].id, "neutral", dt.date(2026, 11, 22), actor=SCRIPT)
    done = follow_ups.open_follow_ups()[0]
    follow_ups.complete(done.id, "已完成", actor=SCRIPT)
    items = timeline.timeline(office["account"].id)
    assert [i.kind for i in items][:2] == ["follow_up", "loyalty"]
    assert {i.kind for i in items} == {"visit", "complaint", "praise", "follow_up", "loyalty"}
    assert [i.when for i in items] == sorted((i.when for i in items), reverse=True)
    only = timeline.timeline(office["account"].id, {"complaint", "praise"})
    assert {i.kind for i in only} == {"complaint", "praise"}


def test_search_finds_chinese_substrings_in_visits_and_ledger(office):
    saved = visits.save_visit(a_visit(office), actor=office["li"])
    hits = notes_search.search("新开")
    assert [(h.kind, h.visit_id) for h in hits] == [("visit", saved.draft.id)]
    assert "新开 5 家门店" in hits[0].snippet
    hits = notes_search.search("送货延迟")
    assert {h.kind for h in hits} == {"visit", "complaint"}
    assert all(h.visit_id == saved.draft.id for h in hits)  # every result opens the visit
    assert notes_search.search("100%") == []  # wildcards are searched for literally


def test_this_week_ends_on_sunday_and_next_monday_is_next_week():
    from kamdesk.services.follow_ups import FollowUpItem

    def bucket(due, today):
        return FollowUpItem(1, 1, "客户", "回访", None, "", due, None, "", None).bucket(today)

    thursday, sunday = dt.date(2026, 11, 26), dt.date(2026, 11, 29)
    assert [bucket(dt.date(2026, 11, d), thursday) for d in (25, 26, 27, 29, 30)] == [
        "overdue", "today", "this_week", "this_week", "next_week"]  # fmt: skip
    assert bucket(dt.date(2026, 12, 6), thursday) == "next_week"
    assert bucket(dt.date(2026, 12, 7), thursday) == "later"
    assert bucket(dt.date(2026, 11, 30), sunday) == "next_week"  # on a Sunday, Monday is next week
