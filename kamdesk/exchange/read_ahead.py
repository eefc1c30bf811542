"""A big file read on a second core while the import writes on the first.

Reading a text file and checking its cells is Python's work a line at a time, and so is writing the
lines: in one process they take turns, and one thread cannot overlap them (the interpreter runs one
thread at a time). `items` runs the generator that reads and checks in a process of its own and
hands its parts over as they come, so the import writes part n while part n + 1 is read. The process
only reads the file: the database stays with the import, in its one transaction, and whatever the
reading raises is raised again here, as it was raised there.

The parts travel through a one-way pipe whose sending end only the reading process holds, pickled and
sent on its main thread: the pipe holds about one part (a sender waits until the part before is
taken), and each side hears at once when the other is gone (the importer reads the pipe's end, the
reader cannot send). A part is never dropped: if one cannot be sent, the reading stops, and says why.

The process is started by "spawn" on every platform (a fresh interpreter, as Windows always does),
never by forking a process that holds a database connection and, in the app, Qt's threads; the
installed app calls multiprocessing.freeze_support() first thing (main.py) for that."""

from __future__ import annotations

import multiprocessing
import pickle
import traceback
from collections.abc import Callable, Generator, Iterator
from typing import Any

from kamdesk import errors
from kamdesk.exchange.importing import collector_paused

POLL_SECONDS = 0.5  # how often a wait for the next part listens for Cancel


def items(
    function: Callable[..., Iterator[Any]], *args: Any, cancelled: Callable[[], bool] | None = None
) -> Generator[Any, None, None]:
    """The items of `function(*args)` (a module-level generator function, its arguments picklable),
    made in a process of its own. Closing this generator (or leaving a loop over it) stops that
    process; so does `cancelled`, heard while waiting for an item (CancelledError). Where no process
    can be started (a locked-down PC), the items are made here, only slower, and arrive as they
    would have from the other process (pickled and unpickled: kamdesk.exchange.new_lines.CodedLines)."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_produce, args=(sending, function, args), daemon=True)
    try:
        process.start()
    except OSError:
        receiving.close()
        sending.close()
        for item in function(*args):
            yield pickle.loads(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))
        return
    sending.close()  # the reading process's copy is the only one left: its end is the pipe's end
    try:
        while True:
            kind, value = _next_message(receiving, process, cancelled)
            if kind == "done":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        if process.is_alive():
            process.terminate()
        process.join()
        receiving.close()


def _next_message(receiving, process, cancelled: Callable[[], bool] | None) -> tuple[str, Any]:
    try:
        while not receiving.poll(POLL_SECONDS):  # True with a message, or at the pipe's end
            if cancelled and cancelled():
                raise errors.CancelledError()
        return receiving.recv()
    except (EOFError, OSError):  # the reading process ended without a word, or in mid-part
        process.join()
        raise errors.ReadingStoppedError(code=process.exitcode) from None


class _ImporterGoneError(Exception):
    pass


def _produce(sending, function: Callable[..., Iterator[Any]], args: tuple) -> None:
    """In the reading process: each item, then ("done", None), or the error that stopped it."""
    try:
        try:
            with collector_paused():  # as in the importing process: the parts are many small objects
                for item in function(*args):
                    _send(sending, ("item", item))
            message: tuple[str, Any] = ("done", None)
        except _ImporterGoneError:
            raise
        except BaseException as exc:  # raised again in the importing process
            message = ("error", _picklable(exc))
        _send(sending, message)
    except _ImporterGoneError:
        return  # nobody is waiting for the rest
    finally:
        sending.close()


def _send(sending, message: tuple[str, Any]) -> None:
    """Send `message`, waiting while the importer is busy with the part before. An item that
    cannot be pickled raises its error here, in the reading process, and stops the reading."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        sending.send_bytes(data)
    except OSError as exc:  # the importer's end is closed: it ended
        raise _ImporterGoneError() from exc


def _picklable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # an exception that cannot cross: its account can
        return RuntimeError("".join(traceback.format_exception(exc)))
    return exc
