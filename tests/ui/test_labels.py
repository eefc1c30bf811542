"""Shares shown as whole percentages read the same everywhere and add up to 100%."""

import itertools

from ui.common.labels import percents


def test_percentages_add_up_to_100_and_stay_within_a_point_of_the_exact_share():
    for counts in itertools.product((0, 1, 3, 14, 16, 22, 29, 97), repeat=4):
        if not sum(counts):
            continue
        shown = percents(dict(zip("abcd", counts, strict=True)))
        assert sum(shown.values()) == 100
        for key, n in zip("abcd", counts, strict=True):
            assert abs(shown[key] - n * 100 / sum(counts)) < 1
    assert percents({"loyal": 22, "neutral": 29, "disloyal": 16, "unknown": 14}) == {
        "loyal": 27, "neutral": 36, "disloyal": 20, "unknown": 17}  # fmt: skip
    assert percents({"a": 0, "b": 0}) == {"a": 0, "b": 0}
