"""The PostgreSQL password file (~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf on Windows), where a
seat keeps its server password instead of KAMDesk's settings. libpq reads it on every connection.

Lines are host:port:database:user:password; ':' and '\\' inside a field are escaped with '\\'.
"""

from __future__ import annotations

import os
from pathlib import Path

from kamdesk.store import backups
from kamdesk.store.safe_write import write_text


def password_file(platform: str = os.name) -> Path:
    """Where libpq looks: $PGPASSFILE, else the platform's default (`platform`: os.name)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if platform == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def remember(host: str, port: int, database: str, user: str, password: str, path: Path | None = None) -> Path:
    """Store (or replace) the password for exactly this server, database and user; other lines are
    kept as they were. The file is readable by its owner only, as libpq requires."""
    path = path or password_file()
    key = [_escape(str(v)) for v in (host, port, database, user)]
    kept = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if _split(line)[:4] != key:
                kept.append(line)
    kept.append(":".join([*key, _escape(password)]))
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\n".join(kept) + "\n"
    write_text(path, text)  # mkstemp: mode 0600
    backups.private(path)  # on Windows the file lies in the user's %APPDATA%: its rights apply
    return path


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _split(line: str) -> list[str]:
    """The escaped fields of a line, as written (so they compare with _escape's output)."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields
