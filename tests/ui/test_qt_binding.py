"""Guards against a Qt binding bug that would crash a long session (PySide6 6.12.0)."""

import gc
import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    sig_ping = Signal(int)
    """Emitted by the test."""


def test_emitting_signals_does_not_leak_references_to_true():
    emitter = Emitter()
    emitter.sig_ping.connect(lambda value: None)
    gc.collect()
    before = sys.getrefcount(True)
    for i in range(5000):
        emitter.sig_ping.emit(i)
    gc.collect()
    # Each leaked reference brings the interpreter closer to "bool_dealloc" and an abort.
    assert sys.getrefcount(True) - before > -100
