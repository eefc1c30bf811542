"""Run every benchmark in this folder, show what each measured, then the performance budget as a table.

make bench        (or: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run_all.py [NAME...])
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import budget  # noqa: E402

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"  # Qt's offscreen platform, per window


def run(script: Path) -> list[dict]:
    print(f"== {script.stem}", flush=True)
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)  # fmt: skip
    figures = []
    for line in process.stdout:
        figure = budget.parse(line)
        if line.startswith(OFFSCREEN_NOISE):
            continue
        if figure is not None:
            figures.append(figure)
        else:
            print("   " + line.rstrip(), flush=True)
    if process.wait() != 0:
        figures.append({"what": f"{script.stem} FAILED (exit {process.returncode})", "value": float("nan"),
                        "unit": "", "limit": float("nan"), "higher": False, "met": False})  # fmt: skip
    print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return figures


def table(figures: list[dict]) -> str:
    rows = [("budget line", "measured", "budget", "")]
    for f in figures:
        sign = ">=" if f["higher"] else "<"
        value = f"{f['value']:,.2f}" if f["unit"] in ("x",) else f"{f['value']:,.1f}"
        rows.append((f["what"], f"{value} {f['unit']}", f"{sign} {f['limit']:,g} {f['unit']}",
                     "ok" if f["met"] else "MISSED"))  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(4)]

    def line(row: tuple[str, ...]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )

    lines = [line(row) for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def main() -> int:
    wanted = set(sys.argv[1:])
    scripts = [
        s for s in sorted(HERE.glob("bench_*.py")) if not wanted or s.stem.removeprefix("bench_") in wanted
    ]
    figures = [f for script in scripts for f in run(script)]
    print("\nPerformance budget (" + ", ".join(s.stem.removeprefix("bench_") for s in scripts) + ")")
    print(table(figures))
    return 0 if all(f["met"] for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
