"""kill -9 in the middle of a save: the app runs in its own process, saves an account five times
through the form, and dies inside the sixth save's write (a trigger kills the process between the
UPDATE and the COMMIT). The database must open sound, holding exactly the fifth save."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from kamdesk.store import db
from kamdesk.store.models import Account, AuditEntry
from tests.backends import sqlite_only

ROOT = Path(__file__).resolve().parents[2]

APP = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtWidgets import QApplication
    from kamdesk.store import db
    from kamdesk.store.models import Account
    from kamdesk.services import people
    from ui.main_window import MainWindow
    from ui.common.settings import Settings
    from PySide6.QtCore import QSettings

    app = QApplication([])
    opened = db.open_database(sys.argv[1])
    armed = []
    office = db.database.obj
    connected = office._add_conn_hooks

    def with_the_trap(conn):  # on every thread's connection: a save runs on its own thread
        connected(conn)
        conn.create_function("die_if_armed", 0, lambda: os.kill(os.getpid(), signal.SIGKILL) if armed else 0)
        conn.execute("CREATE TEMP TRIGGER die AFTER UPDATE ON main.account BEGIN SELECT die_if_armed(); END")

    office._add_conn_hooks = with_the_trap
    boss = people.get_rep(1)
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(opened, boss, settings, "log")
    window.show()
    page = window.accounts_page
    page.open_account(Account.get(Account.code == "KA001").id)
    for n in range(1, 7):
        if n == 6:
            armed.append(True)
        page.detail.form.name_edit.setText(f"第 {n} 次保存")
        page.detail.form._on_edited()
        assert page.detail.form.save()
        print(f"saved {n}", flush=True)
""")


@sqlite_only
def test_a_kill_during_a_save_leaves_the_last_saved_state(office, database_url, tmp_path):
    db.close_database()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", APP, database_url, str(tmp_path / "seat.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert done.stdout.split()[-2:] == ["saved", "5"]

    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", database_url],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stderr
    db.open_database(database_url)
    account = Account.get(Account.code == "KA001")
    assert (account.name, account.version) == ("第 5 次保存", 6)
    renames = AuditEntry.select().where(
        (AuditEntry.table_name == "account") & (AuditEntry.action == "update")
    )
    assert renames.count() == 5  # the sixth save left no trace, not even in the audit trail
