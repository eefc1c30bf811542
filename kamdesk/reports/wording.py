"""Every word the printed reviews use, in Chinese and English. The vocabularies' values (tiers,
statuses, ...) are worded in kamdesk/rules/vocab.py, the board's columns in rules/board_cards.py, for
the screen and the reviews alike; the rest of the UI's wording lives in Qt's translation files."""

from __future__ import annotations

from kamdesk.rules import board_cards, vocab

WORDS = {
    "office": ("销售办公室", "Sales office"),
    "account_review": ("客户回顾", "Account review"),
    "hand_over_dossier": ("客户交接档案", "Hand-over dossier"),
    "dossier_intro": (
        "交给新负责人：谁是关键人、我们答应过什么、还有哪些未解决的投诉、接下来该做什么。",
        "For the new owner: who matters, what we promised, which complaints are still open, what comes next.",
    ),
    "open_feedback": ("未解决的投诉与建议", "Open complaints and suggestions"),
    "no_open_complaints": ("没有未解决的投诉或建议。", "No open complaints or suggestions."),
    "commitments": ("我们的承诺(未完成的跟进)", "Open commitments (follow-ups not done)"),
    "recent_visits": ("最近的深度沟通", "Latest deep-communication visits"),
    "hand_overs": ("交接记录", "Hand-overs"),
    "no_hand_overs": ("此前没有交接。", "No earlier hand-overs."),
    "handed_by": ("经办人", "Handed over by"),
    "note": ("说明", "Note"),
    "quarterly_review": ("季度客户报告", "Quarterly portfolio review"),
    "period": ("期间", "Period"),
    "page_of": ("第 {page} 页,共 {pages} 页", "Page {page} of {pages}"),
    "generated": ("生成于 {when}", "Generated {when}"),
    "profile": ("客户概况", "Profile"),
    "code": ("客户编号", "Code"),
    "industry": ("行业", "Industry"),
    "region": ("区域", "Region"),
    "address": ("地址", "Address"),
    "tier": ("价值分级", "Value tier"),
    "relationship": ("关系类型", "Relationship"),
    "loyalty": ("忠诚度", "Loyalty"),
    "loyalty_trend": ("忠诚度变化", "Loyalty trend"),
    "status": ("状态", "Status"),
    "owner": ("负责人", "Owner"),
    "dmu": ("决策单位", "Decision-making unit"),
    "name": ("姓名", "Name"),
    "title": ("职务", "Title"),
    "decision_role": ("决策角色", "Decision role"),
    "attitude": ("态度", "Attitude"),
    "phone": ("电话", "Phone"),
    "no_contacts": ("尚未记录联系人。", "No contacts recorded."),
    "board": ("一个沟通、二个一致、四个保证", "One communication, two alignments, four guarantees"),
    "card": ("卡片", "Card"),
    "state": ("状态", "State"),
    "practices": ("做法", "Practices"),
    "changes": ("本期变化", "Changes in the period"),
    "no_change": ("无变化", "no change"),
    "visits": ("本期拜访", "Visits in the period"),
    "date": ("日期", "Date"),
    "channel": ("方式", "Channel"),
    "purpose": ("目的", "Purpose"),
    "findings": ("发现", "Findings"),
    "no_visits": ("本期没有拜访记录。", "No visits in the period."),
    "ledger": ("投诉与表扬", "Complaints and praise"),
    "kind": ("类别", "Kind"),
    "guarantee": ("所属保证", "Guarantee"),
    "what": ("内容", "What was said"),
    "resolution": ("处理", "Resolution"),
    "no_ledger": ("本期没有投诉或表扬。", "No complaints or praise in the period."),
    "sales": ("销售趋势", "Sales trend"),
    "no_sales": (
        "尚无销售数据:导入 ERP 订单后,此处显示销售趋势。",
        "No sales data yet: once ERP order lines are imported, the sales trend shows here.",
    ),
    "follow_ups": ("待办跟进", "Open follow-ups"),
    "due": ("截止日期", "Due"),
    "next_step": ("下一步", "Next step"),
    "no_follow_ups": ("没有待办跟进。", "No open follow-ups."),
    "risks": ("风险与下一步", "Risks and next steps"),
    "risk_cards": ("有风险的卡片:{cards}", "Cards at risk: {cards}"),
    "risk_open_complaints": ("未解决投诉 {n} 条", "Open complaints: {n}"),
    "risk_cadence": ("已超过联系频率(最近联系:{last})", "Past the contact cadence (last contact: {last})"),
    "risk_loyalty_down": ("忠诚度下降:{before} → {after}", "Loyalty moved down: {before} → {after}"),
    "risk_suggested": ("建议关注:{cards}", "Suggested to watch: {cards}"),
    "no_risks": ("未发现明显风险。", "No notable risks."),
    "never": ("从未", "never"),
    "contents": ("目录", "Contents"),
    "kpis": ("关键指标", "Key figures"),
    "accounts_by_tier": ("按分级的客户数", "Accounts by tier"),
    "accounts_by_status": ("按状态的客户数", "Accounts by status"),
    "visits_in_quarter": ("本季度拜访次数", "Visits in the quarter"),
    "past_cadence": ("超过联系频率的客户", "Accounts past their contact cadence"),
    "open_complaints": ("未解决投诉", "Open complaints"),
    "loyalty_distribution": ("忠诚度分布", "Loyalty distribution"),
    "moved_down": ("本季度忠诚度下降的客户", "Accounts whose loyalty moved down"),
    "churned_in_quarter": ("本季度流失的客户", "Accounts churned in the quarter"),
    "board_state": ("1-2-4 状态(全部合作中客户)", "1-2-4 state across active accounts"),
    "charts": ("图表", "Charts"),
    "accounts_section": ("客户明细(按负责人)", "Accounts, by owner"),
    "owner_section": ("负责人:{owner}", "Owner: {owner}"),
    "no_owner": ("(无负责人)", "(no owner)"),
    "figure": ("数值", "Figure"),
    "count": ("数量", "Count"),
    "measure": ("指标", "Measure"),
    "last_contact": ("最近联系", "Last contact"),
    "score": ("1-2-4 得分", "1-2-4 score"),
    "score_value": ("已落实 {secured}/7,有风险 {at_risk}", "{secured}/7 secured, {at_risk} at risk"),
    "visits_count": ("本季度拜访", "Visits this quarter"),
    "sales_summary": (
        "本期销售额 {period} 元;最近 12 个月 {year} 元。",
        "Sales in the period: {period}; last 12 months: {year}.",
    ),
    "sales_section": ("销售", "Sales"),
    "revenue_in_quarter": ("本季度销售额(元)", "Revenue in the quarter"),
    "pareto_line": (
        "最近 12 个月,{top} 个客户(占 {share:.0%})贡献了 80% 的销售额。",
        "In the last 12 months, {top} accounts ({share:.0%}) made 80% of the revenue.",
    ),
    "churn_rate_line": (
        "本季度流失率:{rate:.1%}(季初 {active} 个合作中客户中流失 {churned} 个)。",
        "Churn rate this quarter: {rate:.1%} ({churned} of {active} accounts active at its start).",
    ),
    "churn_reasons": ("流失原因", "Why customers left"),
    "surface_reason": ("表面原因", "Surface reason"),
    "deep_reason": ("深层原因", "Deep reason"),
    "whitespace": ("空白市场:各产品线的购买客户", "Whitespace: accounts buying each product line"),
    "product_line": ("产品线", "Product line"),
    "buying": ("购买客户", "Accounts buying"),
    "not_buying": ("尚未购买", "Not yet buying"),
    "sales_12m": ("近 12 个月", "Last 12 months"),
}


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[0] if language.startswith("zh") else pair[1]


def word(language: str, key: str, **params: object) -> str:
    text = _pick(WORDS[key], language)
    return text.format(**params) if params else text


def code(language: str, kind: str, value: str) -> str:
    """A vocabulary's value (kind "tier", "status", ... as in vocab.KINDS) worded in `language`."""
    return vocab.word(language, kind, value)


def column(language: str, key: str) -> str:
    return board_cards.COLUMN_TITLES[key](language)
