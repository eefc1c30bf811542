from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from kamdesk.exchange import importing
from kamdesk.store import db
from kamdesk.store.models import OrderLine
from tests.ui.conftest import settle
from ui.common import ask
from ui.main_window import MainWindow
from ui.office.import_dialog import ImportDialog


def make_window(qtbot, office, settings):
    window = MainWindow(db.OpenedDatabase("x", "sqlite", None, 1), office["boss"], settings, "log")
    qtbot.addWidget(window)
    window.show()
    return window


def import_clicked(qtbot, dialog, done, timeout=10000):
    """Click Import and wait until `done()` and the dialog is no longer busy."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(done, timeout=timeout)
    qtbot.waitUntil(lambda: not dialog.is_busy())


def test_import_with_mapped_headers_from_the_file_menu(qtbot, office, settings, tmp_path, monkeypatch):
    path = tmp_path / "erp.csv"
    path.write_text("Cust;Day;Item;Family;Qty;Value\nKA001;2026-10-05;S-1;饮料;2;88.5\nKA002;2026-10-06;S-2;乳品;1;40\n",
                    encoding="gbk")  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    assert isinstance(dialog, ImportDialog) and dialog.erp.model.rowCount() == 3  # the header and two lines
    assert dialog.erp.header_line() == 1  # the row naming the most known columns
    assert dialog.erp.field_combos["sku"].currentData() == "Item"  # recognised
    for column, header in (
        ("account_code", "Cust"),
        ("date", "Day"),
        ("product_line", "Family"),
        ("amount", "Value"),
    ):
        combo = dialog.erp.field_combos[column]
        combo.setCurrentIndex(combo.findData(header))
    import_clicked(qtbot, dialog, lambda: dialog.result_ok)
    assert dialog.status_label.text() == "2 order lines read, amounts ¥128.50: 2 new, 0 imported before."
    assert sorted((o.product_line, o.amount_cents) for o in OrderLine.select()) == [
        ("乳品", 4000),
        ("饮料", 8850),
    ]


def test_a_refused_file_lists_its_problems_and_writes_nothing(qtbot, office, settings, tmp_path, monkeypatch):
    path = tmp_path / "orders.csv"
    path.write_text("客户编号,日期,物料编码,产品线,数量,金额\nKA001,2026-10-01,S,饮料,1,10\nKA404,2026-13-01,S,饮料,x,10\n",
                    encoding="utf-8")  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    import_clicked(qtbot, dialog, lambda: dialog.problems_view.isVisible())
    lines = dialog.problems_view.toPlainText().splitlines()
    assert lines == [
        "Line 3, Account code: no account has this code (KA404)",
        "Line 3, Date: not a date (2026-13-01)",
        "Line 3, Quantity: not a number (x)",
    ]
    assert "Nothing was imported: 3 problems" in dialog.status_label.text()
    assert OrderLine.select().count() == 0


def test_a_big_file_read_ahead_imports_from_the_file_menu_and_its_problems_are_listed(
    qtbot, office, settings, tmp_path, monkeypatch
):
    """Read in a process of its own (as a file of 24 MB or more is), from the app's import thread."""
    import multiprocessing

    from kamdesk.exchange import order_import

    monkeypatch.setattr(order_import, "READ_AHEAD_BYTES", 0)
    monkeypatch.setattr(order_import, "PART_BYTES", 200)  # parts of a few lines
    lines = [f"KA00{1 + i % 2},2026-10-{1 + i % 28:02d},S-{i},饮料,1,{10 + i}" for i in range(40)]
    path = tmp_path / "history.csv"
    header = "客户编号,日期,物料编码,产品线,数量,金额"
    path.write_text("\n".join([header, *lines, "KA404,2026-10-01,S,饮料,1,1"]) + "\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    import_clicked(qtbot, dialog, lambda: dialog.problems_view.isVisible(), timeout=20000)
    assert dialog.problems_view.toPlainText().splitlines() == [
        "Line 42, Account code: no account has this code (KA404)"
    ]
    assert OrderLine.select().count() == 0 and multiprocessing.active_children() == []
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    dialog = window.menus.import_file("orders")
    import_clicked(qtbot, dialog, lambda: dialog.result_ok, timeout=20000)
    assert dialog.status_label.text().endswith(": 40 new, 0 imported before.")
    assert OrderLine.select().count() == 40 and multiprocessing.active_children() == []


def test_a_workbook_turned_zip_bomb_is_refused_in_words(qtbot, office, settings, tmp_path, monkeypatch):
    """The file passed the preview, then was exported again while the dialog stood open: the import
    refuses it whole, saying why, before unpacking it."""
    from tests.domain.test_importing import orders_workbook, padded

    path = tmp_path / "orders.xlsx"
    orders_workbook(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    assert dialog.erp.model.rowCount() == 2  # the header and one line
    padded(path, 11 * 2**20)  # packs a thousand to one
    import_clicked(qtbot, dialog, lambda: dialog.problems_view.isVisible())
    assert dialog.problems_view.toPlainText().splitlines() == [
        "The file: unpacks to more than 512 MB, or is packed suspiciously tightly (a zip bomb); "
        "export fewer lines per file, or save it as CSV"
    ]
    assert OrderLine.select().count() == 0
    assert dialog.describe(importing.Problem(0, "", "xlsx_damaged")) == (
        "The file: damaged (a part of the workbook does not unpack to what the file declares); "
        "open it in Excel and save it again"
    )


def test_export_from_the_file_menu(qtbot, office, settings, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    target = tmp_path / "accounts.xlsx"
    monkeypatch.setattr(ask, "item", lambda *a, **k: ("Accounts", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = make_window(qtbot, office, settings)
    window.menus.export_action.trigger()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("code", "name") and len(rows) == 5
    assert "4 rows written" in window.statusBar().currentMessage()


def test_a_prospect_list_is_imported_from_the_prospects_page(qtbot, office, settings, tmp_path, monkeypatch):
    from kamdesk.store.models import Account, ProspectCard

    path = tmp_path / "展会名单.csv"
    path.write_text("公司名称,行业,区域,联系人,职位,亲自参与\n杭州天润酒店,酒店,华东/杭州,周强,总经理,是\n"
                    "苏州美食城,餐饮连锁,华东/苏州,李红,采购总监,否\n", encoding="gb18030")  # fmt: skip
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    window.navigation.setCurrentRow(window.pages.indexOf(window.prospects_page))
    settle(qtbot)
    qtbot.mouseClick(window.prospects_page.import_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = window.findChild(ImportDialog)
    assert dialog.column_combos["contact"].currentData() == "联系人"
    import_clicked(qtbot, dialog, lambda: dialog.result_ok)
    assert dialog.status_label.text() == "2 prospects read: 2 added, 0 already in KAMDesk."
    assert Account.select().where(Account.status == "prospect").count() == 2
    assert ProspectCard.get(
        ProspectCard.account == Account.get(Account.name == "杭州天润酒店").id
    ).personally_involved
    dialog.close()
    settle(qtbot)
    show_all = window.prospects_page.set_aside_check
    show_all.setChecked(True)  # no targets in this office yet: both are set aside, not lost
    settle(qtbot)
    assert window.prospects_page.call_model.rowCount() == 2


def test_an_erp_report_shows_as_it_is_and_imports_in_one_click(
    qtbot, office, settings, tmp_path, monkeypatch
):
    """用友 U8's 销售统计表: the header found under the title lines, over two rows, highlighted; the
    title and total rows greyed and why; one click imports the five sales, and no total."""
    from tests.domain import erp_exports
    from ui.office.erp_preview import HEADER_FILL, SKIPPED_INK

    path, expected = erp_exports.u8_sales_xlsx(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    model = dialog.erp.model
    assert dialog.erp.header_line() == 4 and model.preview.header.lines == 2
    numbers = [number for number, _ in model.preview.rows]
    header_row = numbers.index(4)
    assert model.data(model.index(header_row, 0), Qt.ItemDataRole.BackgroundRole).color() == HEADER_FILL
    total_row = next(i for i, (_, cells) in enumerate(model.preview.rows) if "合计" in cells)
    assert model.data(model.index(total_row, 0), Qt.ItemDataRole.ForegroundRole).color() == SKIPPED_INK
    assert model.headerData(total_row, Qt.Orientation.Vertical).endswith("· total")
    assert "never a sale" in model.headerData(total_row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) == "1 · title"
    note_row = next(i for i, (_, cells) in enumerate(model.preview.rows) if "制表人:张三" in cells)
    assert model.headerData(note_row, Qt.Orientation.Vertical).endswith("· note")
    assert dialog.erp.field_combos["account_name"].currentData() == "客户名称"  # 客户 over 名称
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ok, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert (
        dialog.status_label.text()
        == f"5 order lines read, amounts ¥{expected.cents / 100:,.2f}: 5 new, 0 imported before."
    )
    assert sum(o.amount_cents for o in OrderLine.select()) == expected.cents


def test_a_customer_the_erp_names_differently_is_mapped_once(qtbot, office, settings, tmp_path, monkeypatch):
    """金蝶's file names a branch no account has: the import is refused naming it; the user makes it a
    new account and imports again; the name is remembered."""
    from kamdesk.exchange.erp_files import name_key
    from kamdesk.store.models import Account, CustomerName
    from tests.domain import erp_exports

    path, expected = erp_exports.k3_outbound_xls(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    dialog = window.menus.import_file("orders")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names_box.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: not dialog.is_busy() and not dialog.names_box.is_busy())
    assert (
        dialog.problems_view.toPlainText()
        .splitlines()[0]
        .startswith("Line 5, Customer name: no account has this name")
    )
    assert list(dialog.names_box.rows) == ["北京永辉餐饮管理有限公司（朝阳店）"]
    assert OrderLine.select().count() == 0
    qtbot.mouseClick(dialog.remember_button, Qt.MouseButton.LeftButton)  # nothing chosen yet
    assert dialog.status_label.text() == "Choose an account, or a new account, for every name first."
    _, new = dialog.names_box.rows["北京永辉餐饮管理有限公司（朝阳店）"]
    new.setChecked(True)
    qtbot.mouseClick(dialog.remember_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ok, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    branch = Account.get(Account.name == "北京永辉餐饮管理有限公司（朝阳店）")
    assert branch.code == "C00001" and OrderLine.select().where(OrderLine.account == branch.id).count() == 2
    assert (
        CustomerName.get(CustomerName.name_key == name_key("北京永辉餐饮管理有限公司(朝阳店)")).account_id
        == branch.id
    )
    assert sum(o.amount_cents for o in OrderLine.select()) == expected.cents


def test_the_skus_product_lines_imported_from_the_file_menu(qtbot, office, settings, tmp_path, monkeypatch):
    from kamdesk.store.models import SkuProductLine

    path = tmp_path / "skus.csv"
    path.write_text("物料编码,产品线\nSP-001,饮料\nSN-101,休闲食品\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window = make_window(qtbot, office, settings)
    assert window.menus.import_sku_lines_action.isEnabled()  # a manager's
    window.menus.import_sku_lines_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog.column_combos["sku"].currentData() == "物料编码"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ok, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.status_label.text() == "2 SKUs read: 2 added, 0 changed."
    assert dict(SkuProductLine.select(SkuProductLine.sku, SkuProductLine.product_line).tuples()) == {
        "SP-001": "饮料", "SN-101": "休闲食品"}  # fmt: skip


def test_a_manager_classifies_the_skus_sold_without_a_product_line(
    qtbot, office, settings, tmp_path, clock_at
):
    """The SKUs an ERP file sold without a product line come first in Office → SKUs' product lines;
    typing one in and saving gives those lines their product line."""
    from PySide6.QtWidgets import QLineEdit

    from kamdesk.exchange import order_import
    from tests.conftest import SCRIPT
    from tests.domain import erp_exports
    from ui.office.product_lines_dialog import ProductLinesDialog

    path, _ = erp_exports.tplus_details_csv(tmp_path)  # no product line, no category
    order_import.import_orders(path, actor=SCRIPT)
    dialog = ProductLinesDialog(office["boss"])
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == [
        "SN-101",
        "SN-102",
        "SP-001",
    ]
    dialog.filter_edit.setText("SP-")
    assert dialog.proxy.rowCount() == 1
    cell = dialog.proxy.index(0, 1)
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = table.findChild(QLineEdit)  # the cell's editor
    editor.setText("饮料")  # what a Chinese input method commits (QTest types Latin keys only)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # to the next cell: the typed line is kept
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert OrderLine.get(OrderLine.sku == "SP-001").product_line == "饮料"
    assert OrderLine.get(OrderLine.sku == "SN-101").product_line == ""


def test_the_preview_marks_the_customers_no_account_is_before_import(qtbot, office, settings, tmp_path):
    from tests.domain import erp_exports
    from ui.office.erp_preview import UNKNOWN_FILL, ErpPreview

    path, _ = erp_exports.k3_outbound_xls(tmp_path)  # one branch no account has, twice
    preview = ErpPreview(path)
    qtbot.addWidget(preview)
    model = preview.model
    marked = sorted(number for number in model.preview.unknown)
    assert marked == [5, 6]
    row = [n for n, _ in model.preview.rows].index(5)
    column = model.preview.unknown[5]
    assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole).color() == UNKNOWN_FILL
    assert "Customers in yellow match no account (1 in the rows shown)" in preview.basis_label.text()
