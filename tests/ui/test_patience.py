"""Saving while another seat holds the database: the wait is visible, the save is tried again, and
when it cannot go through the form says so and keeps what was typed."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk import errors
from kamdesk.store.models import Account, database
from tests.backends import sqlite_only
from tests.ui.conftest import settle, type_text
from tests.ui.test_accounts_page import click_row, make_page
from ui.common import crash, patience


@pytest.fixture
def another_seat_writing(opened, monkeypatch):
    """Another seat holds the write lock; this seat waits 0.1 s per try instead of 5 s."""
    database.execute_sql("PRAGMA busy_timeout = 100")
    pragmas = [(name, 100 if name == "busy_timeout" else value) for name, value in database.obj._pragmas]
    monkeypatch.setattr(database.obj, "_pragmas", pragmas)  # the save's own thread connects afresh
    monkeypatch.setattr(database.obj, "timeout_s", 0.1)
    monkeypatch.setattr(patience, "PAUSE_S", 0.01)
    holder = sqlite3.connect(opened.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    if holder.in_transaction:
        holder.execute("ROLLBACK")
    holder.close()


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    return shown


@sqlite_only
def test_a_save_while_another_seat_holds_the_database_keeps_the_form_and_says_why(
    qtbot, office, settings, another_seat_writing, warnings_shown, monkeypatch
):
    cursors = []
    monkeypatch.setattr(
        patience, "_pause", lambda seconds: cursors.append(QApplication.overrideCursor().shape())
    )
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA001")
    type_text(qtbot, page.detail.form.name_edit, "(总部)")
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    assert cursors == [Qt.CursorShape.WaitCursor] * patience.RETRIES  # busy shown, tried again twice
    assert QApplication.overrideCursor() is None  # and the cursor given back
    assert len(warnings_shown) == 1 and "The office database is busy" in warnings_shown[0]
    assert "what you entered is still here" in warnings_shown[0]
    form = page.detail.form
    assert form.account_id == office["KA001"].id and form.name_edit.text().endswith("(总部)")
    assert form.is_dirty()
    another_seat_writing.execute("ROLLBACK")
    assert Account.get_by_id(office["KA001"].id).name == "上海华联超市连锁有限公司"

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # the other seat is done: save again
    settle(qtbot)
    assert Account.get_by_id(office["KA001"].id).name == "上海华联超市连锁有限公司(总部)"
    assert len(warnings_shown) == 1


@sqlite_only
def test_a_lock_released_while_waiting_lets_the_save_through_on_its_own(
    qtbot, office, settings, another_seat_writing, warnings_shown, monkeypatch
):
    real_pause = patience._pause

    def other_seat_finishes(seconds):
        if another_seat_writing.in_transaction:
            another_seat_writing.execute("COMMIT")
        real_pause(seconds)

    monkeypatch.setattr(patience, "_pause", other_seat_finishes)
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    type_text(qtbot, page.detail.form.name_edit, "!")
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert warnings_shown == []
    assert Account.get_by_id(office["KA002"].id).name == "北京永辉餐饮管理有限公司!"
    assert not page.detail.form.is_dirty()


def test_an_expected_error_no_screen_handled_is_said_in_words_not_as_a_crash(
    qtbot, warnings_shown, monkeypatch
):
    import sys

    crashes = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: crashes.append(self.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    crash.install_excepthook(None)
    fault = errors.DiskFullError(where="/home/li/kamdesk.sqlite3", detail="database or disk is full")
    sys.excepthook(type(fault), fault, None)
    assert crashes == [] and len(warnings_shown) == 1
    assert "The disk holding /home/li/kamdesk.sqlite3 is full" in warnings_shown[0]
    bug = ValueError("a bug")
    sys.excepthook(ValueError, bug, None)
    assert len(crashes) == 1 and "ValueError: a bug" in crashes[0]
