"""The main window builds a workspace the first time the rep opens it (start-up builds one)."""

import datetime as dt

from PySide6.QtCore import Qt

from kamdesk.services import feedback
from kamdesk.store import db
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, type_text
from ui.feedback.feedback_page import FeedbackPage
from ui.main_window import MainWindow

LATER_PAGES = ("dashboard", "sales", "prospects", "board", "follow_ups", "feedback", "reports")


def click_navigation(qtbot, window, key):
    item = window.navigation.item(window.pages.index_of(key))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def test_start_up_builds_only_the_account_list_and_a_click_builds_the_page(qtbot, office, settings):
    feedback.add_entry(
        office["KA001"].id, "complaint", "logistics", "送货延迟", dt.date(2026, 11, 20), actor=SCRIPT
    )
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.pages.built("accounts")
    assert window.accounts_page.model.rowCount() == 4
    assert [key for key in LATER_PAGES if window.pages.built(key) is not None] == []

    click_navigation(qtbot, window, "feedback")

    page = window.pages.built("feedback")
    assert isinstance(page, FeedbackPage)
    assert window.pages.currentWidget() is page and page.isVisible()
    assert [page.model.item(r).text for r in range(page.model.rowCount())] == ["送货延迟"]
    assert window.pages.count() == 8  # the page took its stand-in's place
    click_navigation(qtbot, window, "accounts")
    click_navigation(qtbot, window, "feedback")
    assert window.pages.built("feedback") is page  # built once
    assert window.pages.built("sales") is None


def test_once_painted_the_window_prepares_search_and_the_account_pane_and_an_account_opens(
    qtbot, office, settings
):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    page = window.accounts_page
    assert page.detail_stack.count() == 1  # the hint only: the pane is not built before the paint
    window.show()
    qtbot.waitUntil(lambda: page.detail_stack.count() == 2)  # built behind the painted window
    assert page.detail_stack.currentWidget() is page.placeholder  # nothing opened by itself
    type_text(qtbot, page.search_edit, "张伟")  # a contact's name: the search reads contacts
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["KA002"]
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert page.detail_stack.currentWidget() is page.detail
    assert page.detail.form.account_id == office["KA002"].id


def test_help_lists_the_keyboard_shortcuts(qtbot, office, settings):
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.menus.shortcuts_action.trigger()
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "Ctrl+L" in box.text() and "log a visit" in box.text() and "Ctrl+Shift+F" in box.text()
    box.close()


def test_the_board_and_reports_follow_the_account_opened_and_keep_their_own_choice(qtbot, office, settings):
    from tests.ui.test_accounts_page import click_row

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    click_row(qtbot, window.accounts_page, "KA002")
    click_navigation(qtbot, window, "board")
    board = window.pages.built("board")
    assert (
        board.account_combo.account_id() == office["KA002"].id
        and board.board.account_id == office["KA002"].id
    )
    board.follow_account(office["KA001"].id)  # chosen on the board itself
    click_navigation(qtbot, window, "reports")
    assert window.pages.built("reports").account_combo.account_id() == office["KA002"].id
    click_navigation(qtbot, window, "accounts")
    click_navigation(qtbot, window, "board")
    assert board.account_combo.account_id() == office["KA001"].id  # its own choice kept
    click_navigation(qtbot, window, "accounts")
    click_row(qtbot, window.accounts_page, "KA003")
    click_navigation(qtbot, window, "board")
    assert board.account_combo.account_id() == office["KA003"].id  # another account opened: followed
