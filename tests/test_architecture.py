"""The domain stays importable without Qt, light at start-up, and free of import circles (the layer
rules themselves are import-linter's contracts in pyproject.toml, run by `make test`)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import kamdesk

ROOT = Path(__file__).resolve().parents[1]


def test_domain_imports_no_qt_and_no_heavy_libraries():
    every = [m.name for m in pkgutil.walk_packages(kamdesk.__path__, "kamdesk.")]
    # Reports and charts load reportlab/matplotlib when a report is asked for; nothing else may.
    modules = [m for m in every if not m.startswith("kamdesk.reports.")]
    assert "kamdesk.store.db" in modules and "kamdesk.services.accounts" in modules
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


def import_cycles(package: str) -> list[list[str]]:
    """Groups of modules of `package` that import each other in a circle, however long (Tarjan's
    strongly connected components over grimp's graph, which counts imports inside functions too)."""
    import grimp

    graph = grimp.build_graph(package)
    edges = {
        m: [d for d in graph.find_modules_directly_imported_by(m) if d in graph.modules]
        for m in graph.modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_imports_itself_through_others():
    assert import_cycles("kamdesk") == []
    assert import_cycles("ui") == []
