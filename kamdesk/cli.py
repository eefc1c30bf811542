"""The command line: one argparse tree. With no command, main.py starts the desktop app."""

from __future__ import annotations

import argparse
import sys

from kamdesk import __version__, errors
from kamdesk.actor import Actor
from kamdesk.paths import resolve_database
from kamdesk.store import storage_faults


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

    check = commands.add_parser(
        "check", help="check a database read-only: integrity, version, counts, sales facts against the lines"
    )
    _add_db(check, argparse.SUPPRESS)
    rebuild = "build the sales facts again from the order lines (this writes: after a check found them wrong)"
    check.add_argument("--rebuild-facts", action="store_true", help=rebuild)

    importer = commands.add_parser(
        "import", help="import order lines (an ERP's export as it is), the account list or a prospect list"
    )
    what = importer.add_subparsers(dest="import_kind", metavar="WHAT", required=True)
    kinds_help = (
        ("orders", "order lines: an ERP's sales export (.xlsx, .xls, .csv, .txt) or KAMDesk's six columns"),
        ("accounts", "the account master list: code, name, industry, region, ..."),
        ("prospects", "a prospect list: name, industry, region, contact, title, trigger_date, ..."),
        (
            "sku-lines",
            "the office's SKU -> product line table: sku, product_line (for ERP files without one)",
        ),
        (
            "incentives",
            "rebate and promotion agreements: account_code, kind, title, starts_on, ends_on, rate_percent "
            "or promised, due_on, paid_on, paid",
        ),
    )
    for name, text in kinds_help:
        sub = what.add_parser(name, help=text)
        sub.add_argument(
            "file",
            help="a .csv (UTF-8 or GBK) or .xlsx file" + (", .xls or .txt" if name == "orders" else ""),
        )
        _add_db(sub, argparse.SUPPRESS)
        if name == "orders":
            sub.add_argument(
                "--map",
                action="append",
                default=[],
                metavar="HEADER=FIELD",
                help="read the file's column HEADER as FIELD (account_code, account_name, date, sku, "
                "quantity, amount, amount_with_tax, cost, category, product_line, ...); repeatable",
            )
            sub.add_argument(
                "--header-line", type=int, metavar="N", help="the header is on the sheet's row N"
            )
            sub.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read")  # fmt: skip

    exporter = commands.add_parser(
        "export", help="export accounts, visits, ledger or order lines to CSV/XLSX"
    )
    exporter.add_argument("dataset", choices=("accounts", "visits", "ledger", "orders"))
    exporter.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="a .csv (UTF-8 with BOM) or .xlsx file"
    )
    _add_db(exporter, argparse.SUPPRESS)

    copy = commands.add_parser(
        "copy", help="copy a whole office into an empty database, e.g. a PC's file to the server"
    )
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL", help="the office")
    copy.add_argument("--to", dest="target", required=True, metavar="URL_OR_PATH",
                      help="an empty database, e.g. postgresql://kamdesk@server/office")  # fmt: skip

    backup = commands.add_parser("backup", help="back up an SQLite office (rotating, or into one file)")
    _add_db(backup, argparse.SUPPRESS)
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup here instead of the "
                        "backups folder (where 7 daily, 4 weekly and 12 monthly are kept)")  # fmt: skip
    restore = commands.add_parser("restore", help="put a backup in place of the database (backed up first)")
    restore.add_argument("backup_file", metavar="BACKUP", help="a backup file")
    _add_db(restore, argparse.SUPPRESS)

    selftest = commands.add_parser(
        "selftest", help="open the window, show every page and close: checks that an installed copy works"
    )
    _add_db(selftest, argparse.SUPPRESS)

    report = commands.add_parser("report", help="print a review as PDF")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    account = kinds.add_parser("account", help="the account review of one account")
    account.add_argument("code", help="the account's code, e.g. KA00123")
    account.add_argument("--period", help="a quarter such as 2026Q3 (default: the last full quarter)")
    quarter = kinds.add_parser("quarter", help="the quarterly portfolio review")
    quarter.add_argument("quarter", help="e.g. 2026Q3")
    quarter.add_argument("--order", choices=("risk", "owner"), default="risk",
                         help="the accounts' pages: riskiest first (default) or by owner")  # fmt: skip
    dossier = kinds.add_parser("dossier", help="the hand-over dossier of one account, for its new owner")
    dossier.add_argument("code", help="the account's code, e.g. KA00123")
    for sub in (account, quarter, dossier):
        _add_db(sub, argparse.SUPPRESS)
        sub.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="where to write the PDF")
        sub.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS,
                         help="language of the report (default: the system's)")  # fmt: skip
    for sub in (account, quarter):
        sub.add_argument("--figures", metavar="FILE.json",
                         help="also write the figures the review prints, as JSON")  # fmt: skip
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
    handler = {
        "demo": _demo, "check": _check, "report": _report, "import": _import, "export": _export,
        "copy": _copy, "backup": _backup, "restore": _restore,
    }[args.command]  # fmt: skip
    try:
        return handler(args)
    except errors.KamdeskError as exc:
        print(f"kamdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a disk, lock or server fault met outside the database's own calls
        fault = storage_faults.recognise(exc, getattr(args, "db", None) or "the database")
        if fault is None:
            raise
        print(f"kamdesk {args.command}: {fault}", file=sys.stderr)
        return 1


def _demo(args: argparse.Namespace) -> int:
    from kamdesk import demo
    from kamdesk.store import db

    target = resolve_database(args.db)
    db.open_database(target)
    try:
        counts = demo.fill_demo(accounts=args.accounts, seed=args.seed)
    finally:
        db.close_database()
    print(f"demo office written to {target}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    return 0


def _check(args: argparse.Namespace) -> int:
    from kamdesk.store import db, migrations, sales_facts

    target = resolve_database(args.db)
    if args.rebuild_facts:
        db.open_database(target)
        try:
            sales_facts.rebuild()
        finally:
            db.close_database()
        print(f"{target}: the sales facts were built again from the order lines")
    opened = db.open_readonly(target)
    try:
        problems = db.integrity_problems()
        if problems:
            raise errors.CorruptDatabaseError(path=target, detail="; ".join(problems[:3]))
        counts = db.table_counts()
        current = opened.schema_version >= migrations.SCHEMA_VERSION
        wrong = sales_facts.differences() if current else []
    finally:
        db.close_database()
    if wrong:
        print(f"{target}: the sales facts differ from the order lines:", *wrong, sep="\n  ", file=sys.stderr)
        print(f"Build them again: check --rebuild-facts --db {target}", file=sys.stderr)
        return 1
    listed = ", ".join(f"{name}: {n}" for name, n in counts.items())
    version = f"schema version {opened.schema_version}"
    if not current:
        version += f", upgraded to {migrations.SCHEMA_VERSION} when KAMDesk next opens it"
    facts = "; the sales facts equal the order lines" if current else ""
    print(f"ok: {target} ({version}); {listed}{facts}")
    return 0


def _report(args: argparse.Namespace) -> int:
    import time
    from pathlib import Path

    from kamdesk.reports import wording
    from kamdesk.reports.make import ReportRequest, make_report
    from kamdesk.rules import periods
    from kamdesk.services import accounts
    from kamdesk.store import db

    language = getattr(args, "lang", None) or _system_language()
    target = resolve_database(args.db)
    started = time.perf_counter()
    db.open_database(target)
    try:
        if args.report_kind == "dossier":
            from kamdesk.reports.make import dossier_request

            request = dossier_request(accounts.id_for_code(args.code), language)
        elif args.report_kind == "account":
            period = periods.parse_quarter(args.period) if args.period else periods.last_full_quarter()
            request = ReportRequest("account", period, language, accounts.id_for_code(args.code))
        else:
            request = ReportRequest(
                "quarter", periods.parse_quarter(args.quarter), language, order=args.order
            )
        figures = getattr(args, "figures", None)
        path = make_report(request, Path(args.output), figures=Path(figures) if figures else None)
    finally:
        db.close_database()
    title = wording.word(language, {"account": "account_review", "quarter": "quarterly_review",
                                    "dossier": "hand_over_dossier"}[request.kind])  # fmt: skip
    print(f"{path}: {title} {request.period.label}, written in {time.perf_counter() - started:.1f} s")
    if figures:
        print(f"{figures}: its figures, as JSON")
    return 0


def _import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kamdesk.exchange import importing, order_import, prospect_import
    from kamdesk.store import db

    path = Path(args.file)
    if not path.is_file():
        print(f"kamdesk import: {path} does not exist.", file=sys.stderr)
        return 1
    db.open_database(resolve_database(args.db))
    try:
        if args.import_kind == "orders":
            mapping = _mapping(args.map)
            if mapping is None:
                return 1
            result = order_import.import_orders(path, mapping, actor=Actor.command_line(),
                                                header_line=args.header_line, sheet=args.sheet)  # fmt: skip
        elif args.import_kind == "prospects":
            result = prospect_import.import_prospects(path, actor=Actor.command_line())
        elif args.import_kind == "sku-lines":
            from kamdesk.exchange import sku_lines

            result = sku_lines.import_sku_lines(path, actor=Actor.command_line())
        elif args.import_kind == "incentives":
            from kamdesk.exchange import incentive_import

            result = incentive_import.import_incentives(path, actor=Actor.command_line())
        else:
            result = importing.import_accounts(path, actor=Actor.command_line())
    except errors.ImportRefusedError as exc:
        count = len(exc.problems)
        print(
            f"kamdesk import: {path.name} was not imported; nothing was written. {count} problems:",
            file=sys.stderr,
        )
        for problem in exc.problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        if len(exc.problems) > 20:
            print(f"  ... and {len(exc.problems) - 20} more", file=sys.stderr)
        return 1
    finally:
        db.close_database()
    print(result.summary())
    return 0


def _mapping(pairs: list[str]) -> dict[str, str] | None:
    """--map 客户名称=account_name ... -> {"account_name": "客户名称"}; None (and a message) if wrong."""
    from kamdesk.exchange import erp_files, importing

    known = set(erp_files.FIELDS) | set(importing.ORDER_COLUMNS)
    mapping = {}
    for pair in pairs:
        header, _, target = pair.rpartition("=")
        if not header or target not in known:
            choices = ", ".join(sorted(known))
            print(
                f"kamdesk import: --map {pair}: write HEADER=FIELD, FIELD one of {choices}", file=sys.stderr
            )
            return None
        mapping[target] = header.strip()
    return mapping


def _export(args: argparse.Namespace) -> int:
    from kamdesk.exchange import exporting
    from kamdesk.store import db

    _open_for_reading(resolve_database(args.db))
    try:
        count = exporting.export(args.dataset, args.output)
    finally:
        db.close_database()
    print(f"{args.output}: {count} {args.dataset} rows")
    return 0


def _open_for_reading(target: str) -> None:
    """Open read-only (a file in a folder this user cannot write is exported all the same); a file of
    an older schema is opened for writing, to be upgraded first."""
    from kamdesk.store import db, migrations

    if db.open_readonly(target).schema_version < migrations.SCHEMA_VERSION:
        db.close_database()
        db.open_database(target)


def _copy(args: argparse.Namespace) -> int:
    from kamdesk.store import copying, db

    def progress(table: str, done: int) -> None:
        print(f"\r  {table}: {done}", end="", file=sys.stderr, flush=True)

    result = copying.copy_office(args.source, args.target, progress=progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"copied into {db.display_target(args.target)}, counts checked: {result.summary()}")
    return 0


def _sqlite_file(args: argparse.Namespace):
    from kamdesk.store import db

    target = resolve_database(args.db)
    path = db.sqlite_path(target)
    if path is None:
        raise errors.UnsupportedDatabaseError(target=f"{db.display_target(target)} (backups are for SQLite "
                                              "files; back up a server with pg_dump)")  # fmt: skip
    return path


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kamdesk import paths
    from kamdesk.store import backups

    path = _sqlite_file(args)
    made = backups.make_backup(path, backups.backup_folder(paths.user_data_dir()),
                               Path(args.output) if args.output else None)  # fmt: skip
    print(f"{path} backed up to {made}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kamdesk import paths
    from kamdesk.store import backups

    path = _sqlite_file(args)
    source = Path(args.backup_file)
    if not source.is_file():
        raise errors.DatabaseMissingError(path=source)
    before = backups.restore(source, path, backups.backup_folder(paths.user_data_dir()))
    kept = f"; the file it replaced was backed up to {before}" if before else ""
    print(f"{path} restored from {source}{kept}")
    return 0


def _system_language() -> str:
    import os

    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "zh_CN" if value.startswith("zh") else "en"
    return "en"
