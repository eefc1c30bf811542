import pytest

from kamdesk.services import accounts, people
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened):
    """Two accounts, KA001 and KA002, owned by their manager (returned)."""
    boss = people.create_rep("王经理", actor=SCRIPT)
    for code, name in (("KA001", "苏州华联超市"), ("KA002", "杭州天润酒店")):
        accounts.save_account(accounts.AccountDraft(code=code, name=name, owner_id=boss.id), actor=SCRIPT)
    return boss
