"""Importing 300,000 ERP order lines, against the floor: Python's csv module plus sqlite3 executemany
in one transaction, on the same file (target: at least half the floor's throughput).

    .venv/bin/python benchmarks/bench_import.py [--lines 300000] [--rounds 5] [--erp]

--erp writes the lines as a 用友-style export in GBK instead of KAMDesk's six columns: title lines, the
ERP's headers, dates as 2025/3/5, amounts with thousands separators, both amounts and a cost, a 小计
after every 50 lines and a 合计 at the foot (the floor reads the same file).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import budget
from kamdesk import demo
from kamdesk.actor import Actor
from kamdesk.exchange import order_import
from kamdesk.store import db
from kamdesk.store.models import Account, OrderLine


def write_file(path: Path, lines: int, codes: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["客户编号", "日期", "物料编码", "产品线", "数量", "金额"])
        for _ in range(lines):
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            family = rng.choice(("饮料", "休闲食品", "调味品", "乳品"))
            out.writerow([rng.choice(codes), day, f"SKU-{rng.randint(1, 400):04d}", family,
                          rng.randint(1, 50), f"{rng.uniform(10, 5000):.2f}"])  # fmt: skip


def write_erp_file(path: Path, lines: int, codes: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="gbk", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["销售统计表"])
        out.writerow(["日期:2025/1/1 至 2025/12/31", "", "部门:全部"])
        out.writerow([])
        out.writerow(
            [
                "单据日期",
                "客户编码",
                "客户名称",
                "存货编码",
                "存货名称",
                "数量",
                "无税金额",
                "价税合计",
                "成本",
                "存货分类",
            ]
        )
        for n in range(lines):
            amount = rng.uniform(10, 5000)
            family = rng.choice(("饮料", "休闲食品", "调味品", "乳品"))
            sku = rng.randint(1, 400)
            day = f"2025/{rng.randint(1, 12)}/{rng.randint(1, 28)}"
            money = [f"{amount:,.2f}", f"{amount * 1.13:,.2f}", f"{amount * 0.7:,.2f}"]
            out.writerow(
                [
                    day,
                    rng.choice(codes),
                    "",
                    f"SKU-{sku:04d}",
                    f"商品{sku}",
                    rng.randint(1, 50),
                    *money,
                    family,
                ]
            )
            if n % 50 == 49:
                out.writerow(["", "", "小计", "", "", "", "0.00", "0.00", "", ""])
        out.writerow(["合计", "", "", "", "", "", "0.00", "0.00", "", ""])


def floor(path: Path, target: Path) -> float:
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    conn.execute("CREATE TABLE lines (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)")
    started = time.perf_counter()
    with path.open(encoding="gbk" if path.read_bytes()[:4].startswith("销售".encode("gbk")) else "utf-8",
                   newline="") as fh:  # fmt: skip
        reader = csv.reader(fh)
        next(reader)
        with conn:
            conn.executemany(
                "INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?)", (row[:6] for row in reader if len(row) >= 6)
            )
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=300_000)
    parser.add_argument("--rounds", type=int, default=5, help="floor and import, alternately (medians)")
    parser.add_argument("--erp", action="store_true", help="an ERP's export (GBK, titles, totals)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    template = work / "template.sqlite3"
    db.open_database(str(template))
    demo.fill_demo(accounts=300, seed=1)
    codes = [code for (code,) in Account.select(Account.code).tuples()]
    before = OrderLine.select().count()
    db.close_database()  # checkpoints the WAL: the file alone is the whole office
    path = work / "orders.csv"
    (write_erp_file if args.erp else write_file)(path, args.lines, codes)
    floors, imports, agains = [], [], []
    for round_ in range(args.rounds):
        floors.append(floor(path, work / f"floor{round_}.sqlite3"))
        office = work / f"office{round_}.sqlite3"
        shutil.copyfile(template, office)
        db.open_database(str(office))
        started = time.perf_counter()
        result = order_import.import_orders(path, actor=Actor.command_line())
        imports.append(time.perf_counter() - started)
        again = time.perf_counter()
        repeat = order_import.import_orders(path, actor=Actor.command_line())
        agains.append(time.perf_counter() - again)
        assert (
            OrderLine.select().count() == before + args.lines and result.new == args.lines and repeat.new == 0
        )
        db.close_database()
    floor_s, ours_s = statistics.median(floors), statistics.median(imports)
    size = path.stat().st_size / 1e6
    ratios = " ".join(f"{f / o:.0%}" for f, o in zip(floors, imports, strict=True))
    print(f"file: {args.lines} lines, {size:.1f} MB, into a demo office of {before} order lines")
    print(f"rounds: {args.rounds}; import against the floor, round by round: {ratios}")
    print(
        f"floor (csv + executemany, no checks): median {floor_s:.2f} s = {args.lines / floor_s:,.0f} lines/s"
    )
    rate = f"{args.lines / ours_s:,.0f} lines/s = {floor_s / ours_s:.0%} of the floor (target >= 50%)"
    print(f"KAMDesk import (checked, deduplicated, all or nothing): median {ours_s:.2f} s = {rate}")
    share = floor_s / ours_s * 100
    budget.report(
        f"order import, {args.lines:,} lines, share of the floor's rate",
        share,
        "%",
        50,
        higher_is_better=True,
    )
    print(f"importing the same file again: median {statistics.median(agains):.2f} s, 0 new")


if __name__ == "__main__":
    main()
