"""The retention framework 一个沟通、二个一致、四个保证 (seed 000) as data: the board's columns and
the seven cards with their practices. Wording lives here, in both languages, so the office can adapt
it without touching any widget."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kamdesk.rules.vocab import Guarantee


@dataclass(frozen=True)
class Text:
    zh_CN: str
    en: str

    def __call__(self, language: str) -> str:
        return self.zh_CN if language.startswith("zh") else self.en


@dataclass(frozen=True)
class Practice:
    key: str
    text: Text


@dataclass(frozen=True)
class Card:
    key: str
    group: str  # communication, alignment, guarantee
    title: Text
    practices: tuple[Practice, ...]
    guarantee: Guarantee | None = None  # the ledger guarantee whose open complaints weigh on this card

    @property
    def short(self) -> Text:
        """For narrow places (grid headers, chart labels): "保证②" / "Guarantee 2"."""
        return SHORT[self.key]


class BoardColumn(enum.StrEnum):
    """A card's column, as stored (BoardCard.column); its wording is its Column's title below."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SECURED = "secured"
    AT_RISK = "at_risk"


@dataclass(frozen=True)
class Column:
    key: BoardColumn
    title: Text


COLUMNS = (
    Column(BoardColumn.NOT_STARTED, Text("待开展", "Not started")),
    Column(BoardColumn.IN_PROGRESS, Text("进行中", "In progress")),
    Column(BoardColumn.SECURED, Text("已落实", "Secured")),
    Column(BoardColumn.AT_RISK, Text("有风险", "At risk")),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
COLUMN_TITLES: dict[str, Text] = {c.key: c.title for c in COLUMNS}

CARDS = (
    Card("communication", "communication", Text("一个沟通:深度沟通", "One communication: deep communication"), (
        Practice("dedicated_manager", Text("已指定专门的大客户经理/部门", "A dedicated KA manager or department is assigned")),
        Practice("regular_visits", Text("定期上门深度沟通,征求意见、发现问题和潜在需求",
                                        "Regular deep-communication visits: ask for opinions, find problems and latent needs")),
        Practice("resident_rep", Text("条件允许时派驻服务代表", "A resident service rep where the account warrants it")),
    ), guarantee=Guarantee.COMMUNICATION),
    Card("product_alignment", "alignment", Text("一致①:与客户产品需求一致", "Alignment 1: the account's product needs"), (
        Practice("future_needs", Text("了解客户将需要哪些新产品", "We know which new products the account will need")),
        Practice("roadmap_shared", Text("已共享研发/新品规划", "R&D / new-product roadmap shared")),
        Practice("custom_products", Text("需要时提供定制产品", "Custom products offered when needed")),
    )),
    Card("strategy_alignment", "alignment", Text("一致②:与客户发展战略一致", "Alignment 2: the account's business strategy"), (
        Practice("strategy_known", Text("了解客户当前的发展战略", "We know the account's current strategy")),
        Practice("partnership", Text("已建立或计划建立战略合作伙伴关系", "Strategic partnership in place or planned")),
    )),
    Card("quality", "guarantee", Text("保证①:产品质量", "Guarantee 1: product quality"), (
        Practice("no_open_quality", Text("没有未解决的质量投诉", "No open quality complaints")),
        Practice("issues_closed", Text("质量问题已解决并关闭", "Quality issues resolved and closed")),
    ), guarantee=Guarantee.QUALITY),
    Card("service", "guarantee", Text("保证②:服务质量", "Guarantee 2: service quality"), (
        Practice("timely_answers", Text("服务请求及时响应", "Service requests answered in time")),
        Practice("service_complaints_resolved", Text("服务投诉已解决", "Service complaints resolved")),
    ), guarantee=Guarantee.SERVICE),
    Card("logistics", "guarantee", Text("保证③:物流通畅,准时足量交货", "Guarantee 3: smooth logistics, on time and in full"), (
        Practice("peak_planned", Text("已提前沟通淡旺季需求与库存", "Peak-season demand and stock discussed in advance")),
        Practice("on_time_full", Text("交货准时足量,急单能满足", "Deliveries on time and complete; urgent orders met")),
    ), guarantee=Guarantee.LOGISTICS),
    Card("value", "guarantee", Text("保证④:顾客让渡价值不低于竞争对手", "Guarantee 4: customer value at least the competitors'"), (
        Practice("incentives", Text("激励政策到位(折扣、返利、联合促销、销售竞赛)",
                                    "Incentive policy in place (discounts, rebates, joint promotions, contests)")),
        Practice("value_reviewed", Text("已对照竞品评估总价值与购买成本", "Total value and cost-to-buy reviewed against competitors")),
    ), guarantee=Guarantee.VALUE),
)  # fmt: skip
SHORT = {
    "communication": Text("一个沟通", "Communication"),
    "product_alignment": Text("一致①", "Alignment 1"),
    "strategy_alignment": Text("一致②", "Alignment 2"),
    "quality": Text("保证①", "Guarantee 1"),
    "service": Text("保证②", "Guarantee 2"),
    "logistics": Text("保证③", "Guarantee 3"),
    "value": Text("保证④", "Guarantee 4"),
}
CARD_KEYS = tuple(c.key for c in CARDS)
BY_KEY = {c.key: c for c in CARDS}
