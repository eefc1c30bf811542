"""Every QSettings key the app uses, with its default, in one place. UI state only: business
settings live in the database."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray, QSettings

LANGUAGE = "ui/language"  # "" follows the system, else "zh_CN" or "en"
DATABASE = "db/target"  # this seat's database (a file path or a postgresql:// URL without password)
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
ACCOUNTS_SPLITTER = "accounts/splitter"
ACCOUNTS_HEADER = "accounts/header-v2"  # v2: the value columns (older states had fewer sections)
SEAT_REP = "seat/rep/"  # + a hash of the database target: who uses this seat on that database

DEFAULTS: dict[str, object] = {
    LANGUAGE: "",
    DATABASE: "",
    WINDOW_GEOMETRY: QByteArray(),
    WINDOW_STATE: QByteArray(),
    ACCOUNTS_SPLITTER: QByteArray(),
    ACCOUNTS_HEADER: QByteArray(),
}


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings()

    def value(self, key: str):
        default = DEFAULTS.get(key)
        value = self._store.value(key, default)
        if isinstance(default, str) and value is None:
            return default
        return value

    def set_value(self, key: str, value: object) -> None:
        self._store.setValue(key, value)

    def seat_rep(self, database_target: str) -> int | None:
        value = self._store.value(SEAT_REP + _digest(database_target))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_seat_rep(self, database_target: str, rep_id: int) -> None:
        self._store.setValue(SEAT_REP + _digest(database_target), rep_id)

    def sync(self) -> None:
        self._store.sync()


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
