"""An account's contacts: its decision-making unit (决策单位)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from kamdesk import errors
from kamdesk.actor import Actor, require_owner_or_manager
from kamdesk.rules.validation import Checker
from kamdesk.rules.vocab import Attitude, DecisionRole
from kamdesk.services import changes, live, with_clean_text
from kamdesk.store import db
from kamdesk.store.models import Account, Contact, Counterpart, JointTeamMember, PersonalNote, now


@dataclass(frozen=True)
class ContactDraft:
    account_id: int
    name: str = ""
    title: str = ""
    decision_role: str = DecisionRole.USER
    attitude: str = Attitude.UNKNOWN
    phone: str = ""
    wechat: str = ""
    email: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 0


TEXT_FIELDS = {"name": 60, "title": 60, "phone": 40, "wechat": 60, "email": 120, "notes": 5000}
EDITABLE = [f.name for f in fields(ContactDraft) if f.name not in ("id", "version", "account_id")]


def _draft(contact: Contact) -> ContactDraft:
    values = {name: getattr(contact, name) for name in EDITABLE}
    return ContactDraft(account_id=contact.account_id, id=contact.id, version=contact.version, **values)


def list_contacts(account_id: int) -> list[ContactDraft]:
    query = Contact.select().where(Contact.account == account_id).order_by(Contact.id)
    return [_draft(c) for c in query]


def get_contact(contact_id: int) -> ContactDraft:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise errors.NotFoundError(what="contact", key=contact_id)
    return _draft(contact)


def validate(draft: ContactDraft) -> ContactDraft:
    draft = with_clean_text(draft, TEXT_FIELDS)
    check = Checker()
    check.required("name", draft.name)
    for name, limit in TEXT_FIELDS.items():
        check.max_length(name, getattr(draft, name), limit)
    check.choice("decision_role", draft.decision_role, DecisionRole)
    check.choice("attitude", draft.attitude, Attitude)
    check.phone("phone", draft.phone)
    check.email("email", draft.email)
    check.raise_if_any()
    return draft


def save_contact(draft: ContactDraft, *, actor: Actor) -> ContactDraft:
    with db.writing(actor):
        draft = validate(draft)
        live.require(draft.account_id)
        values = {name: getattr(draft, name) for name in EDITABLE}
        if draft.id is None:
            contact_id = Contact.insert(account=draft.account_id, **values).execute()
        else:
            changed = (
                Contact.update(**values, updated_at=now(), version=Contact.version + 1)
                .where((Contact.id == draft.id) & (Contact.version == draft.version))
                .execute()
            )
            if not changed:
                if Contact.select().where(Contact.id == draft.id).exists():
                    raise changes.conflict("contact", "contact", draft.id)
                raise errors.NotFoundError(what="contact", key=draft.id)
            contact_id = draft.id
    return get_contact(contact_id)


def delete_contact(contact_id: int, *, actor: Actor) -> None:
    """Removing a person removes what hangs on them: their ties to our people, their place on joint
    teams and the personal notes on them, which only the account's owner or a manager may let go."""
    with db.writing(actor):
        live.require_for_contact(contact_id)
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise errors.NotFoundError(what="contact", key=contact_id)
        if _relationships_hang_on(contact_id):
            owner = Account.select(Account.owner).where(Account.id == contact.account_id).scalar()
            require_owner_or_manager(
                actor, owner, "remove a person with ties, a joint team or personal notes"
            )
        Contact.delete().where(Contact.id == contact_id).execute()


def _relationships_hang_on(contact_id: int) -> bool:
    return any(
        model.select().where(model.contact == contact_id).exists()
        for model in (Counterpart, JointTeamMember, PersonalNote)
    )
