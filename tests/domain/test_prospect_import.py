import datetime as dt

import pytest
from openpyxl import Workbook

from kamdesk import errors
from kamdesk.exchange.prospect_import import import_prospects
from kamdesk.services import people
from kamdesk.store.models import Account, Contact, ProspectCard, TriggerEvent
from tests.conftest import SCRIPT

GOOD = (
    "公司名称,行业,区域,联系人,职位,电话,负责人,亲自参与,触发事件日期,触发事件类型,触发事件,消息来源\n"
    "杭州天润酒店管理有限公司,酒店,华东/杭州,周强,总经理,138 0000 1111,李娜,是,"
    "2026-10-08,兼并,被集团收购,新闻\n"
    "Golden Harbor Foods,餐饮连锁,华南/深圳,Amy Lin,Purchasing Director,,,,,,,\n"
)


@pytest.fixture
def team(opened, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    return boss, li


def test_a_list_with_chinese_headers_becomes_prospects_with_contacts_cards_and_triggers(team, tmp_path):
    boss, li = team
    path = tmp_path / "展会名单.csv"
    path.write_text(GOOD, encoding="gb18030")
    result = import_prospects(path, actor=boss)
    assert (result.lines, result.new) == (2, 2)
    hotel = Account.get(Account.name == "杭州天润酒店管理有限公司")
    assert (hotel.status, hotel.code, hotel.owner_id, hotel.region) == (
        "prospect",
        "P00001",
        li.id,
        "华东/杭州",
    )
    card = ProspectCard.get(ProspectCard.account == hotel.id)
    assert card.personally_involved and not card.sold_before
    assert Contact.get_by_id(card.contact_id).title == "总经理"
    trigger = TriggerEvent.get(TriggerEvent.account == hotel.id)
    assert (trigger.kind, trigger.happened_on, trigger.what) == ("merger", dt.date(2026, 10, 8), "被集团收购")
    foods = Account.get(Account.name == "Golden Harbor Foods")
    assert foods.owner_id == boss.id and foods.code == "P00002"
    again = import_prospects(path, actor=boss)
    assert (again.lines, again.new) == (2, 0) and Account.select().count() == 2


def test_a_bad_list_is_refused_whole_with_every_problem_by_line_and_column(team, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "company,industry,title,email,personally involved,trigger date,trigger kind,trigger event\n"
        "Fine Hotel,Hotels,GM,gm@fine.cn,yes,,,\n"
        ",Hotels,GM,not-mail,maybe,,,\n"
        "Fine Hotel,Hotels,GM,,,2027-01-01,rumour,\n",
        encoding="utf-8",
    )
    with pytest.raises(errors.ImportRefusedError) as refused:
        import_prospects(path, actor=SCRIPT)
    found = [(p.line, p.column, p.code) for p in refused.value.problems]
    assert found == [
        (3, "name", "required"), (3, "email", "invalid_email"), (3, "personally_involved", "not_yes_no"),
        (4, "trigger_what", "required"), (4, "trigger_date", "in_future"),
        (4, "trigger_kind", "invalid_choice"), (4, "name", "duplicate_name"),
    ]  # fmt: skip
    assert Account.select().count() == 0 and ProspectCard.select().count() == 0


def test_an_xlsx_list_imports_the_same_way(team, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Company", "Industry", "Territory", "Contact", "Title", "Sold before", "Trigger date",
                  "Trigger kind", "Trigger event"])  # fmt: skip
    sheet.append(
        ["Harbor Hotel", "Hotels", "华东", "Ann", "GM", 1, dt.datetime(2026, 9, 1), "new plant", "Kitchen"]
    )
    path = tmp_path / "list.xlsx"
    book.save(path)
    assert import_prospects(path, actor=SCRIPT).new == 1
    card = ProspectCard.get()
    assert card.sold_before and TriggerEvent.get().kind == "new_plant"
