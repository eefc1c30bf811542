"""Roles and hand-over: only a manager reassigns, hands over, deletes, edits tiers and deactivates
people; a hand-over moves the account with its open follow-ups and board cards, history intact."""

import dataclasses
import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.exchange import importing
from kamdesk.services import accounts, board, follow_ups, hand_over, people, timeline, visits
from kamdesk.store.models import Account, BoardCard, FollowUp, HandOver, Visit
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    zhao = people.create_rep("赵强", actor=SCRIPT)
    made = [
        accounts.save_account(accounts.AccountDraft(code=f"KA00{i}", name=name, owner_id=li.id), actor=SCRIPT)
        for i, name in enumerate(("苏州华联超市", "杭州天润酒店", "南京金鹰餐饮"), start=1)
    ]
    first = made[0].id
    visit = visits.save_visit(
        visits.VisitDraft(
            account_id=first,
            started_at=dt.datetime(2026, 11, 20, 10, 0),
            purpose="季度回顾",
            follow_ups=(visits.FollowUpDraft("寄送新品样品", li.id, dt.date(2026, 11, 30)),),
        ),
        actor=li,
    )
    follow_ups.add_follow_up(first, "确认年度合同", owner_id=boss.id, due_on=dt.date(2026, 12, 5), actor=boss)
    done = follow_ups.add_follow_up(
        first, "已完成的电话", owner_id=li.id, due_on=dt.date(2026, 11, 25), actor=li
    )
    follow_ups.complete(done, "谈妥", actor=SCRIPT)
    board.ensure_board(first)
    for key in ("communication", "quality"):
        card = next(c for c in board.board(first) if c.key == key)
        board.update_card(
            first, key, board.CardDetails(li.id, None, "", frozenset()), card.version, actor=SCRIPT
        )
    return {"boss": boss, "li": li, "zhao": zhao, "accounts": made, "visit": visit}


def test_a_leaving_reps_accounts_move_with_their_open_follow_ups_and_cards(office):
    li, zhao, boss = office["li"], office["zhao"], office["boss"]
    ids = hand_over.accounts_of(li.id)
    assert len(ids) == 3
    result = hand_over.hand_over(ids, zhao.id, note="李娜离职", actor=boss)
    assert (result.accounts, result.follow_ups, result.cards) == (3, 1, 2)

    first = office["accounts"][0].id
    assert {a.owner_id for a in Account.select()} == {zhao.id}
    owners = {f.text: (f.owner_id, f.done_at is not None) for f in FollowUp.select()}
    assert owners == {
        "寄送新品样品": (zhao.id, False),  # li's open follow-up moved
        "确认年度合同": (boss.id, False),  # someone else's stays theirs
        "已完成的电话": (li.id, True),  # done ones stay as history
    }
    assert {c.card for c in BoardCard.select().where(BoardCard.owner == zhao.id)} == {
        "communication",
        "quality",
    }
    assert Visit.get_by_id(office["visit"].draft.id).created_by_id == li.id  # history is not rewritten
    entry = next(i for i in timeline.timeline(first) if i.kind == "handover")
    assert (entry.text, entry.detail, entry.code) == ("李娜 → 赵强", "李娜离职", "王经理")
    assert HandOver.select().count() == 3


def test_only_a_manager_hands_over_reassigns_deletes_changes_tiers_or_people(office, tmp_path):
    li, zhao, boss = office["li"], office["zhao"], office["boss"]
    account = accounts.get_account(office["accounts"][0].id)
    with pytest.raises(errors.PermissionDeniedError):
        hand_over.hand_over([account.id], zhao.id, actor=li)
    with pytest.raises(errors.PermissionDeniedError):
        accounts.save_account(dataclasses.replace(account, owner_id=zhao.id), actor=li)
    with pytest.raises(errors.PermissionDeniedError):
        accounts.save_account(dataclasses.replace(account, tier="vip"), actor=li)
    with pytest.raises(errors.PermissionDeniedError):
        accounts.save_account(
            accounts.AccountDraft(code="KA9", name="新客户", tier="vip", owner_id=li.id), actor=li
        )
    with pytest.raises(errors.PermissionDeniedError):
        accounts.remove_account(account.id, actor=li)
    with pytest.raises(errors.PermissionDeniedError):
        people.set_active(zhao.id, False, actor=li)
    account_list = tmp_path / "accounts.csv"
    account_list.write_text("code,name,owner,tier\nKA001,苏州华联超市,赵强,vip\n", encoding="utf-8")
    with pytest.raises(errors.PermissionDeniedError):  # the list sets owners and tiers
        importing.import_accounts(account_list, actor=li)
    assert (
        Account.get_by_id(account.id).owner_id == li.id
        and Account.get_by_id(account.id).tier == "unclassified"
    )

    saved = accounts.save_account(
        dataclasses.replace(account, address="人民路 1 号"), actor=li
    )  # a rep edits
    assert saved.address == "人民路 1 号"
    assert (
        accounts.save_account(dataclasses.replace(saved, tier="vip", owner_id=zhao.id), actor=boss).tier
        == "vip"
    )


def test_a_person_who_left_is_deactivated_but_the_office_keeps_a_manager(office):
    boss, li = office["boss"], office["li"]
    assert not people.set_active(li.id, False, actor=boss).active
    assert [r.name for r in people.list_reps()] == ["王经理", "赵强"]
    with pytest.raises(errors.ValidationError):  # nothing goes to someone who left
        hand_over.hand_over([office["accounts"][0].id], li.id, actor=boss)
    with pytest.raises(errors.LastManagerError):
        people.set_active(boss.id, False, actor=boss)
    with pytest.raises(errors.LastManagerError):
        people.set_role(boss.id, "rep", actor=boss)
    assert people.get_rep(boss.id).is_manager and people.get_rep(boss.id).active


def test_the_hand_over_dossier_tells_the_new_owner_who_matters_and_what_is_open(
    office, tmp_path, database_url
):
    import pypdfium2

    from kamdesk import cli
    from kamdesk.services import contacts, feedback

    first = office["accounts"][0].id
    zhang = contacts.ContactDraft(
        account_id=first, name="张伟", title="采购总监", decision_role="decision_maker", attitude="opponent"
    )
    contacts.save_contact(zhang, actor=SCRIPT)
    feedback.add_entry(first, "complaint", "logistics", "上周两次晚到货", actor=office["li"])
    done = feedback.add_entry(first, "complaint", "quality", "包装破损", actor=office["li"])
    feedback.resolve(done, "已换货", actor=SCRIPT)
    hand_over.hand_over([first], office["zhao"].id, note="李娜离职", actor=office["boss"])

    out = tmp_path / "dossier.pdf"
    argv = ["report", "dossier", "ka001", "--db", database_url, "-o", str(out), "--lang", "zh_CN"]
    assert cli.run(cli.parse_args(argv)) == 0
    pdf = pypdfium2.PdfDocument(str(out))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    who_matters = ("张伟", "采购总监", "决策者", "反对")
    what_is_open = ("寄送新品样品", "上周两次晚到货", "一个沟通", "季度回顾")
    for expected in ("客户交接档案", "苏州华联超市", *who_matters, *what_is_open, "李娜 → 赵强", "李娜离职"):
        assert expected in text, expected
    assert "包装破损" not in text  # resolved complaints are history, not the new owner's to-do
