"""Rebuild Qt's ICU data library with only what KAMDesk can use: 31 MB → about 5 MB.

PySide6's Linux wheels link Qt Core against ICU, whose data library carries every locale's names,
currencies, units, collations and dictionaries. KAMDesk speaks Chinese and English and asks ICU for
one thing, the pinyin collation behind the account list's sort (QCollator). This keeps the
locale-independent data (normalisation, properties, break rules, time zones, plural rules) and the
root, en* and zh* locales; it drops the other languages, the word-break dictionaries (Qt breaks text
itself), transliterators, legacy code-page converters (KAMDesk decodes files in Python) and the
table of Unicode character names (u_charName, which Qt never calls).

Needs ICU's `icupkg` (Debian: icu-devtools) and a C compiler. Usage:
    python scripts/trim_icu.py SOURCE/libicudata.so.73 OUT/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "zh")
_LOCALE = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]*)?$")


def wanted(item: str) -> bool:
    """Whether an item of the ICU data package (e.g. "coll/zh.res") stays."""
    folder, _, name = item.rpartition("/")
    stem, _, ext = name.rpartition(".")
    if ext == "dict" or folder == "translit" or ext == "cnv" or name == "unames.icu":
        return False
    if ext == "res" and stem != "res_index" and (locale := _LOCALE.match(stem)):
        return locale.group(1) in KEPT_LANGUAGES
    return True


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The icudtNN_dat symbol's name, file offset and size."""
    symbols = subprocess.run(
        ["readelf", "--dyn-syms", "-W", str(library)], capture_output=True, text=True, check=True
    )
    match = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)", symbols.stdout
    )
    if match is None:
        raise SystemExit(f"{library}: no icudtNN_dat symbol; is this ICU's data library?")
    address, size, section, name = int(match[1], 16), int(match[2], 0), int(match[3]), match[4]
    sections = subprocess.run(
        ["readelf", "-S", "-W", str(library)], capture_output=True, text=True, check=True
    )
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections.stdout)
    section_address, section_offset = int(row[1], 16), int(row[2], 16)
    return name, address - section_address + section_offset, size


def trim(source: Path, target: Path) -> None:
    for tool in ("icupkg", "readelf", "cc"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"trim_icu: `{tool}` not found (Debian: apt-get install icu-devtools binutils gcc)"
            )
    symbol, offset, size = data_symbol(source)
    package = symbol.removesuffix("_dat") + "l"  # e.g. icudt73l, the name icupkg expects
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with source.open("rb") as f:
            f.seek(offset)
            (work / "in").mkdir()
            (work / "in" / f"{package}.dat").write_bytes(f.read(size))
        listing = subprocess.run(
            ["icupkg", "-l", f"in/{package}.dat"], cwd=work, capture_output=True, text=True, check=True
        )
        dropped = [item for item in listing.stdout.split() if not wanted(item)]
        (work / "dropped.txt").write_text("\n".join(dropped) + "\n")
        # --ignore-deps: the break rules name the dictionaries, which only ICU's own word breaking
        # reads; Qt breaks text with its own tables.
        subprocess.run(
            # The output's file name is the package name ICU looks its items up by: keep it.
            ["icupkg", "--ignore-deps", "-r", "dropped.txt", f"in/{package}.dat", f"{package}.dat"],
            cwd=work,
            check=True,
            stderr=subprocess.DEVNULL,
        )
        (work / "data.S").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{package}.dat"\n\t.size {symbol}, .-{symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "cc",
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{source.name}",
                "-o",
                str(target.resolve()),
                "data.S",
            ],
            cwd=work,
            check=True,
        )
    before, after = source.stat().st_size / 1e6, target.stat().st_size / 1e6
    print(
        f"trim_icu: {source.name} {before:.1f} MB → {after:.1f} MB "
        f"({len(dropped)} of {len(listing.stdout.split())} items dropped)"
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    trim(Path(sys.argv[1]), Path(sys.argv[2]))
