import pytest

from kamdesk import errors
from kamdesk.services import accounts, contacts
from kamdesk.services.contacts import ContactDraft
from kamdesk.store.models import Contact
from tests.conftest import SCRIPT


@pytest.fixture
def account(opened):
    return accounts.save_account(
        accounts.AccountDraft(code="KA1", name="南京金丰汽车部件有限公司"), actor=SCRIPT
    )


def test_contact_round_trip(account):
    saved = contacts.save_contact(ContactDraft(
            account_id=account.id, name="陈静", title="采购总监", decision_role="decision_maker",
            attitude="champion", phone="+86 138 0000 1234", wechat="chenjing88", email="chen@jinfeng.cn",
        ), actor=SCRIPT)  # fmt: skip
    assert contacts.list_contacts(account.id) == [saved]
    edited = contacts.save_contact(ContactDraft(**{**saved.__dict__, "attitude": "opponent"}), actor=SCRIPT)
    assert edited.version == saved.version + 1
    assert contacts.get_contact(saved.id).attitude == "opponent"
    contacts.delete_contact(saved.id, actor=SCRIPT)
    assert contacts.list_contacts(account.id) == []


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("name", " ", "required"),
        ("email", "chen@", "invalid_email"),
        ("phone", "call me", "invalid_phone"),
        ("decision_role", "boss", "invalid_choice"),
    ],
)
def test_bad_contact_input_is_refused_whole(account, field, value, code):
    draft = ContactDraft(account_id=account.id, **{"name": "陈静", field: value})
    with pytest.raises(errors.ValidationError) as caught:
        contacts.save_contact(draft, actor=SCRIPT)
    assert caught.value.errors == {field: code}
    assert Contact.select().count() == 0


def test_phone_numbers_as_offices_write_them(account):
    for phone in ("0512-6788 1234", "138 0000 1234", "+86 (21) 5555-1234", "021-5555 1234 转 806"):
        contacts.save_contact(ContactDraft(account_id=account.id, name="王", phone=phone), actor=SCRIPT)
    assert Contact.select().count() == 4


def test_account_whose_contacts_were_removed_can_be_erased(account):
    contacts.save_contact(ContactDraft(account_id=account.id, name="王"), actor=SCRIPT)
    Contact.delete().execute()  # a contact-free account is erased outright
    assert accounts.remove_account(account.id, actor=SCRIPT) == "deleted"
