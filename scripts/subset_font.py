"""Make the bundled Chinese font (resources/fonts/wqy-microhei.ttc) from WenQuanYi Micro Hei: 5.2 → 3.3 MB.

Upstream's collection holds two faces (proportional and Mono) drawing the same 49,531 glyphs, of
which 11,266 are Korean Hangul. KAMDesk writes Chinese and English only, so this keeps the
proportional face with every character it maps except Hangul: all 20,932 CJK ideographs of GBK, kana,
Latin, Greek, Cyrillic and the symbols, with their layout features and hinting. Change noted in
LICENSE-wqy-microhei.txt (Apache-2.0, section 4(b)).

Usage (Debian's copy: apt-get install fonts-wqy-microhei):
    python scripts/subset_font.py /usr/share/fonts/truetype/wqy/wqy-microhei.ttc \
        resources/fonts/wqy-microhei.ttc
"""

from __future__ import annotations

import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xD7B0, 0xD7FF))


def kept(codepoint: int) -> bool:
    return not any(low <= codepoint <= high for low, high in HANGUL)


def main(source: str, target: str) -> None:
    font = TTCollection(source).fonts[0]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = True
    options.notdef_outline = True
    options.legacy_kern = True
    options.drop_tables = ["FFTM"]  # FontForge's timestamps
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[cp for cp in font.getBestCmap() if kept(cp)])
    subsetter.subset(font)
    collection = TTCollection()
    collection.fonts = [font]  # still a .ttc: every place that opens the font keeps its name
    collection.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2])
