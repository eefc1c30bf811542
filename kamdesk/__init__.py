"""KAMDesk domain: key-account data, services and reports. Never imports Qt."""

import sys

__version__ = "0.1.0"
APP_NAME = "KAMDesk"


def _import_peewee_without_its_postgresql_driver() -> None:
    """peewee imports psycopg2 (and with it ssl) as it loads: 30 ms of every start, of a seat that
    may never see a server. Hide it from that first import; kamdesk.store.db's adapter imports it when a
    server is first connected (db.Psycopg2OnConnect)."""
    if "peewee" in sys.modules or "psycopg2" in sys.modules:
        return
    sys.modules["psycopg2"] = None  # type: ignore[assignment]  # `import psycopg2` raises ImportError
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg2"]


_import_peewee_without_its_postgresql_driver()
