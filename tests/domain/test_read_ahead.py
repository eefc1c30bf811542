"""A file read ahead in a process of its own (kamdesk.exchange.read_ahead): its parts arrive in order,
what stops the reading is raised in the importer as it was raised there, and the reading process never
outlives its use."""

import os
import signal
import threading
import time

import pytest

from kamdesk import errors
from kamdesk.exchange import read_ahead
from kamdesk.exchange.importing import Problem


def numbers(count: int):
    yield os.getpid()
    yield from range(count)


def refused_after(count: int):
    yield from range(count)
    problem = Problem(7, "date", "bad_date", "2026-13-01")
    raise errors.ImportRefusedError(file="orders.csv", problems=[problem])


class OddError(Exception):
    def __init__(self, a, b):  # not the arguments pickle gives it back
        super().__init__(f"{a} and {b}")


def odd_error():
    yield 1
    raise OddError("left", "right")


def dies():
    yield 1
    os._exit(3)


def big_part():
    yield os.getpid()
    yield b"x" * (32 * 2**20)  # far more than the pipe holds: its sending waits for the importer
    yield "never"


def stalls():
    yield 1
    time.sleep(600)


class Unpicklable:
    def __reduce__(self):
        raise MemoryError("no memory to pickle a part")


def cannot_send():
    yield 1
    yield Unpicklable()
    yield 3


def within(seconds: float, call):
    """What `call()` returns or raises, run on a thread: a call that hangs fails the test instead."""
    outcome: list = []

    def run():
        try:
            outcome.append(("returned", call()))
        except BaseException as exc:
            outcome.append(("raised", exc))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still waiting after {seconds} s"
    return outcome[0]


def test_the_items_arrive_in_order_from_another_process():
    got = list(read_ahead.items(numbers, 1000))
    assert got[0] != os.getpid() and got[1:] == list(range(1000))


def test_an_import_error_raised_by_the_reading_is_raised_in_the_importer_with_its_problems():
    got = []
    with pytest.raises(errors.ImportRefusedError) as refused:
        for item in read_ahead.items(refused_after, 3):
            got.append(item)
    assert got == [0, 1, 2]
    assert [(p.line, p.column, p.code, p.value) for p in refused.value.problems] == [
        (7, "date", "bad_date", "2026-13-01")
    ]
    assert str(refused.value).startswith("orders.csv was not imported: 1 problems")


def test_an_error_that_cannot_cross_arrives_as_its_traceback():
    with pytest.raises(RuntimeError, match="OddError: left and right"):
        list(read_ahead.items(odd_error))


def test_a_reading_process_that_dies_stops_the_import_with_a_clear_error():
    with pytest.raises(errors.ReadingStoppedError, match="code 3"):
        list(read_ahead.items(dies))


def test_leaving_early_ends_the_reading_process():
    items = read_ahead.items(numbers, 10**9)  # far more than the channel holds: it waits for room
    reader = next(items)
    assert next(items) == 0
    items.close()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(reader, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the reading process outlived its use")


def test_where_no_process_can_be_started_the_items_are_made_here(monkeypatch):
    import multiprocessing.context

    def refused(self):
        raise PermissionError("process creation blocked")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    got = list(read_ahead.items(numbers, 5))
    assert got == [os.getpid(), 0, 1, 2, 3, 4]


def test_a_reader_killed_while_sending_a_part_stops_the_import_with_a_clear_error():
    items = read_ahead.items(big_part)
    reader = next(items)
    time.sleep(1)  # the reader is now part way through sending the big part
    os.kill(reader, signal.SIGKILL)
    kind, value = within(30, lambda: next(items))
    assert kind == "raised" and isinstance(value, errors.ReadingStoppedError)


def test_cancel_is_heard_while_the_reader_is_still_reading():
    asked = []
    items = read_ahead.items(stalls, cancelled=lambda: len(asked) > 0)
    assert next(items) == 1
    asked.append(True)
    kind, value = within(30, lambda: next(items))
    assert kind == "raised" and isinstance(value, errors.CancelledError)
    items.close()


def test_a_part_that_cannot_be_sent_stops_the_reading_it_is_never_dropped():
    got = []
    with pytest.raises(MemoryError, match="no memory to pickle a part"):
        for item in read_ahead.items(cannot_send):
            got.append(item)
    assert got == [1]
