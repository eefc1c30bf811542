"""`main.py selftest`: what the installer's smoke test and the start-up benchmark rely on."""

import os
import re
import subprocess
import sys
from pathlib import Path

from kamdesk import demo
from kamdesk.services import people
from kamdesk.store import db
from kamdesk.store.models import Account

ROOT = Path(__file__).resolve().parents[2]


def selftest(target: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    env.pop("KAMDESK_DB", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", target, "--lang", "en", "selftest"],
                          capture_output=True, text=True, env=env, timeout=300)  # fmt: skip


def test_selftest_opens_every_page_as_the_first_manager_and_closes_cleanly(database_url, tmp_path):
    db.open_database(database_url)
    demo.fill_demo(accounts=30, seed=3)
    manager = next(p for p in people.list_reps(active_only=True) if p.role == "manager")
    accounts_before = Account.select().count()
    db.close_database()

    done = selftest(database_url, tmp_path)

    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert f"as {manager.name}" in lines[0]
    assert lines[1].startswith("window usable after ")
    pages = [re.sub(r"\s+\(\d+\)$", "", line.split(":")[0]) for line in lines if line.startswith("page ")]
    assert pages == [
        "page Accounts", "page Dashboard", "page Sales", "page New key accounts", "page 1-2-4 board",
        "page Follow-ups", "page Feedback & loyalty", "page Reports",
    ]  # fmt: skip
    if sys.platform != "win32":
        assert all("peak memory" in line for line in lines if line.startswith("page "))
    assert lines[-1] == "closed cleanly"
    db.open_database(database_url)
    assert Account.select().count() == accounts_before  # looked, changed nothing


def test_selftest_refuses_an_office_nobody_has_started(db_path, tmp_path):
    db.open_database(str(db_path))
    db.close_database()

    done = selftest(str(db_path), tmp_path)

    assert done.returncode == 1
    assert "has no active manager" in done.stderr
    assert "closed cleanly" not in done.stdout
