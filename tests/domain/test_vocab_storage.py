"""The vocabularies are StrEnums written as they are: the stored values stay plain strings on both
backends, read back as str, compare equal to the members, and the audit trail records the value."""

from kamdesk.rules.board_cards import BoardColumn
from kamdesk.rules.vocab import Loyalty, Role, Status, Tier
from kamdesk.services import accounts, changes, people
from kamdesk.store.models import Account, BoardCard, Rep
from tests.conftest import SCRIPT


def test_members_are_stored_as_their_values_and_read_back_as_plain_strings(opened):
    boss = people.create_rep("王经理", actor=SCRIPT)
    draft = accounts.AccountDraft(code="KA001", name="苏州华联超市", tier=Tier.VIP, status=Status.PROSPECT)
    saved = accounts.save_account(draft, actor=boss)
    columns = (Account.tier, Account.status, Account.relationship, Account.loyalty)
    stored = Account.select(*columns).where(Account.id == saved.id).tuples().get()
    assert stored == ("vip", "prospect", "ordinary", "unknown")
    assert all(type(value) is str for value in stored)
    account = Account.get_by_id(saved.id)
    assert type(account.tier) is str and account.tier == Tier.VIP and Tier(account.tier) is Tier.VIP
    assert Account.select().where(Account.tier == Tier.VIP).count() == 1
    assert Account.select().where(Account.status.in_(tuple(Status))).count() == 1
    assert Account.select().where(Account.loyalty.not_in([Loyalty.LOYAL, Loyalty.DISLOYAL])).count() == 1
    assert Rep.get_by_id(boss.id).role == Role.MANAGER == "manager"

    accounts.save_account(
        accounts.AccountDraft(**{**vars(accounts.get_account(saved.id)), "status": Status.ACTIVE}), actor=boss
    )
    status_change = [c for c in changes.account_history(saved.id) if c.field == "status"]
    assert [(c.old, c.new) for c in status_change] == [("prospect", "active")]

    BoardCard.insert_many([{"account": saved.id, "card": "quality", "column": BoardColumn.AT_RISK}]).execute()
    assert BoardCard.get(BoardCard.account == saved.id).column == "at_risk"
