"""Guards against a Qt binding bug that would crash a long session (PySide6 6.12.0): each emitted
signal dropped a reference to True, and after enough of them the interpreter aborts in bool_dealloc.
On Python 3.12 and newer True is immortal, its count never moves and the bug cannot crash; the
probe below is then useless, and the tests say so instead of passing a check that cannot fail."""

import ctypes
import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal

IMMORTAL_TRUE = sys.version_info >= (3, 12)
needs_counted_true = pytest.mark.skipif(IMMORTAL_TRUE, reason="True is immortal: nothing can leak it")


class Emitter(QObject):
    sig_ping = Signal(int)
    """Emitted by the test."""


def references_to_true_lost_by(action) -> int:
    gc.collect()
    before = sys.getrefcount(True)
    action()
    gc.collect()
    return before - sys.getrefcount(True)


@needs_counted_true
def test_the_probe_sees_references_to_true_being_lost():
    def drop_ten():
        for _ in range(10):
            ctypes.pythonapi.Py_DecRef(ctypes.py_object(True))

    try:
        assert references_to_true_lost_by(drop_ten) == 10
    finally:
        for _ in range(10):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


@needs_counted_true
def test_emitting_signals_does_not_leak_references_to_true():
    emitter = Emitter()
    emitter.sig_ping.connect(lambda value: None)

    def emit_many():
        for i in range(5000):
            emitter.sig_ping.emit(i)

    assert references_to_true_lost_by(emit_many) < 100
