import json

from ui.common.pinyin_order import PinyinOrder

NAMES = {"上海华联", "北京燕莎", "广州友谊", "第10分公司", "第2分公司"}
PINYIN = ["北京燕莎", "第2分公司", "第10分公司", "广州友谊", "上海华联"]  # bei, di 2, di 10, guang, shang


def in_order(ranks: dict[str, int]) -> list[str]:
    return sorted(ranks, key=ranks.get)


def test_texts_sort_by_pinyin_with_numbers_by_value(tmp_path):
    assert in_order(PinyinOrder().ranks("name", NAMES)) == PINYIN


def test_the_next_start_reads_the_order_from_the_cache_until_a_new_name_appears(tmp_path):
    cache = tmp_path / "account-order.json"
    PinyinOrder(cache).ranks("name", NAMES)
    saved = json.loads(cache.read_text(encoding="utf-8"))
    assert saved["orders"]["name"] == PINYIN
    saved["orders"]["name"].reverse()  # an order only the cache could give
    cache.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")

    assert in_order(PinyinOrder(cache).ranks("name", NAMES)) == PINYIN[::-1]  # read, not sorted
    fewer = NAMES - {"广州友谊"}
    ranks = PinyinOrder(cache).ranks("name", fewer)
    assert sorted(fewer, key=ranks.get) == [n for n in PINYIN[::-1] if n != "广州友谊"]  # still known
    with_new = PinyinOrder(cache).ranks("name", NAMES | {"成都春熙"})  # cheng: sorted again
    assert in_order(with_new) == ["北京燕莎", "成都春熙", *PINYIN[1:]]
    assert json.loads(cache.read_text(encoding="utf-8"))["orders"]["name"] == in_order(with_new)


def test_a_damaged_or_foreign_cache_is_ignored_and_replaced(tmp_path):
    cache = tmp_path / "account-order.json"
    cache.write_text("{not json", encoding="utf-8")
    assert in_order(PinyinOrder(cache).ranks("name", NAMES)) == PINYIN
    assert json.loads(cache.read_text(encoding="utf-8"))["orders"]["name"] == PINYIN
    other_qt = {"stamp": "Qt 5.15, zh_CN, numeric", "orders": {"name": PINYIN[::-1]}}
    cache.write_text(json.dumps(other_qt, ensure_ascii=False), encoding="utf-8")
    assert in_order(PinyinOrder(cache).ranks("name", NAMES)) == PINYIN
