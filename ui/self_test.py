"""`KAMDesk selftest`: open the real window on a database, show every page, close it.

For checking an installed copy (the installer's smoke test runs it offscreen) and for the start-up
benchmark, which times the process until "window usable" is printed. Nothing is asked: the seat is the
person this PC remembers for the database, else the office's first active manager.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback

from PySide6.QtWidgets import QApplication

from kamdesk import __version__, errors, paths
from kamdesk.rules.vocab import Role
from kamdesk.services import people
from kamdesk.store import db
from ui.common import settings as keys
from ui.common.first_paint import after_first_paint


def peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _until_loaded(app: QApplication, page, limit_s: float = 120) -> None:
    """Pages that load in the background (the dashboard) count once their data is shown."""
    deadline = time.perf_counter() + limit_s
    while getattr(page, "is_busy", lambda: False)() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()  # the finished task's results, queued to this thread


def _check_pinyin_search() -> None:
    """Search the first Chinese-named account by its initials, as a rep types them: proves the
    installed copy carries the pinyin readings."""
    from kamdesk.rules.pinyin_keys import searchable
    from kamdesk.services.accounts import AccountFilter, AccountIndex

    index = AccountIndex().load()
    index.prepare_pinyin()
    named = next((row for row in index.search() if searchable(row.name)), None)
    if named is None:
        return
    typed = searchable(named.name).split("\x1f")[1][:4]
    found = index.search(AccountFilter(text=typed))
    if named not in found:
        raise RuntimeError(f"searching {typed!r} did not find {named.name}")
    _say(f"search by pinyin: {typed!r} finds {len(found)} accounts, {named.name} among them")


def _say(line: str) -> None:
    print(line, flush=True)


def run(args: argparse.Namespace) -> int:
    from ui.app import remembered_rep, start_qt
    from ui.main_window import MainWindow

    started = time.perf_counter()
    app, settings, log_file = start_qt(args)
    target = paths.resolve_database(args.db, settings.value(keys.DATABASE))
    try:
        opened = db.open_database(target, full_check="daily")
    except errors.KamdeskError as exc:
        print(f"kamdesk selftest: {exc}", file=sys.stderr)
        return 1
    user = remembered_rep(target, settings)
    if user is None:
        managers = [p for p in people.list_reps(active_only=True) if p.role == Role.MANAGER]
        if not managers:
            print(f"kamdesk selftest: {db.display_target(target)} has no active manager yet "
                  "(start the app once, or fill it with `demo`)", file=sys.stderr)  # fmt: skip
            db.close_database()
            return 1
        user = managers[0]
    _say(f"KAMDesk {__version__} self-test on {db.display_target(target)}, as {user.name}")

    window = MainWindow(opened, user, settings, str(log_file))

    def visit_pages() -> None:
        _say(f"window usable after {(time.perf_counter() - started) * 1000:.0f} ms")
        try:
            for row in range(window.navigation.count()):
                began = time.perf_counter()
                window.navigation.setCurrentRow(row)
                page = window.pages.currentWidget()
                _until_loaded(app, page)
                page.repaint()
                app.processEvents()
                name = window.navigation.item(row).text()
                memory = peak_memory_mb()
                peak = f" (peak memory {memory:.0f} MB)" if memory is not None else ""
                _say(f"page {name}: {(time.perf_counter() - began) * 1000:.0f} ms{peak}")
            _check_pinyin_search()
        except Exception:  # a page that fails must fail the self-test, not leave it waiting forever
            traceback.print_exc()
            app.exit(1)
            return
        if not window.close():
            app.exit(1)  # closing the last window quits with 0

    after_first_paint(window, visit_pages)
    window.show()
    code = app.exec()
    db.close_database()
    if code == 0:
        _say("closed cleanly")
        return 0
    print("kamdesk selftest: the window did not close cleanly", file=sys.stderr)
    return 1
