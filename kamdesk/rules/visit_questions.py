"""Questions for a deep-communication visit, drawn from the framework's practices (board_cards).

Seed 000 on deep communication: 大客户经理和服务代表要经常性主动上门征求大客户的意见,与大客户进行深度的
沟通,及时发现大客户的问题和潜在需求 — the KA manager and service reps call on the account often, of
their own accord, to ask its opinion, communicate in depth, and find its problems and latent needs in
time. So a visit brief does not suggest small talk: each question asks after one practice of a card
that is not secured (the account's own answer is the evidence the card needs), the cards at risk
first, then those in progress, then those not started; one question per card before a second from
any card. Seed 004 adds why asking matters: nearly 70% of churn comes from a failure at some step of
selling and serving, which the customer feels long before the supplier hears of it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kamdesk.rules import board_cards
from kamdesk.rules.board_cards import BoardColumn, Text

QUESTIONS: dict[str, Text] = {
    "dedicated_manager": Text("除了我,您希望我们哪个部门和您更直接地对接?",
                              "Besides me, which of our departments should deal with you more directly?"),
    "regular_visits": Text("最近有什么问题或不满意的地方,是我们还没有听到的?",
                           "What problem or dissatisfaction have we not heard about yet?"),
    "resident_rep": Text("日常服务上,派一位我们的人常驻您这里会有帮助吗?",
                         "Would a service rep of ours stationed with you help your daily operations?"),
    "future_needs": Text("未来一年,您预计会需要哪些新产品或新规格?",
                         "Which new products or specifications will you need in the next year?"),
    "roadmap_shared": Text("我们的新品规划里,哪些对您最有用?",
                           "Which items of our new-product plans matter most to you?"),
    "custom_products": Text("有没有现有产品满足不了、需要定制的地方?",
                            "Where do our current products fall short, so that a custom product would help?"),
    "strategy_known": Text("贵公司今年的发展重点是什么?我们能在哪方面配合?",
                           "What is your company focusing on this year, and where can we support it?"),
    "partnership": Text("哪些方面我们可以合作得更紧密,比如联合计划或联合小组?",
                        "Where could we work more closely, for example with a joint plan or a joint team?"),
    "no_open_quality": Text("最近的产品质量有没有让您担心的地方?",
                            "Has anything about our products' quality worried you lately?"),
    "issues_closed": Text("之前反映的质量问题,现在是否已经彻底解决?",
                          "Are the quality problems you raised before fully solved now?"),
    "timely_answers": Text("您找我们处理问题时,响应速度让您满意吗?",
                           "When you ask us for help, do we answer fast enough?"),
    "service_complaints_resolved": Text("我们的服务,哪一点最需要改进?",
                                        "What one thing about our service most needs to improve?"),
    "peak_planned": Text("旺季前,您现在的库存和预计需货量是多少?",
                         "Before the peak season: what stock do you hold, and how much will you need?"),
    "on_time_full": Text("最近的交货是否准时足量?急单有没有耽误?",
                         "Have recent deliveries been on time and complete, and were urgent orders met?"),
    "incentives": Text("现在的返利和促销政策对您的销售帮助大吗?",
                       "Are the current rebates and promotions helping your sales?"),
    "value_reviewed": Text("和其他供应商相比,您觉得我们在哪方面还有差距?",
                           "Compared with other suppliers, where do we still fall short?"),
}  # fmt: skip

FIRST_ASKED = (BoardColumn.AT_RISK, BoardColumn.IN_PROGRESS, BoardColumn.NOT_STARTED)
# Within a card, what to ask first: the customer's view before our own arrangements (seed 000: 上门征求
# 大客户的意见 — ask the account's opinion; who of ours faces them is ours to settle).
ASK_FIRST = {"communication": ("regular_visits", "dedicated_manager", "resident_rep")}
COUNT = 3


@dataclass(frozen=True)
class CardSeen:
    """What the choice needs of a card: where it stands and which practices are done."""

    key: str
    column: str
    done_practices: frozenset[str]
    suggest_at_risk: bool = False  # signals say at risk though it is not there (board.CardState)


@dataclass(frozen=True)
class Question:
    card: str
    practice: str

    def text(self, language: str) -> str:
        return QUESTIONS[self.practice](language)


def suggest(cards: Iterable[CardSeen], count: int = COUNT) -> list[Question]:
    """Up to `count` questions: the not-done practices of the cards that need them most (at risk, or
    suggested at risk, first), one per card in turn. A board all secured still asks seed 000's
    standing question of every visit (problems not heard of yet), then the secured cards' practices."""

    def rank(card: CardSeen) -> int:
        column = BoardColumn.AT_RISK if card.suggest_at_risk else card.column
        return FIRST_ASKED.index(column) if column in FIRST_ASKED else len(FIRST_ASKED)

    order = {key: n for n, key in enumerate(board_cards.CARD_KEYS)}
    ranked = sorted(cards, key=lambda c: (rank(c), order[c.key]))
    needing = [c for c in ranked if rank(c) < len(FIRST_ASKED)]
    open_practices = [
        [p for p in _practices(c.key) if p not in c.done_practices] or list(_practices(c.key))
        for c in needing
    ]
    chosen: list[Question] = []
    turn = 0
    while len(chosen) < count and any(turn < len(keys) for keys in open_practices):
        for card, keys in zip(needing, open_practices, strict=True):
            if turn < len(keys) and len(chosen) < count:
                chosen.append(Question(card.key, keys[turn]))
        turn += 1
    if len(chosen) < count and not any(q.practice == "regular_visits" for q in chosen):
        chosen.append(Question("communication", "regular_visits"))
    for card in ranked:
        for practice in _practices(card.key):
            if len(chosen) >= count:
                return chosen
            if all(q.practice != practice for q in chosen):
                chosen.append(Question(card.key, practice))
    return chosen


def _practices(card: str) -> tuple[str, ...]:
    return ASK_FIRST.get(card) or tuple(p.key for p in board_cards.BY_KEY[card].practices)
