import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.services import accounts, contacts, people
from kamdesk.services.accounts import AccountDraft, AccountFilter, AccountIndex
from kamdesk.store.models import Account
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened):
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    a = accounts.save_account(
        AccountDraft(code="KA001", name="苏州华联超市有限公司", tier="vip", owner_id=li.id, region="华东"),
        actor=SCRIPT,
    )
    b = accounts.save_account(
        AccountDraft(code="ka002", name="Golden Harbor Foods", status="prospect"), actor=SCRIPT
    )
    contacts.save_contact(contacts.ContactDraft(account_id=b.id, name="张伟", title="采购经理"), actor=SCRIPT)
    return boss, li, a, b


def test_first_rep_is_the_manager(opened):
    assert people.create_rep("王经理", role="rep", actor=SCRIPT).role == "manager"
    assert people.create_rep("李娜", actor=SCRIPT).role == "rep"
    with pytest.raises(errors.ValidationError) as caught:
        people.create_rep("李娜", actor=SCRIPT)
    assert caught.value.errors == {"name": "duplicate"}


def test_search_matches_chinese_substrings_codes_and_contacts(office):
    _, _, a, b = office
    ids = lambda text: {r.id for r in accounts.search_accounts(AccountFilter(text=text))}  # noqa: E731
    assert ids("华联") == {a.id}
    assert ids("KA00") == {a.id, b.id}  # codes, case-insensitively
    assert ids("golden HARBOR") == {b.id}
    assert ids("张伟") == {b.id}  # a contact's name finds the account
    assert ids("不存在") == set()


def test_search_by_pinyin_initials_full_pinyin_region_and_industry(office):
    """Issue 23: "bjfb" or "beijing" for 北京福邦…; polyphonic characters read in context (重庆 is
    chongqing, 银行 yinhang) and a surname's readings (单 is shan as a surname)."""
    _, _, a, b = office
    fubang = accounts.save_account(AccountDraft(code="KA003", name="北京福邦商贸有限公司", region="华北",
                                                industry="快消品"), actor=SCRIPT)  # fmt: skip
    bank = accounts.save_account(AccountDraft(code="KA004", name="重庆银行股份有限公司"), actor=SCRIPT)
    contacts.save_contact(contacts.ContactDraft(account_id=bank.id, name="单雄信"), actor=SCRIPT)
    ids = lambda text: {r.id for r in accounts.search_accounts(AccountFilter(text=text))}  # noqa: E731
    assert ids("bjfb") == ids("BJFB") == ids("beijing") == ids("bei jing") == ids("fubang") == {fubang.id}
    assert ids("华北") == ids("huabei") == ids("快消") == {fubang.id}  # region and industry
    assert ids("chongqing") == ids("cqyh") == ids("yinhang") == {bank.id}
    assert ids("zhongqing") == set() and ids("yinxing") == set()  # the wrong readings find nothing
    assert ids("shanxiongxin") == ids("sxx") == ids("danxiongxin") == {bank.id}  # a contact, by surname
    assert ids("szhl") == {a.id} and ids("zw") == {b.id}  # 苏州华联; 张伟, Golden Harbor's contact
    assert ids("golden harbor") == {b.id}  # spaces in English names still count


def test_filters_by_tier_status_and_owner(office):
    _, li, a, b = office
    search = accounts.search_accounts
    assert [r.id for r in search(AccountFilter(tier="vip"))] == [a.id]
    assert [r.id for r in search(AccountFilter(status="prospect"))] == [b.id]
    assert [r.id for r in search(AccountFilter(owner_id=li.id))] == [a.id]
    row = search(AccountFilter(owner_id=li.id))[0]
    assert (row.owner, row.contacts, row.region) == ("李娜", 0, "华东")


def test_index_refresh_sees_a_new_contact(office):
    _, _, a, _ = office
    index = AccountIndex().load()
    index.prepare_search()  # as the accounts page does once the window is up
    contacts.save_contact(contacts.ContactDraft(account_id=a.id, name="欧阳明"), actor=SCRIPT)
    assert index.search(AccountFilter(text="欧阳")) == []
    index.refresh(a.id)
    assert [(r.id, r.contacts) for r in index.search(AccountFilter(text="欧阳"))] == [(a.id, 1)]


def test_validation_names_every_bad_field_and_saves_nothing(opened):
    draft = AccountDraft(code="  ", name="", tier="gold", address="x" * 201)
    with pytest.raises(errors.ValidationError) as caught:
        accounts.save_account(draft, actor=SCRIPT)
    assert caught.value.errors == {
        "code": "required", "name": "required", "address": "too_long", "tier": "invalid_choice",
    }  # fmt: skip
    assert Account.select().count() == 0


def test_codes_are_unique_ignoring_case(office):
    with pytest.raises(errors.ValidationError) as caught:
        accounts.save_account(AccountDraft(code="KA002", name="重复"), actor=SCRIPT)
    assert caught.value.errors == {"code": "duplicate"}


def test_update_with_an_outdated_version_is_refused(office):
    _, _, a, _ = office
    mine = accounts.get_account(a.id)
    theirs = accounts.save_account(AccountDraft(**{**mine.__dict__, "notes": "他们的修改"}), actor=SCRIPT)
    assert theirs.version == mine.version + 1
    with pytest.raises(errors.ConflictError):
        accounts.save_account(AccountDraft(**{**mine.__dict__, "notes": "我的修改"}), actor=SCRIPT)
    assert accounts.get_account(a.id).notes == "他们的修改"


def test_saving_trims_text(opened):
    saved = accounts.save_account(AccountDraft(code=" KA9 ", name="  杭州天润酒店 "), actor=SCRIPT)
    assert (saved.code, saved.name) == ("KA9", "杭州天润酒店")


def test_account_with_history_is_archived_and_can_be_restored(office):
    _, _, a, b = office
    assert accounts.remove_account(b.id, actor=SCRIPT) == "archived"  # b has a contact
    assert accounts.get_account(b.id).archived
    assert b.id not in {r.id for r in accounts.search_accounts()}
    assert b.id in {r.id for r in accounts.search_accounts(AccountFilter(include_archived=True))}
    accounts.restore_account(b.id, actor=SCRIPT)
    assert not accounts.get_account(b.id).archived
    assert accounts.remove_account(a.id, actor=SCRIPT) == "deleted"  # nothing recorded about a
    with pytest.raises(errors.NotFoundError):
        accounts.get_account(a.id)


def test_known_values_offer_industries_in_use(opened):
    accounts.save_account(AccountDraft(code="A", name="甲", industry="酒店"), actor=SCRIPT)
    accounts.save_account(AccountDraft(code="B", name="乙", industry="建材"), actor=SCRIPT)
    accounts.save_account(AccountDraft(code="C", name="丙", industry="酒店"), actor=SCRIPT)
    assert sorted(accounts.known_values("industry")) == ["建材", "酒店"]


@pytest.mark.parametrize("text", ["上海\x00华联", "bell\x07", "esc\x1b[31m", "del\x7f"])
def test_control_characters_are_refused_at_every_entry(opened, text, tmp_path):
    """An office holding a NUL could not be copied to PostgreSQL; no person types one."""
    from kamdesk.exchange import importing
    from kamdesk.store.models import Visit

    with pytest.raises(errors.ValidationError) as refused:
        accounts.save_account(accounts.AccountDraft(code="KA1", name=text), actor=SCRIPT)
    assert refused.value.errors == {"name": "control_character"}
    made = accounts.save_account(accounts.AccountDraft(code="KA1", name="上海华联"), actor=SCRIPT)
    with pytest.raises(errors.ValidationError) as refused:  # any path to the database, even the models'
        Visit.create(account=made.id, started_at=dt.datetime(2026, 11, 2, 9), purpose=text)
    assert refused.value.errors == {"purpose": "control_character"}
    path = tmp_path / "accounts.csv"
    path.write_text(f"code,name,industry\nKA2,杭州天润,ok\nKA3,苏州,{text}\n", encoding="utf-8")
    with pytest.raises(errors.ImportRefusedError) as refused:
        importing.import_accounts(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [
        (3, "industry", "control_character")
    ]
    assert Account.select().count() == 1 and Visit.select().count() == 0


def test_tabs_and_line_breaks_are_ordinary_text(opened):
    made = accounts.save_account(
        accounts.AccountDraft(code="KA1", name="上海华联", notes="一\t二\r\n三"), actor=SCRIPT
    )
    assert accounts.get_account(made.id).notes == "一\t二\r\n三"


def test_an_archived_account_is_read_only_everywhere_until_restored(office, clock_at):
    """Issue 23: nothing is recorded on an archived account; restoring makes it live again."""
    import datetime as dt

    from kamdesk.services import (
        board,
        churn,
        delivery,
        feedback,
        follow_ups,
        loyalty,
        relationships,
        satisfaction,
        value,
        visits,
    )
    from kamdesk.store.models import FollowUp, LedgerEntry, Visit

    clock_at(dt.datetime(2026, 11, 23, 9))
    boss, li, a, _ = office
    person = contacts.save_contact(contacts.ContactDraft(account_id=a.id, name="周敏"), actor=SCRIPT).id
    complaint = feedback.add_entry(a.id, "complaint", "quality", "包装破损", actor=SCRIPT)
    with pytest.raises(errors.PermissionDeniedError):
        accounts.archive_account(a.id, actor=li)  # a manager's
    accounts.archive_account(a.id, actor=boss)
    day, week = dt.date(2026, 11, 20), dt.timedelta(days=7)
    visit = visits.VisitDraft(a.id, dt.datetime(2026, 11, 20, 10), purpose="回访")
    tie = relationships.CounterpartDraft(person, "李娜")
    attempts = {
        "visit": lambda: visits.save_visit(visit, actor=SCRIPT),
        "feedback": lambda: feedback.add_entry(a.id, "praise", "quality", "好", actor=SCRIPT),
        "resolve": lambda: feedback.resolve(complaint, "已处理", actor=SCRIPT),
        "follow-up": lambda: follow_ups.add_follow_up(a.id, "回访", li.id, day + week, actor=SCRIPT),
        "loyalty": lambda: loyalty.record(a.id, "loyal", day, actor=SCRIPT),
        "survey": lambda: satisfaction.record(a.id, day, "satisfied", actor=SCRIPT),
        "churn": lambda: churn.mark_churned(a.id, day, "价格", "交货慢", "", step="logistics", actor=SCRIPT),
        "board": lambda: board.move_card(a.id, "quality", "at_risk", actor=SCRIPT),
        "delivery": lambda: delivery.record_issue(a.id, day, "late", actor=SCRIPT),
        "need": lambda: value.record_need(a.id, 100_000, day, "采购经理", actor=SCRIPT),
        "contact": lambda: contacts.save_contact(contacts.ContactDraft(a.id, name="新人"), actor=SCRIPT),
        "tie": lambda: relationships.save_counterpart(tie, actor=SCRIPT),
    }  # fmt: skip
    for what, attempt in attempts.items():
        with pytest.raises(errors.ArchivedError):
            attempt()
            pytest.fail(what)
    assert (Visit.select().count(), FollowUp.select().count(), LedgerEntry.select().count()) == (0, 0, 1)
    accounts.restore_account(a.id, actor=boss)
    attempts["visit"]()
    attempts["follow-up"]()
    assert (Visit.select().count(), FollowUp.select().count()) == (1, 1)


def test_active_accounts_by_tier_are_counted_as_the_accounts_list_shows_them(opened, clock_at):
    """The Dashboard's tiers chart counts what the accounts list filtered by tier and status shows:
    active accounts only, none archived."""
    from kamdesk import demo
    from kamdesk.rules.vocab import Status, Tier

    clock_at(dt.datetime(2026, 11, 23, 9))
    demo.fill_demo(accounts=60, seed=4)
    active = [r for r in accounts.search_accounts(AccountFilter(status=Status.ACTIVE))]
    archived = next(r for r in active if r.tier == Tier.VIP)
    accounts.archive_account(archived.id, actor=SCRIPT)
    counted = accounts.active_by_tier()
    shown = {t: len(accounts.search_accounts(AccountFilter(tier=t, status=Status.ACTIVE))) for t in Tier}
    assert counted == shown and list(counted) == list(Tier)
    assert sum(counted.values()) == len(active) - 1 > 20 and counted[Tier.VIP] >= 1
    assert Account.select().where(Account.status != Status.ACTIVE).count() > 0  # others are left out
