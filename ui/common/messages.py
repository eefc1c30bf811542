"""Translated wording for the domain's error codes."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kamdesk import errors

_ERRORS = {
    "db.not_a_database": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a KAMDesk database: it is not an SQLite file. It was not changed."
    ),
    "db.foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} belongs to another program, not to KAMDesk. It was not changed.",
    ),
    "db.corrupt": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is damaged ({detail}). It was not changed. Restore it from a backup, or start "
        "KAMDesk with another database file.",
    ),
    "db.newer_schema": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} was saved by a newer KAMDesk (schema version {found}). This KAMDesk reads schema "
        "version {supported} at most. Install the newer KAMDesk; the file was not changed.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "Messages", "{path} is locked by another program. Close that program, then start KAMDesk again."
    ),
    "db.folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "KAMDesk cannot write in the folder {folder}. Choose a folder you may write to "
        "(start with --db PATH or set KAMDESK_DB).",
    ),
    "db.missing": QT_TRANSLATE_NOOP("Messages", "There is no database at {path}."),
    "db.file_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is a read-only file: KAMDesk can read it but not save to it. Make the file writable "
        "(its properties), or open a copy of it.",
    ),
    "db.file_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be read ({detail}). Check that you may open this file."
    ),
    "db.stray_journal": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} itself is sound, but the journal file beside it ({journal}) does not fit it: it may "
        "have come from another copy of the office. Set aside, the journal is kept under a new name "
        "and the file opens as it was last closed properly.",
    ),
    "db.busy": QT_TRANSLATE_NOOP(
        "Messages",
        "The office database is busy: another seat or program kept it locked for {seconds} seconds. "
        "Nothing was changed; what you entered is still here. Try again in a moment.",
    ),
    "db.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "The disk holding {where} is full. Nothing was changed; what you entered is still here. Free "
        "some space, then try again.",
    ),
    "db.io_error": QT_TRANSLATE_NOOP(
        "Messages",
        "Reading or writing {where} failed ({detail}): the disk or its connection failed. Nothing "
        "was changed; check the disk, then try again.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Messages", "{where} cannot be written ({detail}). Nothing was changed."
    ),
    "db.server_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The connection to the office server {where} was lost. Nothing was changed; what you "
        "entered is still here. Try again when the server is back.",
    ),
    "db.server_timeout": QT_TRANSLATE_NOOP(
        "Messages",
        "The office server {where} did not finish within {seconds} seconds. Nothing was changed; "
        "try again, or ask whoever runs the server.",
    ),
    "db.unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "{target} is not a database KAMDesk can open. Give a file path, sqlite:///PATH or "
        "postgresql://user@host/dbname.",
    ),
    "db.connection_failed": QT_TRANSLATE_NOOP("Messages", "Cannot connect to {target}: {detail}"),
    "db.migration_failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Upgrading {path} from schema version {found} failed ({detail}). The database stays at "
        "version {reached}; the original was copied to {backup}.",
    ),
    "db.unreadable_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The database's schema version reads {value}, which no KAMDesk writes. It was not changed: "
        "restore it from a backup.",
    ),
    "backup.other_office": QT_TRANSLATE_NOOP(
        "Messages", "{backup} is a backup of another office, not of {path}. Nothing was restored."
    ),
    "db.network_share": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is on a network share. SQLite files on a shared folder get corrupted when several "
        "seats use them. An office that shares data should use the PostgreSQL server option.",
    ),
    "db.not_empty": QT_TRANSLATE_NOOP(
        "Messages", "Demo data can only go into an empty database; this one holds {detail}."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "{who} changed this record at {when}, after you opened it. Nothing was overwritten: reload "
        "their version, then make your change again.",
    ),
    "conflict.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else changed this record after you opened it. Nothing was overwritten: reload "
        "their version, then make your change again.",
    ),
    "import.accounts_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: an account named in the file was deleted on another seat while the file was being "
        "checked. Nothing was imported; import the file again.",
    ),
    "import.reading_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's reading stopped before its end: the computer may be short of memory. Nothing was "
        "imported; close other programs and import it again.",
    ),
    "not_found": QT_TRANSLATE_NOOP("Messages", "This record no longer exists; it was deleted elsewhere."),
    "archived": QT_TRANSLATE_NOOP(
        "Messages", "Account {code} is archived: restore it (Restore, on its form) to record anything on it."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Messages", "Only a manager may do this."),
    "last_manager": QT_TRANSLATE_NOOP("Messages", "The office needs at least one active manager."),
    "error": QT_TRANSLATE_NOOP("Messages", "Something went wrong: {detail}"),
    "copy.not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{target} is not empty ({detail}). An office is copied into an empty database only; nothing "
        "was copied.",
    ),
    "copy.count_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The copy was rolled back: the number of rows differs for {tables}. Nothing was copied.",
    ),
    "validation": QT_TRANSLATE_NOOP("Messages", "Some of what was entered is not valid: {detail}"),
    "bad_period": QT_TRANSLATE_NOOP("Messages", "{period} is not a quarter a report can cover: {reason}."),
    "font_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "No Chinese TrueType font was found for the PDF ({detail}). Put wqy-microhei.ttc in "
        "resources/fonts/, or install Microsoft YaHei or SimSun (Windows) or WenQuanYi (Linux).",
    ),
    "report_write": QT_TRANSLATE_NOOP("Messages", "Cannot write {path}: {detail}"),
    "import_refused": QT_TRANSLATE_NOOP(
        "Messages", "{file} was not imported: {count} problems, for example {first}"
    ),
    "cancelled": QT_TRANSLATE_NOOP("Messages", "Cancelled."),
}
_FIELDS = {
    "required": QT_TRANSLATE_NOOP("Messages", "Required."),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long."),
    "duplicate": QT_TRANSLATE_NOOP("Messages", "Already in use."),
    "invalid_choice": QT_TRANSLATE_NOOP("Messages", "Not one of the choices."),
    "invalid_email": QT_TRANSLATE_NOOP("Messages", "Not an e-mail address (name@company.com)."),
    "invalid_phone": QT_TRANSLATE_NOOP("Messages", "Not a phone number (digits, spaces, +, -)."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "Ends before it starts."),
    "before_period": QT_TRANSLATE_NOOP("Messages", "Before the period it is for begins."),
    "unknown_product_line": QT_TRANSLATE_NOOP(
        "Messages", "Not a product line in the order lines or the SKU table: check its spelling."
    ),
    "not_before_today": QT_TRANSLATE_NOOP(
        "Messages", "A new rate starts today or later: what earlier contacts cost stays as it was."
    ),
    "in_future": QT_TRANSLATE_NOOP("Messages", "Cannot be in the future."),
    "rate_or_amount": QT_TRANSLATE_NOOP(
        "Messages", "Give either a rate on their purchases or a fixed amount, not both."
    ),
    "churn_needs_reasons": QT_TRANSLATE_NOOP(
        "Messages", "An account is marked churned with its date and reasons: save it, then use Mark churned…."
    ),
    "win_back_instead": QT_TRANSLATE_NOOP(
        "Messages", "The account is churned: Reactivate makes it active again."
    ),
    "in_past": QT_TRANSLATE_NOOP("Messages", "Due date is in the past."),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "Out of range."),
    "control_character": QT_TRANSLATE_NOOP(
        "Messages", "Holds an invisible control character (such as NUL): remove it."
    ),
    "already_customer": QT_TRANSLATE_NOOP("Messages", "Already a customer."),
    "not_months": QT_TRANSLATE_NOOP("Messages", "Months from 1 to 12, e.g. 11-1 or 6,7,8."),
    "both_sides": QT_TRANSLATE_NOOP(
        "Messages", "A joint team has people on both sides: one of theirs and one of ours at least."
    ),
    "at_most": QT_TRANSLATE_NOOP("Messages", "At most {n}."),  # the code is at_most_<n>
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(code: str, **params: object) -> str:
    template = _ERRORS.get(code)
    if template is None:
        return str(params.get("detail", code))
    return _tr(template).format(**params)


def describe(exc: errors.KamdeskError) -> str:
    if exc.code == "conflict" and not exc.params.get("who"):
        return error_text("conflict.unknown")
    if isinstance(exc, errors.ValidationError):
        detail = "; ".join(f"{field}: {field_error(code)}" for field, code in exc.errors.items())
        return error_text("validation", detail=detail)
    if exc.code in _ERRORS:
        try:
            return error_text(exc.code, **exc.params)
        except (KeyError, IndexError):  # raised without the parameters its wording names
            return str(exc)
    return str(exc)


def field_error(code: str) -> str:
    if code in _FIELDS:
        return _tr(_FIELDS[code])
    if (most := re.fullmatch(r"at_most_(\d+)", code)) is not None:
        return _tr(_FIELDS["at_most"]).format(n=most[1])
    return code
