"""The bundled Chinese font (scripts/subset_font.py) still draws everything an office writes."""

from fontTools.ttLib import TTCollection

from kamdesk.paths import resource_path


def _characters() -> set[int]:
    collection = TTCollection(str(resource_path("fonts", "wqy-microhei.ttc")))
    assert len(collection.fonts) == 1
    return set(collection.fonts[0].getBestCmap())


def _gbk_hanzi() -> list[str]:
    """Every Chinese character GBK encodes (GB2312's 6,763 and the 14,240 GBK added)."""
    found = []
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                character = bytes((lead, trail)).decode("gbk")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= character <= "\u9fff":
                found.append(character)
    return found


def test_every_chinese_character_of_gbk_is_drawn():
    characters = _characters()
    hanzi = _gbk_hanzi()
    assert len(hanzi) > 20_000
    missing = [c for c in hanzi if ord(c) not in characters]
    assert missing == []


def test_names_punctuation_and_latin_are_drawn_and_korean_is_not():
    characters = _characters()
    text = "喆堃玥昇燊犇淼鑫 ，。：；（）【】《》“”、·—…¥ ABCxyz 0123456789 %‰€ αβ ★→ ぁア"
    assert [c for c in text if ord(c) not in characters] == []
    assert ord("한") not in characters  # left out on purpose: the office writes Chinese and English
