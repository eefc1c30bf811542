"""A year of key-account work for the demo office: visits, follow-ups, complaints and praise,
loyalty assessments, each consistent with the account's tier and loyalty."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from kamdesk.rules.vocab import (
    DEFAULT_CADENCE_DAYS,
    Channel,
    FeedbackKind,
    Guarantee,
    Loyalty,
    LoyaltyBasis,
    Status,
)

CHANNEL_MIX = [
    (Channel.ONSITE, 45),
    (Channel.PHONE, 30),
    (Channel.VIDEO, 10),
    (Channel.RESIDENT, 8),
    (Channel.EVENT, 7),
]
PURPOSES = [
    "季度业务回顾,征求意见", "新品推介", "旺季备货沟通", "返利政策说明", "年度合作洽谈",
    "高层拜访,了解发展规划", "处理投诉,回访满意度", "库存与补货计划核对", "联合促销方案讨论", "了解竞品动态",
]  # fmt: skip
PROBLEMS = {  # problem text and the guarantee it concerns
    Guarantee.LOGISTICS: ["上月两次送货延迟", "急单未能按时到货", "旺季缺货,补货慢", "送货数量与订单不符"],
    Guarantee.QUALITY: ["部分批次包装破损", "一批产品保质期偏短", "客户反映产品质量不稳定"],
    Guarantee.SERVICE: ["售后电话无人接听", "对账单出错,反复沟通", "业务员更换频繁,对接不畅"],
    Guarantee.VALUE: ["价格高于竞品", "返利兑现慢", "促销支持力度不够"],
    Guarantee.COMMUNICATION: ["拜访次数太少,信息不及时", "新政策未提前通知"],
}
PRAISE = {
    Guarantee.SERVICE: ["售后响应快,问题当天解决", "业务员服务周到"],
    Guarantee.LOGISTICS: ["旺季送货准时,备货充足", "急单当天送达"],
    Guarantee.QUALITY: ["新品质量稳定,门店反馈好"],
    Guarantee.VALUE: ["返利政策清晰,兑现及时"],
    Guarantee.COMMUNICATION: ["每月例会沟通顺畅"],
}
NEEDS = [
    "明年计划新开门店,需要新品",
    "希望增加定制包装",
    "考虑扩大采购品类",
    "希望提供陈列支持",
    "需要更灵活的账期",
    "",
]
SUGGESTIONS = ["建议每月提供销售分析", "建议增加小包装规格", "希望建立高层定期会晤", ""]
COMPETITORS = ["某竞品给出 3% 额外返利", "竞品派驻促销员进店", "竞品降价 5% 抢单", "", ""]
NEXT_STEPS = [
    "提交备货方案",
    "与物流部核对送货时间",
    "安排新品样品",
    "跟进返利兑现",
    "约高层拜访",
    "发送报价单",
]
RESOLUTIONS = ["已与物流部协调,改为每周两次配送", "已补发并致歉", "已调整报价", "已安排专人对接"]
LOYALTY_NOTES = {
    Loyalty.LOYAL: "满意度调查评分高,愿意继续合作",
    Loyalty.NEUTRAL: "合作意向一般,需加强沟通",
    Loyalty.DISLOYAL: "多次投诉未解决,有转向竞品迹象",
}
ASSESSMENT_BASES = (LoyaltyBasis.SURVEY, LoyaltyBasis.VISIT, LoyaltyBasis.PURCHASES)
VISITS_PER_YEAR = {tier: round(365 / days * 0.9) for tier, days in DEFAULT_CADENCE_DAYS.items()}


def _pick(rng: random.Random, mix: Sequence[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


def make_history(
    account: dict, contact_ids: list[int], rep_ids: list[int], today: dt.date, rng: random.Random
):
    """(visits, follow-ups, ledger entries, loyalty assessments) for one account, as dicts; visits
    carry their own follow-ups and entries under "_follow_ups" / "_ledger"."""
    if account["status"] == Status.PROSPECT:
        count, window = rng.randint(0, 2), 90
    else:
        count, window = VISITS_PER_YEAR[account["tier"]], 365
    if account["status"] == Status.CHURNED:
        count = max(1, count // 3)
    slipping = rng.random() < 0.15  # no contact lately: shows up on the cadence list
    latest_gap = rng.randint(1, 10) if not slipping else rng.randint(60, 120)  # never later today
    disloyal = account["loyalty"] == Loyalty.DISLOYAL
    visits = []
    for i in range(count):
        day = today - dt.timedelta(days=latest_gap + int(i * window / max(count, 1)) + rng.randint(0, 4))
        started = dt.datetime.combine(day, dt.time(rng.choice((9, 10, 14, 15, 16)), rng.choice((0, 30))))
        channel = _pick(rng, CHANNEL_MIX)
        guarantee = rng.choice(list(PROBLEMS))
        problem = rng.choice(PROBLEMS[guarantee]) if rng.random() < (0.7 if disloyal else 0.35) else ""
        visit = {
            "started_at": started,
            "ended_at": started + dt.timedelta(minutes=rng.choice((20, 45, 60, 90)))
            if channel != Channel.EVENT
            else None,
            "channel": channel,
            "purpose": rng.choice(PURPOSES),
            "problems": problem,
            "latent_needs": rng.choice(NEEDS),
            "suggestions": rng.choice(SUGGESTIONS),
            "competitor_moves": rng.choice(COMPETITORS),
            "created_by": account["owner"],
            "created_at": started,
            "updated_at": started,
            "_reps": [account["owner"]],
            "_contacts": rng.sample(contact_ids, k=min(len(contact_ids), rng.randint(1, 2))),
            "_follow_ups": [],
            "_ledger": [],
        }
        age = (today - day).days
        if problem:
            resolved = age > 30 or rng.random() < 0.4
            visit["_ledger"].append(
                {"kind": FeedbackKind.COMPLAINT, "guarantee": guarantee, "text": problem, "noted_on": day,
                 "contact": rng.choice(contact_ids) if contact_ids else None, "created_by": account["owner"],
                 "resolved_at": started + dt.timedelta(days=rng.randint(3, 20)) if resolved else None,
                 "resolution": rng.choice(RESOLUTIONS) if resolved else ""}
            )  # fmt: skip
        if rng.random() < (0.45 if account["loyalty"] == Loyalty.LOYAL else 0.15):
            kind = rng.choice(list(PRAISE))
            visit["_ledger"].append(
                {"kind": FeedbackKind.PRAISE, "guarantee": kind, "text": rng.choice(PRAISE[kind]),
                 "noted_on": day, "contact": None, "created_by": account["owner"], "resolved_at": None,
                 "resolution": ""}
            )  # fmt: skip
        if rng.random() < 0.6:
            due = day + dt.timedelta(days=rng.randint(5, 21))
            done = due < today - dt.timedelta(days=30) or (due < today and rng.random() < 0.8)
            owner = rng.choice(rep_ids) if rng.random() < 0.1 else account["owner"]
            visit["_follow_ups"].append(
                {"text": rng.choice(NEXT_STEPS), "owner": owner, "due_on": due,
                 "done_at": dt.datetime.combine(due, dt.time(17, 0)) if done else None,
                 "done_note": "已完成" if done else "", "created_by": account["owner"], "created_at": started}
            )  # fmt: skip
        visits.append(visit)
    assessments = []
    if account["loyalty"] != Loyalty.UNKNOWN and account["status"] != Status.PROSPECT:
        path = {
            Loyalty.LOYAL: [Loyalty.NEUTRAL, Loyalty.LOYAL, Loyalty.LOYAL],
            Loyalty.NEUTRAL: [Loyalty.LOYAL, Loyalty.NEUTRAL, Loyalty.NEUTRAL],
            Loyalty.DISLOYAL: [Loyalty.NEUTRAL, Loyalty.NEUTRAL, Loyalty.DISLOYAL],
        }[account["loyalty"]]
        steps = rng.randint(1, 3)
        for j, level in enumerate(path[-steps:]):
            on = today - dt.timedelta(days=30 + (steps - 1 - j) * rng.randint(80, 110))
            assessments.append(
                {"level": level, "assessed_on": on, "basis": rng.choice(ASSESSMENT_BASES),
                 "note": LOYALTY_NOTES[level], "assessed_by": account["owner"]}
            )  # fmt: skip
    return visits, assessments
