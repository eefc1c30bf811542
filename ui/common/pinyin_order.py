"""Chinese (pinyin) order of the accounts table's texts, remembered between starts.

Names are entered in Chinese whatever the interface language, so the table's text columns sort the
way a Chinese reader expects (ICU's collation, through QCollator). Sorting 5,000 names that way takes
25-35 ms: a sort key per name, then a sort that compares them through Qt. A start that finds the
same texts as the last one reads their order from the seat's cache instead (a few ms); any text the
cache does not know makes it sort them all again, and remember that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, qVersion

from kamdesk.store import safe_write


class PinyinOrder:
    def __init__(self, cache: Path | None = None) -> None:
        self._collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self._collator.setNumericMode(True)  # 第2分公司 before 第10分公司
        self._cache = cache
        self._stamp = f"Qt {qVersion()}, zh_CN, numeric"  # a new Qt may bring a new ICU
        self._orders: dict[str, list[str]] | None = None  # per field, as read from or written to the cache
        self._ranks: dict[str, dict[str, int]] = {}

    def ranks(self, field: str, texts: set[str]) -> dict[str, int]:
        """Each text's position in pinyin order (texts of one field, e.g. the accounts' names)."""
        ranks = self._ranks.get(field)
        if ranks is None:
            ranks = self._ranks[field] = {text: i for i, text in enumerate(self._read().get(field, ()))}
        if not texts <= ranks.keys():
            ordered = sorted(texts, key=self._collator.sortKey)
            ranks = self._ranks[field] = {text: i for i, text in enumerate(ordered)}
            self._write(field, ordered)
        return ranks

    def _read(self) -> dict[str, list[str]]:
        if self._orders is None:
            saved = safe_write.read_kept(self._cache) if self._cache else None
            # none yet, unreadable or another Qt's: sort, then write a good one
            fitting = isinstance(saved, dict) and saved.get("stamp") == self._stamp
            orders = saved.get("orders", {}) if fitting else {}
            self._orders = {k: v for k, v in orders.items() if isinstance(v, list)}
        return self._orders

    def _write(self, field: str, ordered: list[str]) -> None:
        orders = self._read()
        orders[field] = ordered
        if self._cache is not None:  # a cache: if it cannot be written, the next start sorts again
            safe_write.keep(self._cache, {"stamp": self._stamp, "orders": orders})
