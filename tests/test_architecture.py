"""The domain stays importable without Qt, and light at start-up."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import kamdesk

ROOT = Path(__file__).resolve().parents[1]


def test_domain_imports_no_qt_and_no_heavy_libraries():
    every = [m.name for m in pkgutil.walk_packages(kamdesk.__path__, "kamdesk.")]
    # Reports and charts load reportlab/matplotlib when a report is asked for; nothing else may.
    modules = [m for m in every if not m.startswith(("kamdesk.reports.", "kamdesk.charts"))]
    assert "kamdesk.db" in modules and "kamdesk.services.accounts" in modules
    assert "kamdesk.reports.document" in every
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'ui', 'matplotlib', 'reportlab'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
