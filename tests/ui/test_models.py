from kamdesk.services import contacts
from kamdesk.services.accounts import AccountIndex
from ui.accounts.account_table_model import AccountTableModel
from ui.accounts.contact_table_model import ContactTableModel


def test_account_table_model_passes_the_model_tester(qtmodeltester, office):
    model = AccountTableModel()
    model.set_rows(AccountIndex().load().search())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4


def test_empty_account_table_model_passes_the_model_tester(qtmodeltester, opened):
    qtmodeltester.check(AccountTableModel(), force_py=True)


def test_contact_table_model_passes_the_model_tester(qtmodeltester, office):
    model = ContactTableModel()
    model.set_contacts(contacts.list_contacts(office["KA002"].id))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "张伟" and model.index(0, 2).data() == "Buyer"
