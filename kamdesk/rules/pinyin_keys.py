"""Chinese names as reps search for them: by full pinyin ("beijing" for 北京福邦) or by initials
("bjfb"), as Chinese business software lets them.

pypinyin (MIT, maintained since 2013) gives each character its reading in context from a phrase
dictionary, which is what handles most polyphonic characters (重庆 chongqing, 银行 yinhang, 长沙
changsha); hand-written tables get exactly these wrong. A person's surname is the exception phrases
do not cover (单 is shan as a surname, 曾 zeng), so a person's name also gets its surname's other
readings. Readings are worked out once per text and kept for the process's life."""

from __future__ import annotations

import re
from functools import lru_cache

CHINESE = re.compile(r"[\u3400-\u9fff]")
RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff\s]+")  # Chinese, or anything else but spaces


def searchable(text: str, person: bool = False) -> str:
    """The pinyin forms a search may type for `text`, joined by \\x1f: full pinyin, then initials (and
    the surname's other readings for a person); "" when the text holds no Chinese."""
    if not CHINESE.search(text):
        return ""
    return _forms(text, person)


@lru_cache(maxsize=200_000)
def _forms(text: str, person: bool) -> str:
    from pypinyin import Style, lazy_pinyin, pinyin

    # Each Chinese run read as a phrase (its context picks the reading); anything else kept as it is,
    # whole in the initials too: TCL科技 is "tclkeji" and "tclkj".
    parts: list[tuple[str, bool]] = []  # (syllable or other text, is a syllable)
    for run in RUNS.findall(text):
        if CHINESE.match(run):
            parts += [(s.lower(), True) for s in lazy_pinyin(run)]
        else:
            parts.append((run.lower(), False))

    def initials(items: list[tuple[str, bool]]) -> str:
        return "".join(s[:1] if spoken else s for s, spoken in items)

    forms = ["".join(s for s, _ in parts), initials(parts)]
    if person and parts and parts[0][1]:
        for reading in pinyin(text[0], style=Style.NORMAL, heteronym=True)[0]:
            if reading != parts[0][0]:
                other = [(reading, True), *parts[1:]]
                forms += ["".join(s for s, _ in other), initials(other)]
    return "\x1f".join(dict.fromkeys(forms)).casefold()
