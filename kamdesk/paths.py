"""Where KAMDesk keeps its files: user data, logs, bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from kamdesk import APP_NAME


def platform_dirs(kind: type = PlatformDirs):
    """KAMDesk's folders on this platform (`kind`: platformdirs' class for another, in tests). Not
    roaming, no vendor folder: Windows keeps the office in %LOCALAPPDATA%\\KAMDesk and the log in
    %LOCALAPPDATA%\\KAMDesk\\Logs; Linux in ~/.local/share/KAMDesk and ~/.local/state/KAMDesk/log."""
    return kind(appname=APP_NAME, appauthor=False)


_dirs = platform_dirs()
DB_ENV_VAR = "KAMDESK_DB"
DEFAULT_DB_NAME = "kamdesk.sqlite3"


def user_data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def user_cache_dir() -> Path:
    return Path(_dirs.user_cache_dir)


def user_log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_database() -> str:
    """The database a seat opens when nothing else is asked for."""
    return str(user_data_dir() / DEFAULT_DB_NAME)


def resolve_database(cli_value: str | None, chosen: str | None = None) -> str:
    """`--db` wins over `KAMDESK_DB`, which wins over the seat's own choice (File → Database…), which
    wins over the default file."""
    return cli_value or os.environ.get(DB_ENV_VAR) or chosen or default_database()


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a source checkout and in the frozen app alike."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)
