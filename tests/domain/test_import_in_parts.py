"""A tidy order file is read, checked and written a part at a time (kamdesk.exchange.text_blocks and
kamdesk.exchange.stored_lines): whatever way the parts fall, the same lines are stored, the same
problems named and the same facts kept as if the file had been read whole."""

import csv
import datetime as dt
import io
import random
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from itertools import accumulate
from pathlib import Path

import pytest

from kamdesk import errors
from kamdesk.exchange import erp_files, order_import, stored_lines, text_blocks
from kamdesk.store import db, sales_facts
from kamdesk.store.models import BuyingCycle, ImportBatch, OrderLine, database
from tests.conftest import SCRIPT

ROOT = Path(__file__).resolve().parents[2]
HEADER = "客户编号,日期,物料编码,产品线,数量,金额"
INDEX = "order_line_account_id_ordered_on"


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of a few lines each, the index dropped for any file bigger than the office's lines, the
    held lines matched a few at a time, and the new days folded into the buying cycles a few at a time."""
    monkeypatch.setattr(order_import, "PART_BYTES", 128)
    monkeypatch.setattr(order_import, "BULK", 10)
    monkeypatch.setattr(stored_lines, "BATCH_LINES", 3)
    monkeypatch.setattr(sales_facts, "GROWN_AT_A_TIME", 4)


@pytest.fixture(params=["here", "ahead"])
def reading(request, monkeypatch):
    """The file read in the importing process, or ahead of it, in a process of its own (read_ahead)."""
    if request.param == "ahead":
        monkeypatch.setattr(order_import, "READ_AHEAD_BYTES", 0)
    return request.param


def write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(("\n".join([HEADER, *lines]) + "\n").encode(encoding))
    return path


def key(line: str) -> tuple:
    """A file's line as the database stores it."""
    code, day, sku, product_line, quantity, amount = line.split(",")
    return (code, day, sku, product_line, float(quantity), round(float(amount) * 100))


def stored() -> Counter:
    return Counter(
        (o.account.code, str(o.ordered_on), o.sku, o.product_line, o.quantity, o.amount_cents)
        for o in OrderLine.select()
    )


def index_exists() -> bool:
    if db.is_sqlite():
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"
    else:
        sql = "SELECT 1 FROM pg_indexes WHERE indexname = %s"
    return database.execute_sql(sql, [INDEX]).fetchone() is not None


def test_a_file_read_in_parts_stores_what_is_new_in_it_and_keeps_the_facts(
    office, tmp_path, small_parts, reading
):
    rng = random.Random(7)
    days = [dt.date(2026, 3, 2) + dt.timedelta(days=7 * week) for week in range(12)]  # March to May
    base = [f"KA00{1 + i % 2},{days[i % 12]},SKU-{i % 5},饮料,{1 + i % 3},{10 + i}.50" for i in range(30)]
    order_import.import_orders(write(tmp_path, "base.csv", base), actor=SCRIPT)
    file = [
        *rng.sample(base, 12),  # stored already
        *[f"KA001,{day},SKU-9,乳品,1,5" for day in days[:4]],  # more on days the account has
        "KA002,2026-03-05,SKU-1,饮料,2,20", "KA002,2026-04-17,SKU-1,饮料,2,20",  # new days inside its span
        "KA001,2025-12-30,SKU-2,饮料,1,8", "KA001,2026-01-20,SKU-2,饮料,1,8",  # before its first day
        "KA002,2026-07-01,SKU-3,乳品,4,40", "KA002,2026-09-09,SKU-3,乳品,4,40",  # after its last
    ]  # fmt: skip
    file += [file[0], file[12], base[20], base[20]]  # a stored line twice adds one; a new line twice, two
    rng.shuffle(file)
    parts = []
    path = write(tmp_path, "erp.csv", file)
    result = order_import.import_orders(path, progress=lambda done, total: parts.append(done), actor=SCRIPT)
    assert len(parts) > 4  # read in parts
    before = Counter(map(key, base))
    new = Counter(map(key, file)) - before  # each line as many times as the file has it more than the office
    assert (result.lines, result.new) == (len(file), sum(new.values()))
    assert stored() == before + new
    assert sales_facts.differences() == [] and index_exists()
    assert ImportBatch.select().order_by(ImportBatch.id.desc()).get().new_lines == sum(new.values())
    again = order_import.import_orders(write(tmp_path, "again.csv", list(reversed(file))), actor=SCRIPT)
    assert again.new == 0 and stored() == before + new and sales_facts.differences() == []


def test_problems_in_every_part_are_named_with_their_lines_and_nothing_is_written(
    office, tmp_path, small_parts, reading
):
    lines = [f"KA001,2026-10-{1 + i % 28:02d},SKU-{i},饮料,1,{i}" for i in range(40)]
    lines[3] = "KA404,2026-10-01,SKU-1,饮料,1,1"
    lines[21] = "KA001,2026-13-01,SKU-1,饮料,1,1"
    lines[36] = "KA002,2026-10-01,SKU-1,饮料,many,1"
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(write(tmp_path, "orders.csv", lines), actor=SCRIPT)
    assert [(p.line, p.column, p.code) for p in refused.value.problems] == [
        (5, "account_code", "unknown_account"), (23, "date", "bad_date"), (38, "quantity", "not_a_number"),
    ]  # fmt: skip
    assert OrderLine.select().count() == 0 and ImportBatch.select().count() == 0
    assert sales_facts.differences() == [] and index_exists()


def test_a_gbk_file_whose_first_parts_are_plain_ascii_reads_as_gbk(office, tmp_path, small_parts):
    lines = [f"KA001,2026-10-{1 + i:02d},SKU-{i},drinks,1,{i}" for i in range(20)]
    lines += [f"KA002,2026-11-{1 + i:02d},SKU-{i},休闲食品,1,{i}" for i in range(10)]
    assert order_import.import_orders(write(tmp_path, "gbk.csv", lines, "gbk"), actor=SCRIPT).new == 30
    assert {o.product_line for o in OrderLine.select()} == {"drinks", "休闲食品"}


@pytest.mark.parametrize("part_bytes", [256, 2**30])
def test_a_file_that_turns_to_gbk_after_utf8_lines_is_refused_at_its_first_gbk_line(
    office, tmp_path, monkeypatch, part_bytes, reading
):
    monkeypatch.setattr(order_import, "PART_BYTES", part_bytes)
    utf8 = [f"KA001,2026-10-{1 + i:02d},SKU-{i},饮料,1,{i}" for i in range(20)]
    gbk = [f"KA002,2026-11-{1 + i:02d},SKU-{i},休闲食品,1,{i}" for i in range(10)]
    path = tmp_path / "mixed.csv"
    path.write_bytes("\n".join([HEADER, *utf8]).encode() + b"\n" + "\n".join(gbk).encode("gbk") + b"\n")
    with pytest.raises(errors.ImportRefusedError) as refused:
        order_import.import_orders(path, actor=SCRIPT)
    assert [(p.line, p.code) for p in refused.value.problems] == [(22, "mixed_encoding")]
    assert OrderLine.select().count() == 0


def random_csv(rng: random.Random) -> bytes:
    """Cells with commas, doubled quotes and line ends inside quotes, lines ending in LF or CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["客户编号", "日期", "金额"])  # a header: the delimiter is told from the first lines
    pieces = ["a", "客户", ",", '"', "\n", "\r\n", "12.5", " "]
    for _ in range(rng.randint(1, 60)):
        writer.writerow(["".join(rng.choices(pieces, k=rng.randint(0, 4))) for _ in range(rng.randint(1, 5))])
    return out.getvalue().replace("\n", "\r\n" if rng.random() < 0.3 else "\n").encode("utf-8")


def csv_rows(data: bytes) -> list[tuple[int, list[str]]]:
    """What the csv module reads in the whole file: each row not empty, with the line it starts on."""
    reader = csv.reader(io.StringIO(data.decode(), newline=""))
    rows, start = [], 1
    for row in reader:
        if any(row):
            rows.append((start, row))
        start = reader.line_num + 1
    return rows


def test_a_file_read_in_blocks_gives_the_rows_the_csv_module_reads_in_the_whole(tmp_path):
    rng = random.Random(11)
    path = tmp_path / "cells.csv"
    for _ in range(300):
        data = random_csv(rng)
        if b"\r\n" in data:
            data = data.replace(b"\r", b"")  # the csv module counts a lone CR in a cell as a line end
        path.write_bytes(data)
        for size in (1, 5, 40, 4096):
            blocks = list(text_blocks.blocks(path, size))
            assert b"".join(block for block, _, _ in blocks) == data
            assert [line for _, line, _ in blocks] == [
                1 + b"".join(block for block, _, _ in blocks[:i]).count(b"\n") for i in range(len(blocks))
            ]
            assert [done for _, _, done in blocks] == list(accumulate(len(block) for block, _, _ in blocks))
            parts = list(erp_files.text_parts(path, size))
            assert [row for part in parts for row in part.rows] == csv_rows(data)


def test_an_inch_mark_before_a_cell_holding_a_line_end_is_read_as_the_whole_file_reads_it(
    office, tmp_path, small_parts
):
    lines = ['KA001,2026-10-01,PIPE 12",饮料,1,10'] + [
        f"KA002,2026-10-02,SKU-{i},饮料,1,{i}" for i in range(30)
    ]
    lines.append('KA001,2026-10-03,SKU-X,"饮料\n冷藏",1,5')
    lines += [f"KA002,2026-10-04,SKU-{i},乳品,1,{i}" for i in range(30)]
    path = write(tmp_path, "orders.csv", lines)
    assert order_import.import_orders(path, actor=SCRIPT).new == 62
    assert stored()[("KA001", "2026-10-03", "SKU-X", "饮料\n冷藏", 1.0, 500)] == 1
    assert stored()[("KA001", "2026-10-01", 'PIPE 12"', "饮料", 1.0, 1000)] == 1


def test_a_kill_after_several_parts_leaves_the_office_as_it_was(office, tmp_path, database_url, reading):
    """And a process reading ahead, left without its importer, ends too, even while it waits to
    send a part bigger than the pipe holds."""
    base = [f"KA001,2026-0{m}-10,SKU-1,饮料,1,{m}" for m in range(3, 7)]
    order_import.import_orders(write(tmp_path, "base.csv", base), actor=SCRIPT)
    count, part_bytes = (3000, 8192) if reading == "here" else (40_000, 2**18)  # ~250 or ~7,000 lines a part
    lines = [
        f"KA00{1 + i % 2},2026-{1 + i % 11:02d}-{1 + i % 28:02d},SKU-{i},饮料,1,{i}" for i in range(count)
    ]
    path = write(tmp_path, "big.csv", lines)
    facts_before = sales_facts.differences(), stored()
    db.close_database()
    script = textwrap.dedent(f"""
        import os, signal
        from kamdesk.store import db
        from kamdesk.actor import Actor
        from kamdesk.exchange import order_import
        import multiprocessing
        order_import.PART_BYTES, order_import.BULK = {part_bytes}, 100  # the index dropped
        order_import.READ_AHEAD_BYTES = {0 if reading == "ahead" else 2**40}
        db.open_database({database_url!r})
        parts = []
        def progress(done, total):
            parts.append(done)
            if len(parts) == 3:  # three parts written: die as kill -9 would
                readers = [child.pid for child in multiprocessing.active_children()]
                open({str(tmp_path / "readers")!r}, "w").write(" ".join(map(str, readers)))
                os.kill(os.getpid(), signal.SIGKILL)
        if __name__ == "__main__":
            order_import.import_orders({str(path)!r}, progress=progress, actor=Actor.command_line())
    """)
    # (a reader left running would hold the output open: the timeout fails the test, not hangs it)
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    readers = [int(pid) for pid in (tmp_path / "readers").read_text().split()]
    assert len(readers) == (1 if reading == "ahead" else 0)
    for pid in readers:
        assert _ends_within(pid, seconds=30)
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", database_url],
                           capture_output=True, text=True)  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    db.open_database(database_url)
    assert (sales_facts.differences(), stored()) == facts_before
    assert ImportBatch.select().count() == 1 and index_exists()
    assert order_import.import_orders(path, actor=SCRIPT).new == count and sales_facts.differences() == []


def _ends_within(pid: int, seconds: float) -> bool:
    import os
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


ERP_HEADER = "客户编码,单据日期,存货编码,产品线,数量,无税金额,要求交期,发货日期,实发数量,加急"


def erp_file(tmp_path, name, lines):
    """An ERP's export: a title and a period above the header, a total at the foot, in GBK."""
    text = "\n".join(["销售出库明细表", "期间:2026年9月", ERP_HEADER, *lines, "合计,,,,,999999,,,,"]) + "\n"
    path = tmp_path / name
    path.write_bytes(text.encode("gbk"))
    return path


def stored_with_delivery() -> Counter:
    return Counter(
        (o.account_id, str(o.ordered_on), o.sku, o.product_line, o.quantity, o.amount_cents,
         o.requested_on and str(o.requested_on), o.delivered_on and str(o.delivered_on), o.delivered_quantity,
         o.urgent)
        for o in OrderLine.select()
    )  # fmt: skip


def read_whole(path) -> Counter:
    """The file's lines as the ERP reader gives them reading it whole (the import's own path before it
    read in parts)."""
    found = erp_files.locate(path)
    read = erp_files.read_lines(found.sheet, found.header, "without_tax", found.chosen)
    assert not read.problems and read.delivery is not None
    return Counter(
        zip(read.account_ids, read.dates, read.skus, read.product_lines, read.quantities, read.cents,
            *read.delivery.columns(), strict=True)
    )  # fmt: skip


def test_an_erp_export_read_in_parts_stores_its_lines_and_brings_their_delivery(
    office, tmp_path, small_parts
):
    rng = random.Random(3)
    lines = []
    for i in range(120):
        day = dt.date(2026, 9, 1) + dt.timedelta(days=i % 28)
        shipped = i % 3 != 0  # a third not yet shipped when the file was taken
        promised, sent = day + dt.timedelta(days=3), day + dt.timedelta(days=2) if shipped else ""
        lines.append(f"KA00{1 + i % 2},{day},BEV-{i % 7},饮料,{1 + i % 5},{10 + i},{promised},{sent},"
                     f"{1 + i % 5 if shipped else ''},{rng.choice(['是', '否', ''])}")  # fmt: skip
    first = erp_file(tmp_path, "sept.csv", lines)
    parts = []
    result = order_import.import_orders(first, progress=lambda done, total: parts.append(done), actor=SCRIPT)
    assert len(parts) > 4 and (result.lines, result.new) == (120, 120)
    assert stored_with_delivery() == read_whole(first)
    everything_shipped = [line.replace(",,,", f",2026-10-0{1 + i % 9},1,") if ",,," in line else line
                          for i, line in enumerate(lines)]  # fmt: skip
    unshipped = sum(",,," in line for line in lines)
    more = [f"KA002,2026-09-30,BEV-9,饮料,1,{i},2026-10-03,2026-10-02,1,否" for i in range(5)]
    later = erp_file(tmp_path, "sept-later.csv", list(reversed(everything_shipped)) + more)
    again = order_import.import_orders(later, actor=SCRIPT)
    assert (again.new, again.updated) == (5, unshipped)
    assert stored_with_delivery() == read_whole(later)
    assert sales_facts.differences() == []


def test_cancel_while_a_refused_file_is_still_being_checked_stops_it(office, tmp_path, small_parts, reading):
    lines = ["KA404,2026-10-01,SKU-1,饮料,1,1"] + [f"KA001,2026-10-01,SKU-{i},饮料,1,{i}" for i in range(60)]
    parts = []
    with pytest.raises(errors.CancelledError):
        order_import.import_orders(write(tmp_path, "orders.csv", lines), actor=SCRIPT,
                                   progress=lambda done, total: parts.append(done),
                                   cancelled=lambda: len(parts) >= 3)  # fmt: skip
    assert len(parts) == 3 and OrderLine.select().count() == 0 and ImportBatch.select().count() == 0


def test_new_days_inside_long_histories_fold_into_the_buying_cycles(office, tmp_path, monkeypatch):
    """Days far from the ones next to them (looked up on their own), days near them (read in the
    window), a day before an account's first with one inside: each cycle as a recomputation has it."""
    monkeypatch.setattr(sales_facts, "WINDOW_DAYS", 10)
    history = [
        f"KA001,{day},SKU-1,饮料,1,10" for day in ("2024-01-05", "2024-06-01", "2026-06-01", "2026-06-20")
    ]
    history += [f"KA002,2025-{m:02d}-15,SKU-1,饮料,1,10" for m in range(1, 13)]
    order_import.import_orders(write(tmp_path, "history.csv", history), actor=SCRIPT)
    later = ["KA001,2025-01-01,SKU-2,饮料,1,5", "KA001,2026-06-10,SKU-2,饮料,1,5",  # far, and near
             "KA002,2024-12-01,SKU-2,饮料,1,5", "KA002,2025-07-02,SKU-2,饮料,1,5",  # before first, inside
             "KA002,2025-07-15,SKU-3,饮料,1,5"]  # fmt: skip  # a day it has: no new day
    order_import.import_orders(write(tmp_path, "late.csv", later), actor=SCRIPT)
    assert sales_facts.differences() == []
    cycles = {c.account.code: (c.order_days, c.gaps) for c in BuyingCycle.select()}
    assert cycles["KA001"][0] == 6 and cycles["KA002"][0] == 14


def test_a_later_part_going_further_back_still_finds_the_lines_stored_on_its_days(
    office, tmp_path, small_parts
):
    """The office's days are read from the first part's days on; a part reaching years further back
    reads those too, so a line stored then is not written twice."""
    history = ["KA001,2023-01-10,SKU-1,饮料,1,10", "KA001,2026-06-01,SKU-1,饮料,1,10"]
    order_import.import_orders(write(tmp_path, "history.csv", history), actor=SCRIPT)
    file = [
        "KA001,2026-06-01,SKU-1,饮料,1,10",  # stored
        "KA001,2026-05-04,SKU-2,饮料,1,5", "KA001,2026-05-05,SKU-2,饮料,1,5",  # new days inside the span
        "KA001,2026-05-06,SKU-2,饮料,1,5", "KA001,2026-05-07,SKU-2,饮料,1,5",
        "KA001,2023-01-10,SKU-1,饮料,1,10",  # stored, three years before the first part's days
        "KA001,2023-01-11,SKU-1,饮料,1,10",  # a new day beside it
    ]  # fmt: skip
    parts = []
    result = order_import.import_orders(write(tmp_path, "back.csv", file), actor=SCRIPT,
                                        progress=lambda done, total: parts.append(done))  # fmt: skip
    assert len(parts) >= 3  # the stored lines fall in different parts
    assert result.new == 5
    assert stored() == Counter(map(key, history)) + Counter(map(key, file[1:5] + file[6:]))
    assert sales_facts.differences() == []


def test_new_days_folded_in_without_the_days_read_by_the_import_read_only_the_days_around_them(
    office, tmp_path, monkeypatch
):
    """add_days on its own (no stored days handed over) reads a window around the new days, and
    looks up a neighbour outside it on its own: the cycles equal a recomputation."""
    monkeypatch.setattr(sales_facts, "WINDOW_DAYS", 10)
    history = [f"KA001,{day},SKU-1,饮料,1,10" for day in ("2024-01-05", "2024-06-01", "2024-06-20")]
    history += ["KA002,2025-01-15,SKU-1,饮料,1,10", "KA002,2025-03-15,SKU-1,饮料,1,10"]
    order_import.import_orders(write(tmp_path, "history.csv", history), actor=SCRIPT)
    before = database.execute_sql("SELECT MAX(id) FROM order_line").fetchone()[0]
    ids = {code: account_id for account_id, code in database.execute_sql("SELECT id, code FROM account")}
    new = [("KA001", "2024-03-01"), ("KA001", "2024-06-10"), ("KA001", "2023-12-01"), ("KA002", "2025-02-01")]
    with database.atomic():
        for code, day in new:  # written as the import writes them, its facts left to add_days
            OrderLine.insert(account=ids[code], ordered_on=day, sku="SKU-9", product_line="饮料", quantity=1,
                             amount_cents=100).execute()  # fmt: skip
        pairs = sorted((ids[code] << 32) | dt.date.fromisoformat(day).toordinal() for code, day in new)
        import numpy as np

        sales_facts.add_days(np.array(pairs, dtype=np.int64), before)
    cycles = [problem for problem in sales_facts.differences() if problem.startswith("buying_cycle")]
    assert cycles == []
    assert {c.account.code: c.order_days for c in BuyingCycle.select()} == {"KA001": 6, "KA002": 3}


def test_parts_sent_by_a_reading_process_arrive_as_the_lines_read_here(tmp_path):
    """What a reading process sends (new_lines.CodedLines: each column's distinct values and a number
    a line) arrives, once pickled and unpickled, as the very lines the importing process reads, with
    numpy columns that agree with them; a part that needs the line-by-line check travels as it is."""
    import math
    import pickle

    import numpy as np

    codes = {f"ka{n:03d}": n for n in range(1, 40)}
    pick = random.Random(4)
    rows = [f"KA{pick.randint(1, 39):03d},2026-0{1 + n % 9}-{1 + n % 28:02d},SKU-{n % 7},"
            f"{pick.choice(['饮料', ''])},{n % 5 - 1}{'.5' if n % 4 else ''},{n * 1.25:.2f}"
            for n in range(400)]  # fmt: skip
    rows[250] = rows[250].replace(",SKU-", ", SKU-")  # a SKU with a space before it: mapped, not as written
    rows[:4] = [
        f"KA001,2026-01-05,SKU-1,饮料,{q},1.00" for q in ("0", "-0", "0.0", "-0.0")
    ]  # equal, not the same
    path = write(tmp_path, "orders.csv", rows)
    here = list(order_import.checked_parts(path, None, codes, 2048))
    sent = [
        pickle.loads(pickle.dumps(part)) for part in order_import.checked_parts(path, None, codes, 2048, True)
    ]
    assert len(here) == len(sent) > 3
    for (lines, problems, done, total), (arrived, *rest) in zip(here, sent, strict=True):
        assert arrived == lines and rest == [problems, done, total] and not problems
        assert [math.copysign(1, q) for q in arrived.quantities] == [
            math.copysign(1, q) for q in lines.quantities
        ]
        known = arrived.known
        assert known.accounts.tolist() == lines.account_ids and known.cents.tolist() == lines.cents
        for (values, numbers), column in (
            (known.dates, lines.dates),
            (known.product_lines, lines.product_lines),
        ):
            assert np.array(values, dtype=object)[numbers].tolist() == column
    assert sum(len(part[0]) for part in sent) == 400
    bad = write(tmp_path, "bad.csv", [*rows[:5], "KA001,2026-13-01,SKU-1,饮料,1,1.00"])
    ((lines, problems, *_),) = list(order_import.checked_parts(bad, None, codes, 1 << 20, True))
    assert [p.line for p in problems] == [7] and pickle.loads(pickle.dumps(lines)) == lines
