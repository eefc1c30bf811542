"""Real ERP exports import as they come (issue 20): 用友 U8 (.xlsx), 金蝶 K/3 (.xls), 用友 T+ (GBK
CSV, tab-separated text). The lines and the sum of the amounts in the database equal the file's own,
counted from its sale lines; no total is ever a sale; importing the file again adds nothing."""

import datetime as dt

import pytest
from peewee import fn

from kamdesk import errors
from kamdesk.exchange import erp_files, order_import
from kamdesk.services import accounts, office_settings, people
from kamdesk.store.models import CustomerName, ImportShape, OrderLine
from tests.conftest import SCRIPT
from tests.domain import erp_exports

NAMES = {"KA001": "上海华联超市连锁有限公司", "KA002": "北京永辉餐饮管理有限公司",
         "KA003": "北京永辉餐饮管理有限公司(朝阳店)"}  # fmt: skip


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 4, 2, 9, 0))
    people.create_rep("王经理", actor=SCRIPT)
    return {code: accounts.save_account(accounts.AccountDraft(code=code, name=name), actor=SCRIPT).id
            for code, name in NAMES.items()}  # fmt: skip


def stored():
    lines = OrderLine.select().count()
    cents = OrderLine.select(fn.SUM(OrderLine.amount_cents)).scalar() or 0
    costs = OrderLine.select(fn.SUM(OrderLine.cost_cents)).scalar() or 0
    return lines, cents, costs


def test_a_u8_sales_report_imports_as_it_comes(office, tmp_path):
    path, expected = erp_exports.u8_sales_xlsx(tmp_path)
    result = order_import.import_orders(path, actor=SCRIPT)
    assert (result.lines, result.new) == (expected.lines, expected.lines) == (5, 5)
    assert stored() == (expected.lines, expected.cents, expected.cost_cents)
    amounts = {a for (a,) in OrderLine.select(OrderLine.amount_cents).tuples()}
    assert not amounts & set(expected.totals)  # no 小计 or 合计 became a sale
    returned = OrderLine.get(OrderLine.amount_cents < 0)
    assert (returned.quantity, returned.amount_cents, returned.cost_cents) == (-10, -12000, -8000)
    assert {line for (line,) in OrderLine.select(OrderLine.product_line).tuples()} == {"饮料", "休闲食品"}
    assert OrderLine.get(OrderLine.sku == "SN-102").ordered_on == dt.date(2026, 3, 20)  # an Excel date cell
    again = order_import.import_orders(path, actor=SCRIPT)
    assert (again.lines, again.new) == (5, 0) and stored()[0] == 5


def test_a_k3_xls_with_customers_by_name_imports_as_it_comes(office, tmp_path):
    path, expected = erp_exports.k3_outbound_xls(tmp_path)
    order_import.import_orders(path, actor=SCRIPT)
    assert stored()[:2] == (4, expected.cents)  # without tax: the office's default
    by_account = dict(
        OrderLine.select(OrderLine.account, fn.COUNT(OrderLine.id)).group_by(OrderLine.account).tuples()
    )
    assert by_account == {
        office["KA001"]: 2,
        office["KA003"]: 2,
    }  # （朝阳店） is (朝阳店), not 北京永辉 itself
    days = sorted(d for (d,) in OrderLine.select(OrderLine.ordered_on).tuples())
    assert days == [dt.date(2026, 3, 5), dt.date(2026, 3, 6), dt.date(2026, 3, 7), dt.date(2026, 3, 9)]
    assert OrderLine.get(OrderLine.amount_cents < 0).amount_cents == -3750  # (37.50): a return
    assert {line for (line,) in OrderLine.select(OrderLine.product_line).tuples()} == {
        "饮料",
        "",
    }  # no category


def test_the_office_chooses_the_amount_with_tax(office, tmp_path):
    office_settings.set_amount_basis("with_tax", actor=SCRIPT)
    path, expected = erp_exports.k3_outbound_xls(tmp_path)
    order_import.import_orders(path, actor=SCRIPT)
    assert stored()[1] == expected.with_tax_cents == 238825


@pytest.mark.parametrize(("delimiter", "suffix"), [(",", ".csv"), ("\t", ".txt")])
def test_a_tplus_gbk_export_imports_as_it_comes(office, tmp_path, delimiter, suffix):
    path, expected = erp_exports.tplus_details_csv(tmp_path, delimiter, suffix)
    result = order_import.import_orders(path, actor=SCRIPT)
    assert result.new == 3 and stored() == (3, expected.cents, expected.cost_cents)  # cost = amount - 毛利
    days = sorted(d for (d,) in OrderLine.select(OrderLine.ordered_on).tuples())
    assert days == [dt.date(2026, 3, 5), dt.date(2026, 3, 6), dt.date(2026, 3, 7)]
    assert not {a for (a,) in OrderLine.select(OrderLine.amount_cents).tuples()} & set(expected.totals)
    assert order_import.import_orders(path, actor=SCRIPT).new == 0


def test_a_name_no_account_has_is_refused_with_its_sheet_row_then_mapped_once(office, tmp_path):
    accounts.remove_account(office["KA003"], actor=SCRIPT)  # nothing recorded about it: erased
    path, _ = erp_exports.k3_outbound_xls(tmp_path)
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    name = "北京永辉餐饮管理有限公司（朝阳店）"
    problems = [(p.line, p.column, p.code, p.value) for p in refused.value.problems]
    assert problems == [
        (5, "account_name", "unknown_customer", name),
        (6, "account_name", "unknown_customer", name),
    ]
    assert stored()[0] == 0  # nothing of the file
    CustomerName.create(
        name_key=erp_files.name_key("北京永辉餐饮管理有限公司（朝阳店）"), account=office["KA002"]
    )
    assert order_import.import_orders(path, actor=SCRIPT).new == 4
    assert OrderLine.select().where(OrderLine.account == office["KA002"]).count() == 2


def test_two_accounts_of_one_name_are_not_guessed(office, tmp_path):
    accounts.save_account(accounts.AccountDraft(code="KA009", name="上海华联超市连锁有限公司"), actor=SCRIPT)
    path, _ = erp_exports.k3_outbound_xls(tmp_path)
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert {(p.line, p.code) for p in refused.value.problems} == {
        (4, "ambiguous_customer"),
        (7, "ambiguous_customer"),
    }


def test_a_bad_date_is_named_by_the_row_excel_shows(office, tmp_path):
    path, _ = erp_exports.k3_outbound_xls(tmp_path, dates=[46086.0, "2026/3/6", "明天", "2026年3月9日"])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code, p.value) for p in refused.value.problems] == [
        (6, "date", "bad_date", "明天")
    ]


def test_each_date_form_an_erp_writes():
    parse = erp_files.parse_day
    day = dt.date(2026, 3, 5)
    forms = (dt.datetime(2026, 3, 5), 46086, 46086.0, "46086", "2026/3/5", "2026-03-05 00:00:00",
             "2026年3月5日", "20260305", 20260305, "2026.3.5")  # fmt: skip
    assert [parse(v) for v in forms] == [day] * len(forms)
    assert parse("2026/2/30") is None and parse("明天") is None and parse("") is None


def test_each_amount_form_an_erp_writes():
    parse = erp_files.parse_amount
    forms = ("1,234.50", "¥1,234.50", "￥1,234.50", "(1,234.50)", "-1234.5", 1234.5, "１２３４.５")
    assert [parse(v) for v in forms] == [1234.5, 1234.5, 1234.5, -1234.5, -1234.5, 1234.5, 1234.5]
    assert parse("abc") is None and parse("") is None


def test_what_a_name_folds_and_what_it_keeps():
    key = erp_files.name_key
    assert key("北京永辉 （朝阳店）") == key("北京永辉(朝阳店)") == key("北京永辉（朝阳店）")
    assert key("ＡＢＣ贸易") == key("abc贸易")
    assert key("华联有限公司") != key("华联有限责任公司")  # a different legal form: maybe another company


def test_a_file_with_no_header_it_knows_says_how_to_name_one(office, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("报表\n甲,乙,丙\n2026-03-05,KA001,100\n", encoding="utf-8")
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert refused.value.problems[0].code == "no_header" and "--header-line" in str(refused.value.problems[0])
    mapping = {"date": "甲", "account_code": "乙", "amount": "丙", "sku": "乙"}
    result = order_import.import_orders(path, mapping, actor=SCRIPT, header_line=2)
    assert result.new == 1 and stored()[1] == 10000
    assert ImportShape.select().count() == 1  # the shape is remembered
    path.write_text("报表\n甲,乙,丙\n2026-03-06,KA001,200\n", encoding="utf-8")  # next month's file
    assert order_import.import_orders(path, actor=SCRIPT).new == 1 and stored()[1] == 30000


def test_the_command_line_imports_an_erp_file_and_names_an_unknown_header(
    office, tmp_path, capsys, database_url
):
    from kamdesk import cli
    from kamdesk.store import db

    path, expected = erp_exports.u8_sales_xlsx(tmp_path)
    odd = tmp_path / "odd.txt"
    odd.write_text("导出\n甲\t乙\t丙\t丁\n2026-03-05\tKA001\tSP-9\t100\n", encoding="utf-8")
    db.close_database()
    assert cli.run(cli.parse_args(["import", "orders", str(path), "--db", database_url])) == 0
    assert "5 order lines read (amounts 8,450.50), 5 new" in capsys.readouterr().out
    assert cli.run(cli.parse_args(["import", "orders", str(odd), "--db", database_url])) == 1
    err = capsys.readouterr().err
    assert "odd.txt was not imported" in err and "--header-line" in err
    args = ["import", "orders", str(odd), "--db", database_url, "--header-line", "2", "--map", "甲=date",
            "--map", "乙=account_code", "--map", "丙=sku", "--map", "丁=amount"]  # fmt: skip
    assert cli.run(cli.parse_args(args)) == 0
    assert cli.run(cli.parse_args([*args[:5], "--map", "甲=nonsense"])) == 1
    assert "FIELD one of" in capsys.readouterr().err
    db.open_database(database_url)
    assert stored()[:2] == (6, expected.cents + 10000)


def test_the_skus_product_lines_come_from_the_offices_table(office, tmp_path):
    """A file with no product line and no category: its SKUs' lines come from the office's table,
    kept from a list; lines imported before the table get theirs too."""
    from kamdesk.exchange import sku_lines

    path, _ = erp_exports.tplus_details_csv(tmp_path)
    order_import.import_orders(path, actor=SCRIPT)
    assert {line for (line,) in OrderLine.select(OrderLine.product_line).tuples()} == {""}
    table = tmp_path / "skus.csv"
    table.write_text("存货编码,产品线\nSP-001,饮料\nSN-101,休闲食品\nSN-102,休闲食品\n", encoding="utf-8")
    result = sku_lines.import_sku_lines(table, actor=SCRIPT)
    assert (result.lines, result.new, result.updated) == (3, 3, 0)
    assert dict(OrderLine.select(OrderLine.sku, OrderLine.product_line).tuples()) == {
        "SP-001": "饮料", "SN-101": "休闲食品", "SN-102": "休闲食品"}  # fmt: skip
    assert order_import.import_orders(path, actor=SCRIPT).new == 0  # the same lines, now classified

    table.write_text("存货编码,产品线\nSP-001,饮料\nSP-001,乳品\n", encoding="utf-8")
    with pytest.raises(errors.ImportRefusedError) as refused:
        sku_lines.import_sku_lines(table, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(3, "duplicate_code")]
    rep = people.create_rep("李娜", actor=SCRIPT)
    with pytest.raises(errors.PermissionDeniedError):
        sku_lines.import_sku_lines(table, actor=rep)


def test_a_word_where_a_cost_should_be_is_no_cost(office, tmp_path):
    """ "nan" or "—" in the cost column: the line imports without a cost, not with nonsense."""
    path = tmp_path / "costs.csv"
    lines = ["单据日期,客户编码,存货编码,数量,金额,成本", "2026-03-05,KA001,SP-1,1,100,nan",
             "2026-03-06,KA001,SP-1,1,200,—", "2026-03-07,KA001,SP-1,1,300,150"]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert order_import.import_orders(path, actor=SCRIPT).new == 3
    assert sorted(OrderLine.select(OrderLine.amount_cents, OrderLine.cost_cents).tuples()) == [
        (10000, None), (20000, None), (30000, 15000)]  # fmt: skip


# --- files a reviewer made to break the import (each was imported wrongly or crashed before) --------
def write_csv(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


def test_a_column_the_file_lacks_is_read_as_empty_not_as_the_rows_last_cell(office, tmp_path):
    """No product line and no name column, and 制单人 last: its text is neither a product line nor a
    customer name; an unknown code is refused, not matched through the clerk's text."""
    header = "日期,客户编码,存货编码,数量,金额,制单人"
    path = write_csv(tmp_path, "clerk.csv", [header, "2026-03-02,KA001,SP-001,1,100.00,北京永辉餐饮"])
    order_import.import_orders(path, actor=SCRIPT)
    assert OrderLine.get().product_line == "" and OrderLine.get().account_id == office["KA001"]
    clerk = "北京永辉餐饮管理有限公司"  # a customer's name, in the clerk's column
    path = write_csv(tmp_path, "clerk2.csv", [header, f"2026-03-02,KA999,SP-001,1,100.00,{clerk}"])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(2, "unknown_account")]


def test_a_dated_subtotal_is_no_sale_and_a_name_holding_total_is_one(office, tmp_path):
    path = write_csv(tmp_path, "sub.csv", [
        "日期,单据号,客户编码,客户名称,存货编码,存货名称,数量,金额",
        "2026-03-02,X1,KA001,上海华联超市连锁有限公司,SP-001,TOTAL QUARTZ 9000 5W-40 机油,1,100.00",
        "2026-03-02,,KA001,上海华联 小计,SP-001,,1,100.00",
        "2026-03-31,本月合计,KA001,,SP-001,,1,100.00",
        "合  计,,,,,,2,200.00",
        "2026-03-31,合计（含税）,,,,,,226.00",
        "Totals,,,,,,2,200.00",
        "2026-03-03,X2,KA001,Total 便利店,小计算器,,1,50.00",
    ])  # fmt: skip
    result = order_import.import_orders(path, actor=SCRIPT)
    assert result.new == 2 and stored()[1] == 15000  # the oil and the calculator; no total
    assert {s for (s,) in OrderLine.select(OrderLine.sku).tuples()} == {"SP-001", "小计算器"}


def test_amounts_whose_commas_cannot_be_told_are_refused(office, tmp_path):
    amounts = ['"1.234,50"', '"12,34"', "1_000", '"12,345.60"']
    lines = [f"2026-03-0{i},KA001,SP-1,1,{amount}" for i, amount in enumerate(amounts, start=2)]
    path = write_csv(tmp_path, "euro.csv", ["日期,客户编码,存货编码,数量,金额", *lines])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    found = [(p.line, p.column, p.code) for p in refused.value.problems]
    assert found == [(line, "amount", "not_a_number") for line in (2, 3, 4)]
    assert erp_files.parse_amount("12,345.60") == 12345.6 and stored()[0] == 0


def test_odd_and_damaged_files_are_refused_in_words_never_with_a_crash(office, tmp_path):
    (tmp_path / "cr.csv").write_bytes(
        "标题\r日期,客户编码,存货编码,数量,金额\r2026-03-02,KA001,SP-1,1,100\r".encode()
    )
    assert order_import.import_orders(tmp_path / "cr.csv", actor=SCRIPT).new == 1  # lines ending in a lone CR
    utf16 = "日期\t客户编码\t存货编码\t数量\t金额\r\n2026-03-03\tKA001\tSP-1\t1\t50\r\n"
    (tmp_path / "unicode.txt").write_bytes(b"\xff\xfe" + utf16.encode("utf-16-le"))  # Excel's "Unicode text"
    assert order_import.import_orders(tmp_path / "unicode.txt", actor=SCRIPT).new == 1
    good, _ = erp_exports.k3_outbound_xls(tmp_path)
    (tmp_path / "cut.xls").write_bytes(good.read_bytes()[:3000])
    (tmp_path / "empty.csv").write_bytes(b"")
    for name, code in (("cut.xls", "not_xls"), ("empty.csv", "no_rows")):
        with pytest.raises(errors.ImportRefusedError) as refused:
            order_import.import_orders(tmp_path / name, actor=SCRIPT)
        assert refused.value.problems[0].code == code
    assert stored()[0] == 2


def test_a_header_with_nothing_under_it_is_not_a_success(office, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["日期", "客户编码", "存货编码", "数量", "金额"])  # a template's first sheet
    data = book.create_sheet("三月")
    data.append(["日期", "客户编码", "存货编码", "数量", "金额"])
    data.append([dt.datetime(2026, 3, 2), "KA001", "SP-1", 1, 100])
    book.save(tmp_path / "two.xlsx")
    assert order_import.import_orders(tmp_path / "two.xlsx", actor=SCRIPT).new == 1  # the sheet with lines
    path = write_csv(tmp_path, "only.csv", ["日期,客户编码,存货编码,数量,金额", "合计,,,,0"])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert refused.value.problems[0].code == "no_sales"
    for extra, code in (
        ({"header_line": 99}, "no_header_line"),
        ({"mapping": {"category": "不存在"}}, "mapped_header_missing"),
    ):
        with pytest.raises(errors.ImportRefusedError) as refused:
            order_import.import_orders(tmp_path / "two.xlsx", actor=SCRIPT, **extra)
        assert refused.value.problems[0].code == code


def test_a_field_two_columns_are_named_for_is_asked_not_guessed(office, tmp_path):
    """原币 and 本币 each over 数量 | 金额, and a file with 金额 twice: neither is taken for granted."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.append(["单据日期", "客户编码", "存货编码", "原币", None, "本币", None])
    ws.append([None, None, None, "数量", "金额", "数量", "金额"])
    ws.append([dt.datetime(2026, 3, 2), "KA001", "SP-1", 1, 15, 1, 108])
    book.save(tmp_path / "currencies.xlsx")
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(tmp_path / "currencies.xlsx", actor=SCRIPT)
    assert {(p.column, p.code) for p in refused.value.problems} == {("amount", "missing_column")}
    local = {"amount": "本币金额", "quantity": "本币数量"}  # the user says which
    result = order_import.import_orders(tmp_path / "currencies.xlsx", local, actor=SCRIPT)
    assert result.new == 1 and stored()[1] == 10800
    twice = write_csv(
        tmp_path, "twice.csv", ["日期,客户编码,存货编码,金额,金额", "2026-03-03,KA001,SP-1,1,2"]
    )
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(twice, actor=SCRIPT)
    assert [(p.column, p.code) for p in refused.value.problems] == [("amount", "duplicate_header")]


def test_a_date_that_could_be_two_days_a_full_width_code_and_a_nul(office, tmp_path):
    assert erp_files.parse_day("3/5/2026") is None and erp_files.parse_day("2026-03-051") is None
    lines = [
        "2026-03-02,ＫＡ００１,SP-1,1,100",
        "3/5/2026,KA001,SP-1,1,100",
        "2026-03-04,KA001,SP\x00-1,1,100",
    ]
    path = write_csv(tmp_path, "odd.csv", ["日期,客户编码,存货编码,数量,金额", *lines])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [
        (3, "date", "bad_date"), (4, "sku", "control_character")]  # the full-width code is KA001  # fmt: skip


def test_a_footer_of_labelled_cells_is_a_note_wherever_it_stands(office, tmp_path):
    """金蝶 ends with 制单人:李会计 | | 打印日期:2026-12-01, the date under the customer's column: a
    note, not a customer to create."""
    path = write_csv(tmp_path, "footer.csv", [
        "日期,单据编号,购货单位,产品代码,实发数量,金额",
        "2026-03-05,X1,上海华联超市连锁有限公司,SP-001,1,100.00",
        "制单人:李会计,,打印日期:2026-12-01,,,",
    ])  # fmt: skip
    assert order_import.import_orders(path, actor=SCRIPT).new == 1
    preview = erp_files.preview(path)
    assert preview.skipped == {3: "note"}


def test_a_column_of_separated_amounts_reads_as_each_amount_alone(office, tmp_path):
    """The whole column is read at once; each amount must come out as parse_amount reads it alone,
    and a comma that is no thousands separator still refuses its line, wherever it stands."""
    good = [" 1,234.50 ", "-1,234", "+1,234.", "12,345,678.9", "0,123", "88", "1e3", "2,000"]
    lines = [f'2026-03-{i:02d},KA001,SP-1,1,"{amount}"' for i, amount in enumerate(good, start=1)]
    path = write_csv(tmp_path, "good.csv", ["日期,客户编码,存货编码,数量,金额", *lines])
    order_import.import_orders(path, actor=SCRIPT)
    by_day = dict(OrderLine.select(OrderLine.ordered_on, OrderLine.amount_cents).tuples())
    read_alone = [round(erp_files.parse_amount(amount) * 100) for amount in good]
    assert [by_day[dt.date(2026, 3, i)] for i in range(1, len(good) + 1)] == read_alone
    assert read_alone[:4] == [123450, -123400, 123400, 1234567890]
    bad = ["1,234", "1.234,567", "1234,567", "1,234.5,6", "1,2345", "1,234"]
    lines = [f'2026-04-{i:02d},KA001,SP-1,1,"{amount}"' for i, amount in enumerate(bad, start=1)]
    path = write_csv(tmp_path, "bad.csv", ["日期,客户编码,存货编码,数量,金额", *lines])
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column) for p in refused.value.problems] == [(3, "amount"), (4, "amount"),
                                                                    (5, "amount"), (6, "amount")]  # fmt: skip
    assert stored()[0] == len(good)


def test_totals_are_found_when_a_cell_spans_lines(office, tmp_path):
    """A note cell holding a line break: rows are no longer lines, and totals and problems are still
    found and named by the row the sheet shows."""
    path = write_csv(tmp_path, "notes.csv", [
        "日期,客户编码,存货编码,数量,金额,备注",
        '2026-03-02,KA001,SP-1,1,100.00,"送货时\n请先电话"',
        "2026-03-03,KA001,SP-2,1,50.00,",
        ",,,2,150.00,SubTotal",
        "合计,,,2,150.00,",
        "2026-03-04,KA002,SP-3,1,25.00,",
    ])  # fmt: skip
    result = order_import.import_orders(path, actor=SCRIPT)
    assert result.new == 3 and stored()[1] == 17500
    path = write_csv(tmp_path, "notes_bad.csv", [
        "日期,客户编码,存货编码,数量,金额,备注",
        '2026-03-02,KA001,SP-1,1,100.00,"送货时\n请先电话"',
        "合计,,,1,100.00,",
        "2026/13/40,KA001,SP-2,1,50.00,",
    ])  # fmt: skip
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.column) for p in refused.value.problems] == [(5, "date")]
