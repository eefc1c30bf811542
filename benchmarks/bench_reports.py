"""Rendering the quarterly portfolio review of a 300-account office (target: 10 accounts/s or better).

    .venv/bin/python benchmarks/bench_reports.py [--accounts 355]

The demo has about 85% of its accounts active; 355 accounts give about 300 active ones, each with
its half page in the review.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import budget
from kamdesk import clock, demo
from kamdesk.rules import periods
from kamdesk.services import quarter_figures
from kamdesk.store import db


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=355)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    db.open_database(str(work / "office.sqlite3"))
    demo.fill_demo(accounts=args.accounts, seed=1)
    period = periods.last_full_quarter(clock.today())  # the demo has two years up to today
    started = time.perf_counter()
    from kamdesk.reports.quarterly_review import QuarterlyReview  # the import is part of the cost

    data = quarter_figures.quarter_figures(period)
    gathered = time.perf_counter()
    for language in ("zh_CN", "en"):
        begin = time.perf_counter()
        path = QuarterlyReview(data, language).write(work / f"quarter_{language}.pdf")
        built = time.perf_counter() - begin
        accounts = len(data.accounts)
        total = (gathered - started) + built
        rate = accounts / total
        size = path.stat().st_size // 1024
        print(f"{language}: {accounts} accounts, data {gathered - started:.1f} s + layout {built:.1f} s "
              f"= {total:.1f} s -> {rate:.1f} accounts/s (target >= 10); {size} KB")  # fmt: skip
        budget.report(f"quarterly review, {accounts} accounts, {language}", rate, "accounts/s", 10,
                      higher_is_better=True)  # fmt: skip
    db.close_database()


if __name__ == "__main__":
    main()
