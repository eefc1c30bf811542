"""Files as three ERP families export them, written the way those ERPs write them: titles and filter
lines above the header, a header over two rows, subtotals and totals, returns, customers by name,
amounts with separators and signs, dates in every form. Each maker returns the file and what it
holds, counted from the lines themselves (never from the totals), for the tests to compare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Expected:
    lines: int = 0
    cents: int = 0  # the sales figure's basis: without tax unless said
    with_tax_cents: int = 0
    cost_cents: int = 0
    totals: list[int] = field(default_factory=list)  # each total or subtotal line's amount, in cents
    product_lines: set[str] = field(default_factory=set)

    def add(self, amount: float, with_tax: float = 0.0, cost: float = 0.0, line: str = "") -> None:
        self.lines += 1
        self.cents += round(amount * 100)
        self.with_tax_cents += round(with_tax * 100)
        self.cost_cents += round(cost * 100)
        self.product_lines.add(line)


# (customer code, customer name, sku, sku name, category, quantity, amount without tax, cost)
U8_LINES = [
    ("KA001", "上海华联超市连锁有限公司", "SP-001", "矿泉水 550ml", "饮料", 120, 1440.00, 960.00),
    ("KA001", "上海华联超市连锁有限公司", "SP-002", "苏打水 330ml", "饮料", 60, 900.50, 600.00),
    ("KA001", "上海华联超市连锁有限公司", "SP-001", "矿泉水 550ml", "饮料", -10, -120.00, -80.00),  # a return
    ("KA002", "北京永辉餐饮管理有限公司", "SN-101", "薯片 100g", "休闲食品", 300, 2250.00, 1500.00),
    ("KA002", "北京永辉餐饮管理有限公司", "SN-102", "坚果礼盒", "休闲食品", 20, 3980.00, 2400.00),
]


def u8_sales_xlsx(folder: Path) -> tuple[Path, Expected]:
    """用友 U8 销售统计表: title, filter line, a blank line, a header over two rows (客户 | 存货 merged
    over 编码 | 名称), Excel date cells, a 小计 after each customer, a 合计 at the foot, a note."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    ws.title = "销售统计表"
    ws.append(["销售统计表"])
    ws.append(["日期:2026-03-01 至 2026-03-31", None, "部门:华东销售部"])
    ws.append([])
    ws.append(["单据日期", "单据号", "客户", None, "存货", None, "规格型号", "数量", "无税金额", "税额",
               "价税合计", "成本", "业务员", "存货分类"])  # fmt: skip
    ws.append([None, None, "编码", "名称", "编码", "名称"])
    ws.merge_cells("C4:D4")
    ws.merge_cells("E4:F4")
    expected = Expected()
    days = [dt.datetime(2026, 3, d) for d in (2, 5, 9, 12, 20)]
    customer, sub = None, 0.0
    for day, (code, name, sku, sku_name, category, qty, amount, cost) in zip(days, U8_LINES, strict=True):
        if customer and code != customer:
            ws.append([None, None, None, "小计", None, None, None, None, sub])
            expected.totals.append(round(sub * 100))
            sub = 0.0
        customer = code
        tax = round(amount * 0.13, 2)
        ws.append([day, f"XS{day:%m%d}01", code, name, sku, sku_name, "箱", qty, amount, tax, amount + tax,
                   cost, "李娜", category])  # fmt: skip
        expected.add(amount, amount + tax, cost, category)
        sub += amount
    ws.append([None, None, None, "小计", None, None, None, None, sub])
    expected.totals.append(round(sub * 100))
    grand = sum(line[6] for line in U8_LINES)
    ws.append(["合计", None, None, None, None, None, None, sum(line[5] for line in U8_LINES), grand])
    expected.totals.append(round(grand * 100))
    ws.append([])
    ws.append(["制表人:张三"])
    path = folder / "U8销售统计表.xlsx"
    book.save(path)
    return path, expected


# (customer name as the ERP writes it, product code, product name, category, quantity, amount text, with tax)
K3_LINES = [
    ("上海华联超市连锁有限公司", "SP-001", "矿泉水 550ml", "饮料", "100", "1,200.00", "1,356.00"),
    (
        "北京永辉餐饮管理有限公司（朝阳店）",
        "SN-101",
        "薯片 100g",
        "",
        "50",
        "375.00",
        "423.75",
    ),  # full-width ( )
    ("北京永辉餐饮管理有限公司（朝阳店）", "SN-101", "薯片 100g", "", "-5", "(37.50)", "(42.38)"),  # a return
    ("上海华联超市连锁有限公司", "SP-003", "果汁 1L", "饮料", "24", "¥576.00", "¥650.88"),
]


def k3_outbound_xls(folder: Path, dates: list[object] | None = None) -> tuple[Path, Expected]:
    """金蝶 K/3 销售出库单列表 as .xls: title, a filter line, customers by name only (one written with
    full-width brackets), amounts as text with separators and ¥, a return in brackets, dates as
    Excel serial numbers and as text, both amounts, 合计 at the foot."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("销售出库单")
    rows: list[list[object]] = [
        ["销售出库单列表"],
        ["过滤条件:日期 2026/3/1 - 2026/3/31"],
        ["日期", "单据编号", "购货单位", "产品代码", "产品名称", "实发数量", "金额", "价税合计", "产品类别"],
    ]
    dates = dates or [46086.0, "2026/3/6", "2026-03-07 00:00:00", "2026年3月9日"]  # 46086: 2026-03-05
    expected = Expected()
    for day, (name, sku, sku_name, category, qty, amount, with_tax) in zip(dates, K3_LINES, strict=True):
        rows.append([day, "XOUT" + sku, name, sku, sku_name, qty, amount, with_tax, category])
        value = float(amount.replace("¥", "").replace(",", "").replace("(", "-").replace(")", ""))
        taxed = float(with_tax.replace("¥", "").replace(",", "").replace("(", "-").replace(")", ""))
        expected.add(value, taxed, 0.0, category)
    rows.append(["合计", "", "", "", "", "169", "2,113.50", "2,388.25"])
    expected.totals.append(211350)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            ws.write(r, c, value)
    path = folder / "K3销售出库单.xls"
    book.save(str(path))
    return path, expected


# (date text, customer code, customer name, product code, quantity, amount text, with tax, margin)
TPLUS_LINES = [
    ("2026年3月5日", "KA001", "上海华联超市连锁有限公司", "SP-001", "30", "￥360.00", "￥406.80", "120.00"),
    ("20260306", "KA002", "北京永辉餐饮管理有限公司", "SN-102", "2", "￥1,990.00", "￥2,248.70", "790.00"),
    (
        "2026-03-07 00:00:00",
        "KA002",
        "北京永辉餐饮管理有限公司",
        "SN-101",
        "40",
        "￥300.00",
        "￥339.00",
        "100.00",
    ),
]


def tplus_details_csv(folder: Path, delimiter: str = ",", suffix: str = ".csv") -> tuple[Path, Expected]:
    """用友 T+ 销售明细表 saved as CSV in GBK (or tab-separated .txt): title and period lines, 往来单位
    columns, dates as 2026年3月5日 / 20260306 / 2026-03-07 00:00:00, amounts with ￥ and thousands
    separators (quoted), 毛利 instead of a cost, a 小计 line and a 总计 line."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["销售明细表"])
    writer.writerow(["期间:2026年3月"])
    writer.writerow([])
    writer.writerow(["业务日期", "单据编号", "往来单位编码", "往来单位", "商品编码", "销售数量", "销售金额",
                     "含税金额", "毛利"])  # fmt: skip
    expected = Expected()
    for day, code, name, sku, qty, amount, with_tax, margin in TPLUS_LINES:
        writer.writerow([day, "XS" + sku, code, name, sku, qty, amount, with_tax, margin])
        value = float(amount.replace("￥", "").replace(",", ""))
        expected.add(value, float(with_tax.replace("￥", "").replace(",", "")), value - float(margin), "")
    writer.writerow(
        ["", "", "", "北京永辉餐饮管理有限公司 小计", "", "42", "￥2,290.00", "￥2,587.70", "890.00"]
    )
    expected.totals.append(229000)
    writer.writerow(["总计", "", "", "", "", "72", "￥2,650.00", "￥2,994.50", "1,010.00"])
    expected.totals.append(265000)
    path = folder / f"T+销售明细表{suffix}"
    path.write_bytes(out.getvalue().encode("gbk"))
    return path, expected
