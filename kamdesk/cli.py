"""The command line: one argparse tree. With no command, main.py starts the desktop app."""

from __future__ import annotations

import argparse
import sys

from kamdesk import __version__, errors
from kamdesk.paths import resolve_database


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamdesk", description="KAMDesk: key-account management for a distributor's sales office."
    )
    parser.add_argument("--version", action="version", version=f"KAMDesk {__version__}")
    _add_db(parser, None)
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a demo office")
    _add_db(demo, argparse.SUPPRESS)
    demo.add_argument("--accounts", type=_positive, default=300, help="how many accounts (300)")
    demo.add_argument("--seed", type=int, default=1, help="same seed, same office (1)")

    check = commands.add_parser("check", help="check a database read-only: integrity, version, counts")
    _add_db(check, argparse.SUPPRESS)
    return parser


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="database file, sqlite:///PATH or postgresql://... (default: $KAMDESK_DB, then the "
        "user data folder)",
    )


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace) -> int:
    handler = {"demo": _demo, "check": _check}[args.command]
    try:
        return handler(args)
    except errors.KamdeskError as exc:
        print(f"kamdesk {args.command}: {exc}", file=sys.stderr)
        return 1


def _demo(args: argparse.Namespace) -> int:
    from kamdesk import db, demo

    target = resolve_database(args.db)
    db.open_database(target)
    try:
        counts = demo.fill_demo(accounts=args.accounts, seed=args.seed)
    finally:
        db.close_database()
    print(f"demo office written to {target}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def _check(args: argparse.Namespace) -> int:
    from kamdesk import db, migrations

    target = resolve_database(args.db)
    opened = db.open_readonly(target)
    try:
        problems = db.integrity_problems()
        if problems:
            raise errors.CorruptDatabaseError(path=target, detail="; ".join(problems[:3]))
        counts = db.table_counts()
    finally:
        db.close_database()
    listed = ", ".join(f"{name}: {n}" for name, n in counts.items())
    version = f"schema version {opened.schema_version}"
    if opened.schema_version < migrations.SCHEMA_VERSION:
        version += f", upgraded to {migrations.SCHEMA_VERSION} when KAMDesk next opens it"
    print(f"ok: {target} ({version}); {listed}")
    return 0
