"""Pages refresh themselves from what an action says it changed; no screen is left stale."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.services import feedback
from kamdesk.store import db
from tests.conftest import SCRIPT
from tests.ui.conftest import settle
from tests.ui.test_accounts_page import click_row, shown_codes
from tests.ui.test_follow_ups_page import open_follow_ups, select
from tests.ui.test_follow_ups_page import window as window
from ui.common import ask, operations
from ui.common.operations import Changed
from ui.main_window import MainWindow


def test_marking_an_overdue_follow_up_done_updates_the_banner(qtbot, window, monkeypatch, clock_at):
    clock_at(dt.datetime(2026, 12, 10, 9, 0))  # both of the boss's follow-ups overdue, KA001 past cadence
    window.check_reminders()
    settle(qtbot)
    banner = window.reminder_banner
    assert banner.isVisible() and banner.label.text() == (
        "Waiting for you: 2 overdue follow-ups and 1 account past its contact cadence."
    )
    page = open_follow_ups(window, qtbot)
    monkeypatch.setattr(ask, "lines", lambda *a, **k: ("", True))
    select(page.follow_up_table, 1)  # row 0 is the "Overdue" heading's first item: 寄样品
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert banner.label.text() == (
        "Waiting for you: 1 overdue follow-up and 1 account past its contact cadence."
    )
    select(page.follow_up_table, 0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert banner.label.text() == "Waiting for you: 1 account past its contact cadence."  # never "0 overdue"
    nav = window.navigation.item(window.pages.index_of("follow_ups")).text()
    assert nav.endswith("(1)")


def test_a_dashboard_filter_closes_an_open_account_the_list_no_longer_shows(qtbot, office, settings):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    page = window.accounts_page
    click_row(qtbot, page, "KA001")  # the VIP account open beside the list
    assert page.open_account_id() == office["KA001"].id
    window._on_dashboard_filter_accounts("tier", "growth")  # what a click on the Growth bar asks
    assert shown_codes(page) == ["KA002"]
    assert page.open_account_id() is None
    assert page.detail_stack.currentWidget() is page.placeholder
    click_row(qtbot, page, "KA002")  # and the one the filter shows opens as usual
    assert page.open_account_id() == office["KA002"].id


def test_a_change_refreshes_every_page_that_shows_it_but_the_one_that_made_it(qtbot, office, settings):
    """The page on screen reads again at once; a hidden one when it is next shown, and only then."""
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    for key in ("feedback", "board", "follow_ups", "accounts"):
        window.navigation.setCurrentRow(window.pages.index_of(key))  # built
        settle(qtbot)
    refreshed = []
    for key in ("feedback", "board", "follow_ups"):
        page = window.pages.built(key)
        page.refresh = lambda key=key: refreshed.append(key)
    window.accounts_page.refresh = lambda: refreshed.append("accounts")

    operations.announce(Changed.FEEDBACK, source=window.feedback_page)
    assert refreshed == ["accounts"]  # on screen
    refreshed.clear()
    operations.announce(Changed.SETTINGS)  # the contact cadence, which only Follow-ups shows
    assert refreshed == []
    for key in ("feedback", "board", "follow_ups"):
        window.navigation.setCurrentRow(window.pages.index_of(key))
    assert refreshed == ["feedback", "board", "follow_ups"]  # every page reads when shown
    refreshed.clear()
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))
    assert refreshed == []  # the account list, unchanged since it last read, stays as the rep left it
    window.navigation.setCurrentRow(window.pages.index_of("board"))
    operations.announce(Changed.FEEDBACK, source=window.feedback_page)
    refreshed.clear()
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))
    assert refreshed == ["accounts"]  # it was hidden when the feedback changed: it reads now


def test_a_complaint_resolved_on_the_feedback_page_shows_in_the_open_account(
    qtbot, office, settings, monkeypatch
):
    feedback.add_entry(office["KA002"].id, "complaint", "logistics", "送货延迟", actor=SCRIPT)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    click_row(qtbot, window.accounts_page, "KA002")
    timeline = window.accounts_page.detail.timeline

    def complaint():
        items = [timeline.model.item(r) for r in range(timeline.model.rowCount())]
        return next(i for i in items if i.text == "送货延迟")

    assert complaint().status == "open"
    window.navigation.setCurrentRow(window.pages.index_of("feedback"))
    settle(qtbot)
    page = window.feedback_page
    monkeypatch.setattr(ask, "text", lambda *a, **k: ("已补发", True))
    page.table.selectRow(0)
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))  # back to the account
    settle(qtbot)
    assert (complaint().status, complaint().detail) == ("resolved", "已补发")


def test_the_seats_timer_brings_another_seats_change_without_holding_the_window(qtbot, office, settings):
    import dataclasses

    from kamdesk.services import accounts

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    page = window.accounts_page
    theirs = accounts.get_account(office["KA004"].id)
    accounts.save_account(dataclasses.replace(theirs, name="金港食品"), actor=office["li"])  # another seat
    window.seats.timer.timeout.emit()  # what the timer does every 20 s: the question goes to a worker
    assert "金港食品" not in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    settle(qtbot)
    assert "金港食品" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_someone_who_joins_appears_in_the_owner_filters_without_a_restart(qtbot, office, settings):
    from kamdesk.services import people

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    for key in ("follow_ups", "feedback", "prospects", "board"):
        window.navigation.setCurrentRow(window.pages.index_of(key))
        settle(qtbot)
    window.board_page.tabs.setCurrentIndex(1)  # the portfolio and its owner filter
    settle(qtbot)
    people.create_rep("赵强", actor=office["boss"])
    operations.announce(Changed.PEOPLE)  # what the main window says once the People dialog closes
    settle(qtbot)
    filters = {
        "follow_ups": window.follow_ups_page.owner_combo,
        "feedback": window.feedback_page.owner_filter,
        "prospects": window.prospects_page.owner_combo,
        "portfolio": window.board_page.portfolio.owner_filter,
    }
    for key, combo in filters.items():
        window.navigation.setCurrentRow(window.pages.index_of("board" if key == "portfolio" else key))
        settle(qtbot)
        assert "赵强" in [combo.itemText(i) for i in range(combo.count())]


def test_an_account_handed_over_elsewhere_shows_its_new_owner_in_the_open_form(
    qtbot, office, settings, answer
):
    """A manager at another seat hands KA002 over while it is open here: once the seats' check finds it,
    the form shows the new owner; a form with unsaved edits keeps them, and closing still asks."""
    from kamdesk.services import hand_over

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    click_row(qtbot, window.accounts_page, "KA002")
    form = window.accounts_page.detail.form
    assert form.owner_combo.currentText() == "李娜"

    hand_over.hand_over([office["KA002"].id], office["boss"].id, "李娜调岗", actor=office["boss"])
    window.seats.look()
    settle(qtbot)
    assert form.owner_combo.currentText() == "王经理" and not form.is_dirty()

    form.notes_edit.setPlainText("正在写的备注")
    hand_over.hand_over([office["KA002"].id], office["li"].id, "", actor=office["boss"])
    window.seats.look()
    settle(qtbot)
    assert form.notes_edit.toPlainText() == "正在写的备注" and form.owner_combo.currentText() == "王经理"

    asked = answer(QMessageBox.StandardButton.Discard)
    window.close()
    assert len(asked) == 1


def test_an_account_churned_at_another_seat_offers_win_back_in_the_open_pane(qtbot, office, settings):
    """What the pane offers follows the account as it now stands, not only the form's fields."""
    from kamdesk.services import churn

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    click_row(qtbot, window.accounts_page, "KA002")
    detail = window.accounts_page.detail
    assert detail.churn_button.isVisible() and not detail.reactivate_button.isVisible()

    churn.mark_churned(
        office["KA002"].id,
        dt.date(2026, 11, 20),
        "价格偏高",
        "竞品返利更高",
        step="logistics",
        actor=office["boss"],
    )
    window.seats.look()
    settle(qtbot)
    assert not detail.churn_button.isVisible() and detail.reactivate_button.isVisible()
