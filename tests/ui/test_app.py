import logging
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from kamdesk import paths
from kamdesk.store import db
from kamdesk.store.models import Account, Rep
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, type_text, when_dialog_opens
from ui import app as app_module
from ui.common import crash, i18n
from ui.main_window import MainWindow
from ui.office.first_run_dialog import FirstRunDialog

TS_FILE = paths.resource_path("translations", "kamdesk_zh_CN.ts")


@pytest.fixture
def chinese():
    i18n.install(QApplication.instance(), "zh_CN")
    yield
    i18n.install(QApplication.instance(), "en")


def test_every_interface_string_has_a_chinese_translation(tmp_path):
    """Re-reads the UI sources into a copy of the .ts file, so a new string without a translation fails."""
    import shutil
    import subprocess
    from pathlib import Path

    copy = tmp_path / TS_FILE.name
    shutil.copy(TS_FILE, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (Path(__file__).parents[2] / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(copy)], check=True)
    messages = ET.parse(copy).getroot().iter("message")
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not m.findtext("translation")
    ]
    assert unfinished == []


def test_language_follows_the_setting_then_the_system():
    assert i18n.choose_language("en", "zh_CN") == "en"
    assert i18n.choose_language("", "zh_CN") == "zh_CN"
    assert i18n.choose_language(None, "zh_TW") == "zh_CN"
    assert i18n.choose_language("", "de_DE") == "en"


def test_the_main_window_and_its_dialogs_wear_kamdesks_look(qtbot, office, settings):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    navigation = window.navigation.grab().toImage()
    assert navigation.pixelColor(20, navigation.height() - 20).name() == "#1f3a5f"  # the QSS's blue
    dialog = window.open_note_search("")  # a dialog with the window as parent wears it too
    qtbot.waitExposed(dialog)
    assert dialog.grab().toImage().pixelColor(2, 2).name() == "#f6f7f9"  # QDialog's background
    dialog.close()
    settle(qtbot)


def test_the_window_speaks_chinese_including_qt_dialogs(qtbot, office, settings, chinese):
    settings.set_seat_rep("x", office["boss"].id)
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    page = window.accounts_page
    assert page.new_button.text() == "新建客户"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "名称"
    assert page.model.index(0, 2).data() in {"VIP 客户", "成长型", "负增长", "未分级"}
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own buttons
    chooser = QFileDialog(window, "", "", "CSV (*.csv)")  # Qt's file chooser, as Import shows it
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(chooser)
    words = {name: chooser.findChild(QLabel, name).text() for name in ("lookInLabel", "fileTypeLabel")}
    assert words == {"lookInLabel": "查找范围(&L)：", "fileTypeLabel": "文件类型(&T)："}  # not "Look in"


def test_first_start_creates_the_manager_and_loads_demo_data(qtbot, opened):
    dialog = FirstRunDialog([], office_is_empty=True)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "王芳")
    qtbot.mouseClick(dialog.demo_radio, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    me = Rep.get(Rep.name == "王芳")
    assert me.role == "manager" and dialog.rep.id == me.id
    assert Account.select().count() == 300


def test_first_start_needs_a_name(qtbot, opened):
    dialog = FirstRunDialog([], office_is_empty=True)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.errors.text("name") == "Required." and Rep.select().count() == 0


def test_a_new_seat_picks_an_existing_person_and_is_remembered(qtbot, office, settings, database_url):
    db.close_database()

    def pick(dialog):
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(office["li"].id))
        assert not dialog.demo_radio.isVisible()  # the office already has accounts
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        settle(qtbot)

    when_dialog_opens(pick)
    window = app_module.open_main_window(database_url, settings, "log")
    qtbot.addWidget(window)
    assert window.user_label.text().startswith("李娜")
    assert settings.seat_rep(database_url) == office["li"].id
    window.close()
    db.close_database()
    again = app_module.open_main_window(database_url, settings, "log")  # no dialog this time
    qtbot.addWidget(again)
    assert again.user_label.text().startswith("李娜")


def test_a_refused_database_gets_a_clear_message(qtbot, tmp_path, settings, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    bad = tmp_path / "orders.xlsx"
    bad.write_bytes(b"PK\x03\x04 spreadsheet")
    assert app_module.open_main_window(str(bad), settings, "log") is None
    assert shown == [f"{bad} is not a KAMDesk database: it is not an SQLite file. It was not changed."]
    assert bad.read_bytes() == b"PK\x03\x04 spreadsheet"


def test_a_network_share_warns_and_lets_the_user_stop(qtbot, db_path, settings, monkeypatch):
    monkeypatch.setattr(db, "is_network_path", lambda path: True)
    warned = []

    def warning(parent, title, text, *args):
        warned.append(text)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    assert app_module.open_main_window(str(db_path), settings, "log") is None
    assert "network share" in warned[0] and "PostgreSQL" in warned[0]


def test_closing_with_unsaved_edits_asks(qtbot, office, settings, answer):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    page = window.accounts_page
    page.open_account(office["KA001"].id)
    type_text(qtbot, page.detail.form.notes_edit, "下周回访")
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert window.close() is False and asked
    answer(QMessageBox.StandardButton.Save)
    assert window.close() is True
    assert Account.get_by_id(office["KA001"].id).notes == "下周回访"


def test_unexpected_errors_are_logged_and_shown_with_copyable_details(qtbot, tmp_path, monkeypatch):
    log_file = crash.setup_logging(tmp_path / "logs")
    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.detailedText()))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook(log_file)
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError: boom" in shown[0]
    assert "ZeroDivisionError: boom" in log_file.read_text(encoding="utf-8")

    dialog = crash.CrashDialog("details to copy", log_file)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert QApplication.clipboard().text() == "details to copy"


def test_settings_dialog_switches_the_language(qtbot, settings):
    from ui.common import settings as keys
    from ui.office.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, "/data/kamdesk.sqlite3", "/logs/kamdesk.log")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == ""  # follows the system until chosen
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert dialog.language_changed()
    dialog.accept()
    assert settings.value(keys.LANGUAGE) == "en"
    assert i18n.choose_language(settings.value(keys.LANGUAGE), "zh_CN") == "en"


def test_a_manager_names_the_office_for_the_printed_reviews(qtbot, office, settings):
    from kamdesk.services import office_settings
    from ui.office.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, "db", "log", office["boss"])
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.office_edit, "华东区销售办公室")
    dialog.accept()
    assert office_settings.office_name() == "华东区销售办公室"
    rep_dialog = SettingsDialog(settings, "db", "log", office["li"])
    qtbot.addWidget(rep_dialog)
    assert not rep_dialog.office_edit.isEnabled()


def test_quit_from_the_menu_closes_the_window(qtbot, office, settings):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    window.menus.quit_action.trigger()
    assert not window.isVisible()


def test_a_damaged_database_at_start_up_offers_the_newest_sound_backup(
    qtbot, db_path, settings, own_data_folder, answer
):
    import os

    from kamdesk import demo
    from kamdesk.store import backups

    db.open_database(str(db_path))
    demo.fill_demo(accounts=60, seed=2)
    boss = Rep.get(Rep.role == "manager")
    codes = sorted(a.code for a in Account.select())
    db.close_database()
    folder = backups.backup_folder(own_data_folder)
    backups.make_backup(db_path, folder)  # last night's backup
    data = bytearray(db_path.read_bytes())
    data[3 * 4096 : 5 * 4096] = os.urandom(2 * 4096)  # the disk then scribbles over two pages
    db_path.write_bytes(bytes(data))
    settings.set_seat_rep(str(db_path), boss.id)

    asked = answer(QMessageBox.StandardButton.Yes)
    window = app_module.open_main_window(str(db_path), settings, "log")
    qtbot.addWidget(window)
    assert "is damaged and cannot be opened" in asked[0] and "newest sound backup is from" in asked[0]
    assert sorted(a.code for a in Account.select()) == codes  # the backup's content, in the window
    assert window.accounts_page.model.rowCount() == len(codes)
    assert list(db_path.parent.glob("office.sqlite3.damaged-*"))  # the damaged file kept aside
    window.close()
    db.close_database()


def test_the_days_backup_is_taken_behind_the_open_window_and_once_a_day(
    qtbot, db_path, settings, own_data_folder, clock_at
):
    import datetime as dt

    from kamdesk import demo
    from kamdesk.store import backups

    clock_at(dt.datetime(2026, 11, 23, 8, 30))
    db.open_database(str(db_path))
    demo.fill_demo(accounts=30, seed=4)
    boss = Rep.get(Rep.role == "manager")
    db.close_database()
    settings.set_seat_rep(str(db_path), boss.id)
    window = app_module.open_main_window(str(db_path), settings, "log")
    qtbot.addWidget(window)
    window.show()
    folder = backups.backup_folder(own_data_folder)
    assert backups.list_backups(db_path, folder) == []  # the window did not wait for it

    task = app_module.start_daily_backup(window.database_path(), window)
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    taken = backups.list_backups(db_path, folder)
    assert len(taken) == 1 and backups.check(taken[0].path) == []
    task = app_module.start_daily_backup(window.database_path(), window)  # a second start that day
    with qtbot.waitSignal(task.sig_finished, timeout=30_000):
        pass
    assert len(backups.list_backups(db_path, folder)) == 1
    window.close()


def test_pyside_no_longer_reads_the_source_of_every_imported_module(monkeypatch):
    """ui/__init__.py spares each start PySide's scan for `from __feature__ import` (40 ms)."""
    import inspect

    from shibokensupport import feature

    from ui.common import style

    read, real = [], inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or real(obj))
    assert feature._mod_uses_pyside(style) is True
    assert style not in read  # answered without reading ui/style.py


def test_the_bundled_chinese_font_is_added_only_on_a_pc_without_one(monkeypatch):
    from PySide6.QtGui import QFontDatabase

    added = []
    add = staticmethod(lambda path: added.append(path) or 0)
    monkeypatch.setattr(QFontDatabase, "addApplicationFont", add)
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda system=None: ["Microsoft YaHei"]))
    assert app_module._add_bundled_font() is False and added == []
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda system=None: []))
    assert app_module._add_bundled_font() is True
    assert added == [str(paths.resource_path("fonts", "wqy-microhei.ttc"))]


def test_a_journal_of_another_copy_at_start_up_is_set_aside_when_the_user_agrees(
    qtbot, db_path, tmp_path, settings, answer
):
    from pathlib import Path

    from tests.domain.test_storage_faults import an_office, lay_a_stray_journal_beside

    an_office(db_path)
    db.open_database(str(db_path))
    from kamdesk.services import people

    boss = people.create_rep("王经理", actor=SCRIPT)  # the office's first person, its manager
    db.close_database()
    settings.set_seat_rep(str(db_path), boss.id)
    stray = lay_a_stray_journal_beside(db_path, tmp_path)

    asked = answer(QMessageBox.StandardButton.No)
    assert app_module.open_main_window(str(db_path), settings, "log") is None
    assert "does not fit it" in asked[0] and "Set the journal aside and open the file?" in asked[0]
    assert Path(f"{db_path}-wal").read_bytes() == stray  # declined: nothing moved

    asked = answer(QMessageBox.StandardButton.Yes)
    window = app_module.open_main_window(str(db_path), settings, "log")
    qtbot.addWidget(window)
    assert [a.code for a in Account.select()] == ["KA1"]
    kept = list(db_path.parent.glob("office.sqlite3-wal.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == stray
    window.close()
    db.close_database()


def test_the_app_icon_comes_at_every_size_for_sharp_high_dpi_screens(qtbot):
    """Issue 24: a 16 px title bar and a 200% task bar each get a picture drawn at their size."""
    from ui.app import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256), (512, 512)} <= sizes
