"""What a failing disk, lock or server means, said in words instead of a driver's traceback.

SQLite and PostgreSQL report a lock held too long, a full disk, a failing disk or a lost server as
driver exceptions, sometimes hidden behind a second one: after a full disk SQLite has already rolled
the transaction back, so the ROLLBACK that follows fails with "cannot rollback - no transaction is
active" and Python chains the real cause behind it. `recognise` walks that chain and names the
deepest fault it knows; the office databases raise it in place of the driver's exception, so every
screen and command that handles KamdeskError says what happened. The transaction in progress was
rolled back, by the database or by us, so nothing of the change was written.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from kamdesk import errors

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 5, 6, 8, 10, 13

# PostgreSQL's SQLSTATEs: a statement cancelled by statement_timeout; the server shutting down or
# ending the session; its disk full
_PG_TIMEOUT = {"57014"}
_PG_GONE = {"57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"}
_PG_DISK_FULL = {"53100"}
_PG_GONE_WORDS = (
    "server closed the connection", "connection already closed", "terminating connection",
    "could not receive data", "could not send data", "connection not open", "ssl syscall",
    "no connection to the server", "lost synchronization",
)  # fmt: skip


def recognise(exc: BaseException, where: str, timeout_s: float = 0) -> errors.KamdeskError | None:
    """The fault behind `exc` as a KamdeskError about `where` (a file or a server), or None when it is
    none of the faults this module knows (a bug, or an error the caller handles itself)."""
    found = None
    for link in _chain(exc):
        fault = _one(link, where, timeout_s)
        if fault is not None:
            found = fault  # keep walking: the deepest one is the cause
    return found


@contextmanager
def translated(where: str, timeout_s: float = 0) -> Iterator[None]:
    """Raise the recognised fault in place of a driver's or the file system's exception."""
    try:
        yield
    except errors.KamdeskError:
        raise
    except Exception as exc:
        fault = recognise(exc, where, timeout_s)
        if fault is None:
            raise
        raise fault from exc


def is_rollback_of_nothing(exc: BaseException) -> bool:
    """SQLite ended the transaction itself (a full disk, an I/O error): rolling back finds nothing
    left to roll back, which is what a rollback wants."""
    text = str(exc).lower()
    return "no transaction is active" in text or "no such savepoint" in text


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield link
        link = link.__cause__ or link.__context__


def _one(exc: BaseException, where: str, timeout_s: float) -> errors.KamdeskError | None:
    if isinstance(exc, errors.KamdeskError):
        return exc if isinstance(exc, errors.StorageFaultError) else None
    if isinstance(exc, sqlite3.Error):
        return _sqlite(exc, where, timeout_s)
    if type(exc).__module__.startswith("psycopg2"):
        return _postgres(exc, where, timeout_s)
    if isinstance(exc, OSError):
        return _os(exc, where)
    return None


def _sqlite(exc: sqlite3.Error, where: str, timeout_s: float) -> errors.KamdeskError | None:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(exc).lower()
    detail = str(exc)
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return errors.DatabaseBusyError(where=where, seconds=_seconds(timeout_s))
    if code == _SQLITE_FULL or "disk is full" in text:
        return errors.DiskFullError(where=where, detail=detail)
    if code == _SQLITE_IOERR or "disk i/o error" in text:
        return errors.DiskIOError(where=where, detail=detail)
    if code == _SQLITE_READONLY or "readonly database" in text:
        return errors.DatabaseReadOnlyError(where=where, detail=detail)
    return None


def _postgres(exc: BaseException, where: str, timeout_s: float) -> errors.KamdeskError | None:
    state = getattr(exc, "pgcode", None) or ""
    text = " ".join(str(exc).split())
    lowered = text.lower()
    if state in _PG_TIMEOUT or "statement timeout" in lowered:
        return errors.ServerTimeoutError(where=where, seconds=_seconds(timeout_s))
    if state in _PG_DISK_FULL:
        return errors.DiskFullError(where=where, detail=text)
    gone_class = type(exc).__name__ in ("InterfaceError", "OperationalError", "AdminShutdown")
    if state in _PG_GONE or (gone_class and any(words in lowered for words in _PG_GONE_WORDS)):
        return errors.ServerGoneError(where=where, detail=text or type(exc).__name__)
    return None


def _os(exc: OSError, where: str) -> errors.KamdeskError | None:
    place = exc.filename or where
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return errors.DiskFullError(where=str(place), detail=exc.strerror or str(exc))
    if exc.errno == errno.EIO:
        return errors.DiskIOError(where=str(place), detail=exc.strerror or str(exc))
    if exc.errno == errno.EROFS:
        return errors.DatabaseReadOnlyError(where=str(place), detail=exc.strerror or str(exc))
    return None


def _seconds(timeout_s: float) -> str:
    return f"{timeout_s:g}" if timeout_s else "several"
