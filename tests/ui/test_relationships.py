"""The account's Relationships tab and the birthdays in Follow-ups, driven as a user would."""

import datetime as dt

from PySide6.QtCore import Qt

from kamdesk.actor import Actor
from kamdesk.services import relationships
from kamdesk.store.models import Counterpart, PersonalNote
from tests.ui.conftest import settle, type_text
from tests.ui.test_accounts_page import click_row
from ui.accounts.accounts_page import AccountsPage
from ui.accounts.relationship_dialogs import CounterpartDialog, PersonalDialog
from ui.main_window import account_dialogs

TODAY = dt.datetime(2026, 12, 1, 9, 0)


def open_tab(qtbot, office, settings, user, code):
    page = AccountsPage(user, settings, account_dialogs())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    click_row(qtbot, page, code)
    page.detail.detail_tabs.setCurrentWidget(page.detail.relationships_panel)
    settle(qtbot)
    return page


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_a_tie_is_drawn_on_the_map_and_personal_notes_stay_with_the_owner(qtbot, office, settings, clock_at):
    clock_at(TODAY)
    li = Actor(office["li"].id, "李娜", "rep")
    page = open_tab(qtbot, office, settings, li, "KA002")  # 李娜's own account, with 张伟
    panel = page.detail.relationships_panel
    assert "Nobody of ours faces: 张伟" in panel.gaps_label.text()
    assert panel.chart.rendered is not None  # the map is drawn, 张伟 alone on it
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = next(d for d in panel.findChildren(CounterpartDialog) if d.isVisible())
    dialog.our_combo.setCurrentText("")
    type_text(qtbot, dialog.our_combo.lineEdit(), "陈会计")
    type_text(qtbot, dialog.title_edit, "财务经理")
    dialog.strength_combo.setCurrentIndex(dialog.strength_combo.findData("strong"))
    save(qtbot, dialog)
    tie = Counterpart.get()
    assert (tie.contact.name, tie.our_name, tie.our_title, tie.strength, tie.rep_id) == (
        "张伟", "陈会计", "财务经理", "strong", None)  # fmt: skip
    assert [panel.model.index(0, c).data() for c in range(3)] == [
        "张伟 · 采购经理",
        "陈会计 (财务经理)",
        "Strong",
    ]
    assert not panel.gaps_label.isVisible()

    assert panel.personal_button.isEnabled()
    qtbot.mouseClick(panel.personal_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    personal = next(d for d in panel.findChildren(PersonalDialog) if d.isVisible())
    personal.month_box.setValue(12)
    personal.day_box.setValue(8)
    type_text(qtbot, personal.interests_edit, "爱喝普洱茶")
    save(qtbot, personal)
    note = PersonalNote.get()
    assert (note.birthday_month, note.birthday_day, note.interests) == (12, 8, "爱喝普洱茶")

    boss_page = open_tab(qtbot, office, settings, Actor(office["boss"].id, "王经理", "manager"), "KA002")
    assert boss_page.detail.relationships_panel.personal_button.isEnabled()  # a manager
    other_page = open_tab(qtbot, office, settings, li, "KA001")  # the boss's account: not hers
    other = other_page.detail.relationships_panel
    assert not other.personal_button.isEnabled()
    assert "Only the account's owner and the managers" in other.personal_button.toolTip()


def test_birthdays_coming_show_in_follow_ups_for_the_owner(qtbot, office, clock_at):
    from kamdesk.services import contacts
    from ui.follow_ups.follow_ups_page import FollowUpsPage

    clock_at(TODAY)
    li = Actor(office["li"].id, "李娜", "rep")
    zhang = contacts.list_contacts(office["KA002"].id)[0].id
    relationships.save_personal(zhang, (12, 8), "爱喝普洱茶", "", actor=li)
    page = FollowUpsPage(li)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot)
    assert page.birthdays_part.isVisible()
    assert [page.birthday_model.index(0, c).data() for c in range(4)] == [
        "12-08", "张伟 (采购经理)", "KA002 北京永辉餐饮管理有限公司", "爱喝普洱茶"]  # fmt: skip
    other = FollowUpsPage(Actor(office["boss"].id, "王经理", "manager"))
    qtbot.addWidget(other)
    other.show()
    other.refresh()  # the boss's own list ("Mine"): 李娜's contact is not his
    settle(qtbot)
    assert not other.birthdays_part.isVisible()
