"""A text file read a block of whole lines at a time, its encoding told apart as it goes, so that a
file of any size is read in bounded memory (a 300 MB export would otherwise be held as bytes, as
text and as cells at once).

The encoding is the whole file's, as if it had been read at once: UTF-8 (with or without BOM) when
every line is, else GB18030 (which covers GBK); refused, naming the line, when lines disagree (some
UTF-8, some not: pasted together from two sources) or a line is neither. A newline byte is never
part of a character in UTF-8 or GB18030, so a file cut at newlines cuts between characters.

A block ends at a newline outside quotes: a quoted cell may hold newlines, and a CSV file quotes by
doubling, so a cut after an even number of quote characters is outside any quoted cell."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

BLOCK_BYTES = 16 * 2**20
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


def blocks(path: Path, size: int = BLOCK_BYTES) -> Iterator[tuple[bytes, int, int]]:
    """(bytes of whole lines, the line they start on, bytes read so far), block by block; the last
    block holds whatever follows the last newline. A UTF-16 file comes whole, as one block."""
    with path.open("rb") as file:
        head = file.read(2)
        if head.startswith(UTF16_BOMS):
            yield head + file.read(), 1, path.stat().st_size
            return
        pending, line, done, quotes = head, 1, len(head), 0
        whole = size >= 2**40  # sys.maxsize: the whole file, in one block
        while data := file.read(-1 if whole else size):
            done += len(data)
            pending += data
            cut = len(pending) if whole or len(data) < size else _cut(pending, quotes)  # short: the end
            if cut:
                part, pending = pending[:cut], pending[cut:]
                yield part, line, done - len(pending)
                quotes += part.count(b'"')
                line += part.count(b"\n")
        if pending:
            yield pending, line, done


def _cut(data: bytes, quotes_before: int) -> int:
    """Just past the last newline of `data` outside quotes, or 0 if there is none."""
    end = data.rfind(b"\n")
    inside = end >= 0 and (quotes_before + data.count(b'"', 0, end)) % 2
    while inside:  # step back a line at a time until the quotes before it are balanced
        previous = data.rfind(b"\n", 0, end)
        inside = previous >= 0 and (inside + data.count(b'"', previous, end)) % 2
        end = previous
    return end + 1
