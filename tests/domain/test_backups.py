"""Rotating backups through SQLite's backup API, restore from the command line, permissions."""

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kamdesk import errors
from kamdesk.services import accounts
from kamdesk.store import backups, db
from kamdesk.store.models import Account
from tests.conftest import SCRIPT

ROOT = Path(__file__).resolve().parents[2]


def names():
    return sorted(a.name for a in Account.select())


@pytest.fixture
def office_file(db_path, clock_at):
    clock_at(dt.datetime(2026, 11, 23, 9, 0))
    db.open_database(str(db_path))
    for code, name in (("KA001", "苏州华联超市"), ("KA002", "杭州天润酒店")):
        accounts.save_account(accounts.AccountDraft(code=code, name=name), actor=SCRIPT)
    yield db_path
    db.close_database()


def test_the_rotation_keeps_the_newest_of_7_days_4_weeks_and_12_months():
    daily = [dt.datetime(2025, 10, 1, 2, 0) + dt.timedelta(days=i) for i in range(419)]  # to 2026-11-23
    assert daily[-1] == dt.datetime(2026, 11, 23, 2, 0)  # a Monday
    kept = sorted(m.date().isoformat() for m in backups.to_keep(daily))
    assert kept == [
        "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31",  # months
        "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31",
        "2026-11-08", "2026-11-15",  # the weeks before last (the newest two weeks are in the days)
        "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23",
    ]  # fmt: skip


def test_a_backup_is_made_at_start_up_once_a_day_and_old_ones_are_rotated_away(
    office_file, tmp_path, clock_at
):
    folder = tmp_path / "backups"
    first = backups.backup_if_due(office_file, folder)
    assert first is not None and backups.check(first) == []
    assert stat.S_IMODE(first.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(office_file.stat().st_mode) == 0o600
    clock_at(dt.datetime(2026, 11, 23, 17, 0))
    assert backups.backup_if_due(office_file, folder) is None  # not a day old yet
    for day in range(1, 60):  # two months of a backup every day
        clock_at(dt.datetime(2026, 11, 23, 9, 0) + dt.timedelta(days=day))
        assert backups.backup_if_due(office_file, folder) is not None
    taken = [b.taken_at for b in backups.list_backups(office_file, folder)]
    assert len(taken) == len(backups.to_keep(taken)) < 20  # nothing kept beyond the rotation
    assert taken[0] == dt.datetime(2027, 1, 21, 9, 0)


def test_restore_from_the_command_line_brings_back_the_content_and_keeps_what_it_replaced(
    office_file, tmp_path
):
    saved = tmp_path / "before-the-mistake.sqlite3"
    run = [sys.executable, str(ROOT / "main.py")]
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([*run, "backup", "--db", str(office_file), "-o", str(saved)],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr

    mistake = accounts.get_account(Account.get(Account.code == "KA001").id)  # then a mistake is made
    accounts.save_account(accounts.AccountDraft(code="KA003", name="误建的客户"), actor=SCRIPT)
    accounts.remove_account(mistake.id, actor=SCRIPT)
    assert names() == ["杭州天润酒店", "误建的客户"]

    done = subprocess.run([*run, "restore", str(saved), "--db", str(office_file)],
                          capture_output=True, text=True, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert names() == ["杭州天润酒店", "苏州华联超市"]  # this seat's open connection sees the backup
    replaced = Path(done.stdout.strip().rsplit(" ", 1)[-1])
    assert replaced.parent == backups.office_folder(office_file, home / "data" / "KAMDesk" / "backups")
    db.close_database()
    db.open_database(str(replaced))
    assert names() == ["杭州天润酒店", "误建的客户"]  # the state it replaced is kept


def test_a_damaged_backup_is_refused_and_the_newest_sound_one_offered(office_file, tmp_path, clock_at):
    folder = tmp_path / "backups"
    sound = backups.make_backup(office_file, folder)
    clock_at(dt.datetime(2026, 11, 24, 9, 0))
    damaged = backups.make_backup(office_file, folder)
    data = bytearray(damaged.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    damaged.write_bytes(bytes(data))
    assert backups.check(damaged)
    with pytest.raises(errors.CorruptDatabaseError):
        backups.restore(damaged, office_file, folder)
    assert names() == ["杭州天润酒店", "苏州华联超市"]
    assert backups.newest_sound_backup(office_file, folder).path == sound


def another_office(path, name, then_reopen):
    """A second office in `path` (a file of the same name elsewhere); `then_reopen` is open afterwards."""
    db.close_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    db.open_database(str(path))
    accounts.save_account(accounts.AccountDraft(code="B001", name=name), actor=SCRIPT)
    db.close_database()
    db.open_database(str(then_reopen))
    return path


def test_two_offices_with_the_same_file_name_keep_separate_backups(office_file, tmp_path, clock_at):
    folder = tmp_path / "backups"
    other = another_office(tmp_path / "branch" / office_file.name, "分公司的客户", then_reopen=office_file)
    ours = backups.make_backup(office_file, folder)
    for day in range(1, 40):  # the other office backs up daily for weeks: ours is never rotated away
        clock_at(dt.datetime(2026, 11, 23, 9, 0) + dt.timedelta(days=day))
        backups.make_backup(other, folder)
    assert [b.path for b in backups.list_backups(office_file, folder)] == [ours]
    assert all(b.path.parent != ours.parent for b in backups.list_backups(other, folder))

    theirs = backups.list_backups(other, folder)[0].path
    with pytest.raises(errors.BackupOfAnotherOfficeError):
        backups.restore(theirs, office_file, folder)  # never the other office's data in ours
    assert names() == ["杭州天润酒店", "苏州华联超市"]
    assert backups.newest_sound_backup(office_file, folder).path == ours


def test_copies_of_the_office_are_private_from_the_start_and_leave_nothing_beside(office_file, tmp_path):
    folder = tmp_path / "backups"
    made = backups.make_backup(office_file, folder)
    beside = sorted(p.name for p in made.parent.iterdir())
    assert beside == [made.name]  # no .partial, -wal or -shm left over
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert sqlite3.connect(made).execute("PRAGMA journal_mode").fetchone() == ("delete",)
    out = backups.make_backup(office_file, folder, tmp_path / "elsewhere.sqlite3")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("elsewhere.sqlite3?*"))


def test_what_a_killed_backup_left_is_removed_by_the_next_one(office_file, tmp_path, clock_at):
    import os

    folder = tmp_path / "backups"
    own = backups.office_folder(office_file, folder)
    own.mkdir(parents=True)
    leftovers = [
        own / "office-20261122-090000.sqlite3.partial",
        own / "office-20261122-090000.sqlite3.partial-wal",
    ]
    for path in leftovers:
        path.write_bytes(b"x" * 4096)
        written = path.stat().st_mtime  # the file system's time, not the (maybe faked) clock's
        os.utime(path, (written - 3600, written - 3600))
    backups.make_backup(office_file, folder)
    assert not any(path.exists() for path in leftovers)


def test_the_copy_taken_before_an_upgrade_is_private(tmp_path):
    path = tmp_path / "v1.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript((ROOT / "tests" / "data" / "kamdesk_v1.sql").read_text(encoding="utf-8"))
    conn.close()
    path.chmod(0o600)
    opened = db.open_database(str(path))
    db.close_database()
    assert stat.S_IMODE(opened.backup.stat().st_mode) == 0o600
    assert not list(tmp_path.glob("*.bak-*"))
