"""How long the window's thread is blocked while a rep walks every workspace, on a 5,000-account
demo office: an event-loop heartbeat (a 5 ms timer) notes the longest gap between its beats while
each page opens and fills, the first time and again. Target (issue 18): under 100 ms on every page,
including the first open of Dashboard and Sales (charts may arrive a moment later).

    .venv/bin/python benchmarks/bench_stalls.py [--accounts 5000] [--office PATH]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (a real window under xvfb-run paints too).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import budget  # noqa: E402

SETTLE_S = 0.6  # after a page has its data, keep watching this long (late charts, queued work)


class Heartbeat:
    """The longest gap between beats of a timer that asks to beat every 5 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.gc_longest = 0.0
        self._gc_started = 0.0
        import gc

        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.gc_longest = max(self.gc_longest, time.perf_counter() - self._gc_started)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start_phase(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.gc_longest = 0.0


def make_office(accounts: int) -> Path:
    import subprocess

    path = Path(tempfile.mkdtemp()) / "office.sqlite3"
    started = time.perf_counter()
    command = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--accounts", str(accounts)]
    subprocess.run(command, check=True, capture_output=True)
    print(f"office: {accounts} accounts ({time.perf_counter() - started:.0f} s to write)", flush=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--office", type=Path, help="an existing office file instead of a new demo one")
    args = parser.parse_args()
    office = args.office or make_office(args.accounts)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kamdesk.services import people
    from kamdesk.store import db
    from ui.common import operations
    from ui.common.settings import Settings
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    operations.let_the_window_in()  # as ui.app.start_qt does
    opened = db.open_database(str(office))
    boss = next(p for p in people.list_reps() if p.is_manager)
    settings = Settings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
    heart = Heartbeat()
    heart.timer.start()
    heart.start_phase()
    window = MainWindow(opened, boss, settings, "log")
    window.resize(1366, 768)
    window.show()
    wait(app, lambda: True)
    print("longest stall (ms), in brackets the longest garbage collection within it")
    print(f"{'page':<22}{'first open':>12}{'again':>12}")
    worst = 0.0
    for row in range(window.navigation.count()):
        name = window.pages.key_at(row)
        figures = []
        for visit in range(2):
            if visit:  # leave, come back
                window.navigation.setCurrentRow(0 if row else 1)
                wait(app, lambda: True)
            heart.start_phase()
            window.navigation.setCurrentRow(row)
            page = window.pages.currentWidget()
            wait(app, lambda page=page: not getattr(page, "is_busy", lambda: False)())
            figures.append((heart.longest * 1000, heart.gc_longest * 1000))
        worst = max(worst, *(stall for stall, _ in figures))
        cells = "".join(f"{f'{stall:.0f} ({gc_ms:.0f})':>12}" for stall, gc_ms in figures)
        print(f"{name:<22}{cells}", flush=True)
    budget.report("longest GUI-thread stall walking every page", round(worst), "ms", 100)
    window.close()
    db.close_database()
    return 0


def wait(app, done, limit_s: float = 120) -> None:
    """Run the event loop until `done()` holds, then SETTLE_S more."""
    deadline = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    settle = time.perf_counter() + SETTLE_S
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)


if __name__ == "__main__":
    sys.exit(main())
