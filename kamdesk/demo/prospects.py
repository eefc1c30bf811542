"""The demo office's prospecting: office and rep targets, a list of prospects (most in the target
industries, some set aside), trigger events from the news, a few weeks of calls, a few prospects won
(now active accounts) and some lost. The office converts a little above one in ten overall, while one
target industry converts worst, as a real list would show after a quarter of calling."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import TypedDict

from kamdesk import clock
from kamdesk.demo.names import BRAND_A, BRAND_B, CITIES, INDUSTRIES, random_person
from kamdesk.rules.vocab import CallOutcome, DecisionRole, ProspectResult, Status, TriggerKind
from kamdesk.services.prospect_cards import ensure_cards
from kamdesk.store.models import Account, Contact, ProspectCall, ProspectCard, ProspectTargets, TriggerEvent
from kamdesk.store.row_values import tuples


class _Targets(TypedDict):  # ProspectTargets' values
    industries: str
    titles: str
    territories: str
    trigger_kinds: str
    weight_industry: int
    weight_title: int
    weight_territory: int
    weight_trigger: int


OFFICE_TARGETS: _Targets = {
    "industries": "餐饮连锁\n酒店\n团餐", "titles": "总经理\n采购总监", "territories": "华东\n华南",
    "trigger_kinds": "\n".join(
        (TriggerKind.MERGER, TriggerKind.NEW_PLANT, TriggerKind.EXPANSION, TriggerKind.NEW_TENDER)
    ),
    "weight_industry": 2, "weight_title": 2, "weight_territory": 1, "weight_trigger": 2,
}  # fmt: skip
REP_TARGETS: _Targets = {
    "industries": "食品加工\n连锁超市", "titles": "采购总监\n总经理\n副总经理", "territories": "华东",
    "trigger_kinds": "\n".join((TriggerKind.NEW_PLANT, TriggerKind.EXPANSION, TriggerKind.LEADERSHIP_CHANGE)),
    "weight_industry": 2, "weight_title": 1, "weight_territory": 2, "weight_trigger": 2,
}  # fmt: skip
TRIGGERS = {
    TriggerKind.MERGER: ["宣布与同城同行合并", "被上市集团收购"],
    TriggerKind.NEW_PLANT: ["新建中央厨房投产", "新工厂奠基"],
    TriggerKind.EXPANSION: ["年内新开 20 家门店", "进入华南市场"],
    TriggerKind.NEW_TENDER: ["发布年度食材供应商招标"],
    TriggerKind.LEADERSHIP_CHANGE: ["新任采购总监到岗"],
    TriggerKind.REORGANISATION: ["采购部门集中化改革"],
}
SOURCES = ["行业协会名录", "展会名单", "老客户介绍", "网络搜索"]
NEWS = ["新闻报道", "公司官网", "招标网", "行业群消息"]
CALL_NOTES: dict[str, list[str]] = {
    CallOutcome.NO_ANSWER: ["", "前台说不在"],
    CallOutcome.TALKED: ["介绍了公司,对方愿意了解", "对方说明年再说"],
    CallOutcome.MEETING_SET: ["约下周二上门"],
    CallOutcome.PROPOSAL: ["已发报价方案"],
    CallOutcome.WON: ["签订首单"],
    CallOutcome.LOST: ["已有长期供应商", "预算取消"],
}
HARD_INDUSTRY = "团餐"  # the demo's target industry that converts worst


def write_prospects(today: dt.date, rng: random.Random, rep_ids: list[int], new_prospects: int) -> int:
    """Targets, `new_prospects` more prospects, cards, trigger events and calls; returns how many
    calls were logged."""
    ProspectTargets.insert(rep=None, updated_at=clock.now(), **OFFICE_TARGETS).execute()
    if len(rep_ids) > 1:
        ProspectTargets.insert(rep=rep_ids[1], updated_at=clock.now(), **REP_TARGETS).execute()
    _new_prospects(rng, rep_ids, new_prospects)
    ensure_cards()
    titles = dict(
        tuples(
            Contact.select(Contact.account, Contact.title).where(
                Contact.decision_role == DecisionRole.DECISION_MAKER
            )
        )
    )
    calls, triggers = [], []
    prospects = Account.select(Account.id, Account.industry).where(Account.status == Status.PROSPECT)
    for account_id, industry in tuples(prospects):
        ProspectCard.update(
            source=rng.choice(SOURCES), sold_before=rng.random() < 0.4,
            reference_customer=rng.random() < 0.3, personally_involved=rng.random() < 0.25,
        ).where(ProspectCard.account == account_id).execute()  # fmt: skip
        triggers += _triggers(account_id, today, rng)
        if rng.random() < 0.75:
            hard = industry == HARD_INDUSTRY
            outcome_path = _path(rng, lost_chance=0.5 if hard else 0.25)
            calls += _calls(account_id, outcome_path, today, rng, rep_ids)
            if outcome_path[-1] == CallOutcome.LOST:
                ProspectCard.update(
                    result=ProspectResult.LOST, closed_on=calls[-1]["called_at"].date()
                ).where(ProspectCard.account == account_id).execute()
    worked = len({c["account"] for c in calls})
    winners = _former_prospects(rng, max(2, worked // 8), titles)
    for account_id, created_at in winners:
        path = [*_path(rng, lost_chance=0)[:-1], CallOutcome.WON]
        day = created_at.date() if isinstance(created_at, dt.datetime) else today
        calls += _calls(account_id, path, day, rng, rep_ids)
        ProspectCard.insert(
            account=account_id, result=ProspectResult.WON, closed_on=day, source=rng.choice(SOURCES),
            sold_before=rng.random() < 0.5, reference_customer=rng.random() < 0.4,
        ).execute()  # fmt: skip
    for chunk in range(0, len(calls), 300):
        ProspectCall.insert_many(calls[chunk : chunk + 300]).execute()
    for chunk in range(0, len(triggers), 300):
        TriggerEvent.insert_many(triggers[chunk : chunk + 300]).execute()
    return len(calls)


def _new_prospects(rng: random.Random, rep_ids: list[int], count: int) -> None:
    """A marketing list worked through step 4: mostly inside the owner's targets, some not."""

    suffixes = dict(INDUSTRIES)
    used = {name for (name,) in tuples(Account.select(Account.name))}
    for number in range(1, count + 1):
        owner = rng.choice(rep_ids)
        targets = REP_TARGETS if len(rep_ids) > 1 and owner == rep_ids[1] else OFFICE_TARGETS
        inside = rng.random() < 0.8
        industry = rng.choice(targets["industries"].split("\n") if inside else list(suffixes))
        city, region = rng.choice(
            [c for c in CITIES if c[1] in targets["territories"].split("\n")] if inside else CITIES
        )
        name = f"{city}{rng.choice(BRAND_A)}{rng.choice(BRAND_B)}{suffixes[industry]}"
        while name in used:
            name = (
                f"{city}{rng.choice(BRAND_A)}{rng.choice(BRAND_B)}{rng.choice(BRAND_B)}{suffixes[industry]}"
            )
        used.add(name)
        created = clock.now() - dt.timedelta(days=rng.randint(20, 120))
        account_id = Account.insert(
            code=f"P{number:05d}", name=name, industry=industry, region=f"{region}/{city}",
            status=Status.PROSPECT, owner=owner, created_at=created, updated_at=created,
        ).execute()  # fmt: skip
        title = rng.choice(targets["titles"].split("\n") if rng.random() < 0.85 else ["采购经理", "门店店长"])
        contact, pinyin = random_person(rng)
        Contact.insert(
            account=account_id, name=contact, title=title, decision_role=DecisionRole.DECISION_MAKER,
            phone=f"1{rng.randint(30, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            email=f"{pinyin}@p{number:05d}.com.cn", created_at=created, updated_at=created,
        ).execute()  # fmt: skip


def _triggers(account_id: int, today: dt.date, rng: random.Random) -> list[dict]:
    rows = []
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        kind = rng.choice(list(TRIGGERS))
        day = today - dt.timedelta(days=rng.randint(3, 320))
        rows.append({
            "account": account_id, "happened_on": day, "kind": kind, "what": rng.choice(TRIGGERS[kind]),
            "source": rng.choice(NEWS), "created_at": clock.now(),
        })  # fmt: skip
    return rows


def _path(rng: random.Random, lost_chance: float) -> list[CallOutcome]:
    """The outcomes of a prospect's calls, in order."""
    path = [CallOutcome.NO_ANSWER] * rng.randint(0, 2) + [CallOutcome.TALKED]
    if rng.random() < 0.5:
        path.append(CallOutcome.MEETING_SET)
        if rng.random() < 0.4:
            path.append(CallOutcome.PROPOSAL)
    if rng.random() < lost_chance:
        path.append(CallOutcome.LOST)
    return path


def _calls(
    account_id: int, path: Sequence[str], last_day: dt.date, rng: random.Random, rep_ids
) -> list[dict]:
    rep = rng.choice(rep_ids)
    day = last_day - dt.timedelta(days=rng.randint(5, 12) * len(path))
    rows = []
    for outcome in path:
        day = min(day + dt.timedelta(days=rng.randint(2, 12)), last_day)
        moment = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.choice((0, 15, 30, 45))))
        rows.append({"account": account_id, "called_at": moment, "rep": rep, "outcome": outcome,
                     "note": rng.choice(CALL_NOTES[outcome]), "created_at": moment})  # fmt: skip
    return rows


def _former_prospects(rng: random.Random, count: int, titles: dict) -> list[tuple[int, dt.datetime]]:
    """Active accounts in the office's target industries that were won from the call list; never
    in the industry that converts worst."""
    wanted = [i for i in OFFICE_TARGETS["industries"].split("\n") if i != HARD_INDUSTRY]
    query = Account.select(Account.id, Account.created_at).where(
        (Account.status == Status.ACTIVE) & Account.industry.in_(wanted)
    )
    candidates = sorted((row for row in tuples(query) if row[0] in titles), key=lambda r: r[0])
    return rng.sample(candidates, k=min(count, len(candidates)))
