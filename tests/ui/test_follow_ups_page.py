import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kamdesk.services import follow_ups
from kamdesk.store import db
from kamdesk.store.models import Cadence, FollowUp
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, type_text
from ui.common import ask
from ui.follow_ups.cadence_dialog import CadenceDialog
from ui.main_window import MainWindow
from ui.visits.visit_form import VisitForm

START = dt.datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def window(qtbot, office, settings, clock_at):
    clock_at(START)
    boss, li = office["boss"], office["li"]
    follow_ups.add_follow_up(office["KA001"].id, "寄样品", boss.id, dt.date(2026, 11, 23), actor=SCRIPT)
    follow_ups.add_follow_up(office["KA004"].id, "报价", boss.id, dt.date(2026, 11, 26), actor=SCRIPT)
    follow_ups.add_follow_up(office["KA002"].id, "回访", li.id, dt.date(2026, 12, 20), actor=SCRIPT)
    clock_at(dt.datetime(2026, 11, 25, 9, 0))  # two days later: 寄样品 is overdue
    win = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), boss, settings, "log")
    qtbot.addWidget(win)
    win.show()
    return win


def open_follow_ups(window, qtbot):
    """Click Follow-ups in the navigation, as the rep does, and wait for it to fill."""
    window.navigation.setCurrentRow(window.pages.index_of("follow_ups"))
    settle(qtbot)
    return window.follow_ups_page


def rows(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select(table, row):
    table.selectRow(row)


def test_my_follow_ups_are_grouped_by_the_date(qtbot, window):
    page = open_follow_ups(window, qtbot)
    assert rows(page.follow_up_model, 0) == ["Overdue", "This week"]
    assert rows(page.follow_up_model, 4) == ["寄样品", "报价"]
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(-1))  # everyone
    settle(qtbot)
    assert rows(page.follow_up_model, 4) == ["寄样品", "报价", "回访"]
    assert rows(page.follow_up_model, 0)[-1] == "Later"


def test_the_count_names_the_overdue_only_when_there_are_some(qtbot, window, monkeypatch):
    page = open_follow_ups(window, qtbot)
    assert page.follow_up_summary.text() == "Open follow-ups: 2 (1 overdue)"
    monkeypatch.setattr(ask, "lines", lambda *a, **k: ("", True))
    select(page.follow_up_table, 0)  # 寄样品, the overdue one
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.follow_up_summary.text() == "Open follow-ups: 1"  # not "(0 overdue)"


def test_mark_done_with_a_note(qtbot, window, monkeypatch):
    page = open_follow_ups(window, qtbot)
    monkeypatch.setattr(ask, "lines", lambda *a, **k: ("客户已收到样品", True))
    select(page.follow_up_table, 0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    done = FollowUp.get(FollowUp.text == "寄样品")
    assert done.done_at == dt.datetime(2026, 11, 25, 9, 0) and done.done_note == "客户已收到样品"
    assert rows(page.follow_up_model, 4) == ["报价"]


def test_reassign_to_a_colleague(qtbot, window, office, monkeypatch):
    page = open_follow_ups(window, qtbot)
    monkeypatch.setattr(ask, "item", lambda *a, **k: ("李娜", True))
    select(page.follow_up_table, 1)
    qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert FollowUp.get(FollowUp.text == "报价").owner_id == office["li"].id
    assert rows(page.follow_up_model, 4) == ["寄样品"]


def test_start_up_reminds_of_overdue_work_with_a_badge_and_a_banner(qtbot, window, clock_at):
    follow_ups_item = window.navigation.item(window.pages.indexOf(window.follow_ups_page))
    qtbot.waitUntil(window.reminder_banner.isVisible)  # counted once the window has painted
    nav = follow_ups_item.text()
    assert nav.startswith("Follow-ups") and nav.endswith(
        "(1)"
    )  # one overdue follow-up, nobody past cadence yet
    assert window.reminder_banner.isVisible()
    assert window.reminder_banner.label.text() == "Waiting for you: 1 overdue follow-up."
    qtbot.mouseClick(window.reminder_banner.show_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert window.pages.currentWidget() is window.follow_ups_page

    clock_at(dt.datetime(2026, 12, 20, 9, 0))  # the app stayed open: the timer looks again
    window.reminder_timer.timeout.emit()
    settle(qtbot)
    assert follow_ups_item.text().endswith("(3)")  # 2 overdue + KA001 (VIP, 14 days) past cadence
    assert window.reminder_banner.isVisible()


def test_log_a_visit_from_the_due_list_takes_the_account_off_it(qtbot, window, office, clock_at):
    clock_at(dt.datetime(2026, 12, 10, 9, 0))  # KA001 (VIP, 14 days) never contacted
    page = open_follow_ups(window, qtbot)
    page.refresh()
    settle(qtbot)
    assert rows(page.due_model, 0) == ["上海华联超市连锁有限公司"]
    select(page.due_table, 0)
    qtbot.mouseClick(page.log_visit_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = next(f for f in window.findChildren(VisitForm) if f.isVisible())
    assert window.accounts_page.detail.form.account_id == office["KA001"].id
    type_text(qtbot, form.purpose_edit, "电话回访")
    form.channel_combo.setCurrentIndex(form.channel_combo.findData("phone"))
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert open_follow_ups(window, qtbot) is page  # back to the list (hidden meanwhile, it was stale)
    settle(qtbot)
    assert rows(page.due_model, 0) == []


def test_a_manager_sets_the_cadence(qtbot, office):
    dialog = CadenceDialog(office["boss"])
    qtbot.addWidget(dialog)
    dialog.spins["vip"].setValue(7)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Cadence.get_by_id("vip").days == 7


def test_a_rep_sees_no_cadence_button(qtbot, office, settings, clock_at):
    clock_at(START)
    win = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["li"], settings, "log")
    qtbot.addWidget(win)
    assert win.follow_ups_page.cadence_button.isHidden()


def test_rebates_overdue_on_my_accounts_are_listed_and_open_the_account(qtbot, office, settings, clock_at):
    """Guarantee 4: an owner sees the incentives promised to their accounts that are unpaid past due."""
    from kamdesk.services import incentives

    clock_at(START)
    for account, title in (
        (office["KA001"], "三季度陈列费"),
        (office["KA002"], "国庆堆头费"),
    ):  # the boss's, 李娜's
        promised = incentives.IncentiveDraft(account.id, kind="promotion", title=title,
                                             promised_cents=500_000,
                                             starts_on=dt.date(2026, 9, 1), ends_on=dt.date(2026, 9, 30),
                                             due_on=dt.date(2026, 10, 31))  # fmt: skip
        incentives.save(promised, actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    page = open_follow_ups(window, qtbot)
    assert page.incentives_part.isVisible()
    assert rows(page.incentive_model, 2) == ["三季度陈列费"] and rows(page.incentive_model, 4) == ["5,000"]
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(-1))  # everyone
    settle(qtbot)
    assert rows(page.incentive_model, 2) == ["三季度陈列费", "国庆堆头费"]
    rect = page.incentive_table.visualRect(page.incentive_model.index(1, 0))
    qtbot.mouseClick(page.incentive_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.incentive_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert window.accounts_page.detail.account_id == office["KA002"].id
