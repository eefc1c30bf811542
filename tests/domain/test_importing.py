import datetime as dt
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import peewee
import pytest

from kamdesk import cli, errors
from kamdesk.exchange import importing, order_import
from kamdesk.services import sales
from kamdesk.store import db, sales_facts
from kamdesk.store.models import Account, ImportBatch, OrderLine, database
from tests.backends import sqlite_only
from tests.conftest import SCRIPT

ROOT = Path(__file__).resolve().parents[2]
HEADER_ZH = "客户编号,日期,物料编码,产品线,数量,金额"
LINES = [
    "KA001,2026-10-01,SKU-1,饮料,10,1200.50",
    'KA001,2026/10/15,SKU-2,休闲食品,5,"1,300"',
    "KA002,2026-11-02,SKU-1,饮料,2,240",
]


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(
        text.encode(encoding) if encoding != "utf-8-sig" else b"\xef\xbb\xbf" + text.encode("utf-8")
    )
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_in_every_encoding_with_chinese_headers(office, tmp_path, encoding):
    path = write(tmp_path, "orders.csv", "\n".join([HEADER_ZH, *LINES]) + "\n", encoding)
    result = order_import.import_orders(path, actor=SCRIPT)
    assert (result.lines, result.new) == (3, 3)
    rows = sorted(
        (o.account.code, str(o.ordered_on), o.sku, o.product_line, o.amount_cents) for o in OrderLine.select()
    )
    assert rows == [
        ("KA001", "2026-10-01", "SKU-1", "饮料", 120050),
        ("KA001", "2026-10-15", "SKU-2", "休闲食品", 130000),
        ("KA002", "2026-11-02", "SKU-1", "饮料", 24000),
    ]


def test_xlsx_with_real_dates_and_numbers(office, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["account_code", "date", "sku", "product_line", "quantity", "amount"])
    sheet.append(["KA001", dt.datetime(2026, 9, 30), "SKU-9", "调味品", 3, 99.9])
    sheet.append(["ka002", "2026-10-01", 12345, "调味品", 1.5, 10])  # codes any case, numeric SKU
    path = tmp_path / "orders.xlsx"
    book.save(path)
    assert order_import.import_orders(path, actor=SCRIPT).new == 2
    assert sorted((o.sku, o.amount_cents, o.quantity) for o in OrderLine.select()) == [
        ("12345", 1000, 1.5),
        ("SKU-9", 9990, 3.0),
    ]


def test_a_bad_file_is_refused_whole_with_every_line_and_column(office, tmp_path):
    text = "\n".join([
        HEADER_ZH, *LINES,
        "KA404,2026-10-01,SKU-1,饮料,1,10",        # line 5: unknown account
        "KA001,2026-02-30,SKU-1,饮料,1,10",        # line 6: impossible date
        "KA001,2026-10-01,SKU-1,饮料,1,十元",       # line 7: amount not numeric
    ]) + "\n"  # fmt: skip
    with pytest.raises(errors.ImportRefusedError) as caught:
        order_import.import_orders(write(tmp_path, "orders.csv", text), actor=SCRIPT)
    found = [(p.line, p.column, p.code) for p in caught.value.problems]
    assert found == [
        (5, "account_code", "unknown_account"),
        (6, "date", "bad_date"),
        (7, "amount", "not_a_number"),
    ]
    assert OrderLine.select().count() == ImportBatch.select().count() == 0


def test_a_missing_column_is_named(office, tmp_path):
    path = write(tmp_path, "orders.csv", "客户编号,日期,物料编码,数量\nKA001,2026-10-01,S,1\n")
    with pytest.raises(errors.ImportRefusedError) as caught:
        order_import.import_orders(path, actor=SCRIPT)
    assert {(p.line, p.column, p.code) for p in caught.value.problems} == {
        (1, "amount", "missing_column"),  # a product line is not required: "" until it is known (issue 20)
    }  # fmt: skip


def test_importing_again_adds_nothing_and_a_later_export_adds_only_its_new_lines(office, tmp_path):
    first = write(tmp_path, "oct.csv", "\n".join([HEADER_ZH, *LINES[:2]]) + "\n")
    assert order_import.import_orders(first, actor=SCRIPT).new == 2
    assert order_import.import_orders(first, actor=SCRIPT).new == 0
    overlapping = write(tmp_path, "oct-nov.csv", "\n".join([HEADER_ZH, *LINES]) + "\n")
    assert order_import.import_orders(overlapping, actor=SCRIPT).new == 1
    assert OrderLine.select().count() == 3


def test_two_identical_lines_in_one_file_are_two_orders(office, tmp_path):
    path = write(tmp_path, "orders.csv", "\n".join([HEADER_ZH, LINES[0], LINES[0]]) + "\n")
    assert order_import.import_orders(path, actor=SCRIPT).new == 2
    assert order_import.import_orders(path, actor=SCRIPT).new == 0


def test_other_headers_are_mapped_by_the_user(office, tmp_path):
    path = write(tmp_path, "erp.csv", "Cust;Day;Item;Family;Qty;Value\nKA001;20261005;S-1;饮料;1;88\n")
    mapping = {"account_code": "Cust", "date": "Day", "sku": "Item", "product_line": "Family",
               "quantity": "Qty", "amount": "Value"}  # fmt: skip
    table, recognised = importing.preview(path, "orders")
    assert table.headers == ["Cust", "Day", "Item", "Family", "Qty", "Value"]
    assert recognised == {"sku": 2, "quantity": 4}  # "Item" and "Qty" are known; the rest needs the user
    assert order_import.import_orders(path, mapping, actor=SCRIPT).new == 1
    assert OrderLine.get().ordered_on == dt.date(2026, 10, 5)


def test_the_account_list_creates_and_updates_all_or_nothing(office, tmp_path):
    good = write(
        tmp_path,
        "accounts.csv",
        "客户编号,客户名称,行业,区域,负责人\nKA001,苏州华联超市(总部),连锁超市,华东/苏州,王经理\nKA003,宁波新客户,酒店,华东/宁波,\n",
    )
    result = importing.import_accounts(good, actor=SCRIPT)
    assert (result.new, result.updated) == (1, 1)
    assert Account.get(Account.code == "KA001").name == "苏州华联超市(总部)"
    assert Account.get(Account.code == "KA003").industry == "酒店"
    bad = write(
        tmp_path, "bad.csv", "code,name,tier,owner\nKA004,新客户,gold,\nKA005,,vip,李雷\nKA004,重复,vip,\n"
    )
    with pytest.raises(errors.ImportRefusedError) as caught:
        importing.import_accounts(bad, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in caught.value.problems] == [
        (2, "tier", "invalid_choice"),
        (3, "name", "required"),
        (3, "owner", "unknown_rep"),
        (4, "code", "duplicate_code"),
    ]
    assert Account.select().count() == 3


def test_the_command_line_lists_twenty_problems_then_the_count(office, tmp_path, database_url, capsys):
    rows = [HEADER_ZH] + [f"KA404,2026-10-01,S,饮料,1,{i}" for i in range(25)]
    path = write(tmp_path, "orders.csv", "\n".join(rows) + "\n")
    db.close_database()
    assert cli.run(cli.parse_args(["import", "orders", str(path), "--db", database_url])) == 1
    err = capsys.readouterr().err.splitlines()
    assert "25 problems" in err[0] and "nothing was written" in err[0]
    assert err[1].strip() == "line 2, column account_code: no account has this code ('KA404')"
    assert len(err) == 1 + 20 + 1 and err[-1].strip() == "... and 5 more"
    good = write(tmp_path, "good.csv", "\n".join([HEADER_ZH, *LINES]) + "\n")
    assert cli.run(cli.parse_args(["import", "orders", str(good), "--db", database_url])) == 0
    assert "3 order lines read (amounts 2,740.50), 3 new" in capsys.readouterr().out


def test_a_kill_during_an_import_leaves_the_database_sound_without_the_file(office, tmp_path, database_url):
    order_import.import_orders(
        write(tmp_path, "oct.csv", "\n".join([HEADER_ZH, *LINES]) + "\n"), actor=SCRIPT
    )
    rows = [HEADER_ZH] + [f"KA00{1 + i % 2},2026-{9 + i % 3}-01,SKU-{i},饮料,1,{i}" for i in range(12_000)]
    path = write(tmp_path, "big.csv", "\n".join(rows) + "\n")
    facts = sales.monthly_revenue_by_account(dt.date(2026, 11, 30), 3)
    db.close_database()
    script = textwrap.dedent(f"""
        import os, signal
        from kamdesk.store import db
        from kamdesk.actor import Actor
        from kamdesk.exchange import order_import
        db.open_database({database_url!r})
        def progress(done, total):
            if done >= order_import.CHUNK:  # the first chunk is written: die as kill -9 would
                os.kill(os.getpid(), signal.SIGKILL)
        order_import.import_orders({str(path)!r}, progress=progress, actor=Actor.command_line())
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", database_url],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stderr
    db.open_database(database_url)
    assert OrderLine.select().count() == 3 and ImportBatch.select().count() == 1
    assert (
        sales_facts.differences() == []
        and sales.monthly_revenue_by_account(dt.date(2026, 11, 30), 3) == facts
    )


def stored_lines():
    return sorted(
        (o.account.code, str(o.ordered_on), o.sku, o.product_line, o.quantity, o.amount_cents)
        for o in OrderLine.select()
    )


def test_a_plain_file_with_spaces_and_windows_line_ends_reads_as_the_csv_module_would(office, tmp_path):
    plain = "\r\n".join(
        [HEADER_ZH, " KA001 ,2026-10-01, SKU-1 ,饮料 , 10 ,1200.50", "ka002,2026-11-02,SKU-1,饮料,2,240"]
    )
    quoted = "\n".join([HEADER_ZH, '"KA001","2026-10-01","SKU-1","饮料","10","1200.50"', LINES[2]])
    assert order_import.import_orders(write(tmp_path, "plain.csv", plain + "\r\n"), actor=SCRIPT).new == 2
    from_plain = stored_lines()
    assert from_plain == [
        ("KA001", "2026-10-01", "SKU-1", "饮料", 10.0, 120050),
        ("KA002", "2026-11-02", "SKU-1", "饮料", 2.0, 24000),
    ]
    assert (
        order_import.import_orders(write(tmp_path, "quoted.csv", quoted), actor=SCRIPT).new == 0
    )  # the same lines
    assert stored_lines() == from_plain


def test_a_short_line_and_a_nan_in_a_plain_file_are_refused_with_their_lines(office, tmp_path):
    text = "\n".join(
        [
            HEADER_ZH,
            "KA001,2026-10-01,SKU-1,饮料,1,10",
            "KA001,2026-10-02,SKU-1",
            "KA001,2026-10-03,S,饮料,nan,10",
        ]
    )
    with pytest.raises(errors.ImportRefusedError) as caught:
        order_import.import_orders(write(tmp_path, "orders.csv", text + "\n"), actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in caught.value.problems] == [
        (3, "quantity", "required"), (3, "amount", "required"), (4, "quantity", "not_a_number"),
    ]  # fmt: skip
    assert OrderLine.select().count() == 0


def test_a_line_stored_once_and_twice_in_the_file_adds_one(office, tmp_path):
    assert (
        order_import.import_orders(write(tmp_path, "a.csv", f"{HEADER_ZH}\n{LINES[0]}\n"), actor=SCRIPT).new
        == 1
    )
    twice = write(tmp_path, "b.csv", "\n".join([HEADER_ZH, LINES[0], LINES[0], LINES[2]]) + "\n")
    result = order_import.import_orders(twice, actor=SCRIPT)
    assert (result.lines, result.new) == (3, 2)
    assert [line[:3] for line in stored_lines()] == [
        ("KA001", "2026-10-01", "SKU-1"), ("KA001", "2026-10-01", "SKU-1"), ("KA002", "2026-11-02", "SKU-1"),
    ]  # fmt: skip


@sqlite_only  # KAMDesk 0.x kept its offices in SQLite only
def test_lines_stored_by_earlier_versions_under_hashed_ids_are_recognised(office, tmp_path):
    account = Account.get(Account.code == "KA001")
    hashed_id = 4_611_686_018_427_387_000
    OrderLine.insert(id=hashed_id, account=account, ordered_on=dt.date(2026, 10, 1), sku="SKU-1",
                     product_line="饮料", quantity=10.0, amount_cents=120050).execute()  # fmt: skip
    sales_facts.rebuild()  # as the upgrade to schema 11 builds them
    path = write(tmp_path, "orders.csv", "\n".join([HEADER_ZH, LINES[0], LINES[2]]) + "\n")
    assert order_import.import_orders(path, actor=SCRIPT).new == 1
    assert OrderLine.select().count() == 2
    assert OrderLine.select().where(OrderLine.id != hashed_id).get().id > hashed_id  # numbered after it


def foreign_keys_on() -> bool:
    if not db.is_sqlite():
        return True  # PostgreSQL always checks them; the import only switches SQLite's off
    return database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_foreign_keys_are_checked_again_after_an_import_however_it_ends(office, tmp_path):
    rows = [HEADER_ZH] + [f"KA001,2026-10-01,SKU-{i},饮料,1,{i}" for i in range(order_import.CHUNK + 10)]
    path = write(tmp_path, "big.csv", "\n".join(rows) + "\n")
    with pytest.raises(errors.CancelledError):
        order_import.import_orders(path, cancelled=lambda: OrderLine.select().count() > 0, actor=SCRIPT)
    assert foreign_keys_on() and OrderLine.select().count() == 0
    assert order_import.import_orders(path, actor=SCRIPT).new == order_import.CHUNK + 10
    assert foreign_keys_on()
    with pytest.raises(peewee.IntegrityError):  # the database still refuses a line of no account
        OrderLine.insert(account=999, ordered_on=dt.date(2026, 1, 1), sku="X", amount_cents=1).execute()


def test_an_account_removed_while_the_file_is_checked_refuses_the_import(office, tmp_path, monkeypatch):
    checked = order_import.check_orders

    def check_then_another_seat_deletes(table, positions, codes, *how):
        result = checked(table, positions, codes, *how)
        Account.delete().where(Account.code == "KA002").execute()
        return result

    monkeypatch.setattr(order_import, "check_orders", check_then_another_seat_deletes)
    with pytest.raises(errors.AccountsChangedError):
        order_import.import_orders(
            write(tmp_path, "orders.csv", "\n".join([HEADER_ZH, *LINES]) + "\n"), actor=SCRIPT
        )
    assert OrderLine.select().count() == 0 and foreign_keys_on()


def test_a_sku_too_long_for_the_database_is_refused_not_cut(office, tmp_path):
    long_sku = "SKU-" + "X" * 70
    path = write(tmp_path, "orders.csv", f"{HEADER_ZH}\n{LINES[0]}\nKA001,2026-10-02,{long_sku},饮料,1,10\n")
    with pytest.raises(errors.ImportRefusedError) as caught:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in caught.value.problems] == [(3, "sku", "too_long")]
    assert OrderLine.select().count() == 0


def test_a_file_mixing_utf8_and_gbk_lines_is_refused_naming_the_first_gbk_line(office, tmp_path):
    """Decoded as GB18030 the UTF-8 lines would become nonsense and overwrite the accounts' names."""
    path = tmp_path / "accounts.csv"
    lines = ["code,name", "KA001,苏州华联超市", "KA002,杭州天润酒店"]
    path.write_bytes(
        "\n".join(lines[:2]).encode("utf-8") + b"\n" + lines[2].encode("gbk") + b"\n"
    )  # pasted together from two sources
    with pytest.raises(errors.ImportRefusedError) as refused:
        importing.import_accounts(path, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "mixed_encoding")]
    assert "line 3: this line is not UTF-8" in str(refused.value.problems[0])
    assert sorted(a.name for a in Account.select()) == ["杭州天润酒店", "苏州华联超市"]  # nothing changed


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_utf8_file_with_one_invalid_byte_is_refused_with_its_line(office, tmp_path, bom):
    path = tmp_path / "orders.csv"
    good = "\n".join([HEADER_ZH, *LINES]).encode("utf-8").split(b"\n")
    good[2] = good[2].replace("休闲".encode(), b"\xff\xfe")  # line 3 damaged
    path.write_bytes(bom + b"\n".join(good) + b"\n")
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "mixed_encoding")]
    assert OrderLine.select().count() == 0


def test_bytes_that_are_no_chinese_text_are_refused_in_words(office, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_bytes(HEADER_ZH.encode("gbk") + b"\nKA001,\x81\x20\x81\x20\n")  # not GB18030 either
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    (problem,) = refused.value.problems
    assert str(problem) == "line 2: neither UTF-8 nor GBK/GB18030 text; save the file again as UTF-8"


@pytest.mark.parametrize(
    ("cell", "column", "value"),
    [
        ("amount", "amount", "92233720368547758.08"),  # past what a 64-bit whole number of cents holds
        ("amount", "amount", "1e30"),
        ("quantity", "quantity", "1e15"),
        ("date", "date", "1899-12-31"),
        ("date", "date", "2201-01-01"),
    ],
)
def test_figures_outside_sane_bounds_are_refused_with_their_cell(office, tmp_path, cell, column, value):
    values = {"account_code": "KA001", "date": "2026-10-01", "sku": "SKU-1", "product_line": "饮料",
              "quantity": "1", "amount": "10"}  # fmt: skip
    values[cell] = value
    path = write(
        tmp_path, "orders.csv", ",".join(values) + "\n" + LINES[0] + "\n" + ",".join(values.values()) + "\n"
    )
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [(3, column, "out_of_range")]
    assert OrderLine.select().count() == 0


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01 random bytes " * 50, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old xls"]
)
def test_an_xlsx_that_is_not_one_is_refused_in_words(office, tmp_path, content):
    path = tmp_path / "orders.xlsx"
    path.write_bytes(content)
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    (problem,) = refused.value.problems
    assert problem.code == "not_xlsx" and str(problem).startswith("the file: not an Excel workbook")


def test_a_column_named_twice_is_refused(office, tmp_path):
    path = write(tmp_path, "accounts.csv", "code,name,name\nKA009,苏州华联,杭州天润\n")
    with pytest.raises(errors.ImportRefusedError) as refused:
        importing.import_accounts(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [(1, "name", "duplicate_header")]
    assert Account.select().count() == 2


@pytest.mark.parametrize("kind", ["orders", "accounts"])
def test_a_file_with_a_header_and_no_rows_is_refused_and_records_no_import(office, tmp_path, kind):
    header = HEADER_ZH if kind == "orders" else "code,name"
    path = write(tmp_path, f"{kind}.csv", header + "\n\n")
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT) if kind == "orders" else importing.import_accounts(
            path, actor=SCRIPT
        )
    assert [p.code for p in refused.value.problems] == ["no_rows"]
    assert ImportBatch.select().count() == 0


def test_a_repeated_column_that_is_not_read_is_ignored(office, tmp_path):
    """ERP exports repeat columns such as 备注; only a column the import reads must be unambiguous."""
    path = write(tmp_path, "orders.csv", HEADER_ZH + ",备注,备注\n" + LINES[0] + ",,加急\n")
    assert order_import.import_orders(path, actor=SCRIPT).new == 1


# --- XLSX that unpack too far (zip bombs) ------------------------------------------------------------
def orders_workbook(path):
    """A small, valid order export (with its dimension, as Excel writes it) and its parts' total size."""
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(list(importing.ORDER_COLUMNS))
    book.active.append(["KA001", dt.datetime(2026, 9, 30), "SKU-9", "调味品", 3, 99.9])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        return sum(part.file_size for part in archive.infolist())


def padded(path, spaces):
    """The workbook again with `spaces` blanks between its rows: valid XML that packs 1,000 to 1."""
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as archive:
        for part in archive.infolist():
            parts[part.filename] = archive.read(part)
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = parts[sheet].replace(b"</row><row", b"</row>" + b" " * spaces + b"<row", 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def forge_size(path, name, declared, crc=None):
    """Rewrite `name`'s unpacked size (and CRC, if given) in the zip's local header and central
    directory: the part then unpacks to more than the file declares."""
    import struct
    import zipfile

    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(name).header_offset
    struct.pack_into("<I", data, local + 22, declared)
    if crc is not None:
        struct.pack_into("<I", data, local + 14, crc)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into("<I", data, at + 24, declared)
            if crc is not None:
                struct.pack_into("<I", data, at + 16, crc)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def import_kind(kind, path):
    from kamdesk.exchange.prospect_import import import_prospects

    return {"orders": order_import.import_orders, "accounts": importing.import_accounts,
            "prospects": import_prospects}[kind](path, actor=SCRIPT)  # fmt: skip


@pytest.mark.parametrize("kind", ["orders", "accounts", "prospects"])
def test_an_xlsx_unpacking_past_the_cap_is_refused_before_it_is_read(office, tmp_path, monkeypatch, kind):
    path = tmp_path / f"{kind}.xlsx"
    total = orders_workbook(path)
    monkeypatch.setattr(importing, "MAX_XLSX_UNPACKED", total - 1)
    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("the workbook was opened"))
    with pytest.raises(errors.ImportRefusedError) as refused:
        import_kind(kind, path)
    (problem,) = refused.value.problems
    assert (problem.line, problem.code) == (0, "xlsx_too_large")
    assert str(problem).startswith(f"the file: unpacks to more than {(total - 1) >> 20} MB")
    with pytest.raises(errors.ImportRefusedError):
        importing.preview(path, kind)  # the dialog's first look at the file
    assert (OrderLine.select().count(), ImportBatch.select().count(), Account.select().count()) == (0, 0, 2)


def test_an_xlsx_unpacking_to_just_the_cap_imports(office, tmp_path, monkeypatch):
    path = tmp_path / "orders.xlsx"
    monkeypatch.setattr(importing, "MAX_XLSX_UNPACKED", orders_workbook(path))
    assert order_import.import_orders(path, actor=SCRIPT).new == 1
    assert [(o.sku, o.amount_cents) for o in OrderLine.select()] == [("SKU-9", 9990)]


def test_an_xlsx_packed_like_a_zip_bomb_is_refused_under_the_cap(office, tmp_path):
    """11 MB of blanks pack into 11 KB: a thousand to one, where real sheets pack 3 to 30 to one."""
    path = tmp_path / "orders.xlsx"
    orders_workbook(path)
    padded(path, 11 * 2**20)
    assert path.stat().st_size < 100_000
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(0, "xlsx_too_large")]
    assert (OrderLine.select().count(), ImportBatch.select().count()) == (0, 0)


def test_a_small_part_packing_tightly_is_no_bomb(office, tmp_path):
    """Repeated shared strings pack hundreds to one; below 10 MB unpacked that costs nothing."""
    path = tmp_path / "orders.xlsx"
    orders_workbook(path)
    padded(path, 2**20)  # 1 MB packing a thousand to one
    assert order_import.import_orders(path, actor=SCRIPT).new == 1


@pytest.mark.parametrize("forged_crc", [False, True])
def test_a_part_unpacking_past_its_declared_size_is_refused(office, tmp_path, monkeypatch, forged_crc):
    """The directory says the sheet is 600 bytes; it unpacks to 2 MB. zipfile stops at 600 bytes,
    then finds the CRC wrong, or (CRC forged too) the XML cut short: refused as damaged, and never
    more than the declared sizes were unpacked."""
    import zipfile
    import zlib

    path = tmp_path / "orders.xlsx"
    orders_workbook(path)
    padded(path, 2 * 2**20)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as archive:
        real = archive.read(sheet)
    forge_size(path, sheet, 600, zlib.crc32(real[:600]) if forged_crc else None)
    with zipfile.ZipFile(path) as archive:
        declared = sum(part.file_size for part in archive.infolist())
    monkeypatch.setattr(importing, "MAX_XLSX_UNPACKED", declared)  # the real size is far past it
    unpacked, read = [], zipfile.ZipExtFile.read

    def counted(self, n=-1):
        data = read(self, n)
        unpacked.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counted)
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    (problem,) = refused.value.problems
    assert (problem.line, problem.code) == (0, "xlsx_damaged")
    assert str(problem).startswith("the file: damaged")
    assert 0 < sum(unpacked) <= 2 * declared  # openpyxl reads the sheet twice at most
    assert (OrderLine.select().count(), ImportBatch.select().count()) == (0, 0)


def test_an_xlsx_packed_with_bzip2_is_refused_unread(office, tmp_path):
    """zipfile would unpack a bzip2 part without bound before cutting it at its size; Excel never
    writes one."""
    import zipfile

    path = tmp_path / "orders.xlsx"
    orders_workbook(path)
    with zipfile.ZipFile(path) as archive:
        parts = {part.filename: archive.read(part) for part in archive.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [p.code for p in refused.value.problems] == ["not_xlsx"]
    assert OrderLine.select().count() == 0
