"""Every account with the prospect status has a scorecard, however it got the status (the prospect
form, the account form, an import, the demo, an older database)."""

from __future__ import annotations

from peewee import JOIN

from kamdesk import clock
from kamdesk.rules.vocab import ProspectResult, Status
from kamdesk.store.models import Account, ProspectCard
from kamdesk.store.row_values import tuples


def ensure_cards(account_ids: list[int] | None = None) -> int:
    """Add an empty card to each prospect that has none; returns how many were added."""
    query = (
        Account.select(Account.id)
        .join(ProspectCard, JOIN.LEFT_OUTER, on=(ProspectCard.account == Account.id))
        .where((Account.status == Status.PROSPECT) & ProspectCard.id.is_null())
    )
    if account_ids is not None:
        query = query.where(Account.id.in_(account_ids))
    missing = [account_id for (account_id,) in tuples(query)]
    moment = clock.now()
    rows = [{"account": a, "created_at": moment, "updated_at": moment} for a in missing]
    for start in range(0, len(rows), 500):
        ProspectCard.insert_many(rows[start : start + 500]).execute()
    return len(rows)


def mark_won(account_id: int) -> None:
    """The account became a customer by other means than a logged call (e.g. its status edited)."""
    ProspectCard.update(result=ProspectResult.WON, closed_on=clock.today(), updated_at=clock.now(),
                        version=ProspectCard.version + 1).where(
        (ProspectCard.account == account_id) & (ProspectCard.result != ProspectResult.WON)
    ).execute()  # fmt: skip
