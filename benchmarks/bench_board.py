"""The 1-2-4 board on a 5,000-account office: opening an account's board, and the portfolio grid.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_board.py [--accounts 5000]

Target (issue 4): each under 150 ms, measured until the widgets have painted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from benchmarks import budget
from benchmarks.paint import PaintCounter, until_painted
from kamdesk import demo
from kamdesk.actor import Actor
from kamdesk.services import people
from kamdesk.store import db
from kamdesk.store.models import Account, BoardMove
from ui.board.board_page import BoardPage
from ui.common import i18n, style


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5_000)
    args = parser.parse_args()
    app = QApplication([])
    i18n.install(app, "zh_CN")
    db.open_database(str(Path(tempfile.mkdtemp()) / "office.sqlite3"))
    me = people.create_rep("王经理", actor=Actor.command_line())
    started = time.perf_counter()
    demo.fill_demo(accounts=args.accounts, seed=1)
    print(f"office: {args.accounts} accounts, {BoardMove.select().count()} board moves "
          f"(demo written in {time.perf_counter() - started:.1f} s)")  # fmt: skip
    page = style.wear(BoardPage(me))  # styled as in the main window
    page.resize(1300, 820)
    page.show()
    app.processEvents()
    ids = [a for (a,) in Account.select(Account.id).where(Account.status == "active").limit(200).tuples()][
        ::10
    ]
    board_paints, grid_paints = PaintCounter(), PaintCounter()
    page.board.installEventFilter(board_paints)
    page.portfolio.table.viewport().installEventFilter(grid_paints)
    opening = [until_painted(app, board_paints, lambda a=a: page.show_account(a)) for a in ids]
    grid = []
    for _ in range(5):
        page.tabs.setCurrentIndex(0)
        app.processEvents()
        grid.append(
            until_painted(app, grid_paints, lambda: page.tabs.setCurrentIndex(1))
        )  # refreshes the grid
    print(f"open an account's board: median {statistics.median(opening):.1f} ms, max {max(opening):.1f} ms "
          f"over {len(opening)} accounts (target < 150 ms)")  # fmt: skip
    print(f"portfolio grid ({page.portfolio.model.rowCount()} active accounts): median "
          f"{statistics.median(grid):.1f} ms, max {max(grid):.1f} ms (target < 150 ms)")  # fmt: skip
    budget.report("opening an account's 1-2-4 board, slowest", max(opening), "ms", 150)
    budget.report(
        f"portfolio board, {page.portfolio.model.rowCount():,} active accounts, slowest", max(grid), "ms", 150
    )
    db.close_database()


if __name__ == "__main__":
    main()
