"""Value-tier suggestions (kamdesk.rules.value_tiers) for the office's active accounts, and a
manager's decision on each, kept with the reason and the figures the manager saw."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from kamdesk import clock
from kamdesk.actor import Actor, require_manager
from kamdesk.rules import value_tiers
from kamdesk.rules.value_tiers import AccountValue, Wallet
from kamdesk.rules.vocab import Status
from kamdesk.services import value
from kamdesk.store import db
from kamdesk.store.models import Account, TierDecision
from kamdesk.store.row_values import tuples


@dataclass(frozen=True)
class TierSuggestion:
    """A tier the figures point to for an account, why, and the figures a manager decides on."""

    account_id: int
    code: str
    name: str
    current: str
    suggested: str
    reason: str  # kamdesk.rules.value_tiers.Suggestion.reason
    share: float | None  # VIP: the cumulative share of contribution (or revenue); growth: share of wallet
    value: AccountValue | None  # the last twelve months
    wallet: Wallet | None

    @property
    def revenue_cents(self) -> int:
        return self.value.revenue if self.value else 0

    def reason_json(self) -> str:
        """What the manager saw, kept with the decision."""
        figures: dict[str, object] = {"reason": self.reason, "share": self.share}
        if self.value is not None:
            v = self.value
            figures |= {"revenue": v.revenue, "gross_profit": v.gross_profit,
                        "cost_to_serve": v.cost_to_serve, "net_contribution": v.net_contribution}  # fmt: skip
        if self.wallet is not None:
            figures |= {"need": self.wallet.need, "bought": self.wallet.bought}
        return json.dumps(figures)


def tier_suggestions(
    today: dt.date | None = None, year: value.TrailingYear | None = None
) -> list[TierSuggestion]:
    """Where the seeds' measures (kamdesk.rules.value_tiers) say another tier than an active account
    has, and no manager has rejected that suggestion for that reason yet. The active accounts alone
    are ranked (a churned one's past sales make nobody VIP); one with no activity in the twelve
    months is ranked with zeros. An account is not suggested down from a tier the figures could not
    judge it for (its cost unknown, its need never estimated)."""
    today = today or clock.today()
    year = year or value.trailing_year(today)
    query = Account.select(Account.id, Account.code, Account.name, Account.tier).where(
        (Account.status == Status.ACTIVE) & Account.archived_at.is_null()
    )
    active = list(tuples(query))
    values = {a: year.values.get(a) or AccountValue(a, 0, 0, 0, 0, 0, 0) for a, *_ in active}
    suggested = value_tiers.suggest(values, year.wallets, value.vip_share())
    found = []
    rejected = _rejected()
    for account_id, code, name, tier in active:
        s = suggested[account_id]
        if s.tier == tier or (account_id, s.tier, s.reason) in rejected or not s.judges_away_from(tier):
            continue
        found.append(
            TierSuggestion(account_id, code, name, tier, s.tier, s.reason, s.share, s.value, s.wallet)
        )
    found.sort(key=lambda s: (-s.revenue_cents, s.code))
    return found


def _rejected() -> set[tuple[int, str, str]]:
    """(account, tier, reason) a manager said no to. A rejection holds for the reason it answered:
    one made before the seeds' measures (no reason kept) does not silence them."""
    out = set()
    refused = TierDecision.select(TierDecision.account, TierDecision.suggested, TierDecision.reason).where(
        TierDecision.accepted == False  # noqa: E712 (a peewee expression)
    )
    for account_id, tier, reason in tuples(refused):
        try:
            code = json.loads(reason).get("reason") if reason else None
        except (ValueError, AttributeError):
            code = None
        if code:
            out.add((account_id, tier, code))
    return out


def decide_tier(suggestion: TierSuggestion, accept: bool, *, actor: Actor) -> None:
    """A manager accepts (the account's tier changes) or rejects (it is not suggested again); the
    reason and figures are kept with the decision."""
    require_manager(actor, "change value tiers")
    with db.writing(actor):
        TierDecision.insert(
            account=suggestion.account_id, suggested=suggestion.suggested, previous=suggestion.current,
            accepted=accept, decided_by=actor.id, decided_at=clock.now(), reason=suggestion.reason_json(),
        ).execute()  # fmt: skip
        if accept:
            Account.update(
                tier=suggestion.suggested, updated_at=clock.now(), version=Account.version + 1
            ).where(Account.id == suggestion.account_id).execute()
