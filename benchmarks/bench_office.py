"""The office features on a 5,000-account demo: what the audit trail adds to a save, the seats'
change check, a backup, and copying the office to PostgreSQL (when KAMDESK_TEST_PG_COPY names an
empty scratch database; see scripts/start_test_postgres.sh).

    .venv/bin/python benchmarks/bench_office.py [--accounts 5000]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kamdesk import demo
from kamdesk.actor import Actor
from kamdesk.services import accounts, changes, people
from kamdesk.store import audit, backups, copying, db
from kamdesk.store.models import Account, database


def median_ms(action, repeat: int = 50) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=5_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    path = work / "office.sqlite3"
    db.open_database(str(path))
    me = people.create_rep("王经理", actor=Actor.command_line())
    started = time.perf_counter()
    demo.fill_demo(accounts=args.accounts, seed=1)
    print(f"office: {args.accounts} accounts, {path.stat().st_size / 1e6:.0f} MB "
          f"(demo written in {time.perf_counter() - started:.1f} s)")  # fmt: skip
    ids = [a for (a,) in Account.select(Account.id).limit(50).tuples()]
    drafts = [accounts.get_account(i) for i in ids]
    turn = iter(range(10**6))

    def save() -> None:
        n = next(turn)
        draft = accounts.get_account(ids[n % len(ids)])
        accounts.save_account(dataclasses.replace(draft, address=f"人民路 {n} 号"), actor=me)

    with_trail = median_ms(save)
    database.execute_sql("DROP TRIGGER temp.kamdesk_audit_account_update")
    without = median_ms(save)
    audit.install_sqlite_triggers(database.connection())
    print(f"save an account: {with_trail:.2f} ms with the audit trail, {without:.2f} ms without")
    print(f"seats' change check: {median_ms(changes.change_stamp, 200):.3f} ms")
    history = median_ms(lambda: changes.account_history(ids[0]), 20)
    count = len(changes.account_history(ids[0]))
    print(f"an account's Changes tab data: {history:.1f} ms ({count} changes)")
    del drafts
    db.close_database()

    started = time.perf_counter()
    made = backups.make_backup(path, work / "backups")
    print(f"backup: {time.perf_counter() - started:.2f} s for {made.stat().st_size / 1e6:.0f} MB")

    target = os.environ.get("KAMDESK_TEST_PG_COPY")
    if not target:
        print("copy to PostgreSQL: skipped (KAMDESK_TEST_PG_COPY not set)")
        return
    from tests.conftest import empty_postgres

    empty_postgres(target)
    started = time.perf_counter()
    result = copying.copy_office(str(path), target)
    rows = sum(result.counts.values())
    print(f"copy to PostgreSQL: {rows} rows in {time.perf_counter() - started:.1f} s, counts checked")


if __name__ == "__main__":
    main()
