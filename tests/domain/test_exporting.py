import csv
import datetime as dt

import pytest

from kamdesk.exchange import exporting, importing, order_import
from kamdesk.services import accounts, feedback, people
from kamdesk.store.models import Account, OrderLine
from tests.conftest import SCRIPT
from tests.orders import add_order_line


@pytest.fixture
def office(opened, tmp_path):
    boss = people.create_rep("王经理", actor=SCRIPT)
    a = accounts.save_account(
        accounts.AccountDraft(code="KA001", name='=HYPERLINK("http://x")', owner_id=boss.id), actor=SCRIPT
    )
    accounts.save_account(
        accounts.AccountDraft(code="KA002", name="苏州华联超市", industry="+86 连锁", owner_id=boss.id),
        actor=SCRIPT,
    )
    feedback.add_entry(a.id, "complaint", "logistics", "@老板 送货延迟", dt.date(2026, 10, 1), actor=SCRIPT)
    orders = tmp_path / "orders.csv"
    lines = ["account_code,date,sku,product_line,quantity,amount", "KA001,2026-10-01,SKU-1,饮料,10,1200.50",
             "KA002,2026-10-02,SKU-2,乳品,1.5,-30"]  # fmt: skip
    orders.write_text("\n".join(lines) + "\n", encoding="utf-8")
    order_import.import_orders(orders, actor=SCRIPT)
    return boss


def test_text_that_looks_like_a_formula_is_neutralised_but_numbers_stay_numbers():
    assert exporting.neutralise("=SUM(A1:A9)") == "'=SUM(A1:A9)"
    assert [exporting.neutralise(v) for v in ("+86", "-5", "@x", "\tx", "safe", -5, 3.5, "'q")] == [
        "'+86", "'-5", "'@x", "'\tx", "safe", -5, 3.5, "''q",
    ]  # fmt: skip


def test_csv_is_utf8_with_bom_and_safe_for_spreadsheets(office, tmp_path):
    path = tmp_path / "accounts.csv"
    assert exporting.export("accounts", path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert rows[0]["name"] == '\'=HYPERLINK("http://x")' and rows[1]["industry"] == "'+86 连锁"
    assert rows[1]["name"] == "苏州华联超市"
    ledger_path = tmp_path / "feedback.csv"
    exporting.export("ledger", ledger_path)
    assert next(csv.DictReader(ledger_path.open(encoding="utf-8-sig")))["text"] == "'@老板 送货延迟"


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers(office, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "accounts.xlsx"
    exporting.export("accounts", path)
    sheet = load_workbook(path).active
    names = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names[0] == '=HYPERLINK("http://x")'  # a string cell, never a formula: no apostrophe needed
    assert sheet.cell(row=2, column=2).data_type == "s"
    orders = tmp_path / "orders.xlsx"
    exporting.export("orders", orders)
    amounts = [row[5] for row in load_workbook(orders).active.iter_rows(min_row=2, values_only=True)]
    assert sorted(amounts) == [-30, 1200.5]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_order_lines_round_trip_through_the_importer(office, tmp_path, suffix):
    path = tmp_path / f"orders{suffix}"
    assert exporting.export("orders", path) == 2
    before = sorted(
        (o.account.code, o.ordered_on, o.sku, o.product_line, o.quantity, o.amount_cents)
        for o in OrderLine.select()
    )
    OrderLine.delete().execute()
    assert order_import.import_orders(path, actor=SCRIPT).new == 2
    after = sorted(
        (o.account.code, o.ordered_on, o.sku, o.product_line, o.quantity, o.amount_cents)
        for o in OrderLine.select()
    )
    assert after == before
    assert order_import.import_orders(path, actor=SCRIPT).new == 0  # the same lines: nothing new


def test_the_account_list_round_trips(office, tmp_path):
    path = tmp_path / "accounts.csv"
    exporting.export("accounts", path)
    Account.update(industry="").where(Account.code == "KA002").execute()
    result = importing.import_accounts(path, actor=SCRIPT)
    assert (result.new, result.updated) == (0, 1)  # only the account changed since the export
    assert Account.get(Account.code == "KA002").industry == "+86 连锁"  # the apostrophe was the export's


def every_account():
    return sorted(Account.select().tuples())


def every_order_line():
    return sorted(OrderLine.select().tuples())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_adds_nothing_and_changes_nothing(office, tmp_path, suffix):
    accounts.save_account(
        accounts.AccountDraft(code="KA003", name="'引号开头的客户", industry="''双引号"), actor=SCRIPT
    )
    accounts.save_account(
        accounts.AccountDraft(code="=KA4", name="-折扣 @渠道", region="\t华东"), actor=SCRIPT
    )
    add_order_line(account=Account.get(Account.code == "=KA4").id, ordered_on=dt.date(2026, 10, 3),
                     sku="=SKU'9", product_line="+赠品", quantity=-2, amount_cents=-1999)  # fmt: skip
    accounts_before, orders_before = every_account(), every_order_line()

    exporting.export("accounts", tmp_path / f"accounts{suffix}")
    exporting.export("orders", tmp_path / f"orders{suffix}")
    assert importing.import_accounts(tmp_path / f"accounts{suffix}", actor=SCRIPT).updated == 0
    assert order_import.import_orders(tmp_path / f"orders{suffix}", actor=SCRIPT).new == 0
    assert every_account() == accounts_before
    assert every_order_line() == orders_before


def test_an_apostrophe_the_erp_wrote_itself_is_kept():
    assert [importing.restore_neutralised(v) for v in ("'=1+1", "''x", "'abc", "a'b", "'")] == [
        "=1+1", "'x", "'abc", "a'b", "'",
    ]  # fmt: skip


def test_an_unwritable_export_leaves_no_file(office, tmp_path):
    from kamdesk import errors

    with pytest.raises(errors.ReportWriteError):
        exporting.export("orders", tmp_path / "missing" / "orders.csv")
    assert not (tmp_path / "missing").exists()
