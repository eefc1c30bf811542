"""The Office menu: a manager hands a leaving rep's accounts over and marks the rep as left; a rep
cannot reassign, change tiers or delete."""

import dataclasses
import datetime as dt

import pypdfium2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kamdesk.services import accounts, follow_ups, people
from kamdesk.store import db
from kamdesk.store.models import Account, FollowUp, HandOver, Rep
from tests.backends import sqlite_only
from tests.conftest import SCRIPT
from tests.ui.conftest import settle, type_text, when_dialog_opens
from tests.ui.test_accounts_page import click_row
from ui.main_window import MainWindow
from ui.office.hand_over_dialog import HandOverDialog
from ui.office.people_dialog import PeopleDialog


def window_for(qtbot, user, settings):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), user, settings, "log")
    qtbot.addWidget(window)
    return window


def test_a_manager_hands_a_leaving_reps_accounts_over_then_marks_the_rep_as_left(
    qtbot, office, settings, monkeypatch, answer, tmp_path, clock_at
):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    zhao = people.create_rep("赵强", actor=SCRIPT)
    li = office["li"]
    follow_ups.add_follow_up(office["KA002"].id, "回访新品试用", li.id, dt.date(2026, 12, 30), actor=li)
    told = answer(QMessageBox.StandardButton.Yes)  # the summary, and yes to the dossiers
    folder = tmp_path / "dossiers"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(folder)))
    window = window_for(qtbot, office["boss"], settings)
    assert window.menus.hand_over_action.isEnabled()

    def hand_over(dialog: HandOverDialog):
        dialog.from_combo.setCurrentIndex(dialog.from_combo.findData(li.id))
        assert dialog.account_list.count() == 2 and dialog.count_label.text() == "2 of 2 accounts chosen"
        dialog.to_combo.setCurrentIndex(dialog.to_combo.findData(zhao.id))
        keep = next(i for i in range(2) if dialog.account_list.item(i).text().startswith("KA003"))
        item = dialog.account_list.item(keep)
        rect = dialog.account_list.visualItemRect(item)
        qtbot.mouseClick(dialog.account_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle(qtbot)
        if item.checkState() == Qt.CheckState.Checked:  # a click on the text selects; the box toggles
            item.setCheckState(Qt.CheckState.Unchecked)
        assert dialog.count_label.text() == "1 of 2 accounts chosen"
        type_text(qtbot, dialog.note_edit, "李娜离职")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        settle(qtbot)

    when_dialog_opens(hand_over)
    dialog = window.menus.hand_over()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert told and "1 accounts, 1 open follow-ups and 0 board cards now belong to 赵强" in told[0]
    assert [p.name for p in dialog.dossiers] == ["Hand-over-dossier_KA002_2026-11-23.pdf"]
    pdf = pypdfium2.PdfDocument(str(dialog.dossiers[0]))
    text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "北京永辉餐饮管理有限公司" in text and "张伟" in text and "李娜 → 赵强" in text
    owners = {a.code: a.owner.name for a in Account.select() if a.owner}
    assert owners["KA002"] == "赵强" and owners["KA003"] == "李娜"
    assert FollowUp.get(FollowUp.text == "回访新品试用").owner_id == zhao.id
    assert HandOver.get().note == "李娜离职"

    dialog = PeopleDialog(office["boss"])
    qtbot.addWidget(dialog)
    dialog.refresh(li.id)
    assert dialog.active_button.text() == "Mark as left…"
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not Rep.get_by_id(li.id).active
    assert dialog.model.index(dialog.table.currentIndex().row(), 2).data() == "Left"


def test_a_rep_sees_owner_and_tier_but_cannot_change_them_or_delete(qtbot, office, settings):
    rep = office["li"]
    window = window_for(qtbot, rep, settings)
    assert not window.menus.hand_over_action.isEnabled() and not window.menus.people_action.isEnabled()
    window.show()
    page = window.accounts_page
    click_row(qtbot, page, "KA002")
    form = page.detail.form
    assert not form.tier_combo.isEnabled() and not form.owner_combo.isEnabled()
    assert not form.delete_button.isVisible()
    type_text(qtbot, form.address_edit, "天河路 100 号")  # what a rep may change
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get(Account.code == "KA002").address == "天河路 100 号"


@sqlite_only
def test_a_backup_made_and_restored_from_the_office_menu_brings_back_the_content(
    qtbot, office, settings, db_path, answer
):
    window = MainWindow(
        db.OpenedDatabase(str(db_path), "sqlite", db_path, 6), office["boss"], settings, "log"
    )
    qtbot.addWidget(window)

    def back_up_now(dialog):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        assert dialog.model.rowCount() == 1
        dialog.reject()

    when_dialog_opens(back_up_now)
    window.menus.show_backups()
    account = accounts.get_account(office["KA001"].id)
    accounts.save_account(dataclasses.replace(account, name="改错的名字"), actor=SCRIPT)
    window.accounts_page.refresh()
    settle(qtbot)

    def restore(dialog):
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        dialog.reject()

    asked = answer(QMessageBox.StandardButton.Yes)
    when_dialog_opens(restore)
    dialog = window.menus.show_backups()
    settle(qtbot)
    assert dialog.restored and "is replaced" in asked[0]
    assert Account.get_by_id(office["KA001"].id).name == "上海华联超市连锁有限公司"
    shown = window.accounts_page.model
    assert "上海华联超市连锁有限公司" in [shown.index(r, 1).data() for r in range(shown.rowCount())]
    assert dialog.model.rowCount() == 2  # the state it replaced was backed up first


@sqlite_only
def test_restoring_a_backup_of_an_older_version_upgrades_it_and_every_page_shows_it(
    qtbot, office, settings, db_path, answer, own_data_folder
):
    """The restore closes the office, puts the backup in place and opens it as a start does."""
    import sqlite3
    from pathlib import Path

    from kamdesk.store import backups
    from kamdesk.store.models import BoardCard, Contact

    folder = backups.office_folder(db_path, backups.backup_folder(own_data_folder))
    folder.mkdir(parents=True)
    old = folder / f"{db_path.stem}-20261101-090000.sqlite3"  # a backup KAMDesk 0.3 (schema 3) took
    conn = sqlite3.connect(old)
    conn.executescript((Path(__file__).parents[1] / "data" / "schema_v3.sql").read_text(encoding="utf-8"))
    conn.executescript(
        "INSERT INTO rep VALUES (1, '王经理', 'manager', 1, '2026-10-01 09:00:00');"
        "INSERT INTO account VALUES (1, 'KA900', '旧备份里的客户', '', '', '', 'vip', 'ordinary', 'unknown',"
        " 'active', 1, '', NULL, '2026-10-01 09:00:00', '2026-10-01 09:00:00', 1);"
        "INSERT INTO contact VALUES (1, 1, '孙丽', '', 'buyer', 'neutral', '', '', '', '',"
        " '2026-10-01 09:00:00', '2026-10-01 09:00:00', 1);"
        "INSERT INTO board_card VALUES (1, 1, 'communication', 'secured', NULL, NULL, '', '',"
        " '2026-10-01 09:00:00', 2);"
    )
    conn.close()
    window = MainWindow(
        db.OpenedDatabase(str(db_path), "sqlite", db_path, 7), office["boss"], settings, "log"
    )
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.index_of("board"))  # a page built before the restore
    settle(qtbot)

    def restore(dialog):
        dialog.table.selectRow(0)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        dialog.reject()

    answer(QMessageBox.StandardButton.Yes)
    when_dialog_opens(restore)
    dialog = window.menus.show_backups()
    settle(qtbot)
    assert dialog.restored
    assert Contact.select().count() == 1 and BoardCard.get().column == "secured"  # rows kept by the upgrade
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))
    settle(qtbot)
    shown = window.accounts_page.model
    assert [shown.index(r, 1).data() for r in range(shown.rowCount())] == ["旧备份里的客户"]
    for key in ("follow_ups", "feedback", "board", "sales", "prospects"):
        window.navigation.setCurrentRow(window.pages.index_of(key))  # each page reads the restored office
        settle(qtbot)
        assert window.pages.current_key() == key
