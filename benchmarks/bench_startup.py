"""Start-up to a usable main window, against a bare PySide6 window timed in the same run, and the
peak memory once the dashboard has been shown, on a 5,000-account demo office.

    .venv/bin/python benchmarks/bench_startup.py [--accounts 5000] [--rounds 9]

Each process is timed from its launch until it prints that its window has painted: the bare one a
QMainWindow with a label, KAMDesk `main.py selftest` (the real start: database, seat, every page
built, accounts listed). Targets (issue 9): at most 2.5x the bare window; under 250 MB.
When dist/KAMDesk exists, the installed app is timed the same way.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import budget  # noqa: E402

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("KAMDesk"))
window.resize(1300, 820)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("window usable", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
"""


def freeze_bare_window(work: Path) -> Path | None:
    """The bare window frozen by the same PyInstaller, so the installed app is compared like with
    like (None without `make dist`'s venv)."""
    pyinstaller = ROOT / ".venv-dist" / "bin" / "pyinstaller"
    if not pyinstaller.exists():
        return None
    script = work / "bare_window.py"
    script.write_text(BARE_WINDOW, encoding="utf-8")
    command = [
        str(pyinstaller),
        "--noconfirm",
        "--onedir",
        "--name",
        "bare",
        "--exclude-module",
        "tkinter",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
    ]
    subprocess.run([*command, str(script)], check=True, capture_output=True)  # fmt: skip
    return work / "dist" / "bare" / "bare"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    """ms from launch to the "window usable" line, and everything the process printed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    usable, lines = None, []
    for line in process.stdout:
        lines.append(line)
        if usable is None and line.startswith("window usable"):
            usable = (time.perf_counter() - started) * 1000
    if process.wait() != 0 or usable is None:
        raise SystemExit(f"{' '.join(command)} failed:\n{''.join(lines)}")
    return usable, "".join(lines)


def dashboard_memory(output: str) -> float:
    return float(re.search(r"^page (?:Dashboard|仪表板)\S*: .*peak memory (\d+) MB", output, re.M)[1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
           "XDG_CACHE_HOME": str(work / "cache")}  # fmt: skip
    env.pop("KAMDESK_DB", None)
    # Python as installed: it caches the bytecode of what it imports (the frozen app carries it). A
    # PYTHONDONTWRITEBYTECODE shell would otherwise compile KAMDesk's modules anew at every start,
    # which no rep's PC does. The cache goes to the temp folder, not the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    office = work / "office.sqlite3"
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(office), "demo",
                    "--accounts", str(args.accounts)], check=True, env=env, capture_output=True)  # fmt: skip
    print(f"office: {args.accounts} accounts, {office.stat().st_size / 1e6:.0f} MB "
          f"(demo written in {time.perf_counter() - started:.0f} s)")  # fmt: skip

    runs = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW],
        "KAMDesk (python main.py)": [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(office),
            "--lang",
            "zh_CN",
            "selftest",
        ],
    }
    frozen = ROOT / "dist" / "KAMDesk" / "KAMDesk"
    if frozen.exists():
        runs["KAMDesk (dist/KAMDesk)"] = [str(frozen), "--db", str(office), "--lang", "zh_CN", "selftest"]
        bare_frozen = freeze_bare_window(work)
        if bare_frozen is not None:
            runs["bare PySide6 window (frozen)"] = [str(bare_frozen)]
    for command in runs.values():
        timed(command, env)  # warm-up: disk cache, bytecode, matplotlib's font cache
    times: dict[str, list[float]] = {name: [] for name in runs}
    memory: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):  # alternately, so a busy moment hits every contestant
        for name, command in runs.items():
            ms, output = timed(command, env)
            times[name].append(ms)
            if name.startswith("KAMDesk"):
                memory[name].append(dashboard_memory(output))
    bare = statistics.median(times["bare PySide6 window"])
    for name, values in times.items():
        median = statistics.median(values)
        extra = (
            f", peak memory after the dashboard {statistics.median(memory[name]):.0f} MB"
            if memory[name]
            else ""
        )
        print(f"{name}: start-up {median:.0f} ms (min {min(values):.0f}), {median / bare:.2f}x bare{extra}")
    ours = statistics.median(times["KAMDesk (python main.py)"])
    rounds = zip(times["KAMDesk (python main.py)"], times["bare PySide6 window"], strict=True)
    paired = sorted(ours_ms / bare_ms for ours_ms, bare_ms in rounds)
    print(f"round by round, KAMDesk / bare: {', '.join(f'{r:.2f}' for r in paired)} "
          f"(this machine's load moves both; the budget line is the ratio of the medians)")  # fmt: skip
    budget.report("start-up to a usable window, x bare PySide6", ours / bare, "x", 2.5)
    budget.report(
        "peak memory after start-up and the dashboard",
        statistics.median(memory["KAMDesk (python main.py)"]),
        "MB",
        250,
    )
    if frozen.exists():
        installed = statistics.median(times["KAMDesk (dist/KAMDesk)"])
        frozen_bare = times.get("bare PySide6 window (frozen)")
        against, what = (statistics.median(frozen_bare), "frozen bare") if frozen_bare else (bare, "bare")
        budget.report(f"installed app start-up, x {what} PySide6", installed / against, "x", 2.5)


if __name__ == "__main__":
    main()
