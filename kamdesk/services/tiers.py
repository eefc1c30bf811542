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
from kamdesk.rules.vocab import Status, Tier
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


def tier_suggestions(today: dt.date | None = None) -> list[TierSuggestion]:
    """Where the seeds' measures (kamdesk.rules.value_tiers) say another tier than the account has,
    and no manager has rejected that yet. An account whose growth cannot be judged (no need
    estimate) is not suggested down from growth for that alone."""
    today = today or clock.today()
    suggested = value_tiers.suggest(value.trailing_values(today), value.wallets(today), value.vip_share())
    refused = TierDecision.select().where(TierDecision.accepted == False)  # noqa: E712 (a peewee expression)
    rejected = {(d.account_id, d.suggested) for d in refused}
    found = []
    query = Account.select(Account.id, Account.code, Account.name, Account.tier).where(
        (Account.status == Status.ACTIVE) & Account.archived_at.is_null()
    )
    for account_id, code, name, tier in tuples(query):
        s = suggested.get(account_id)
        if s is None or s.tier == tier or (account_id, s.tier) in rejected:
            continue
        if tier == Tier.GROWTH and s.reason == "no_need_estimate":
            continue
        found.append(
            TierSuggestion(account_id, code, name, tier, s.tier, s.reason, s.share, s.value, s.wallet)
        )
    found.sort(key=lambda s: (-s.revenue_cents, s.code))
    return found


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
