"""A text file read a block of whole lines at a time, its encoding told apart as it goes, so that a
file of any size is read in bounded memory (a 300 MB export would otherwise be held as bytes, as
text and as cells at once).

The encoding is the whole file's, as if it had been read at once: UTF-8 (with or without BOM) when
every line is, else GB18030 (which covers GBK); refused, naming the line, when lines disagree (some
UTF-8, some not: pasted together from two sources) or a line is neither. A newline byte is never
part of a character in UTF-8 or GB18030, so a file cut at newlines cuts between characters.

A block may end inside a quoted cell that holds line ends: `records` reads a block's CSV records as
the csv module reads the whole file (a quote opens a quoted cell only at a cell's start, so an inch
mark in a plain cell is just a character) and hands back the text of a record still open at the end,
to be read with the next block."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from kamdesk.rules.validation import has_control_bytes, has_control_characters

_T = TypeVar("_T")

BLOCK_BYTES = 8 * 2**20  # a file read a block at a time: 300 MB in 8 MB blocks, 450 MB at most held
PREVIEW_BYTES = 2**20
MAX_CARRIED = 64 * 2**20  # a quoted cell open longer than this (never closed) is read as it stands
OPEN_RECORD_PROBE = "\x00kamdesk: a record closes before this line\x00\n"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # as Excel saves "Unicode text"


class EncodingError(ValueError):
    """The file is not in one encoding KAMDesk reads: at `line` (0: the whole file), `code` says why
    (mixed_encoding, unreadable_encoding)."""

    def __init__(self, line: int, code: str) -> None:
        super().__init__(f"line {line}: {code}")
        self.line, self.code = line, code


class Decoder:
    """Decodes a file's blocks in order, deciding the file's encoding as the blocks come."""

    def __init__(self) -> None:
        self.encoding = ""  # "utf-8", "utf-8-sig", "gb18030" or "utf-16" once the first block is read
        self._utf8_line = False  # a line seen that only UTF-8 reads (not ASCII, decodes as UTF-8)
        self._first_other = 0  # the first line that is not UTF-8, once one is seen

    def decode(self, block: bytes, first_line: int = 1) -> str:
        if not self.encoding:
            if block.startswith(UTF16_BOMS):  # blocks() gives such a file whole
                return self._utf16(block)
            if block.startswith(b"\xef\xbb\xbf"):
                block, self.encoding = block[3:], "utf-8-sig"
            else:
                self.encoding = "utf-8"
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            return self._not_utf8(block, first_line)
        if not block.isascii():
            if self._first_other:  # UTF-8 after lines that are not
                raise EncodingError(self._first_other, "mixed_encoding")
            self._utf8_line = True
        return text

    def _not_utf8(self, block: bytes, first_line: int) -> str:
        lines = block.decode("utf-8", errors="replace").split("\n")
        utf8_here = any("\ufffd" not in line and not line.isascii() for line in lines)
        if not self._first_other:
            self._first_other = first_line + next(n for n, line in enumerate(lines) if "\ufffd" in line)
        if self.encoding == "utf-8-sig" or self._utf8_line or utf8_here:  # the BOM, or a UTF-8 line
            raise EncodingError(self._first_other, "mixed_encoding")
        self.encoding = "gb18030"
        try:
            return block.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise EncodingError(first_line + block.count(b"\n", 0, exc.start), "unreadable_encoding") from exc

    def _utf16(self, data: bytes) -> str:
        self.encoding = "utf-16"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(0, "unreadable_encoding") from exc


def blocks(path: Path, size: int | None = BLOCK_BYTES) -> Iterator[tuple[bytes, int, int]]:
    """(bytes of whole lines, the line they start on, bytes read so far), block by block (`size`
    None: the whole file at once); the last block holds whatever follows the last newline. A UTF-16
    file comes whole, as one block."""
    with path.open("rb") as file:
        head = file.read(2)
        if head.startswith(UTF16_BOMS) or size is None or size >= path.stat().st_size:
            yield head + file.read(), 1, path.stat().st_size
            return
        pending, line, done = head, 1, len(head)
        while data := file.read(size):
            done += len(data)
            pending += data
            cut = len(pending) if len(data) < size else pending.rfind(b"\n") + 1  # short: the end
            if cut:
                part, pending = pending[:cut], pending[cut:]
                yield part, line, done - len(pending)
                line += part.count(b"\n")
        if pending:
            yield pending, line, done


def parsed(
    path: Path, size: int | None, decoder: Decoder, parse: Callable[[str, int, bool], tuple[_T, str]]
) -> Iterator[tuple[_T, int, bool]]:
    """(what `parse` read, bytes read up to the block's end, whether the block holds control
    characters such as NUL), block by block. `parse(text, first_line, final)` reads a block's whole
    lines and returns, unless `final`, the text of a last record still open (`records`); that text is
    read again at the front of the next block. A quote never closed is carried no further than
    MAX_CARRIED: the text is then read as it stands."""
    carried, carried_from = "", 1
    for data, first_line, read_to in blocks(path, size):
        control = has_control_bytes(data)
        text = decoder.decode(data, first_line)
        del data
        if carried:
            text, first_line = carried + text, carried_from
        read, carried = parse(text, first_line, size is None or len(text) > MAX_CARRIED)
        carried_from = first_line + text.count("\n", 0, len(text) - len(carried))
        del text
        yield read, read_to, control
        del read  # a part is let go of before the next is read: never two in memory
    if carried:
        read, _ = parse(carried, carried_from, True)
        yield read, path.stat().st_size, has_control_characters(carried)


def head(path: Path, size: int = PREVIEW_BYTES) -> bytes:
    """The whole lines of a file's first `size` bytes (all of a smaller file, or of a UTF-16 one's
    first bytes cut at a character), for a preview."""
    with path.open("rb") as file:
        data = file.read(size)
    if len(data) < size:
        return data
    if data.startswith(UTF16_BOMS):
        return data[: len(data) // 2 * 2]
    return data[: data.rfind(b"\n") + 1] or data


@dataclass
class Records:
    """A block's CSV records: each one's cells and the lines it starts and ends on, counted as in the
    file (`starts` and `ends` None when every record is one line: record i is line first_line + i),
    and the text of a last record still open at the block's end, to be read with the next block."""

    cells: list[list[str]]
    first_line: int
    starts: list[int] | None = None
    ends: list[int] | None = None
    carried: str = ""


def records(text: str, delimiter: str, first_line: int, final: bool) -> Records:
    """The CSV records of `text` (its first line the file's `first_line`); unless `final`, a last
    record a quoted cell keeps open is left out and carried. The csv module reads `text` followed by
    a line of its own: a closed record leaves that line a record alone; an open one swallows it."""
    source = text if final else text + OPEN_RECORD_PROBE
    everything = list(csv.reader(io.StringIO(source, newline=""), delimiter=delimiter))
    physical = source.count("\n") + (0 if source.endswith("\n") or not source else 1)
    if len(everything) == physical:  # no record spans lines (the usual file): no numbering to keep
        if not final:
            everything.pop()  # the probe, a record alone
        return Records(everything, first_line)
    reader = csv.reader(io.StringIO(source, newline=""), delimiter=delimiter)
    cells, starts, ends = [], [], []
    start = 1
    for row in reader:
        cells.append(row)
        starts.append(first_line - 1 + start)
        ends.append(first_line - 1 + reader.line_num)
        start = reader.line_num + 1
    found = Records(cells, first_line, starts, ends)
    if final:
        return found
    opened, row = starts.pop(), cells.pop()
    ends.pop()
    if row != [OPEN_RECORD_PROBE.strip("\n")]:
        at = 0
        for _ in range(opened - first_line):  # the open record's first line, within `text`
            at = text.index("\n", at) + 1
        found.carried = text[at:]
    return found
