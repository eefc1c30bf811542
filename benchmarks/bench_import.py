"""Importing 300,000 ERP order lines, against the floor: Python's csv module plus sqlite3 executemany
in one transaction, on the same file (target: at least half the floor's throughput).

    .venv/bin/python benchmarks/bench_import.py [--lines 300000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kamdesk import db, demo, importing
from kamdesk.models import Account, OrderLine


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


def floor(path: Path, work: Path) -> float:
    conn = sqlite3.connect(work / "floor.sqlite3")
    conn.execute("PRAGMA journal_mode=wal")
    conn.execute("PRAGMA synchronous=full")
    conn.execute("CREATE TABLE lines (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)")
    started = time.perf_counter()
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        with conn:
            conn.executemany("INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?)", reader)
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=300_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    db.open_database(str(work / "office.sqlite3"))
    demo.fill_demo(accounts=300, seed=1)
    codes = [code for (code,) in Account.select(Account.code).tuples()]
    before = OrderLine.select().count()
    path = work / "orders.csv"
    write_file(path, args.lines, codes)
    floor_s = floor(path, work)
    started = time.perf_counter()
    result = importing.import_orders(path)
    ours_s = time.perf_counter() - started
    again = time.perf_counter()
    repeat = importing.import_orders(path)
    again_s = time.perf_counter() - again
    assert OrderLine.select().count() == before + args.lines and repeat.new == 0
    print(f"file: {args.lines} lines, {path.stat().st_size / 1e6:.1f} MB")
    print(f"floor (csv + executemany, no checks): {floor_s:.2f} s = {args.lines / floor_s:,.0f} lines/s")
    rate = args.lines / ours_s
    print(f"KAMDesk import (checked, keyed, all or nothing): {ours_s:.2f} s = {rate:,.0f} lines/s "
          f"= {floor_s / ours_s:.0%} of the floor (target >= 50%); {result.new} new")  # fmt: skip
    print(f"importing the same file again: {again_s:.2f} s, {repeat.new} new")
    db.close_database()


if __name__ == "__main__":
    main()
