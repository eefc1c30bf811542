"""Reading an SQLite office file without ever writing to it, wherever it lies.

SQLite opens a WAL-mode file read-only only if it can use or create the file's `-shm` companion; in
a folder this user cannot write, with no `-shm` there, the open fails ("unable to open database
file"). When no `-wal` is there either, no seat is writing the file (a writer keeps a `-wal` open), so
it is read as immutable, which needs neither companion.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


def readonly_uri(path: Path) -> str:
    uri = f"file:{quote(str(path))}?mode=ro"
    writable = os.access(path.parent, os.W_OK | os.X_OK)
    if not writable and not _companion(path, "-shm").exists() and not _companion(path, "-wal").exists():
        uri += "&immutable=1"
    return uri


def connect_readonly(path: Path, timeout_s: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True, timeout=timeout_s)


def sound_without_journal(path: Path) -> bool:
    """Whether the file itself passes SQLite's quick check, its -wal journal left unread (immutable)."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)
