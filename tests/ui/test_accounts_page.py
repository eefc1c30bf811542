import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from kamdesk.store.models import Account, Contact
from tests.orders import add_order_line
from tests.ui.conftest import settle, type_text, when_dialog_opens
from ui.accounts.accounts_page import AccountsPage
from ui.accounts.contact_dialog import ContactDialog
from ui.main_window import account_dialogs


def make_page(qtbot, office, settings):
    page = AccountsPage(office["boss"], settings, account_dialogs())
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def shown_codes(page):
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(qtbot, page, code):
    row = shown_codes(page).index(code)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)


def test_create_an_account_through_the_form(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    form = page.detail.form
    assert not page.detail.churn_button.isVisible() and not page.detail.reactivate_button.isVisible()
    assert not page.detail.log_visit_button.isEnabled()  # nothing to record on before it is saved
    type_text(qtbot, form.code_edit, "KA100")
    type_text(qtbot, form.name_edit, "杭州天润酒店管理有限公司")
    type_text(qtbot, form.industry_combo.lineEdit(), "酒店")
    form.tier_combo.setCurrentIndex(form.tier_combo.findData("vip"))
    form.relationship_combo.setCurrentIndex(form.relationship_combo.findData("strategic"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    saved = Account.get(Account.code == "KA100")
    assert (saved.name, saved.industry, saved.tier, saved.relationship) == (
        "杭州天润酒店管理有限公司", "酒店", "vip", "strategic",
    )  # fmt: skip
    assert saved.owner_id == office["boss"].id  # a new account belongs to whoever creates it
    assert "KA100" in shown_codes(page)
    selected = page.table.selectionModel().selectedRows()
    assert [page.model.index(i.row(), 0).data() for i in selected] == ["KA100"]
    assert page.count_label.text() == "5 of 5 accounts"
    assert not form.is_dirty()


def test_search_as_you_type_in_chinese(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    type_text(qtbot, page.search_edit, "华")
    assert sorted(shown_codes(page)) == ["KA001", "KA003"]
    type_text(qtbot, page.search_edit, "润")
    assert shown_codes(page) == ["KA003"]
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "张伟")  # a contact's name finds the account
    assert shown_codes(page) == ["KA002"]
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "golden")
    assert shown_codes(page) == ["KA004"]
    assert page.count_label.text() == "1 of 4 accounts"


def test_typing_pinyin_finds_the_account_and_an_empty_result_offers_to_clear(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    type_text(qtbot, page.search_edit, "bjyh")  # 北京永辉餐饮…, typed before the pinyin is read
    assert shown_codes(page) == []
    page.prepare_search()  # as the window does once it has painted: the pinyin between events
    qtbot.waitUntil(lambda: shown_codes(page) == ["KA002"])  # shown when it is in
    assert not page.nothing_found.isVisible()
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "guangzhou")
    assert shown_codes(page) == ["KA003"]
    page.tier_filter.setCurrentIndex(page.tier_filter.findData("vip"))  # KA003 is negative
    assert shown_codes(page) == [] and page.nothing_found.isVisible()
    assert page.nothing_label.text() == "No account matches “guangzhou” with these filters."
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert (
        len(shown_codes(page)) == 4 and page.search_edit.text() == "" and page.tier_filter.currentIndex() == 0
    )
    assert not page.nothing_found.isVisible()


def test_filters_by_tier_and_owner(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    page.tier_filter.setCurrentIndex(page.tier_filter.findData("growth"))
    settle(qtbot)
    assert shown_codes(page) == ["KA002"]
    page.tier_filter.setCurrentIndex(0)
    settle(qtbot)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(-1))  # my accounts
    settle(qtbot)
    expected = {a.code for a in Account.select().where(Account.owner == office["boss"].id)}
    assert set(shown_codes(page)) == expected == {"KA001", "KA004"}


def click_header(qtbot, table, section):
    header = table.horizontalHeader()
    pos = QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    settle(qtbot)


def test_clicking_the_tier_header_sorts_by_tier_rank(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    click_header(qtbot, page.table, 2)
    assert shown_codes(page) == ["KA001", "KA002", "KA003", "KA004"]  # VIP, growth, negative, none
    click_header(qtbot, page.table, 2)
    assert shown_codes(page) == ["KA004", "KA003", "KA002", "KA001"]


@pytest.mark.parametrize("language", ["zh_CN", "en_US"])
def test_names_sort_in_pinyin_order_in_either_language(qtbot, office, settings, language):
    QLocale.setDefault(QLocale(language))
    try:
        page = make_page(qtbot, office, settings)
        click_header(qtbot, page.table, 0)
        click_header(qtbot, page.table, 1)
        # 北京 (bei), 广州 (guang), 上海 (shang), then Latin names; code-point order: G, 上, 北, 广
        assert shown_codes(page) == ["KA002", "KA003", "KA001", "KA004"]
    finally:
        QLocale.setDefault(QLocale("en_US"))


def test_validation_error_is_shown_at_the_field_and_nothing_is_saved(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    type_text(qtbot, page.detail.form.code_edit, "ka001")  # taken, whatever the case
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail.form.errors.text("name") == "Required."
    assert page.detail.form.errors.text("code") == "Already in use."
    assert Account.select().count() == 4
    type_text(qtbot, page.detail.form.name_edit, "新客户")
    page.detail.form.code_edit.clear()
    type_text(qtbot, page.detail.form.code_edit, "KA005")
    qtbot.mouseClick(page.detail.form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert page.detail.form.errors.text("name") == "" and Account.select().count() == 5


def test_leaving_a_dirty_form_asks_first(qtbot, office, settings, answer):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA001")
    type_text(qtbot, page.detail.form.name_edit, "(总部)")
    assert page.detail.form.is_dirty()

    asked = answer(QMessageBox.StandardButton.Cancel)
    click_row(qtbot, page, "KA002")
    assert len(asked) == 1
    form = page.detail.form
    assert form.account_id == office["KA001"].id and form.name_edit.text().endswith("(总部)")
    assert Account.get_by_id(office["KA001"].id).name == "上海华联超市连锁有限公司"

    answer(QMessageBox.StandardButton.Discard)
    click_row(qtbot, page, "KA002")
    assert page.detail.form.account_id == office["KA002"].id
    assert Account.get_by_id(office["KA001"].id).name == "上海华联超市连锁有限公司"

    type_text(qtbot, page.detail.form.name_edit, "!")
    answer(QMessageBox.StandardButton.Save)
    click_row(qtbot, page, "KA003")
    assert page.detail.form.account_id == office["KA003"].id
    assert Account.get_by_id(office["KA002"].id).name == "北京永辉餐饮管理有限公司!"


def test_edit_a_contact_in_its_dialog(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    table = page.detail.contacts.table
    assert page.detail.contacts.model.rowCount() == 1

    def edit(dialog):
        assert isinstance(dialog, ContactDialog)
        dialog.title_edit.clear()
        type_text(qtbot, dialog.title_edit, "采购总监")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("decision_maker"))
        type_text(qtbot, dialog.phone_edit, "138 0000 1234")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        settle(qtbot)

    when_dialog_opens(edit)
    rect = table.visualRect(page.detail.contacts.model.index(0, 0))
    # a real double-click: the first click selects, the second opens (mouseDClick alone skips the press)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    contact = Contact.get(Contact.name == "张伟")
    assert (contact.title, contact.decision_role, contact.phone) == (
        "采购总监",
        "decision_maker",
        "138 0000 1234",
    )
    assert page.detail.contacts.model.index(0, 1).data() == "采购总监"


def test_bad_contact_input_keeps_the_dialog_open(qtbot, office, settings):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA001")
    seen = {}

    def add(dialog):
        type_text(qtbot, dialog.name_edit, "陈静")
        type_text(qtbot, dialog.email_edit, "chen@")
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        settle(qtbot)
        seen["error"] = dialog.errors.text("email")
        seen["open"] = dialog.isVisible()
        seen["saved"] = Contact.select().where(Contact.name == "陈静").count()
        dialog.email_edit.clear()
        type_text(qtbot, dialog.email_edit, "chen@hualian.cn")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        settle(qtbot)

    when_dialog_opens(add)
    qtbot.mouseClick(page.detail.contacts.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert seen == {"error": "Not an e-mail address (name@company.com).", "open": True, "saved": 0}
    assert Contact.get(Contact.name == "陈静").email == "chen@hualian.cn"
    assert page.model.index(shown_codes(page).index("KA001"), 8).data() == 1  # contacts column


def test_removing_a_contact_asks_and_removes(qtbot, office, settings, answer):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA002")
    page.detail.contacts.table.selectRow(0)
    asked = answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.detail.contacts.remove_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "张伟" in asked[0]
    assert Contact.select().count() == 0


def test_archive_makes_the_account_read_only_and_restore_brings_it_back(qtbot, office, settings, answer):
    page = make_page(qtbot, office, settings)
    page.archived_check.setChecked(True)  # archived accounts listed too
    click_row(qtbot, page, "KA002")
    asked = answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.detail.form.archive_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "北京永辉" in asked[0] and Account.get_by_id(office["KA002"].id).archived_at is not None
    detail = page.detail
    assert detail.form.archived_banner.isVisible() and detail.form.restore_button.isVisible()
    assert not detail.log_visit_button.isEnabled() and not detail.feedback_button.isEnabled()
    qtbot.mouseClick(detail.form.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get_by_id(office["KA002"].id).archived_at is None and detail.log_visit_button.isEnabled()


def test_delete_archives_an_account_with_history_and_erases_one_without(qtbot, office, settings, answer):
    page = make_page(qtbot, office, settings)
    answer(QMessageBox.StandardButton.Yes)
    click_row(qtbot, page, "KA002")  # has a contact
    qtbot.mouseClick(page.detail.form.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get_by_id(office["KA002"].id).archived_at is not None
    assert "KA002" not in shown_codes(page)
    assert page.detail.form.restore_button.isVisible() and not page.detail.contacts.add_button.isEnabled()

    page.archived_check.setChecked(True)
    settle(qtbot)
    assert "KA002" in shown_codes(page)
    qtbot.mouseClick(page.detail.form.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.get_by_id(office["KA002"].id).archived_at is None

    click_row(qtbot, page, "KA004")  # nothing recorded
    qtbot.mouseClick(page.detail.form.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not Account.select().where(Account.code == "KA004").exists()
    assert "KA004" not in shown_codes(page)
    assert page.detail_stack.currentIndex() == 0


def test_declining_delete_keeps_the_account(qtbot, office, settings, answer):
    page = make_page(qtbot, office, settings)
    click_row(qtbot, page, "KA004")
    answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.detail.form.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Account.select().where(Account.code == "KA004").exists()


def test_the_value_columns_are_chosen_from_the_header_and_sort(qtbot, office, settings, clock_at):
    """Revenue, margin, net contribution and share of wallet over 12 months: hidden until chosen
    (they add up a year of sales), then read off the window's thread and sortable."""
    import datetime as dt

    from PySide6.QtWidgets import QMenu

    from kamdesk.services import value
    from tests.conftest import SCRIPT
    from ui.accounts.account_table_model import MARGIN, NET, REVENUE, WALLET

    clock_at(dt.datetime(2026, 11, 23, 9))
    for code, amount, cost in (
        ("KA001", 900_000, 600_000),
        ("KA002", 500_000, 490_000),
        ("KA004", 300_000, None),
    ):
        line = {"ordered_on": dt.date(2026, 6, 1), "sku": "S", "product_line": "饮料", "quantity": 1}
        add_order_line(account=office[code].id, amount_cents=amount, cost_cents=cost, **line)
    value.record_need(office["KA002"].id, 2_000_000, dt.date(2026, 6, 2), "采购经理口述", actor=SCRIPT)
    page = make_page(qtbot, office, settings)
    header = page.table.horizontalHeader()
    assert all(header.isSectionHidden(c) for c in (REVENUE, MARGIN, NET, WALLET))
    header.customContextMenuRequested.emit(header.rect().center())
    menu = page.findChild(QMenu)
    choice = next(a for a in menu.actions() if a.text() == "Net contribution")
    assert not choice.isChecked()
    choice.trigger()
    menu.close()
    page.show_column(WALLET, True)
    qtbot.waitUntil(lambda: page.model.has_value_figures)
    settle(qtbot)
    assert not header.isSectionHidden(NET) and not header.isSectionHidden(WALLET)
    cells = {shown_codes(page)[r]: (page.model.index(r, NET).data(), page.model.index(r, WALLET).data())
             for r in range(page.model.rowCount())}  # fmt: skip
    assert cells["KA001"] == ("3,000", "") and cells["KA002"] == ("100", "25%")
    assert cells["KA004"] == ("", "")  # no cost on its line: not reckoned
    page.table.sortByColumn(NET, Qt.SortOrder.AscendingOrder)
    assert shown_codes(page)[:2] == ["KA002", "KA001"]  # 100 before 3,000; the unknown after


def test_with_no_account_open_the_list_takes_the_width_and_gives_it_back(qtbot, office, settings):
    """Issue 23: the empty pane took 40% of the window while the list scrolled sideways."""
    page = make_page(qtbot, office, settings)
    page.resize(1100, 700)
    settle(qtbot)
    list_width, pane_width = page.splitter.sizes()
    assert pane_width < 250 and page.placeholder.isVisible()
    click_row(qtbot, page, "KA002")
    assert page.splitter.sizes()[1] >= 380  # the account's pane, as wide as the rep left it
    assert page.splitter.sizes()[0] < list_width
