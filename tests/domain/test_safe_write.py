"""A save that fails part-way leaves the last saved file as it was, and no temporary file."""

import stat
from pathlib import Path

import pytest

from kamdesk import errors
from kamdesk.store import safe_write
from kamdesk.store.safe_write import write_whole


def test_a_failed_save_keeps_the_previous_file(tmp_path):
    target = tmp_path / "review.pdf"
    target.write_bytes(b"last saved")

    def half_then_crash(temp: str) -> None:
        Path(temp).write_bytes(b"half")
        raise KeyboardInterrupt  # the user cancelled, or the program was stopped

    with pytest.raises(KeyboardInterrupt):
        write_whole(target, half_then_crash)
    assert target.read_bytes() == b"last saved"
    assert [p.name for p in tmp_path.iterdir()] == ["review.pdf"]


def test_a_disk_error_names_the_file(tmp_path):
    target = tmp_path / "orders.csv"

    def disk_full(temp: str) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(errors.ReportWriteError) as caught:
        write_whole(target, disk_full)
    assert str(target) in str(caught.value) and "No space left" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_good_save_replaces_the_file(tmp_path):
    target = tmp_path / "accounts.csv"
    target.write_text("old")
    write_whole(target, lambda temp: Path(temp).write_text("new"))
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["accounts.csv"]


def test_a_kept_file_round_trips_and_a_bad_one_reads_as_nothing(tmp_path):
    kept = tmp_path / "seat" / "stamps.json"
    safe_write.keep(kept, {"办公室": "2026-11-23T09:00:00"})  # the folder is made
    assert safe_write.read_kept(kept) == {"办公室": "2026-11-23T09:00:00"}
    kept.write_text("{half", encoding="utf-8")
    assert safe_write.read_kept(kept) is None
    assert safe_write.read_kept(tmp_path / "missing.json") is None
    blocked = tmp_path / "a-file"
    blocked.write_text("x", encoding="utf-8")
    safe_write.keep(blocked / "stamps.json", {"a": 1})  # its folder cannot be made: nothing raised
    assert blocked.read_text(encoding="utf-8") == "x"


def test_what_a_killed_writer_left_is_removed_by_the_next_write(tmp_path):
    import os

    busy = tmp_path / ".kamdesk-def456.part"  # another writer, still at work
    busy.write_bytes(b"being written")
    left = tmp_path / ".kamdesk-abc123.part"
    left.write_bytes(b"half a report")
    written = busy.stat().st_mtime  # the file system's time, not the (maybe faked) clock's
    os.utime(left, (written - 600, written - 600))
    safe_write.write_text(tmp_path / "review.txt", "done")
    assert not left.exists() and busy.exists()
    assert stat.S_IMODE((tmp_path / "review.txt").stat().st_mode) == 0o600
