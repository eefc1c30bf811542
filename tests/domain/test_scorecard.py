"""The scorecard against cards worked out by hand from seed 003's step 4."""

import datetime as dt

from kamdesk.rules.scorecard import Facts, Targets, Trigger, in_territory, score

TODAY = dt.date(2026, 11, 23)
TARGETS = Targets(
    industries=("餐饮连锁", "Hotels"),
    titles=("总经理", "Purchasing Director"),
    territories=("华东", "Guangzhou"),
    trigger_kinds=("merger", "new_plant"),
    weights={"industry": 2, "title": 1, "territory": 0, "trigger": 2},
)


def test_a_prospect_that_meets_every_target_scores_each_line_as_worked_out_by_hand():
    facts = Facts(
        industry="餐饮连锁", title="总经理", territory="华东/上海",
        triggers=(Trigger(dt.date(2026, 10, 1), "merger", "与同行合并", 7),),
        sold_before=True, reference_customer=False, personally_involved=True,
    )  # fmt: skip
    card = score(TARGETS, facts, TODAY)
    # industry 2 + title 1 + territory 0 + trigger 2 + sold before 1 + reference 0 + involved 2 = 8
    assert [(line.key, line.points, line.most) for line in card.lines] == [
        ("industry", 2, 2), ("title", 1, 1), ("territory", 0, 0), ("trigger", 2, 2),
        ("sold_before", 1, 1), ("reference_customer", 0, 1), ("personally_involved", 2, 2),
    ]  # fmt: skip
    assert card.total == 8 and card.most == 9
    assert not card.set_aside and card.trigger.id == 7
    assert card.line("trigger").value == "与同行合并"


def test_no_trigger_found_gives_zero_but_keeps_the_prospect_on_the_list():
    facts = Facts(industry="hotels", title="purchasing  director", territory="华南/Guangzhou")
    card = score(TARGETS, facts, TODAY)
    # 2 + 1 + 0 + 0 (no trigger) + 0 + 0 + 0 = 3
    assert card.total == 3
    assert card.line("trigger").reason == "none_found"
    assert not card.set_aside


def test_only_recent_events_of_a_target_kind_count_and_the_newest_wins():
    triggers = (
        Trigger(dt.date(2026, 1, 5), "merger", "old merger", 1),  # over 180 days ago
        Trigger(dt.date(2026, 11, 1), "new_tender", "not a target kind", 2),
        Trigger(dt.date(2026, 8, 1), "new_plant", "plant", 3),
        Trigger(dt.date(2026, 10, 20), "merger", "recent merger", 4),
        Trigger(dt.date(2026, 12, 1), "merger", "dated in the future", 5),
    )
    card = score(TARGETS, Facts("Hotels", "总经理", "华东", triggers), TODAY)
    assert card.trigger.id == 4 and card.line("trigger").points == 2
    stale = score(TARGETS, Facts("Hotels", "总经理", "华东", triggers[:2]), TODAY)
    assert stale.trigger is None and stale.line("trigger").reason == "no_recent"
    assert stale.total == 3


def test_a_prospect_outside_the_targets_is_set_aside_with_the_reasons():
    card = score(TARGETS, Facts(industry="建材", title="采购经理", territory="华东/苏州"), TODAY)
    assert card.set_aside_because == ("industry", "title")
    assert card.line("industry").points == 0 and card.line("territory").reason == "target"


def test_territory_matches_the_region_or_one_of_its_parts():
    assert in_territory("华东/上海", "华东") and in_territory("华东/上海", "上海")
    assert in_territory("华东/上海", " 华东/上海 ")
    assert not in_territory("华东/上海", "华") and not in_territory("", "华东")


def test_limits_are_named_per_field():
    too_many = Targets(("a", "b", "c", "d"), (), ("x",), ("merger", "rumour"), {"industry": 3})
    assert too_many.problems() == {
        "industries": "at_most_3", "titles": "required", "trigger_kinds": "invalid_choice",
        "weight_industry": "invalid_choice", "weight_title": "invalid_choice",
        "weight_territory": "invalid_choice", "weight_trigger": "invalid_choice",
    }  # fmt: skip
    assert TARGETS.problems() == {}
    assert Targets(("a", "A"), ("t",), ("x",), (), TARGETS.weights).problems() == {"industries": "duplicate"}
