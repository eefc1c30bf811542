"""The customer names an ERP writes, and the accounts they mean (issue 20): a name that matches no
account, or several, is mapped once by a user to an account, or becomes a new account; every later
file with that name then imports on every seat."""

from __future__ import annotations

from kamdesk import clock, errors
from kamdesk.actor import Actor
from kamdesk.exchange.erp_files import name_key
from kamdesk.services import accounts
from kamdesk.store import db
from kamdesk.store.models import Account, CustomerName
from kamdesk.store.row_values import tuples


def remember(names: dict[str, int | None], *, actor: Actor) -> dict[str, int]:
    """Each ERP name -> the account it means (None: a new account of that name, with a made-up code
    C00001, C00002, ... until the account list brings the ERP's own). All in one transaction.
    Returns every name's account."""
    chosen: dict[str, int] = {}
    with db.writing(actor):
        for name, account_id in names.items():
            if not name.strip():
                raise errors.ValidationError({"name": "required"})
            if account_id is None:
                draft = accounts.AccountDraft(code=_next_code(), name=name.strip(), owner_id=actor.id)
                account_id = accounts.save_account(draft, actor=actor).id
                assert account_id is not None
            elif not Account.select().where(Account.id == account_id).exists():
                raise errors.NotFoundError(what="account", key=account_id)
            key = name_key(name)
            updated = CustomerName.update(account=account_id).where(CustomerName.name_key == key).execute()
            if not updated:
                CustomerName.insert(name_key=key, account=account_id, created_at=clock.now()).execute()
            chosen[name] = account_id
    return chosen


def _next_code() -> str:
    codes = tuples(Account.select(Account.code).where(Account.code.startswith("C")))
    numbers = [int(code[1:]) for (code,) in codes if code[1:].isdigit()]
    return f"C{max(numbers, default=0) + 1:05d}"
