"""A realistic demo office: a Chinese distributor's reps, key accounts and their contacts.

The same seed always gives the same office, so screenshots and bug reports can be reproduced.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence

from peewee import fn

from kamdesk import clock, errors
from kamdesk.demo.board import write_boards
from kamdesk.demo.history import make_history
from kamdesk.demo.names import BRAND_A, BRAND_B, CITIES, INDUSTRIES, STREETS, random_person
from kamdesk.demo.prospects import write_prospects
from kamdesk.demo.sales import write_sales
from kamdesk.demo.value import pick_thin, write_value
from kamdesk.rules.vocab import (
    Attitude,
    DecisionRole,
    FeedbackKind,
    Guarantee,
    Loyalty,
    Relationship,
    Role,
    Status,
    Tier,
)
from kamdesk.services.relationships import member_rows
from kamdesk.store import audit
from kamdesk.store.models import (
    Account,
    Contact,
    Counterpart,
    DeliveryIssue,
    FollowUp,
    JointTeam,
    JointTeamMeeting,
    JointTeamMember,
    LedgerEntry,
    LoyaltyAssessment,
    OrderLine,
    PersonalNote,
    Rep,
    SatisfactionSurvey,
    StockLine,
    Topic,
    Visit,
    VisitContact,
    VisitRep,
    VisitTopic,
    database,
)  # fmt: skip
from kamdesk.store.row_values import tuples

Progress = Callable[[int, int], None]

TITLES = [  # (title, decision role, weight)
    ("总经理", DecisionRole.DECISION_MAKER, 2), ("副总经理", DecisionRole.DECISION_MAKER, 1),
    ("采购总监", DecisionRole.DECISION_MAKER, 2), ("采购经理", DecisionRole.BUYER, 4),
    ("采购专员", DecisionRole.BUYER, 3), ("财务总监", DecisionRole.INFLUENCER, 2),
    ("物流经理", DecisionRole.USER, 2), ("仓储主管", DecisionRole.USER, 2),
    ("门店店长", DecisionRole.USER, 2), ("技术总监", DecisionRole.INFLUENCER, 1),
    ("质量经理", DecisionRole.INFLUENCER, 2), ("总经理助理", DecisionRole.GATEKEEPER, 2),
    ("前台主管", DecisionRole.GATEKEEPER, 1),
]  # fmt: skip
TIER_MIX = [(Tier.VIP, 10), (Tier.GROWTH, 20), (Tier.NEGATIVE, 10), (Tier.UNCLASSIFIED, 60)]
_STRATEGIC, _PARTNERSHIP, _ORDINARY = Relationship.STRATEGIC, Relationship.PARTNERSHIP, Relationship.ORDINARY
# strategic partnerships go with the most valuable accounts
RELATIONSHIP_MIX: dict[str, Sequence[tuple[str, int]]] = {
    Tier.VIP: [(_STRATEGIC, 40), (_PARTNERSHIP, 45), (_ORDINARY, 15)],
    Tier.GROWTH: [(_STRATEGIC, 10), (_PARTNERSHIP, 40), (_ORDINARY, 50)],
    Tier.NEGATIVE: [(_STRATEGIC, 2), (_PARTNERSHIP, 18), (_ORDINARY, 80)],
    Tier.UNCLASSIFIED: [(_STRATEGIC, 3), (_PARTNERSHIP, 22), (_ORDINARY, 75)],
}
_LOYAL, _NEUTRAL, _DISLOYAL, _UNKNOWN = Loyalty.LOYAL, Loyalty.NEUTRAL, Loyalty.DISLOYAL, Loyalty.UNKNOWN
LOYALTY_MIX: dict[str, Sequence[tuple[str, int]]] = {
    Tier.VIP: [(_LOYAL, 65), (_NEUTRAL, 25), (_DISLOYAL, 5), (_UNKNOWN, 5)],
    Tier.GROWTH: [(_LOYAL, 40), (_NEUTRAL, 40), (_DISLOYAL, 10), (_UNKNOWN, 10)],
    Tier.NEGATIVE: [(_LOYAL, 10), (_NEUTRAL, 35), (_DISLOYAL, 40), (_UNKNOWN, 15)],
    Tier.UNCLASSIFIED: [(_LOYAL, 25), (_NEUTRAL, 35), (_DISLOYAL, 10), (_UNKNOWN, 30)],
}
STATUS_MIX = [(Status.ACTIVE, 85), (Status.PROSPECT, 8), (Status.CHURNED, 7)]
ATTITUDE_MIX = [
    (Attitude.CHAMPION, 15), (Attitude.SUPPORTER, 35), (Attitude.NEUTRAL, 35), (Attitude.OPPONENT, 15),
]  # fmt: skip
NOTES = [
    "", "", "每月初集中下单,旺季前需提前备货。", "对价格敏感,关注返利政策。",
    "要求送货准时,曾因延迟交货投诉。", "正在扩张门店,有新品需求。", "决策链长,需多层沟通。",
]  # fmt: skip


def _pick(rng: random.Random, mix: Sequence[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


def make_office(accounts: int, seed: int, reps: int | None = None) -> tuple[list, list, list]:
    """The demo office as plain rows: (rep names, account dicts, contact dicts by account index)."""
    rng = random.Random(seed)
    n_reps = reps or max(3, min(40, accounts // 40 + 2))
    rep_names: list[str] = []
    while len(rep_names) < n_reps:
        name, _ = random_person(rng)
        if name not in rep_names:
            rep_names.append(name)
    account_rows, contact_rows, used = [], [], set()
    for i in range(accounts):
        city, region = rng.choice(CITIES)
        industry, suffix = rng.choice(INDUSTRIES)
        name = f"{city}{rng.choice(BRAND_A)}{rng.choice(BRAND_B)}{suffix}"
        while name in used:
            name = f"{city}{rng.choice(BRAND_A)}{rng.choice(BRAND_B)}{rng.choice(BRAND_B)}{suffix}"
        used.add(name)
        tier = _pick(rng, TIER_MIX)
        code = f"KA{i + 1:05d}"
        account_rows.append(
            {
                "code": code,
                "name": name,
                "industry": industry,
                "region": f"{region}/{city}",
                "address": f"{city}市{rng.choice(STREETS)}{rng.randint(1, 999)}号",
                "tier": tier,
                "relationship": _pick(rng, RELATIONSHIP_MIX[tier]),
                "loyalty": _pick(rng, LOYALTY_MIX[tier]),
                "status": _pick(rng, STATUS_MIX),
                "owner": rng.randrange(n_reps),
                "notes": rng.choice(NOTES),
                "created_at": rng.randint(400, 1100),  # days before today; made a date when written
            }
        )
        titles = rng.sample(TITLES, k=rng.randint(2, 6))
        for title, role, _ in titles:
            person, pinyin = random_person(rng)
            contact_rows.append(
                {
                    "account": i,
                    "name": person,
                    "title": title,
                    "decision_role": role,
                    "attitude": _pick(rng, ATTITUDE_MIX),
                    "phone": f"1{rng.randint(30, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                    "wechat": f"{pinyin}_{rng.randint(100, 99999)}",
                    "email": f"{pinyin}{rng.randint(1, 99)}@{code.lower()}.com.cn",
                }
            )
    return rep_names, account_rows, contact_rows


def fill_demo(accounts: int = 300, seed: int = 1, progress: Progress | None = None) -> dict[str, int]:
    """Write the demo office into the open database, which must hold no accounts yet.

    Reps already there (the seat's own user) are kept and get accounts too. All or nothing. Made-up
    history is not anyone's change, so it leaves no audit trail."""
    with audit.paused():
        return _fill_demo(accounts, seed, progress)


def _fill_demo(accounts: int, seed: int, progress: Progress | None) -> dict[str, int]:
    if Account.select().exists():
        count = Account.select().count()
        raise errors.NotEmptyError(target="the database", detail=f"{count} accounts")
    new_prospects = accounts // 8  # a marketing list being worked through (kamdesk.demo.prospects)
    rep_names, account_rows, contact_rows = make_office(accounts - new_prospects, seed)
    total = len(account_rows) + len(contact_rows)
    done = 0
    with database.atomic():
        existing = {r.name: r.id for r in Rep.select()}
        rep_ids = list(existing.values())
        for name in rep_names:
            if name not in existing:
                role = Role.REP if existing or rep_ids else Role.MANAGER
                rep_ids.append(Rep.insert(name=name, role=role).execute())
        now = clock.now()
        for row in account_rows:
            row["owner"] = rep_ids[row["owner"] % len(rep_ids)]
            days = row["created_at"] if row["status"] != Status.PROSPECT else row["created_at"] % 90
            row["created_at"] = row["updated_at"] = now - dt.timedelta(days=days)
        for chunk in _chunks(account_rows, 400):
            Account.insert_many(chunk).execute()
            done += len(chunk)
            if progress:
                progress(done, total)
        ids = dict(tuples(Account.select(Account.code, Account.id)))
        for row in contact_rows:
            row["account"] = ids[account_rows[row["account"]]["code"]]
        for chunk in _chunks(contact_rows, 400):
            Contact.insert_many(chunk).execute()
            done += len(chunk)
            if progress:
                progress(done, total)
        history = _write_history(account_rows, ids, rep_ids, seed, new_prospects)
    return {
        "reps": len(rep_ids),
        "accounts": Account.select().count(),
        "contacts": Contact.select().count(),
        **history,
    }


def _write_history(
    account_rows: list[dict], ids: dict[str, int], rep_ids: list[int], seed: int, new_prospects: int
) -> dict[str, int]:
    """A year of visits with their attendees, follow-ups and ledger entries, and loyalty history."""
    rng = random.Random(seed * 7919 + 1)
    today = clock.today()
    contacts_of: dict[int, list[int]] = {}
    for contact_id, account_id in tuples(Contact.select(Contact.id, Contact.account)):
        contacts_of.setdefault(account_id, []).append(contact_id)
    visits, assessments = [], []
    for row in account_rows:
        account_id = ids[row["code"]]
        account_visits, account_assessments = make_history(
            row, contacts_of.get(account_id, []), rep_ids, today, rng
        )
        for visit in account_visits:
            visit["account"] = account_id
        for assessment in account_assessments:
            assessment["account"] = account_id
        visits += account_visits
        assessments += account_assessments
    extras = ("_reps", "_contacts", "_follow_ups", "_ledger")
    rows = [{k: v for k, v in visit.items() if k not in extras} for visit in visits]
    first_id = (Visit.select(fn.MAX(Visit.id)).scalar() or 0) + 1
    for chunk in _chunks(rows, 300):
        Visit.insert_many(chunk).execute()
    reps, contacts, follow_ups, ledger = [], [], [], []
    for visit_id, visit in enumerate(visits, start=first_id):  # ids follow insertion order in one transaction
        reps += [{"visit": visit_id, "rep": r} for r in visit["_reps"]]
        contacts += [{"visit": visit_id, "contact": c} for c in visit["_contacts"]]
        follow_ups += [{**f, "account": visit["account"], "visit": visit_id} for f in visit["_follow_ups"]]
        ledger += [{**e, "account": visit["account"], "visit": visit_id} for e in visit["_ledger"]]
    for model, table_rows in ((VisitRep, reps), (VisitContact, contacts), (FollowUp, follow_ups),
                              (LedgerEntry, ledger), (LoyaltyAssessment, assessments)):  # fmt: skip
        for chunk in _chunks(table_rows, 300):
            model.insert_many(chunk).execute()
    _write_service(today, rep_ids)
    _write_surveys(today)
    _write_topics()
    board_moves = write_boards(today, rng)
    value_rng = random.Random(seed * 104729 + 3)  # its own stream: the rest of the office stays as it was
    thin = pick_thin(value_rng)
    order_lines = write_sales(today, rng, value_rng, thin)
    _write_deliveries(today)
    _write_relationships(today)
    value_rows = write_value(today, value_rng, thin)
    prospect_calls = write_prospects(today, rng, rep_ids, new_prospects)
    return {
        "visits": len(visits),
        "follow-ups": len(follow_ups),
        "ledger entries": len(ledger),
        "board moves": board_moves,
        "order lines": order_lines,
        "prospect calls": prospect_calls,
        **value_rows,
    }


HANDED_TO = {"quality": "quality", "logistics": "logistics", "value": "finance", "service": "sales"}


def _write_service(today: dt.date, rep_ids: list[int]) -> None:
    """The complaints' service clock, drawn from their ids (the office's random stream stays as it
    was): most answered the next day, a few later, fixes handed on to the department concerned.
    Open complaints of a guarantee are handed to someone, due a week after they were noted."""
    query = LedgerEntry.select(
        LedgerEntry.id, LedgerEntry.noted_on, LedgerEntry.resolved_at, LedgerEntry.guarantee
    )
    for entry_id, noted, resolved, guarantee in tuples(
        query.where(LedgerEntry.kind == FeedbackKind.COMPLAINT)
    ):
        delay = (0, 1, 1, 1, 2, 3, 5)[entry_id % 7]  # days to the first response
        answered = dt.datetime.combine(noted + dt.timedelta(days=delay), dt.time(15))
        if resolved is not None and resolved < answered:
            answered = resolved
        values: dict = {}
        if answered.date() <= today:
            values["responded_at"] = answered
        if resolved is None and guarantee in HANDED_TO and entry_id % 2 == 0:
            values |= {"department": HANDED_TO[guarantee], "handler": rep_ids[entry_id % len(rep_ids)],
                       "handle_by": noted + dt.timedelta(days=7)}  # fmt: skip
        if values:
            LedgerEntry.update(**values).where(LedgerEntry.id == entry_id).execute()


# What each loyalty level answers, cycled through by account (the office's random stream stays as it was).
ANSWERS = {
    "loyal": ("very_satisfied", "very_satisfied", "satisfied"),
    "neutral": ("satisfied", "neutral", "satisfied", "very_satisfied"),
    "disloyal": ("dissatisfied", "neutral", "very_dissatisfied"),
    "unknown": ("satisfied", "neutral"),
}


def _write_surveys(today: dt.date) -> None:
    """The short survey for about half the active accounts, once or twice in the last year; logistics
    asked every other time, and answered worse than overall where the account is not loyal."""
    rows = []
    made = dt.datetime.combine(today, dt.time())
    query = Account.select(Account.id, Account.loyalty).where(Account.status == Status.ACTIVE)
    for account_id, level in tuples(query):
        if account_id % 2:
            continue
        answers = ANSWERS.get(level, ANSWERS["unknown"])
        for n in range(1 + account_id % 4 // 2):
            overall = answers[(account_id + n) % len(answers)]
            worse = {"very_satisfied": "satisfied", "satisfied": "neutral"}.get(overall, "dissatisfied")
            asked = today - dt.timedelta(days=30 + 150 * n + account_id % 60)
            logistics = (worse if level != "loyal" else overall) if n == 0 else ""
            rows.append({
                "account": account_id, "surveyed_on": asked, "overall": overall, "logistics": logistics,
                "quality": "", "service": "", "value": "", "note": "", "created_at": made,
            })  # fmt: skip
    for chunk in _chunks(rows, 300):
        SatisfactionSurvey.insert_many(chunk).execute()


TOPICS = {  # a topic on the office's list -> the words of a suggestion that are about it
    "每月销售分析": "销售分析", "小包装规格": "小包装", "高层定期会晤": "高层",
}  # fmt: skip


def _write_topics() -> None:
    """The office's topics, and a third of the visits' suggestions written down in the ledger too,
    each tagged with its topic (by the visit's id: the office's random stream stays as it was)."""
    ids = {name: Topic.insert(name=name, created_at=dt.datetime(2025, 12, 1)).execute() for name in TOPICS}
    rows, tagged = [], []
    said = Visit.select(Visit.id, Visit.account, Visit.started_at, Visit.suggestions, Visit.created_by)
    query = said.where(Visit.suggestions != "")
    for visit_id, account_id, started, text, by in tuples(query):
        topic = next((ids[name] for name, word in TOPICS.items() if word in text), None)
        if visit_id % 3 == 0 and topic is not None:
            rows.append({"account": account_id, "visit": visit_id, "kind": FeedbackKind.SUGGESTION,
                         "guarantee": Guarantee.OTHER, "text": text, "noted_on": started.date(),
                         "created_by": by, "topic": topic})  # fmt: skip
        elif visit_id % 3 == 1 and topic is not None:  # tagged on the visit itself
            tagged.append({"visit": visit_id, "topic": topic})
    for chunk in _chunks(rows, 300):
        LedgerEntry.insert_many(chunk).execute()
    for chunk in _chunks(tagged, 300):
        VisitTopic.insert_many(chunk).execute()


PEAK_MONTHS = {  # when the demo's customers sell most of each product line (their 旺季)
    "饮料": "6,7,8", "休闲食品": "12,1,2", "调味品": "12,1", "乳品": "1,2,9", "方便食品": "11,12,1",
    "酒类": "12,1,2",
}  # fmt: skip
ISSUES = (  # (problem, urgent, note)
    ("late", False, "仓库缺货,晚到三天"), ("short", False, "少发两箱,次日补发"),
    ("urgent_missed", True, "周末促销急单未能当天送到"), ("damaged", False, "运输途中外箱破损"),
)  # fmt: skip


def _write_deliveries(today: dt.date) -> None:
    """Delivery issues for the accounts with poor logistics (one in eleven, as kamdesk.demo.sales
    delivers late to them), and the stock and peak months of a third of the active accounts' product
    lines, noted in the last two months (by id: the office's random stream stays as it was)."""
    made = dt.datetime.combine(today, dt.time())
    active = [a for (a,) in tuples(Account.select(Account.id).where(Account.status == Status.ACTIVE))]
    issues = []
    for account_id in (a for a in active if a % 11 == 0):
        for n in range(1 + account_id % 3):
            problem, urgent, note = ISSUES[(account_id + n) % len(ISSUES)]
            issues.append({
                "account": account_id, "occurred_on": today - dt.timedelta(days=5 + 37 * n + account_id % 20),
                "problem": problem, "urgent": urgent, "order_ref": f"XS{today.year}{account_id:04d}{n}",
                "days_late": 3 if problem == "late" else None, "note": note, "created_at": made,
            })  # fmt: skip
    lines: dict[int, set[str]] = {}
    bought = OrderLine.select(OrderLine.account, OrderLine.product_line).distinct()
    for account_id, line in tuples(bought.where(OrderLine.account.in_([a for a in active if a % 3 == 0]))):
        lines.setdefault(account_id, set()).add(line)
    stock = [
        {"account": account_id, "product_line": line, "peak_months": PEAK_MONTHS.get(line, ""),
         "stock_weeks": float(1 + (account_id + i) % 5), "stock_note": "", "noted_on": today - dt.timedelta(
             days=10 + account_id % 50), "updated_at": made}
        for account_id, held in lines.items() for i, line in enumerate(sorted(held))
    ]  # fmt: skip
    for model, rows in ((DeliveryIssue, issues), (StockLine, stock)):
        for chunk in _chunks(rows, 300):
            model.insert_many(chunk).execute()


COLLEAGUES = {  # their title -> our colleague facing them (seed 001: finance facing finance, and so on)
    "财务总监": ("陈会计", "财务经理"), "物流经理": ("赵主管", "物流经理"),
    "仓储主管": ("赵主管", "物流经理"), "质量经理": ("孙工", "质量经理"), "总经理": ("周总", "总经理"),
}  # fmt: skip
INTERESTS = ("喜欢打高尔夫", "爱喝普洱茶", "周末钓鱼", "关注足球", "喜欢书法", "跑马拉松")
HALF_A_YEAR = dt.timedelta(days=200)  # the demo's joint teams were made before the quarters it reviews
FAMILY = ("女儿明年高考", "儿子刚上小学", "结婚纪念日在十月", "父母住在老家", "")


def _write_relationships(today: dt.date) -> None:
    """For the active partnership and strategic accounts: the owner facing their first people and our
    colleagues facing their finance, logistics and quality people; a joint team for each strategic
    account with two meetings; and personal notes on a quarter of all active accounts' people, some
    birthdays in the coming two weeks (all by id: the office's random stream stays as it was)."""
    made = dt.datetime.combine(today, dt.time())
    accounts = {a.id: a for a in Account.select().where(Account.status == Status.ACTIVE)}
    reps = dict(tuples(Rep.select(Rep.id, Rep.name)))
    people: dict[int, list[Contact]] = {}
    for contact in Contact.select().where(Contact.account.in_(list(accounts))).order_by(Contact.id):
        people.setdefault(contact.account_id, []).append(contact)
    ties, notes = [], []
    strengths, meets = ("strong", "friend", "working", "weak"), ("monthly", "quarterly", "monthly", "yearly")
    for account_id, theirs in people.items():
        account = accounts[account_id]
        for contact in theirs:
            if contact.id % 4 == 0:
                born = today + dt.timedelta(days=contact.id % 40)
                notes.append({
                    "contact": contact.id, "birthday_month": born.month, "birthday_day": born.day,
                    "interests": INTERESTS[contact.id % len(INTERESTS)],
                    "family": FAMILY[contact.id % len(FAMILY)],
                    "updated_at": made,
                })  # fmt: skip
        if account.relationship == Relationship.ORDINARY or account.owner_id not in reps:
            continue
        for n, contact in enumerate(theirs[:2]):
            ties.append({"account": account_id, "contact": contact.id, "rep": account.owner_id,
                         "our_name": reps[account.owner_id], "our_title": "大客户经理",
                         "strength": strengths[(contact.id + n) % 3], "meets": meets[(contact.id + n) % 2],
                         "note": "", "updated_at": made})  # fmt: skip
        for contact in theirs:
            if contact.title in COLLEAGUES and contact.id % 3 != 0:  # a third of them nobody faces yet
                name, title = COLLEAGUES[contact.title]
                ties.append({
                    "account": account_id, "contact": contact.id, "rep": None, "our_name": name,
                    "our_title": title, "strength": strengths[contact.id % 4], "meets": meets[contact.id % 4],
                    "note": "", "updated_at": made,
                })  # fmt: skip
        if account.relationship == Relationship.STRATEGIC and len(theirs) >= 2:
            purpose = "季度对账、旺季备货与配送计划"
            team = JointTeam.insert(account=account_id, name="联合供应链小组", purpose=purpose,
                                    meets="quarterly", created_at=made - HALF_A_YEAR).execute()  # fmt: skip
            members = member_rows(team, [c.id for c in theirs[:2]], [account.owner_id], ["赵主管"])
            JointTeamMember.insert_many(members).execute()
            met = ((150 + account_id % 30, "确定旺季备货量"), (60 + account_id % 20, "对账并调整配送频次"))
            rows = [
                {"team": team, "met_on": today - dt.timedelta(days=days), "note": note} for days, note in met
            ]
            JointTeamMeeting.insert_many(rows).execute()
    for model, rows in ((Counterpart, ties), (PersonalNote, notes)):
        for chunk in _chunks(rows, 300):
            model.insert_many(chunk).execute()


def _chunks(rows: list, size: int):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
