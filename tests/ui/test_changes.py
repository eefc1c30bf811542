"""Another seat's change while this seat has the account open; the account's Changes tab."""

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.services import accounts, people
from kamdesk.store.models import Account
from tests.ui.conftest import settle, type_text, when_dialog_opens
from tests.ui.test_accounts_page import click_row, make_page


def test_a_stale_save_names_who_changed_it_and_reload_shows_their_version(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    type_text(qtbot, page.detail.form.address_edit, "朝阳区建国路 88 号")

    theirs = accounts.get_account(office["KA002"].id)
    li = people.set_role(office["li"].id, "manager", actor=office["boss"])  # a manager, who may change tiers
    accounts.save_account(dataclasses.replace(theirs, tier="vip"), actor=li)  # at another seat

    shown = []

    def reload(box):
        shown.append(box.text())
        accept = QMessageBox.ButtonRole.AcceptRole
        qtbot.mouseClick(
            next(b for b in box.buttons() if box.buttonRole(b) == accept), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(reload)
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: bool(shown))
    assert "李娜 changed this record at" in shown[0] and "Nothing was overwritten" in shown[0]
    stored = Account.get_by_id(office["KA002"].id)
    assert (stored.tier, stored.address) == ("vip", "")  # their change kept, mine not written
    assert page.detail.form.tier_combo.currentData() == "vip" and page.detail.form.address_edit.text() == ""

    type_text(qtbot, page.detail.form.address_edit, "朝阳区建国路 88 号")  # make my change again
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    stored = Account.get_by_id(office["KA002"].id)
    assert (stored.tier, stored.address) == ("vip", "朝阳区建国路 88 号")


def test_the_changes_tab_lists_who_changed_which_field_from_what_to_what(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA003")
    page.detail.form.tier_combo.setCurrentIndex(page.detail.form.tier_combo.findData("growth"))
    page.detail.form.name_edit.clear()
    type_text(qtbot, page.detail.form.name_edit, "广州华润医药（集团）")
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    page.detail.detail_tabs.setCurrentWidget(page.detail.changes_view)
    model = page.detail.changes_view.model
    rows = [[model.index(r, c).data() for c in range(1, 4)] for r in range(model.rowCount())]
    assert ["王经理", "Account", "Name: 广州华润医药有限公司 → 广州华润医药（集团）"] in rows
    assert ["王经理", "Account", "Value tier: Negative → Growth"] in rows
    assert rows[-1][2] == "added"  # the oldest entry: the account was created
    assert not page.detail.changes_view.empty_label.isVisible()


def test_a_seat_shows_another_seats_changes_without_a_restart(qtbot, office, settings):
    from kamdesk.store import db
    from ui.main_window import MainWindow

    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 6), office["boss"], settings, "log")
    qtbot.addWidget(window)
    page = window.accounts_page
    assert window.seats.timer.isActive() and not window.seats.show_changes()  # nothing new yet

    theirs = accounts.get_account(office["KA004"].id)
    accounts.save_account(dataclasses.replace(theirs, name="金港食品"), actor=office["li"])  # another seat
    assert "金港食品" not in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]

    assert window.seats.show_changes()  # what the timer and coming back to the window do
    settle(qtbot)
    assert "金港食品" in [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert not window.seats.show_changes()
