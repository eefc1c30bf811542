"""A big file read on a second core while the import writes on the first.

Reading a text file and checking its cells is Python's work a line at a time, and so is writing the
lines: in one process they take turns, and one thread cannot overlap them (the interpreter runs one
thread at a time). `items` runs the generator that reads and checks in a process of its own and
hands its parts over as they come, at most AHEAD parts ahead, so the import writes part n while part
n + 1 is read. The process only reads the file: the database stays with the import, in its one
transaction, and whatever the reading raises is raised again here, as it was raised there.

The process is started by "spawn" on every platform (a fresh interpreter, as Windows always does),
never by forking a process that holds a database connection and, in the app, Qt's threads; the
installed app calls multiprocessing.freeze_support() first thing (main.py) for that."""

from __future__ import annotations

import multiprocessing
import pickle
import queue
import traceback
from collections.abc import Callable, Generator, Iterator
from typing import Any

from kamdesk import errors
from kamdesk.exchange.importing import collector_paused

AHEAD = 2  # parts read and waiting: the reading's memory, and slack for an uneven part
POLL_SECONDS = 1.0  # how often each side checks that the other is still there


def items(function: Callable[..., Iterator[Any]], *args: Any) -> Generator[Any, None, None]:
    """The items of `function(*args)` (a module-level generator function, its arguments picklable),
    made in a process of its own. Closing this generator (or leaving a loop over it) stops that
    process. Where no process can be started (a locked-down PC), they are made here, only slower."""
    context = multiprocessing.get_context("spawn")
    channel = context.Queue(maxsize=AHEAD)
    process = context.Process(target=_produce, args=(channel, function, args), daemon=True)
    try:
        process.start()
    except OSError:
        channel.close()
        yield from function(*args)
        return
    try:
        while True:
            kind, value = _next_message(channel, process)
            if kind == "done":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        if process.is_alive():
            process.terminate()
        process.join()
        channel.close()


def _next_message(channel, process) -> tuple[str, Any]:
    while True:
        try:
            return channel.get(timeout=POLL_SECONDS)
        except queue.Empty:
            if process.is_alive():
                continue
        try:  # it ended: its last message may still be on its way
            return channel.get(timeout=POLL_SECONDS)
        except queue.Empty:
            raise errors.ReadingStoppedError(code=process.exitcode) from None


def _produce(channel, function: Callable[..., Iterator[Any]], args: tuple) -> None:
    """In the reading process: each item, then ("done", None), or the error that stopped it."""
    try:
        with collector_paused():  # as in the importing process: the parts are many small objects
            for item in function(*args):
                _put(channel, ("item", item))
        _put(channel, ("done", None))
    except _ParentGoneError:
        return
    except BaseException as exc:  # raised again in the importing process
        _put(channel, ("error", _picklable(exc)))


class _ParentGoneError(Exception):
    pass


def _put(channel, message: tuple[str, Any]) -> None:
    """Wait for room on the channel, as long as the importing process is there to make it."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            channel.put(message, timeout=POLL_SECONDS)
            return
        except queue.Full:
            if parent is not None and not parent.is_alive():
                raise _ParentGoneError() from None


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # an exception that cannot cross: its account can
        return RuntimeError("".join(traceback.format_exception(exc)))
    return exc
