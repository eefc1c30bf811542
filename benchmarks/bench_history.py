"""Sales analytics on a decade of ERP history (issue 25): the 5,000-account demo (about 387,000 order
lines) and the same office with 3,000,000 more lines imported from one CSV file, ten years of a
mid-size distributor. Prints each figure against its target, for both offices.

    .venv/bin/python benchmarks/bench_history.py [--lines 3000000] [--skip-import]

The demo office and the history file are built once and kept in ~/.cache/kamdesk-bench/ (the demo is
built again when the demo's or the schema's code changes). The import is measured on every run: it
makes the big office the other figures are measured on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import budget  # noqa: E402

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kamdesk-bench"
ACCOUNTS = 5_000
FIRST_YEAR = 2016  # the history file: December 2016 to November 2026


def _code_key() -> str:
    """Changes when the demo or the schema would build a different office."""
    digest = hashlib.sha256()
    for folder in ("kamdesk/demo", "kamdesk/store"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def demo_office() -> Path:
    path = CACHE / f"demo-{ACCOUNTS}-{_code_key()}.sqlite3"
    if path.exists():
        return path
    for old in CACHE.glob(f"demo-{ACCOUNTS}-*.sqlite3"):
        old.unlink()
    CACHE.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(building), "demo", "--accounts",
                    str(ACCOUNTS)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    _checkpoint(building)
    building.rename(path)
    print(f"   demo office built in {time.perf_counter() - started:.0f} s")
    return path


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so that copying the file copies the office."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=delete")
    conn.close()


def history_file(office: Path, lines: int) -> Path:
    path = CACHE / f"history-{lines}.csv"
    if path.exists():
        return path
    conn = sqlite3.connect(office)
    codes = [code for (code,) in conn.execute("SELECT code FROM account WHERE code LIKE 'KA%'")]
    skus = conn.execute("SELECT DISTINCT sku, product_line FROM order_line WHERE product_line != ''")
    skus = skus.fetchall()
    conn.close()
    rng = random.Random(25)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(codes))]  # a few big buyers, many small ones
    writing = path.with_suffix(".writing")
    with writing.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["account_code", "date", "sku", "product_line", "quantity", "amount"])
        for start in range(0, lines, 100_000):
            n = min(100_000, lines - start)
            chosen = rng.choices(codes, weights, k=n)
            for code in chosen:
                year = rng.randint(FIRST_YEAR, 2026)
                month = 12 if year == FIRST_YEAR else rng.randint(1, 11 if year == 2026 else 12)
                sku, line = rng.choice(skus)
                quantity = rng.randint(1, 60)
                out.writerow([code, f"{year}-{month:02d}-{rng.randint(1, 28):02d}", sku, line, quantity,
                              f"{quantity * rng.uniform(8, 120):.2f}"])  # fmt: skip
    writing.rename(path)
    return path


def floor_seconds(path: Path, work: Path) -> float:
    """Python's csv module and sqlite3's executemany into a plain table, in one transaction."""
    target = work / "floor.sqlite3"
    conn = sqlite3.connect(target)
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
    target.unlink()
    return elapsed


def import_history(office: Path, history: Path) -> tuple[float, float, float]:
    """Seconds of the import itself and of its whole process, and peak memory (MB), of `main.py
    import orders` in a process of its own: the peaks of that process and of the one reading the file
    ahead of it (kamdesk.exchange.read_ahead) added together, as if both peaked at once. The import's
    own seconds (from the call to its return, the commit included) are what a user waits for in the
    running app, and what the floor times of itself (its loop, not Python's start or the table's)."""
    wrapper = (
        "import resource, runpy, sys, time\n"
        "from kamdesk.exchange import order_import\n"
        "imported = order_import.import_orders\n"
        "def timed(*args, **kwargs):\n"
        "    started = time.perf_counter()\n"
        "    try:\n        return imported(*args, **kwargs)\n"
        "    finally:\n        print('@import', time.perf_counter() - started)\n"
        "order_import.import_orders = timed\n"
        f"sys.argv = ['main.py', '--db', {str(office)!r}, 'import', 'orders', {str(history)!r}]\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "finally:\n    print('@peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,\n"
        "          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", wrapper], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"import failed:\n{process.stdout}\n{process.stderr}")
    said = process.stdout.strip().splitlines()
    print("   " + next(line for line in said if line.startswith(history.name)))
    importing = float(next(line for line in said if line.startswith("@import")).split()[1])
    importer, reader = (float(mb) for mb in said[-1].split()[1:])
    print(f"   peak memory: {importer:.0f} MB importing, {reader:.0f} MB reading ahead")
    return importing, elapsed, importer + reader


def selftest_pages(office: Path) -> dict[str, float]:
    """Each page's time to show its data, from `main.py selftest` (as an installed copy starts)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", KAMDESK_LANG="en")
    process = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(office), "--lang", "en",
                              "selftest"], capture_output=True, text=True, env=env)  # fmt: skip
    if process.returncode != 0:
        raise SystemExit(f"selftest failed:\n{process.stdout}\n{process.stderr}")
    return {m[1]: float(m[2]) for m in re.finditer(r"^page (.+?): (\d+) ms", process.stdout, re.M)}


def in_process(office: Path) -> dict[str, float]:
    """The reviews and opening an account, measured in a process of their own on `office`."""
    process = subprocess.run([sys.executable, __file__, "--measure", str(office)], capture_output=True,
                             text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    if process.returncode != 0:
        raise SystemExit(f"measuring failed:\n{process.stdout}\n{process.stderr}")
    return {m[1]: float(m[2]) for m in re.finditer(r"^@ (.+?) = ([\d.]+)$", process.stdout, re.M)}


def measure(office: Path) -> None:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from kamdesk import clock
    from kamdesk.reports.make import ReportRequest, make_report
    from kamdesk.rules import periods
    from kamdesk.rules.vocab import Role
    from kamdesk.services import people
    from kamdesk.store import db
    from kamdesk.store.models import OrderLine, database

    app = QApplication([])
    opened = db.open_database(str(office))
    out = Path(tempfile.mkdtemp())
    period = periods.last_full_quarter(clock.today())
    ((busiest, lines),) = database.execute_sql(
        "SELECT account_id, COUNT(*) FROM order_line GROUP BY account_id ORDER BY 2 DESC LIMIT 1"
    ).fetchall()
    print(f"@ busiest account lines = {lines}")
    print(f"@ order lines = {OrderLine.select().count()}")
    for name in ("first account review", "account review"):  # the first loads reportlab and parses the font
        started = time.perf_counter()
        make_report(ReportRequest("account", period, "zh_CN", busiest), out / "account.pdf")
        print(f"@ {name} = {time.perf_counter() - started:.3f}")
    started = time.perf_counter()
    make_report(ReportRequest("quarter", period, "zh_CN"), out / "quarter.pdf")
    print(f"@ quarterly review = {time.perf_counter() - started:.3f}")

    from ui.common.background import BackgroundTask
    from ui.common.settings import Settings
    from ui.main_window import MainWindow

    manager = next(p for p in people.list_reps(active_only=True) if p.role == Role.MANAGER)
    from PySide6.QtCore import QSettings

    store = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(opened, manager, Settings(store), str(out / "log"))
    window.show()

    def settle(seconds: float = 3.0) -> None:
        """Until nothing has run in the background for a moment (the window's start-up work)."""
        deadline, quiet_since = time.perf_counter() + seconds, None
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.005)
            if BackgroundTask.any_running():
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.perf_counter()
            elif time.perf_counter() - quiet_since > 0.5:
                return

    settle()
    for key in ("dashboard", "sales"):
        started = time.perf_counter()
        window.navigation.setCurrentRow(window.pages.index_of(key))
        page = window.pages.currentWidget()
        while page.is_busy():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        print(f"@ {key} settled = {time.perf_counter() - started:.3f}")
    window.navigation.setCurrentRow(window.pages.index_of("accounts"))
    settle()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        window.accounts_page.reveal_account(busiest)
        while BackgroundTask.any_running():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        times.append(time.perf_counter() - started)
        window.accounts_page.reveal_account(busiest + 1)
        while BackgroundTask.any_running():
            app.processEvents()
    print(f"@ open account = {sorted(times)[len(times) // 2]:.3f}")
    window.close()
    db.close_database()


def report_office(label: str, office: Path) -> None:
    pages = selftest_pages(office)
    figures = in_process(office)
    print(f"   {label}: {figures['order lines']:,.0f} order lines; busiest account "
          f"{figures['busiest account lines']:,.0f}")  # fmt: skip
    at_start = f"Dashboard {pages['Dashboard']:.0f} ms, Sales {pages['Sales']:.0f} ms"
    print(f"   {label}: opened the moment the window appears (selftest): {at_start}")
    budget.report(f"{label}: Dashboard shows its data", figures["dashboard settled"] * 1000, "ms", 1000)
    budget.report(f"{label}: Sales shows its data", figures["sales settled"] * 1000, "ms", 1000)
    print(f"   {label}: the session's first account review (loading reportlab and the font): "
          f"{figures['first account review']:.2f} s")  # fmt: skip
    budget.report(f"{label}: account review, busiest account", figures["account review"], "s", 1)
    budget.report(f"{label}: quarterly review, every active account", figures["quarterly review"], "s", 30)
    budget.report(f"{label}: opening an account", figures["open account"] * 1000, "ms", 100)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=3_000_000)
    parser.add_argument("--skip-import", action="store_true", help="the small office only")
    parser.add_argument("--pairs", type=int, default=3, help="floor-then-import runs, the rate their median")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    demo = demo_office()
    work = CACHE / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    small = work / "small.sqlite3"
    shutil.copy(demo, small)
    report_office("387k lines", small)
    if args.skip_import:
        return
    history = history_file(demo, args.lines)
    big = work / "big.sqlite3"
    rates, peaks = [], []
    for _ in range(args.pairs):  # this machine's speed drifts by a quarter from minute to minute
        shutil.copy(demo, big)
        floor = floor_seconds(history, work)
        seconds, process_seconds, peak = import_history(big, history)
        print(f"   import of {args.lines:,} lines: {seconds:.1f} s ({process_seconds:.1f} s with Python's "
              f"start and the office opened), peak {peak:.0f} MB; the floor just before {floor:.1f} s: "
              f"{floor / seconds:.3f}x")  # fmt: skip
        rates.append(floor / seconds)
        peaks.append(peak)
    budget.report("import of the history file, peak memory", max(peaks), "MB", 600)
    budget.report(f"import of the history file, rate against the floor (median of {args.pairs})",
                  statistics.median(rates), "x", 0.5, higher_is_better=True)  # fmt: skip
    report_office(f"{(args.lines + 387_000) / 1e6:.1f}M lines", big)


if __name__ == "__main__":
    main()
