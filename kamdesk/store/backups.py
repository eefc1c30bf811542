"""Rotating backups of an SQLite office, and restoring one.

A backup is a consistent copy made through SQLite's online backup API (safe while seats work),
checked before it gets its final name, readable by the current user only from its first byte. Kept:
the newest of each of the last 7 days, of the last 4 weeks and of the last 12 months; the rest are
deleted. Restoring first backs up the current file, then copies the backup into it through the same
API, so a seat that dies mid-restore leaves the old file, never half of each.

Backups belong to one database: each file has a folder of its own, named after the file and its full
path (two offices both called kamdesk.sqlite3 never share one), and each office records an identity
(kamdesk_meta's office_id, set when it is created or upgraded) that a restore checks: a backup of another
office is refused. A copy killed half-way leaves a .partial file, removed after the next backup.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from kamdesk import clock, errors
from kamdesk.store import safe_write, sqlite_files, storage_faults

STAMP = "%Y%m%d-%H%M%S"
SUFFIX = ".sqlite3"
DAILY, WEEKLY, MONTHLY = 7, 4, 12
DUE_AFTER = dt.timedelta(days=1)
PARTIAL = ".partial"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime
    size: int


def backup_folder(data_folder: Path) -> Path:
    return data_folder / "backups"


def office_folder(db_path: Path, folder: Path) -> Path:
    """Where the backups of the database file `db_path` live: a folder of its own in `folder`."""
    where = hashlib.sha256(str(Path(db_path).absolute()).encode("utf-8")).hexdigest()[:12]
    return folder / f"{Path(db_path).stem}-{where}"


def office_id(path: Path) -> str | None:
    """The identity recorded in a KAMDesk database (None when it has none or cannot be read)."""
    try:
        conn = _connect_readonly(path)
        try:
            row = conn.execute("SELECT value FROM kamdesk_meta WHERE key = 'office_id'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def list_backups(db_path: Path, folder: Path) -> list[Backup]:
    """The backups of `db_path` (in its own folder inside `folder`), newest first."""
    prefix = f"{db_path.stem}-"
    own = office_folder(db_path, folder)
    found = []
    for path in own.glob(f"{prefix}*{SUFFIX}") if own.is_dir() else []:
        try:
            taken = dt.datetime.strptime(path.name[len(prefix) : -len(SUFFIX)], STAMP)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(db_path: Path, folder: Path, dest: Path | None = None, *, rotating: bool = True) -> Path:
    """Copy the database into `dest`, or into `folder` under a dated name (then rotate the folder,
    unless `rotating` is False)."""
    if not db_path.is_file():
        raise errors.DatabaseMissingError(path=db_path)
    if dest is None:
        own = office_folder(db_path, folder)
        for level in (folder, own):
            level.mkdir(parents=True, exist_ok=True)
            private(level, directory=True)
        dest = _free_name(db_path, own, clock.now())
    else:
        rotating = False
    partial = dest.with_name(dest.name + PARTIAL)
    try:
        with storage_faults.translated(str(dest)):
            try:
                _copy(_connect_readonly(db_path), partial)
            except sqlite3.DatabaseError as exc:
                if storage_faults.recognise(exc, str(dest)) is None:  # not the copy's disk: the file read
                    raise errors.CorruptDatabaseError(path=db_path, detail=str(exc)) from exc
                raise
            problems = check(partial)
            if problems:
                raise errors.CorruptDatabaseError(path=db_path, detail="; ".join(problems[:3]))
            os.replace(partial, dest)
    finally:
        for leftover in _with_companions(partial):
            leftover.unlink(missing_ok=True)
    safe_write.remove_stale(dest.parent, f"*{PARTIAL}*", dest)  # what copies killed half-way left
    if rotating:
        rotate(db_path, folder)
    return dest


def backup_if_due(db_path: Path, folder: Path) -> Path | None:
    """At start-up: a new backup when the newest is more than a day old (or there is none)."""
    if not db_path.is_file():
        return None
    newest = list_backups(db_path, folder)
    if newest and clock.now() - newest[0].taken_at < DUE_AFTER:
        return None
    return make_backup(db_path, folder)


def to_keep(taken: list[dt.datetime]) -> set[dt.datetime]:
    """Which of these backup times the rotation keeps: the newest of each of the last 7 days that
    have one, of the last 4 weeks and of the last 12 months."""
    newest_first = sorted(taken, reverse=True)
    keep: set[dt.datetime] = set()
    for count, period in ((DAILY, _day), (WEEKLY, _week), (MONTHLY, _month)):
        seen: list = []
        for moment in newest_first:
            key = period(moment)
            if key not in seen:
                seen.append(key)
                if len(seen) > count:
                    break
                keep.add(moment)
    return keep


def rotate(db_path: Path, folder: Path) -> list[Path]:
    """Delete the backups the rotation does not keep; returns what was deleted."""
    backups = list_backups(db_path, folder)
    keep = to_keep([b.taken_at for b in backups])
    gone = [b.path for b in backups if b.taken_at not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def restore(backup: Path, db_path: Path, folder: Path) -> Path | None:
    """Put `backup` in place of the database; returns the backup made of the current file first
    (None when the current file was missing or too damaged to copy; it is then kept beside as
    `<name>.damaged-<time>`)."""
    problems = check(backup)
    if problems:
        raise errors.CorruptDatabaseError(path=backup, detail="; ".join(problems[:3]))
    ours, theirs = office_id(db_path) if db_path.is_file() else None, office_id(backup)
    if ours and theirs and ours != theirs:
        raise errors.BackupOfAnotherOfficeError(backup=backup, path=db_path)
    before = None
    if db_path.is_file():
        try:  # not rotated now: the rotation could delete the very backup being restored
            before = make_backup(db_path, folder, rotating=False)
        except (errors.KamdeskError, sqlite3.Error):
            _set_aside(db_path)
    source = _connect_readonly(backup)
    try:
        if db_path.is_file():
            _copy(source, db_path, close_source=False, standalone=False)
        else:
            partial = db_path.with_name(db_path.name + PARTIAL)
            try:
                _copy(source, partial, close_source=False)
                os.replace(partial, db_path)
            finally:
                for leftover in _with_companions(partial):
                    leftover.unlink(missing_ok=True)
    finally:
        source.close()
    return before


def newest_sound_backup(db_path: Path, folder: Path) -> Backup | None:
    """For a damaged database at start-up: the newest backup of this very office that passes the
    check (when the damaged file still tells its identity, a backup must carry the same)."""
    ours = office_id(db_path) if db_path.is_file() else None
    for backup in list_backups(db_path, folder):
        if not check(backup.path) and (ours is None or office_id(backup.path) in (ours, None)):
            return backup
    return None


def check(path: Path) -> list[str]:
    """What SQLite's quick check finds wrong with the file (empty when sound) and whether it is a
    KAMDesk database at all."""
    try:
        conn = _connect_readonly(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                return rows
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'kamdesk_meta'").fetchone():
                return ["not a KAMDesk database"]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    return []


# Windows has no file modes to set. What protects the office's files there is where they lie:
# %LOCALAPPDATA%\KAMDesk, inside the user's profile, which Windows opens to that user alone (with
# SYSTEM and the administrators) and every file created in it inherits. So nothing is changed there.
POSIX = os.name == "posix"


def private(path: Path, directory: bool = False) -> None:
    """Readable and writable by the current user only (on Windows the profile folder's rights apply)."""
    if POSIX and path.exists():
        path.chmod(0o700 if directory else 0o600)


def private_file(path: Path) -> None:
    """Create `path` empty, readable by its owner only, unless it exists (then make it so): a file
    SQLite is about to fill never exists with wider rights, not even for its first byte, and its
    journals inherit these rights."""
    if not POSIX:
        return
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    path.chmod(0o600)


def copy_file(source: Path, dest: Path) -> None:
    """A consistent copy of the database `source` into `dest` (safe while others use it)."""
    _copy(_connect_readonly(source), dest)


# --- internals ----------------------------------------------------------------------------------------
def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite_files.connect_readonly(path)


def _copy(source: sqlite3.Connection, dest: Path, close_source: bool = True, standalone: bool = True) -> None:
    """The backup API copies the whole database into `dest` in one transaction on `dest`. The copy is
    one self-contained file (rollback journal, not WAL: no -wal or -shm left beside it), private to
    its owner from the start. Not `standalone`: copied into a live office, which keeps its mode."""
    try:
        private_file(dest)
        target = sqlite3.connect(str(dest))
        try:
            source.backup(target)
            if standalone:
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    finally:
        if close_source:
            source.close()


def _with_companions(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("", "-journal", "-wal", "-shm")]


def _free_name(db_path: Path, folder: Path, now: dt.datetime) -> Path:
    """A dated name no backup has yet (two backups within one second get the next second)."""
    while True:
        dest = folder / f"{db_path.stem}-{now.strftime(STAMP)}{SUFFIX}"
        if not dest.exists():
            return dest
        now += dt.timedelta(seconds=1)


def _set_aside(db_path: Path) -> None:
    stamp = clock.now().strftime(STAMP)
    for suffix in ("", "-wal", "-shm"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            os.replace(part, part.with_name(f"{db_path.name}.damaged-{stamp}{suffix}"))


def _day(moment: dt.datetime) -> dt.date:
    return moment.date()


def _week(moment: dt.datetime) -> tuple[int, int]:
    return moment.isocalendar()[:2]


def _month(moment: dt.datetime) -> tuple[int, int]:
    return moment.year, moment.month
