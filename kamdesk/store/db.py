"""Opening the one database every model uses: an SQLite file (the default) or a PostgreSQL server.

Opening an SQLite file first looks at it read-only (header, integrity, schema version) so that a file
we refuse is never modified; only then is it opened for writing, backed up and migrated if needed.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee
from peewee import Database, PostgresqlDatabase, Psycopg2Adapter, SqliteDatabase

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.store import (
    audit,
    backups,
    bulk,
    integrity_checks,
    migrations,
    models,
    sqlite_files,
    storage_faults,
)
from kamdesk.store.models import database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# A PostgreSQL statement running longer than this is cancelled (the longest, a quarterly review's
# queries on a decade of orders, take seconds); a server that stops answering is noticed by TCP
# keepalive within about a minute instead of never.
STATEMENT_TIMEOUT_S = 120
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs",
    "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre",
}  # fmt: skip


_COUNTED = {
    "reps": models.Rep, "accounts": models.Account, "contacts": models.Contact,
    "visits": models.Visit, "follow-ups": models.FollowUp, "ledger entries": models.LedgerEntry,
    "loyalty assessments": models.LoyaltyAssessment,
}  # fmt: skip


class SaysItsFaults(Database):
    """A database whose statements, transactions and commits raise storage_faults' errors (a lock held
    too long, a full or failing disk, a lost server) in place of the driver's exceptions."""

    where = ""  # the file or server, as the messages name it
    timeout_s = 0.0
    _state: peewee._ConnectionState  # peewee's, which its stubs leave out

    def execute_sql(self, sql, params=None):
        with self._faults():
            try:
                return super().execute_sql(sql, params)
            except Exception as exc:
                if sql.lstrip().upper().startswith("ROLLBACK") and storage_faults.is_rollback_of_nothing(exc):
                    return None  # SQLite already rolled back the transaction
                raise

    def begin(self, *args, **kwargs):
        with self._faults():
            return super().begin(*args, **kwargs)

    def commit(self):
        with self._faults():
            return super().commit()

    def rollback(self):
        with self._faults():
            try:
                return super().rollback()
            except Exception as exc:
                if storage_faults.is_rollback_of_nothing(exc):
                    return None
                raise

    def cursor(self, *args, **kwargs):
        conn = None if self.is_closed() else self._state.conn
        if getattr(conn, "closed", 0) and self.transaction_depth() == 0:
            self._state.reset()  # the server ended this session: the next statement opens a new one
        with self._faults():
            return super().cursor(*args, **kwargs)

    def _faults(self):
        return storage_faults.translated(self.where, self.timeout_s)


class OfficeSqliteDatabase(SaysItsFaults, SqliteDatabase):
    """An SQLite file whose every connection, once the schema is current, records the audit trail."""

    audited = False

    def _initialize_connection(self, conn):
        if self.audited:
            audit.install_sqlite_triggers(conn)


class Psycopg2OnConnect(Psycopg2Adapter):
    """peewee's psycopg2 adapter, importing the driver when a server is first connected instead of
    when peewee loads (see kamdesk._import_peewee_without_its_postgresql_driver)."""

    def __init__(self) -> None:
        super().__init__()
        import psycopg2
        from psycopg2 import extensions, extras

        extras.register_uuid()
        self._driver, self._extensions = psycopg2, extensions
        self.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        self.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        self.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        self.json_type = self.jsonb_type = extras.Json

    def check_driver(self) -> None:
        pass  # imported above, or ImportError already

    def get_binary_type(self):
        return self._driver.Binary

    def connect(self, db, **params):
        if db.database.startswith("postgresql://"):
            params.setdefault("dsn", db.database)
        else:
            params.setdefault("dbname", db.database)
        conn = self._driver.connect(**params)
        if db._register_unicode:
            self._extensions.register_type(self._extensions.UNICODE, conn)
            self._extensions.register_type(self._extensions.UNICODEARRAY, conn)
        if db._encoding:
            conn.set_client_encoding(db._encoding)
        return conn


class ReadOnlySqliteDatabase(SaysItsFaults, SqliteDatabase):
    """An SQLite file opened for reading only."""


class OfficePostgresDatabase(SaysItsFaults, PostgresqlDatabase):
    """A PostgreSQL server; each connection says who is at this seat, for the audit trail."""

    psycopg2_adapter = Psycopg2OnConnect
    # peewee takes its psycopg 3 adapter when psycopg 3 is importable and psycopg2 looked absent as
    # peewee loaded, which kamdesk/__init__.py arranges on purpose. KAMDesk speaks psycopg2 only
    # (insert_rows, the storage faults), so both choices lead to it.
    psycopg3_adapter = Psycopg2OnConnect

    def _initialize_connection(self, conn):
        audit.prepare_server_connection(conn)


@dataclass
class OpenedDatabase:
    target: str
    kind: str  # "sqlite" or "postgresql"
    path: Path | None
    schema_version: int
    created: bool = False
    backup: Path | None = None
    warnings: list[str] = field(default_factory=list)  # codes, e.g. "db.network_share"


def sqlite_path(target: str) -> Path | None:
    """The file behind `target` when it names an SQLite database, else None."""
    if target.startswith("sqlite:///"):
        return Path(target[len("sqlite:///") :]).expanduser().absolute()
    if "://" in target:
        return None
    return Path(target).expanduser().absolute()


def open_database(
    target: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, full_check: str = "always"
) -> OpenedDatabase:
    """Open `target` for the whole app, creating or upgrading the schema as needed. An SQLite file is
    read through for damage first: "always", or "daily" (the desktop app's starts; see
    integrity_checks), and whenever a -wal journal lies beside it: replaying a journal that is not
    the file's own would write another file's pages into it."""
    path = sqlite_path(target)
    if path is None:
        return _open_server(target)
    journal = path.with_name(path.name + "-wal")
    has_journal = journal.exists() and journal.stat().st_size > 0  # a crash's, a seat's, or a stray one
    read_through = full_check == "always" or integrity_checks.due(path) or has_journal
    found = _preflight_sqlite(path, busy_timeout_ms, for_writing=True, read_through=read_through)
    if read_through and found:
        integrity_checks.record(path)
    warnings = ["db.network_share"] if is_network_path(path) else []
    if found == 0:
        backups.private_file(path)  # a new office file is readable by this user only, from its first byte
    db = OfficeSqliteDatabase(
        str(path),
        pragmas={
            "journal_mode": "wal",
            "foreign_keys": 1,
            "synchronous": "full",
            "busy_timeout": busy_timeout_ms,
        },
    )
    db.where, db.timeout_s = str(path), busy_timeout_ms / 1000
    try:
        db.connect()
    except sqlite3.OperationalError as exc:
        raise _classify(exc, path) from exc
    audit.register_sqlite(db)
    database.initialize(db)
    opened = OpenedDatabase(target, "sqlite", path, found, warnings=warnings)
    _bring_schema_up_to_date(db, opened, found)
    db.audited = True
    audit.install_sqlite_triggers(db.connection())
    return opened


def preflight_sqlite(path: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> int:
    """Refuse, without modifying it, a file that is not a KAMDesk database this version can open;
    return its schema version (0 for a new or empty file)."""
    return _preflight_sqlite(path, busy_timeout_ms, for_writing=True)


def open_readonly(target: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> OpenedDatabase:
    """Open an existing database without ever writing to it (for `check` and inspections)."""
    path = sqlite_path(target)
    if path is None:
        opened = _open_server(target, create=False)
        return opened
    if not path.exists():
        raise errors.DatabaseMissingError(path=path)
    found = _preflight_sqlite(path, busy_timeout_ms, for_writing=False)
    uri = sqlite_files.readonly_uri(path)
    db = ReadOnlySqliteDatabase(uri, uri=True, pragmas={"busy_timeout": busy_timeout_ms, "query_only": 1})
    db.where, db.timeout_s = str(path), busy_timeout_ms / 1000
    db.connect()
    database.initialize(db)
    return OpenedDatabase(target, "sqlite", path, found)


def is_sqlite() -> bool:
    """Whether the open database is an SQLite file (else a PostgreSQL server)."""
    return isinstance(database.obj, SqliteDatabase)


def write_transaction():
    """A transaction that holds the write lock from its first statement, for work that reads what it
    is about to write against (SQLite's BEGIN IMMEDIATE; a plain transaction elsewhere)."""
    if is_sqlite():
        return database.atomic(lock_type="IMMEDIATE")
    return database.atomic()


@contextmanager
def writing(actor: Actor) -> Iterator[None]:
    """One change a person makes: a write transaction (see write_transaction) whose changes the audit
    trail records under `actor`. Nested inside another, it is a savepoint."""
    with write_transaction(), audit.acting(actor):
        yield


def insert_rows(table: str, columns: list[str], rows, fixed: dict[str, int] | None = None) -> None:
    """Insert many rows of plain values, fast on both servers: multi-row VALUES (kamdesk.store.bulk).
    `fixed` holds whole numbers every row shares, e.g. {"batch_id": 7}, written into the statement
    itself."""
    with storage_faults.translated(getattr(database.obj, "where", ""), getattr(database.obj, "timeout_s", 0)):
        bulk.insert_rows(table, columns, rows, fixed)


def insert_columns(
    table: str, columns: list[str], values: list[list], fixed: dict[str, int] | None = None
) -> None:
    """insert_rows for rows held a list per column."""
    with storage_faults.translated(getattr(database.obj, "where", ""), getattr(database.obj, "timeout_s", 0)):
        bulk.insert_columns(table, columns, values, fixed)


def close_database() -> None:
    if database.obj is not None and not database.is_closed():
        database.close()


def integrity_problems() -> list[str]:
    """What the database's own quick check reports; empty when sound."""
    if is_sqlite():
        rows = [r[0] for r in database.execute_sql("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows
    return []


def table_counts() -> dict[str, int]:
    """Rows in the tables a person would ask about, e.g. {"accounts": 300, ...}; an older schema
    (opened read-only, not upgraded) lacks some of them."""
    present = set(database.get_tables())
    return {
        name: model.select().count() for name, model in _COUNTED.items() if model._meta.table_name in present
    }


def restore_backup(opened: OpenedDatabase, backup: Path, folder: Path) -> tuple[Path | None, OpenedDatabase]:
    """Put `backup` in place of the open SQLite office and open it again the way every start does
    (checked, and upgraded when the backup is of an older version). Returns the backup made of the
    replaced data first, and the office as now opened."""
    if opened.path is None:
        raise errors.UnsupportedDatabaseError(target=display_target(opened.target))
    close_database()
    try:
        before = backups.restore(backup, opened.path, folder)
    finally:
        reopened = open_database(opened.target)  # the restored file, or the untouched one
    return before, reopened


def backup_sqlite(source: Path, dest: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others use the file)."""
    backups.copy_file(source, dest)
    return dest


def is_network_path(path: Path, mounts: str = "/proc/mounts") -> bool:
    """True when `path` lies on a network file system, where SQLite's locking is unreliable."""
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
    try:
        with open(mounts, encoding="utf-8", errors="replace") as fh:
            entries = [line.split()[1:3] for line in fh if len(line.split()) >= 3]
    except OSError:
        return False
    real = os.path.realpath(text)
    best, best_type = "", ""
    for mount_point, fs_type in entries:
        mount_point = mount_point.replace("\\040", " ")
        inside = real == mount_point or real.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type in NETWORK_FILESYSTEMS


# --- internals ------------------------------------------------------------------------------------
def _preflight_sqlite(
    path: Path, busy_timeout_ms: int, *, for_writing: bool, read_through: bool = True
) -> int:
    """Check the file without modifying it; return its schema version (0 for a new database).
    read_through: also read every page (quick_check), not just the header and the schema."""
    folder = path.parent
    if path.is_dir():
        raise errors.NotADatabaseError(path=path)
    if not path.exists():
        if not for_writing:
            raise errors.DatabaseMissingError(path=path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.FolderNotWritableError(folder=folder) from exc
        if not os.access(folder, os.W_OK | os.X_OK):
            raise errors.FolderNotWritableError(folder=folder)
        return 0
    try:
        with open(path, "rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise errors.DatabaseUnreadableError(path=path, detail=exc.strerror or str(exc)) from exc
    if header and header != SQLITE_HEADER:
        raise errors.NotADatabaseError(path=path)
    if for_writing and not os.access(path, os.W_OK):
        raise errors.FileReadOnlyError(path=path)
    if for_writing and not os.access(folder, os.W_OK | os.X_OK):
        raise errors.FolderNotWritableError(folder=folder)
    if not header:
        return 0  # an empty file is an empty database to SQLite
    try:
        conn = sqlite_files.connect_readonly(path, busy_timeout_ms / 1000)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    try:
        if read_through:
            result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if result != ["ok"]:
                raise _damaged(path, "; ".join(result[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return 0
        if "kamdesk_meta" not in tables:
            raise errors.ForeignDatabaseError(path=path)
        row = conn.execute("SELECT value FROM kamdesk_meta WHERE key='schema_version'").fetchone()
        found = migrations.parse_version(row[0] if row else None)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    finally:
        conn.close()
    if found > migrations.SCHEMA_VERSION:
        raise errors.NewerSchemaError(path=path, found=found, supported=migrations.SCHEMA_VERSION)
    return found


def _damaged(path: Path, detail: str) -> errors.CorruptDatabaseError:
    """CorruptDatabaseError, or StrayJournalError when the file alone is sound and only its -wal
    journal, replayed over it, makes it look damaged (a journal left by another copy of the office)."""
    journal = path.with_name(path.name + "-wal")
    if journal.exists() and sqlite_files.sound_without_journal(path):
        return errors.StrayJournalError(path=path, journal=journal, detail=detail)
    return errors.CorruptDatabaseError(path=path, detail=detail)


def set_journal_aside(path: Path) -> Path:
    """Move the -wal journal (and its -shm index) of the SQLite file `path` out of SQLite's way, kept
    under a dated name; returns where the journal went."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}-wal.set-aside-{stamp}")
    for suffix, name in (("-wal", kept.name), ("-shm", f"{path.name}-shm.set-aside-{stamp}")):
        part = path.with_name(path.name + suffix)
        if part.exists():
            os.replace(part, part.with_name(name))
    return kept


def _classify(exc: sqlite3.Error, path: Path) -> errors.DatabaseOpenError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return errors.DatabaseLockedError(path=path)
    if "not a database" in message or "file is encrypted" in message:
        return errors.NotADatabaseError(path=path)
    if "malformed" in message or "corrupt" in message:
        return _damaged(path, str(exc))
    if "readonly" in message or "unable to open" in message or "read-only" in message:
        if path.exists() and not os.access(path, os.W_OK):
            return errors.FileReadOnlyError(path=path)
        return errors.FolderNotWritableError(folder=path.parent)
    return errors.CorruptDatabaseError(path=path, detail=str(exc))


def _bring_schema_up_to_date(db: Database, opened: OpenedDatabase, found: int) -> None:
    try:
        if found == 0:
            migrations.create_schema(db)
            opened.created = True
        elif found < migrations.SCHEMA_VERSION:
            if opened.path is not None:
                stamp = clock.now().strftime("%Y%m%d-%H%M%S")
                opened.backup = backup_sqlite(
                    opened.path, opened.path.with_name(f"{opened.path.name}.v{found}-{stamp}.bak")
                )
            try:
                migrations.upgrade(db, found)
            except Exception as exc:
                reached = migrations.read_version(db)
                raise errors.MigrationError(
                    path=opened.path or opened.target,
                    found=found,
                    reached=reached,
                    detail=exc,
                    backup=opened.backup,
                ) from exc
    except sqlite3.OperationalError as exc:
        db.close()
        if opened.path is None:  # a server: sqlite3's errors come from SQLite files only
            raise
        raise _classify(exc, opened.path) from exc
    except errors.KamdeskError:
        db.close()
        raise
    opened.schema_version = migrations.read_version(db)


def display_target(target: str) -> str:
    """`target` as it may be shown or logged: a password written into a URL is masked."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(target)
    if "://" not in target or parts.password is None:
        return target
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def connect_server(target: str, *, timeout_s: int = 10) -> Database:
    """A connected PostgreSQL database for `target` (not yet the app's). A password missing from the
    URL comes from the PostgreSQL password file (~/.pgpass, or PGPASSFILE), never from settings."""
    if not target.startswith(("postgresql://", "postgres://")):
        raise errors.UnsupportedDatabaseError(target=display_target(target))
    from playhouse.db_url import parse

    try:
        params: dict[str, Any] = {"connect_timeout": timeout_s, **KEEPALIVE,
                  "options": f"-c statement_timeout={STATEMENT_TIMEOUT_S * 1000}"}  # fmt: skip
        params.update(parse(target, unquote_password=True, unquote_user=True))  # the URL's own settings win
        db = OfficePostgresDatabase(**params)
        db.where, db.timeout_s = display_target(target), STATEMENT_TIMEOUT_S
        db.connect()
    except ImportError as exc:
        raise errors.DatabaseConnectionError(
            target=display_target(target), detail="PostgreSQL driver missing"
        ) from exc
    except Exception as exc:  # the driver's own errors name the cause (host, password, ...)
        detail = " ".join(str(exc).split())
        raise errors.DatabaseConnectionError(target=display_target(target), detail=detail) from exc
    return db


def server_url(host: str, port: int, database_name: str, user: str) -> str:
    """postgresql://user@host:port/name, without a password (that lives in the password file)."""
    from urllib.parse import quote as quote_part

    return f"postgresql://{quote_part(user, safe='')}@{host}:{int(port)}/{quote_part(database_name, safe='')}"


@dataclass(frozen=True)
class ServerCheck:
    schema_version: int  # 0: an empty database KAMDesk will set up
    accounts: int
    people: int


def check_server(target: str, timeout_s: int = 5) -> ServerCheck:
    """Connect to a PostgreSQL office without changing anything: can this seat use it?"""
    server = connect_server(target, timeout_s=timeout_s)
    try:
        tables = set(server.get_tables())
        version = 0
        if "kamdesk_meta" in tables:  # read directly: the models are bound to this seat's open database
            row = server.execute_sql("SELECT value FROM kamdesk_meta WHERE key = 'schema_version'").fetchone()
            version = migrations.parse_version(row[0] if row else None)
        if version > migrations.SCHEMA_VERSION:
            raise errors.NewerSchemaError(
                path=display_target(target), found=version, supported=migrations.SCHEMA_VERSION
            )

        def count(table: str) -> int:
            return server.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0] if table in tables else 0

        return ServerCheck(version, count("account"), count("rep"))
    finally:
        server.close()


def _open_server(target: str, *, create: bool = True) -> OpenedDatabase:
    db = connect_server(target)
    database.initialize(db)
    found = migrations.read_version(db) if db.table_exists("kamdesk_meta") else 0
    if found > migrations.SCHEMA_VERSION:
        db.close()
        raise errors.NewerSchemaError(
            path=display_target(target), found=found, supported=migrations.SCHEMA_VERSION
        )
    opened = OpenedDatabase(target, "postgresql", None, found)
    if create:
        _bring_schema_up_to_date(db, opened, found)
    return opened
