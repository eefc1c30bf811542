"""Value tiers as the seeds define them (no database, no Qt). The figures they need are gathered by
kamdesk/services/value.py; the suggestions are a manager's to accept or reject.

Seed 001: VIP客户是给企业创造最大价值的客户,他们创造最大的利润,而MGC客户是最具有增长性的潜在客户,
MZ是给企业带来负增长的客户……保住开发好VIP客户,尽快挖掘出MGC客户,并迅速抛弃MZ客户 (VIP customers
create the most value, the most profit; MGC are the prospects with the most growth; MZ bring the
company negative growth: keep VIP, dig out MGC, let MZ go quickly).
Seed 003: 虽然销售额很高,而毛利率很低,并不是我们所需要的大客户 (high sales at a thin margin is not the
key account we need): so VIP is read from what an account leaves the office after its goods and the
cost of serving it, not from its sales, whenever the office's order lines carry their cost.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kamdesk.rules.vocab import Tier

COST_COVERAGE = 0.95  # the share of revenue whose cost is known before profit can judge
GROWTH_SHARE = 0.8  # growth: the accounts holding 80% of all the need not yet bought from us (80:20 again)
DEFAULT_VIP_SHARE = 0.8  # VIP: the accounts making 80% of net contribution (the office may set it)


@dataclass(frozen=True)
class AccountValue:
    """What an account brought the office over a period, in cents.

    Gross profit is revenue less the cost of the goods, over the lines whose cost is known, and
    carried over the rest of the revenue at the account's own margin (only when at least
    COST_COVERAGE of the revenue has a cost, or there was no revenue at all: `profit_known`). Cost
    to serve is what the account cost besides the goods: incentives paid in the period, and its
    contacts and complaints at the office's rates. Net contribution = gross profit - cost to serve
    (seed 001's 负增长 when below zero)."""

    account_id: int
    revenue: int
    costed_revenue: int  # the revenue of the lines whose cost is known
    cost: int  # the cost of those lines
    incentives_paid: int
    contacts_cost: int
    complaints_cost: int

    @property
    def cost_coverage(self) -> float:
        return self.costed_revenue / self.revenue if self.revenue else 0.0

    @property
    def profit_known(self) -> bool:
        return self.revenue == 0 or self.cost_coverage >= COST_COVERAGE

    @property
    def margin(self) -> float | None:
        """Gross margin over the costed lines; None without any."""
        return (self.costed_revenue - self.cost) / self.costed_revenue if self.costed_revenue else None

    @property
    def gross_profit(self) -> int | None:
        if not self.profit_known:
            return None
        return round(self.revenue * self.margin) if self.margin is not None else 0

    @property
    def cost_to_serve(self) -> int:
        return self.incentives_paid + self.contacts_cost + self.complaints_cost

    @property
    def net_contribution(self) -> int | None:
        gross = self.gross_profit
        return None if gross is None else gross - self.cost_to_serve


@dataclass(frozen=True)
class Wallet:
    """Share of wallet (顾客份额): what an account buys from us of what it needs a year."""

    account_id: int
    need: int  # the latest estimate of its annual need of our product lines, cents
    bought: int  # what it bought from us in the last twelve months

    @property
    def share(self) -> float:
        return min(self.bought / self.need, 1.0) if self.need > 0 else 1.0

    @property
    def potential(self) -> int:
        """The need not yet bought from us (seed 001's growth potential)."""
        return max(self.need - self.bought, 0)


@dataclass(frozen=True)
class Suggestion:
    """A tier the figures point to, why (a reason code), and the figures that justify it."""

    tier: str
    reason: str  # vip_profit, vip_revenue, negative, growth, none_applies
    share: float | None = None  # VIP: the cumulative share reached; growth: the share of wallet
    value: AccountValue | None = None
    wallet: Wallet | None = None
    unjudged: frozenset[str] = frozenset()  # tiers the figures could not judge this account for

    def judges_away_from(self, tier: str) -> bool:
        """Whether the figures can say the account is no longer `tier`: not when it was that tier for
        a reason they could not weigh (its cost unknown, its need never estimated)."""
        return self.tier != Tier.UNCLASSIFIED or tier not in self.unjudged


def _top(amounts: dict[int, int], share: float) -> dict[int, float]:
    """The fewest accounts (largest first, ties by lower id) that together make `share` of the
    positive total, each with the cumulative share reached with it."""
    ordered = sorted(((a, v) for a, v in amounts.items() if v > 0), key=lambda item: (-item[1], item[0]))
    total = sum(v for _, v in ordered)
    top, running = {}, 0
    for account_id, amount in ordered:
        if running / total >= share:
            break
        running += amount
        top[account_id] = running / total
    return top


def cost_coverage(values: dict[int, AccountValue]) -> float:
    """The share of all these accounts' revenue whose cost is known."""
    revenue = sum(v.revenue for v in values.values())
    return sum(v.costed_revenue for v in values.values()) / revenue if revenue else 0.0


def profit_basis(values: dict[int, AccountValue]) -> bool:
    """Whether the office's figures carry enough cost for profit to judge (else revenue does, and
    the screens say so): at least COST_COVERAGE of all revenue has its cost."""
    return cost_coverage(values) >= COST_COVERAGE


def suggest(
    values: dict[int, AccountValue], wallets: dict[int, Wallet], vip_share: float = DEFAULT_VIP_SHARE
) -> dict[int, Suggestion]:
    """Each account's suggested tier over the last twelve months.

    - Negative: net contribution below zero (seed 001's MZ: the account costs more than it brings).
      Never for a slip in purchases alone: that account is one to visit (seeds 002, 004).
    - VIP: the accounts that together make `vip_share` of the net contribution; by revenue when the
      office's lines carry too little cost (profit_basis), and then no account is judged negative.
    - Growth: the accounts, neither VIP nor negative, whose need not yet bought from us is largest:
      together GROWTH_SHARE of all such potential. Only an account with a need estimate can be
      judged for growth.
    - Unclassified: none of these.
    An account whose own cost is too little known (under a profit basis) is not judged VIP or
    negative; nobody is judged negative on a revenue basis; without a need estimate, nobody is
    judged for growth (Suggestion.unjudged). Pass every account to be judged in `values` (one with
    no activity: zeros)."""
    by_profit = profit_basis(values)
    wallets = {a: w for a, w in wallets.items() if a in values}
    out: dict[int, Suggestion] = {}
    judged = {a: v.net_contribution for a, v in values.items() if v.net_contribution is not None}
    if by_profit:
        vip = _top({a: nc for a, nc in judged.items() if nc is not None}, vip_share)
        negative = {a for a, nc in judged.items() if nc is not None and nc < 0}
    else:
        vip = _top({a: v.revenue for a, v in values.items()}, vip_share)
        negative = set()
    growth = _top(
        {a: w.potential for a, w in wallets.items() if a not in vip and a not in negative}, GROWTH_SHARE
    )
    for account_id in values:
        value, wallet = values.get(account_id), wallets.get(account_id)
        unjudged = set()
        if by_profit and account_id not in judged:
            unjudged |= {Tier.VIP, Tier.NEGATIVE}
        if not by_profit:
            unjudged.add(Tier.NEGATIVE)
        if wallet is None:
            unjudged.add(Tier.GROWTH)
        if account_id in negative:
            s = Suggestion(Tier.NEGATIVE, "negative", None, value, wallet)
        elif account_id in vip:
            s = Suggestion(
                Tier.VIP, "vip_profit" if by_profit else "vip_revenue", vip[account_id], value, wallet
            )
        elif account_id in growth:
            assert wallet is not None
            s = Suggestion(Tier.GROWTH, "growth", wallet.share, value, wallet)
        else:
            s = Suggestion(Tier.UNCLASSIFIED, "none_applies", None, value, wallet)
        out[account_id] = dataclasses.replace(s, unjudged=frozenset(unjudged))
    return out
