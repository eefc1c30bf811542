"""Who acts: one Actor passed to every service that changes data, one manager check, and the audit
trail recording each change under the actor that made it, with nothing kept per process."""

import ast
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from kamdesk import clock, errors
from kamdesk.actor import Actor, require_manager
from kamdesk.services import accounts, changes, follow_ups, people
from kamdesk.store.models import AuditEntry
from tests.conftest import SCRIPT

KAMDESK = Path(__file__).resolve().parents[2] / "kamdesk"


@pytest.fixture
def office(opened):
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", actor=SCRIPT)
    account = accounts.save_account(accounts.AccountDraft(code="KA001", name="苏州华联超市"), actor=boss)
    return {"boss": boss, "li": li, "account": account}


def test_only_a_manager_passes_the_manager_check_and_the_refusal_names_the_action():
    require_manager(Actor(1, "王经理", "manager"), "hand accounts over")
    require_manager(Actor.command_line(), "hand accounts over")
    with pytest.raises(errors.PermissionDeniedError) as refused:
        require_manager(Actor(2, "李娜", "rep"), "hand accounts over")
    assert str(refused.value) == "Only a manager may hand accounts over."
    with pytest.raises(errors.PermissionDeniedError):
        require_manager(Actor.newcomer(), "change who works here")


def test_each_change_is_recorded_under_the_actor_passed_one_after_another(office):
    account = office["account"]
    draft = accounts.get_account(account.id)
    draft = accounts.save_account(replace(draft, address="人民路 1 号"), actor=office["li"])
    accounts.save_account(replace(draft, address="人民路 2 号"), actor=office["boss"])
    follow_ups.add_follow_up(account.id, "回访", office["li"].id, draft_day(), actor=SCRIPT)

    trail = changes.account_history(account.id)
    addresses = [(c.who, c.new) for c in trail if c.field == "address"]
    assert addresses == [("王经理", "人民路 2 号"), ("李娜", "人民路 1 号")]
    assert [c.who for c in trail if c.table == "follow_up"] == [""]  # the command line: no person
    assert [c.who for c in trail if c.table == "account" and c.action == "insert"] == ["王经理"]


def draft_day():
    return clock.today()


def test_a_failed_change_leaves_no_actor_behind_for_the_next_one(office):
    account = office["account"]
    with pytest.raises(errors.PermissionDeniedError):
        accounts.remove_account(account.id, actor=office["li"])
    stale = accounts.get_account(account.id)
    accounts.save_account(replace(stale, notes="一"), actor=office["boss"])
    with pytest.raises(errors.ConflictError):  # the same old copy again: refused inside the transaction
        accounts.save_account(replace(stale, notes="二"), actor=office["li"])
    follow_ups.add_follow_up(account.id, "回访", office["li"].id, draft_day(), actor=SCRIPT)
    newest = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (newest.table_name, newest.rep_id) == ("follow_up", None)


def test_two_threads_writing_at_once_are_each_recorded_under_their_own_actor(office):
    """As two operations running at once off the window's thread would (each thread has its connection)."""
    account_id = office["account"].id
    both_inside = threading.Barrier(2, timeout=10)
    failures = []

    def note(actor, text):
        try:
            both_inside.wait()
            follow_ups.add_follow_up(account_id, text, office["li"].id, draft_day(), actor=actor)
        except Exception as exc:  # reported below, with the thread's own error
            failures.append(exc)

    threads = [
        threading.Thread(target=note, args=(office["boss"], "王经理记下的")),
        threading.Thread(target=note, args=(office["li"], "李娜记下的")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    recorded = {c.subject: c.who for c in changes.account_history(account_id) if c.table == "follow_up"}
    assert recorded == {"王经理记下的": "王经理", "李娜记下的": "李娜"}


def test_a_newcomer_adds_themselves_as_a_rep_and_only_a_manager_adds_others(office):
    me = people.create_rep("赵强", actor=Actor.newcomer())
    assert me.role == "rep"
    with pytest.raises(errors.PermissionDeniedError):
        people.create_rep("钱多多", "manager", actor=Actor.newcomer())
    with pytest.raises(errors.PermissionDeniedError):
        people.create_rep("孙悟", actor=office["li"])
    assert people.create_rep("孙悟", actor=office["boss"]).role == "rep"
    assert {r.name for r in people.list_reps()} == {"王经理", "李娜", "赵强", "孙悟"}


def _writing_functions() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted((KAMDESK / "services").glob("*.py")) + sorted((KAMDESK / "exchange").glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                source = ast.unparse(node)
                if "db.writing(" in source or "import_" in node.name:
                    found.append((f"{path.stem}.{node.name}", node))
    return found


def test_every_service_that_writes_takes_the_actor_as_a_keyword():
    found = _writing_functions()
    assert len(found) >= 30  # the scan sees the services
    without = [
        name
        for name, node in found
        if not any(a.arg == "actor" and ast.unparse(a.annotation) == "Actor" for a in node.args.kwonlyargs)
    ]
    assert without == []


def test_the_manager_check_is_written_once():
    """Services say what needs a manager through require_manager; only kamdesk/actor.py raises it."""
    raising = [
        f"{path.relative_to(KAMDESK)}:{number}"
        for path in sorted(KAMDESK.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "PermissionDeniedError(" in line and path.name not in ("actor.py", "errors.py")
    ]
    assert raising == []
