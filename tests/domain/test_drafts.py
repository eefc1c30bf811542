from kamdesk.services import drafts, people
from tests.conftest import SCRIPT


def test_a_draft_survives_until_discarded(opened):
    rep = people.create_rep("李娜", actor=SCRIPT)
    drafts.save("visit:new:7", rep.id, {"purpose": "季度沟通", "problems": "送货"})
    drafts.save("visit:new:7", rep.id, {"purpose": "季度深度沟通", "problems": "送货延迟"})
    assert drafts.load("visit:new:7", rep.id) == {"purpose": "季度深度沟通", "problems": "送货延迟"}
    assert drafts.keys(rep.id, "visit:") == ["visit:new:7"]
    other = people.create_rep("王芳", actor=SCRIPT)
    assert drafts.load("visit:new:7", other.id) is None  # drafts are per person
    drafts.discard("visit:new:7", rep.id)
    assert drafts.load("visit:new:7", rep.id) is None
