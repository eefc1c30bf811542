"""Write a file whole or not at all: build it beside the target, then rename it into place."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from kamdesk import errors

PREFIX, SUFFIX = ".kamdesk-", ".part"
LEFTOVER_AFTER_S = 60


def write_whole(path: str | Path, fill: Callable[[str], object]) -> Path:
    """Call ``fill(temp_path)`` on a temporary file in `path`'s folder, then move it onto `path`.

    A failure (or a cancel) leaves `path` as it was and no temporary file behind; what a killed
    writer left in the folder is removed the next time. The new file is readable by its owner only
    (mkstemp) from its first byte. File-system errors become ReportWriteError naming `path`.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise errors.ReportWriteError(path=path, detail="the folder does not exist")
    try:
        handle, temp = tempfile.mkstemp(prefix=PREFIX, suffix=SUFFIX, dir=folder)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    os.close(handle)
    remove_stale(folder, f"{PREFIX}*{SUFFIX}", Path(temp))
    try:
        fill(temp)
        os.replace(temp, path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    return path


def remove_stale(folder: Path, pattern: str, fresh: Path) -> None:
    """Files matching `pattern` that writers killed half-way left in `folder`: untouched for a minute
    before `fresh`, the file just made (its time comes from the same file system, whatever the PC's
    clock says)."""
    now = fresh.stat().st_mtime
    for leftover in folder.glob(pattern):
        try:
            if leftover != fresh and now - leftover.stat().st_mtime > LEFTOVER_AFTER_S:
                leftover.unlink()
        except OSError:
            continue


def write_text(path: str | Path, text: str) -> Path:
    """`text` in UTF-8 as the whole of `path` (a new file is readable by its owner only: mkstemp)."""
    return write_whole(path, lambda temp: Path(temp).write_text(text, encoding="utf-8"))


def read_kept(path: Path) -> object | None:
    """What a file this seat keeps for itself (a stamp, a cache) holds; None when it is missing or
    unreadable, which only means the work it saves is done again."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def keep(path: Path, value: object) -> None:
    """Write such a file whole, creating its folder; a failure is ignored for the same reason."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text(path, json.dumps(value, ensure_ascii=False, indent=1))
    except (OSError, errors.KamdeskError):
        pass


def _write_error(path: Path, exc: OSError) -> errors.ReportWriteError:
    return errors.ReportWriteError(path=path, detail=exc.strerror or str(exc))
