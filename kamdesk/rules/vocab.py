"""The domain's fixed vocabularies, one StrEnum each, and the one place that words their values: the
screen (ui/common/labels.py) and the printed reviews (reports/wording.py) both read the wording here,
in Chinese and English.

A member is its stored value: StrEnum is a str, so peewee writes it as it is, a value read back from
the database is a plain str, and the two compare equal (``row.tier == Tier.VIP``). The members are
in display order. Ask ``Tier.has(value)`` rather than ``value in Tier`` (Python 3.11 raises
TypeError for a str there).
"""

from __future__ import annotations

import enum
import functools


class Vocab(enum.StrEnum):
    """A vocabulary: each member is ``NAME = value, Chinese, English``."""

    zh: str
    en: str

    def __new__(cls, value: str, zh: str = "", en: str = "") -> Vocab:
        member = str.__new__(cls, value)
        member._value_ = value
        member.zh, member.en = zh, en
        return member

    def words(self, language: str) -> str:
        """The member's wording in `language` ("zh_CN", "zh", "en", ...)."""
        return self.zh if language.startswith("zh") else self.en

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)

    @classmethod
    def has(cls, value: object) -> bool:
        return isinstance(value, str) and value in cls._value2member_map_

    @classmethod
    def rank(cls, value: object) -> int:
        """The value's place in display order; an unknown value after every known one."""
        positions = _positions(cls)
        return positions.get(value, len(positions)) if isinstance(value, str) else len(positions)


@functools.cache
def _positions(vocabulary: type[Vocab]) -> dict[str, int]:
    """Value -> place in display order (a table sorts thousands of rows by it)."""
    return {member.value: i for i, member in enumerate(vocabulary)}


class Tier(Vocab):
    """The account's value tier (价值分级)."""

    VIP = "vip", "VIP 客户", "VIP"
    GROWTH = "growth", "成长型", "Growth"
    NEGATIVE = "negative", "负增长", "Negative"
    UNCLASSIFIED = "unclassified", "未分级", "Unclassified"


class Relationship(Vocab):
    ORDINARY = "ordinary", "普通", "Ordinary"
    PARTNERSHIP = "partnership", "伙伴式", "Partnership"
    STRATEGIC = "strategic", "战略性", "Strategic"


class Loyalty(Vocab):
    """The account's loyalty; an assessment's level is one of ASSESSED_LOYALTIES (never unknown).
    Seed 004: 客户的忠诚度可以分为忠诚、一般忠诚、非忠诚三个层次 (the stored values are older)."""

    LOYAL = "loyal", "忠诚", "Loyal"
    NEUTRAL = "neutral", "一般忠诚", "Moderately loyal"
    DISLOYAL = "disloyal", "非忠诚", "Not loyal"
    UNKNOWN = "unknown", "未知", "Unknown"


ASSESSED_LOYALTIES = (Loyalty.LOYAL, Loyalty.NEUTRAL, Loyalty.DISLOYAL)


class Status(Vocab):
    PROSPECT = "prospect", "潜在", "Prospect"
    ACTIVE = "active", "合作中", "Active"
    CHURNED = "churned", "已流失", "Churned"


class DecisionRole(Vocab):
    """A contact's role in the decision-making unit (决策单位)."""

    DECISION_MAKER = "decision_maker", "决策者", "Decision maker"
    INFLUENCER = "influencer", "影响者", "Influencer"
    BUYER = "buyer", "采购者", "Buyer"
    USER = "user", "使用者", "User"
    GATEKEEPER = "gatekeeper", "把关者", "Gatekeeper"


class Attitude(Vocab):
    CHAMPION = "champion", "支持者(内线)", "Champion"
    SUPPORTER = "supporter", "赞同", "Supporter"
    NEUTRAL = "neutral", "中立", "Neutral"
    OPPONENT = "opponent", "反对", "Opponent"
    UNKNOWN = "unknown", "尚不了解", "Not yet known"  # someone met, whose stance nobody has found out


class Role(Vocab):
    """A person's role in the office."""

    REP = "rep", "销售代表", "Rep"
    MANAGER = "manager", "销售经理", "Manager"


class Channel(Vocab):
    """How a visit (深度沟通) took place."""

    ONSITE = "onsite", "上门拜访", "On-site visit"
    PHONE = "phone", "电话", "Phone"
    VIDEO = "video", "视频会议", "Video call"
    RESIDENT = "resident", "派驻代表", "Resident rep"
    EVENT = "event", "活动", "Event"


class FeedbackKind(Vocab):
    """A ledger entry's kind."""

    COMPLAINT = "complaint", "投诉", "Complaint"
    PRAISE = "praise", "表扬", "Praise"
    SUGGESTION = "suggestion", "建议", "Suggestion"


class Guarantee(Vocab):
    """What a ledger entry concerns: one of the four guarantees (四个保证), the one communication (一个
    沟通, not a guarantee), or other. Worded as seed 000 names them."""

    QUALITY = "quality", "保证产品质量", "Guarantee 1: product quality"
    SERVICE = "service", "保证服务质量", "Guarantee 2: service quality"
    LOGISTICS = "logistics", "保证物流顺畅", "Guarantee 3: smooth logistics"
    VALUE = "value", "保证利益最大化", "Guarantee 4: the customer's benefit"
    COMMUNICATION = "communication", "一个沟通", "The one communication"
    OTHER = "other", "其他", "Other"


class Satisfaction(Vocab):
    """A five-point answer (seed 002: 一个非常满意的客户,其购买意愿是一个满意客户的6倍, a very satisfied
    customer is six times as likely to buy again as a satisfied one: only the top box counts)."""

    VERY_SATISFIED = "very_satisfied", "非常满意", "Very satisfied"
    SATISFIED = "satisfied", "满意", "Satisfied"
    NEUTRAL = "neutral", "一般", "Neither"
    DISSATISFIED = "dissatisfied", "不满意", "Dissatisfied"
    VERY_DISSATISFIED = "very_dissatisfied", "非常不满意", "Very dissatisfied"


class Department(Vocab):
    """Who in the company a complaint is handed to for fixing (seed 002: 跨部门的有效沟通)."""

    QUALITY = "quality", "质量部", "Quality"
    LOGISTICS = "logistics", "物流部", "Logistics"
    FINANCE = "finance", "财务部", "Finance"
    SALES = "sales", "销售部", "Sales"
    OTHER = "other", "其他部门", "Other"


class DeliveryProblem(Vocab):
    """How a delivery failed the account (seed 000, 保证③: 交货及时、足量(包括紧急需要时))."""

    LATE = "late", "交货延迟", "Late"
    SHORT = "short", "数量不足", "Short"
    URGENT_MISSED = "urgent_missed", "急单未满足", "Urgent order not met"
    DAMAGED = "damaged", "货损", "Damaged"
    WRONG_GOODS = "wrong_goods", "错发", "Wrong goods"


class MeetingFrequency(Vocab):
    """How often our person meets theirs, or a joint team meets."""

    WEEKLY = "weekly", "每周", "Weekly"
    MONTHLY = "monthly", "每月", "Monthly"
    QUARTERLY = "quarterly", "每季度", "Quarterly"
    YEARLY = "yearly", "每年", "Yearly"
    RARELY = "rarely", "很少", "Rarely"


class Strength(Vocab):
    """How strong a relationship between our person and theirs is (seed 002: 客户不是上帝,而是朋友)."""

    FRIEND = "friend", "朋友", "Friends"
    STRONG = "strong", "牢固", "Strong"
    WORKING = "working", "工作关系", "Working"
    WEAK = "weak", "薄弱", "Weak"


class FeedbackStatus(Vocab):
    """A ledger entry's state, derived (not stored): praise is noted, the others open or resolved."""

    OPEN = "open", "未解决", "Open"
    RESOLVED = "resolved", "已解决", "Resolved"
    NOTED = "noted", "已记录", "Noted"


class LoyaltyBasis(Vocab):
    """What a loyalty assessment rests on."""

    SURVEY = "survey", "调查", "Survey"
    VISIT = "visit", "拜访", "Visit"
    PURCHASES = "purchases", "购买行为", "Purchase behaviour"
    COMPLAINT = "complaint", "投诉", "Complaint"
    OTHER = "other", "其他", "Other"


class TimelineKind(Vocab):
    """The kinds of item on an account's timeline (not stored; the ledger kinds are FeedbackKind's)."""

    VISIT = "visit", "拜访", "Visit"
    COMPLAINT = "complaint", "投诉", "Complaint"
    PRAISE = "praise", "表扬", "Praise"
    SUGGESTION = "suggestion", "建议", "Suggestion"
    FOLLOW_UP = "follow_up", "跟进完成", "Follow-up done"
    LOYALTY = "loyalty", "忠诚度", "Loyalty"
    CALL = "call", "潜在客户电话", "Prospect call"
    TRIGGER = "trigger", "触发事件", "Trigger event"
    HANDOVER = "handover", "已交接", "Handed over"


class TriggerKind(Vocab):
    """The trigger events that make a company buy now (seed 003)."""

    MERGER = "merger", "兼并收购", "Merger or acquisition"
    REORGANISATION = "reorganisation", "重组", "Reorganisation"
    NEW_PLANT = "new_plant", "新建工厂/基地", "New plant or site"
    NEW_TENDER = "new_tender", "新招标", "New tender"
    LEADERSHIP_CHANGE = "leadership_change", "管理层变动", "New management"
    EXPANSION = "expansion", "扩张", "Expansion"
    FUNDING = "funding", "新融资", "New funding"
    OTHER = "other", "其他", "Other"


class CallOutcome(Vocab):
    NO_ANSWER = "no_answer", "无人接听", "No answer"
    TALKED = "talked", "已通话", "Talked"
    MEETING_SET = "meeting_set", "已约见面", "Meeting set"
    PROPOSAL = "proposal", "已发方案", "Proposal sent"
    WON = "won", "已成交", "Won"
    LOST = "lost", "已放弃", "Lost"


class ProspectResult(Vocab):
    """Where a prospect stands on the call list."""

    OPEN = "open", "跟进中", "Being worked"
    WON = "won", "已成交", "Won"
    LOST = "lost", "已放弃", "Lost"


class IncentiveKind(Vocab):
    """What was promised to an account (guarantee 4, seed 000: 折扣、合作促销让利、销售竞赛、返利)."""

    VOLUME_REBATE = "volume_rebate", "销量返利", "Volume rebate"
    PROMOTION = "promotion", "促销支持", "Promotion"
    PRICE_SUPPORT = "price_support", "价格支持", "Price support"
    OTHER = "other", "其他", "Other"


# The vocabularies by the name the screen and the reviews ask for them.
KINDS: dict[str, type[Vocab]] = {
    "tier": Tier,
    "relationship": Relationship,
    "loyalty": Loyalty,
    "status": Status,
    "decision_role": DecisionRole,
    "attitude": Attitude,
    "role": Role,
    "channel": Channel,
    "ledger_kind": FeedbackKind,
    "guarantee": Guarantee,
    "ledger_status": FeedbackStatus,
    "loyalty_basis": LoyaltyBasis,
    "timeline": TimelineKind,
    "trigger_kind": TriggerKind,
    "call_outcome": CallOutcome,
    "prospect_result": ProspectResult,
    "incentive_kind": IncentiveKind,
    "department": Department,
    "satisfaction": Satisfaction,
    "delivery_problem": DeliveryProblem,
    "meeting_frequency": MeetingFrequency,
    "strength": Strength,
}

# A tier's contact cadence until a manager changes it (seed 001).
DEFAULT_CADENCE_DAYS: dict[str, int] = {
    Tier.VIP: 14,
    Tier.GROWTH: 30,
    Tier.NEGATIVE: 60,
    Tier.UNCLASSIFIED: 60,
}


def word(language: str, kind: str, value: str) -> str:
    """`value` of vocabulary `kind` worded in `language`; a value the vocabulary lacks as it is."""
    vocabulary = KINDS[kind]
    member = vocabulary._value2member_map_.get(value) if isinstance(value, str) else None
    return member.words(language) if isinstance(member, Vocab) else value
