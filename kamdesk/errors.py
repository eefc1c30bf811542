"""Every error the domain expects, in one hierarchy.

Each error has a stable ``code`` and keyword ``params``; the UI translates the code, the command line
prints the English ``str()``. Anything that is not a KamdeskError is a bug.
"""

from __future__ import annotations


class KamdeskError(Exception):
    code = "error"
    template = "{detail}"

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    def __reduce__(self):
        """Pickled as it stands (a file's reading raises it in a process of its own,
        kamdesk.exchange.read_ahead), whatever its own __init__ takes."""
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[KamdeskError], args: tuple, state: dict) -> KamdeskError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


# --- opening a database -------------------------------------------------------------------------
class DatabaseOpenError(KamdeskError):
    """The database cannot be opened; the file, if any, has not been touched."""


class NotADatabaseError(DatabaseOpenError):
    code = "db.not_a_database"
    template = "{path} is not a KAMDesk database (it is not an SQLite file)."


class ForeignDatabaseError(DatabaseOpenError):
    code = "db.foreign"
    template = "{path} is an SQLite file of another program, not a KAMDesk database."


class CorruptDatabaseError(DatabaseOpenError):
    code = "db.corrupt"
    template = "{path} is damaged (integrity check: {detail}). Restore it from a backup."


class StrayJournalError(CorruptDatabaseError):
    """The file is sound; the -wal journal beside it does not fit it."""

    code = "db.stray_journal"
    template = (
        "{path} itself is sound, but the journal file beside it ({journal}) does not fit it: it may "
        "have come from another copy of the office. Set that journal aside (KAMDesk offers to when it "
        "starts) and the file opens as it was last closed properly."
    )


class NewerSchemaError(DatabaseOpenError):
    code = "db.newer_schema"
    template = (
        "{path} was written by a newer KAMDesk (schema version {found}); this KAMDesk reads "
        "schema version {supported} at most. Install the newer KAMDesk."
    )


class DatabaseLockedError(DatabaseOpenError):
    code = "db.locked"
    template = "{path} is locked by another program. Close that program and try again."


class FolderNotWritableError(DatabaseOpenError):
    code = "db.folder_not_writable"
    template = "KAMDesk cannot write in {folder}. Choose a folder you can write to."


class FileReadOnlyError(DatabaseOpenError):
    code = "db.file_read_only"
    template = (
        "{path} is a read-only file: KAMDesk can read it but not save to it. Make the file writable "
        "(its properties), or open a copy of it."
    )


class DatabaseUnreadableError(DatabaseOpenError):
    code = "db.file_unreadable"
    template = "{path} cannot be read ({detail}). Check that this user may open it."


class DatabaseMissingError(DatabaseOpenError):
    code = "db.missing"
    template = "There is no database at {path}."


class UnsupportedDatabaseError(DatabaseOpenError):
    code = "db.unsupported"
    template = "{target} is not a database KAMDesk can open (use a file path, sqlite:/// or postgresql://)."


class DatabaseConnectionError(DatabaseOpenError):
    code = "db.connection_failed"
    template = "Cannot connect to {target}: {detail}"


class UnreadableSchemaVersionError(DatabaseOpenError):
    code = "db.unreadable_version"
    template = (
        "The database's schema version reads {value!r}, which is not a version KAMDesk writes; "
        "the file was not changed. Restore it from a backup."
    )


class BackupOfAnotherOfficeError(KamdeskError):
    code = "backup.other_office"
    template = "{backup} is a backup of another office, not of {path}; nothing was restored."


class MigrationError(DatabaseOpenError):
    code = "db.migration_failed"
    template = (
        "Upgrading {path} from schema version {found} failed ({detail}); it stays at version "
        "{reached} and the original was copied to {backup}."
    )


class CopyTargetNotEmptyError(DatabaseOpenError):
    code = "copy.not_empty"
    template = "{target} is not empty ({detail}); an office is copied into an empty database only."


class CopyCountMismatchError(KamdeskError):
    code = "copy.count_mismatch"
    template = "The copy was rolled back: the row counts differ for {tables}."


# --- the disk, a lock or the server failing while working (see storage_faults) -----------------
class StorageFaultError(KamdeskError):
    """The database could not finish a piece of work; what it was writing was rolled back."""


class DatabaseBusyError(StorageFaultError):
    code = "db.busy"
    template = (
        "{where} is busy: another seat or program kept it locked for {seconds} seconds. Nothing was "
        "changed; try again in a moment."
    )


class DiskFullError(StorageFaultError):
    code = "db.disk_full"
    template = (
        "The disk holding {where} is full ({detail}). Nothing was changed; free some space and try again."
    )


class DiskIOError(StorageFaultError):
    code = "db.io_error"
    template = (
        "Reading or writing {where} failed ({detail}): the disk or its connection failed. Nothing was "
        "changed; check the disk, then try again."
    )


class DatabaseReadOnlyError(StorageFaultError):
    code = "db.read_only"
    template = "{where} cannot be written ({detail}). Nothing was changed."


class ServerGoneError(StorageFaultError):
    code = "db.server_gone"
    template = (
        "The connection to the PostgreSQL server {where} was lost ({detail}). Nothing was changed; "
        "try again when the server is back."
    )


class ServerTimeoutError(StorageFaultError):
    code = "db.server_timeout"
    template = (
        "The PostgreSQL server {where} did not finish within {seconds} seconds. Nothing was changed; "
        "try again, or ask whoever runs the server."
    )


# --- working with data --------------------------------------------------------------------------
class ValidationError(KamdeskError):
    """Input refused. ``errors`` maps each field to an error code such as "required"."""

    code = "validation"
    template = "invalid input: {detail}"

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        detail = ", ".join(f"{field}: {code}" for field, code in self.errors.items())
        super().__init__(detail=detail)


class NotFoundError(KamdeskError):
    code = "not_found"
    template = "{what} {key} does not exist."


class ArchivedError(KamdeskError):
    code = "archived"
    template = "Account {code} is archived: restore it to record anything on it."


class ConflictError(KamdeskError):
    """A save made on an old copy; ``who`` and ``when`` come from the audit trail ("" if unknown)."""

    code = "conflict"
    template = "{what} was changed by {who} at {when} since it was opened; reload it before saving."

    def __init__(self, what: str, who: str = "", when: str = "") -> None:
        super().__init__(what=what, who=who or "another seat", when=when or "an unknown time")
        self.params.update(who=who, when=when)


class BadPeriodError(KamdeskError):
    code = "bad_period"
    template = "{period} is not a quarter a report can cover: {reason}."


class FontMissingError(KamdeskError):
    code = "font_missing"
    template = (
        "No Chinese TrueType font was found for the PDF ({detail}). Put wqy-microhei.ttc in "
        "resources/fonts/, or install Microsoft YaHei / SimSun (Windows) or WenQuanYi (Linux)."
    )


class ReportWriteError(KamdeskError):
    code = "report_write"
    template = "Cannot write {path}: {detail}"


class ImportRefusedError(KamdeskError):
    """A file was refused whole; ``problems`` lists every line and column that is wrong."""

    code = "import_refused"
    template = "{file} was not imported: {count} problems, e.g. {first}"

    def __init__(self, file: str, problems: list) -> None:
        self.problems = list(problems)
        super().__init__(file=file, count=len(self.problems), first=self.problems[0] if self.problems else "")


class AccountsChangedError(KamdeskError):
    code = "import.accounts_changed"
    template = (
        "{file}: an account named in the file was deleted elsewhere while the file was being checked. "
        "Nothing was imported; import the file again."
    )


class ReadingStoppedError(KamdeskError):
    code = "import.reading_stopped"
    template = (
        "The file's reading stopped before its end (its process ended with code {code}): the computer "
        "may be short of memory. Nothing was imported; close other programs and import it again."
    )


class CancelledError(KamdeskError):
    code = "cancelled"
    template = "Cancelled."


class PermissionDeniedError(KamdeskError):
    code = "permission_denied"
    template = "Only a manager may {action}."


class LastManagerError(KamdeskError):
    code = "last_manager"
    template = "The office needs at least one active manager."


class NotEmptyError(KamdeskError):
    code = "db.not_empty"
    template = "{target} already holds data ({detail}); demo data goes into an empty database only."
