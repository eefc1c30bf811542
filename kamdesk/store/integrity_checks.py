"""When this seat last read a whole SQLite office through with PRAGMA quick_check.

The check reads every page: 0.3 s for a 59 MB office, seconds for a big one, at every start. SQLite's
write-ahead log means a crash cannot damage the file; what the check catches (a failing disk, a file
copied half-way) is found as well by the day's first start, so later starts that day skip it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kamdesk import clock, paths
from kamdesk.store.safe_write import keep, read_kept

EVERY = dt.timedelta(hours=20)  # the first start of each working day
STAMPS_FILE = "integrity-checks.json"


def _stamps_path() -> Path:
    return paths.user_data_dir() / STAMPS_FILE


def _stamps() -> dict[str, str]:
    stamps = read_kept(_stamps_path())
    return stamps if isinstance(stamps, dict) else {}


def due(database: Path) -> bool:
    """Whether `database` should be read through now (never checked here, or not for a day)."""
    last = _stamps().get(str(database.resolve()))
    try:
        return last is None or clock.now() - dt.datetime.fromisoformat(last) >= EVERY
    except ValueError:
        return True


def record(database: Path) -> None:
    """`database` was just read through and found sound. Failing to note it only means checking again."""
    stamps = _stamps()
    stamps[str(database.resolve())] = clock.now().isoformat(timespec="seconds")
    keep(_stamps_path(), stamps)
