"""Choosing the seat's database: a server's connection tried before it is kept, the password put in
the PostgreSQL password file (never in settings), and a server that is down at start-up."""

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kamdesk.store import db
from tests.backends import sqlite_only
from tests.conftest import PG_URL
from tests.ui.conftest import settle, type_text
from ui import app as app_module
from ui.common import settings as keys
from ui.office.database_dialog import DatabaseDialog


def fill_server(qtbot, dialog, port):
    dialog.server_radio.click()
    for edit, text in ((dialog.host_edit, "127.0.0.1"), (dialog.name_edit, "kamdesk_test"),
                       (dialog.user_edit, "kamdesk")):  # fmt: skip
        edit.clear()
        type_text(qtbot, edit, text)
    dialog.port_spin.setValue(port)


def test_the_connection_is_tried_and_the_password_goes_to_the_password_file(qtbot, tmp_path, monkeypatch):
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI must test the server connection: KAMDESK_TEST_PG is not set")
        pytest.skip("no PostgreSQL server: source scripts/start_test_postgres.sh (see README)")
    password = Path(os.environ["PGPASSFILE"]).read_text(encoding="utf-8").strip().rsplit(":", 1)[1]
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass.conf"))  # this seat's file, empty so far
    dialog = DatabaseDialog(str(tmp_path / "office.sqlite3"))
    qtbot.addWidget(dialog)

    fill_server(qtbot, dialog, 1)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result_label.text().startswith("✗ Cannot connect to postgresql://kamdesk@127.0.0.1:1/")

    fill_server(qtbot, dialog, 5432)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)  # no password anywhere yet
    settle(qtbot)
    assert "password" in dialog.result_label.text()
    type_text(qtbot, dialog.password_edit, password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result_label.text().startswith("✓ Connected.")
    stored = tmp_path / "pgpass.conf"
    assert stored.read_text(encoding="utf-8") == f"127.0.0.1:5432:kamdesk_test:kamdesk:{password}\n"
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.chosen == "postgresql://kamdesk@127.0.0.1:5432/kamdesk_test"  # no password in it


@sqlite_only
def test_a_server_down_at_start_up_lets_the_user_switch_to_another_database(qtbot, office, settings, db_path):
    db.close_database()
    settings.set_seat_rep(str(db_path), office["boss"].id)
    seen = []

    def answer_box():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not seen:
            seen.append(box.text())
            switch = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
            QTimer.singleShot(0, pick_file)
            qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
            settle(qtbot)
        else:
            QTimer.singleShot(10, answer_box)

    def pick_file():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DatabaseDialog):
            QTimer.singleShot(10, pick_file)
            return
        dialog.file_radio.click()
        dialog.file_edit.setText(str(db_path))
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        settle(qtbot)

    QTimer.singleShot(0, answer_box)
    window = app_module.open_main_window("postgresql://kamdesk:s3cret@127.0.0.1:1/office", settings, "log")
    qtbot.addWidget(window)
    assert "Cannot connect to postgresql://kamdesk:***@127.0.0.1:1/office" in seen[0]
    assert window.accounts_page.model.rowCount() == 4  # the office in the chosen file
    assert settings.value(keys.DATABASE) == str(db_path)  # and the seat keeps it
