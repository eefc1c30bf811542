"""Run every benchmark in this folder and print what each measured."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("bench_*.py")):
    print(f"== {script.stem}")
    result = subprocess.run([sys.executable, str(script)], text=True, capture_output=True)
    print(result.stdout.strip() or result.stderr.strip())
