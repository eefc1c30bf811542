"""An archived account is read-only: nothing is recorded on it until it is restored. Every service
that records something on an account asks here first, inside its transaction."""

from __future__ import annotations

from kamdesk import errors
from kamdesk.store.models import Account, Contact, LedgerEntry


def require(account_id: int) -> None:
    """NotFoundError for no such account; ArchivedError for an archived one."""
    found = Account.select(Account.code, Account.archived_at).where(Account.id == account_id).first()
    if found is None:
        raise errors.NotFoundError(what="account", key=account_id)
    if found.archived_at is not None:
        raise errors.ArchivedError(code=found.code)


def require_for_contact(contact_id: int) -> None:
    account_id = Contact.select(Contact.account).where(Contact.id == contact_id).scalar()
    if account_id is not None:
        require(account_id)


def require_for_entry(entry_id: int) -> None:
    account_id = LedgerEntry.select(LedgerEntry.account).where(LedgerEntry.id == entry_id).scalar()
    if account_id is not None:
        require(account_id)
