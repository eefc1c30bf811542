"""The relationship map (seeds 001, 002): our people facing theirs, joint teams, and the personal side
of key people, seen by the account's owner and the managers only, with birthdays coming up."""

import datetime as dt

import pytest

from kamdesk import errors
from kamdesk.actor import Actor
from kamdesk.services import accounts, contacts, people, relationships
from kamdesk.services.relationships import CounterpartDraft, TeamDraft
from kamdesk.store.models import AuditEntry, JointTeamMember, PersonalNote
from tests.conftest import SCRIPT


@pytest.fixture
def office(opened, clock_at):
    clock_at(dt.datetime(2026, 12, 1, 9))
    boss = people.create_rep("王经理", actor=SCRIPT)
    li = people.create_rep("李娜", "rep", actor=SCRIPT)
    zhao = people.create_rep("赵强", "rep", actor=SCRIPT)
    account = accounts.save_account(
        accounts.AccountDraft(code="A", name="客户A", owner_id=li.id), actor=SCRIPT
    )
    ids = {}
    for name, title in (("张伟", "采购经理"), ("刘敏", "财务总监"), ("陈刚", "物流经理")):
        ids[name] = contacts.save_contact(
            contacts.ContactDraft(account.id, name=name, title=title), actor=SCRIPT
        ).id
    actors = {rep.name: Actor(rep.id, rep.name, rep.role) for rep in (boss, li, zhao)}
    return {"account": account.id, "li": li, "actors": actors, **ids}


def test_the_map_shows_who_faces_whom_and_the_gaps(office):
    li = office["actors"]["李娜"]
    relationships.save_counterpart(CounterpartDraft(office["张伟"], rep_id=office["li"].id, strength="friend",
                                                    meets="monthly"), actor=li)  # fmt: skip
    relationships.save_counterpart(CounterpartDraft(office["刘敏"], "陈会计", our_title="财务经理"), actor=li)
    with pytest.raises(errors.ValidationError) as caught:
        relationships.save_counterpart(CounterpartDraft(office["陈刚"], "", meets="hourly"), actor=li)
    assert caught.value.errors == {"our_name": "required", "meets": "invalid_choice"}
    found = relationships.relationship_map(office["account"])
    assert found.ours == ["李娜", "陈会计"]  # the rep's name taken from the rep
    assert [(pid, ours, strength) for pid, ours, strength, _ in found.links] == [
        (office["张伟"], "李娜", "friend"), (office["刘敏"], "陈会计", "working")]  # fmt: skip
    assert found.unfaced == ["陈刚"]
    assert AuditEntry.select().where(AuditEntry.table_name == "counterpart").count() == 2  # in its history


def test_a_joint_team_needs_both_sides_and_keeps_its_meetings(office, clock_at):
    li = office["actors"]["李娜"]
    with pytest.raises(errors.ValidationError) as caught:
        only_theirs = TeamDraft(office["account"], "联合供应链小组", their_contact_ids=(office["陈刚"],))
        relationships.save_team(only_theirs, actor=li)
    assert caught.value.errors == {"members": "both_sides"}
    team_id = relationships.save_team(TeamDraft(
        office["account"], "联合供应链小组", "旺季备货", "monthly", (office["陈刚"], office["刘敏"]),
        (office["li"].id,), ("赵主管",)), actor=li)  # fmt: skip
    assert JointTeamMember.select().where(JointTeamMember.team == team_id).count() == 4
    relationships.record_meeting(team_id, dt.date(2026, 11, 20), "定下备货量", actor=li)
    [team] = relationships.teams(office["account"])
    assert (team.theirs, team.ours, team.meetings) == (("陈刚", "刘敏"), ("李娜", "赵主管"),
                                                       ((dt.date(2026, 11, 20), "定下备货量"),))  # fmt: skip
    with pytest.raises(errors.ValidationError):
        relationships.record_meeting(team_id, dt.date(2026, 12, 2), "", actor=li)


def test_personal_notes_are_for_the_owner_and_managers_only(office, clock_at):
    li, zhao, boss = (office["actors"][n] for n in ("李娜", "赵强", "王经理"))
    relationships.save_personal(office["张伟"], (12, 10), "爱喝普洱茶", "女儿明年高考", actor=li)
    assert relationships.personal(office["张伟"], actor=boss).interests == "爱喝普洱茶"
    with pytest.raises(errors.PermissionDeniedError):
        relationships.personal(office["张伟"], actor=zhao)  # another rep
    with pytest.raises(errors.PermissionDeniedError):
        relationships.save_personal(office["张伟"], None, "", "", actor=zhao)
    assert PersonalNote.get().interests == "爱喝普洱茶"  # unchanged
    assert (
        AuditEntry.select().where(AuditEntry.table_name == "personal_note").count() == 0
    )  # not in the trail
    with pytest.raises(errors.ValidationError) as caught:
        relationships.save_personal(office["刘敏"], (2, 30), "", "", actor=li)
    assert caught.value.errors == {"birthday": "out_of_range"}
    relationships.save_personal(office["刘敏"], (2, 29), "", "", actor=li)  # a leap-day birthday
    relationships.save_personal(office["陈刚"], (11, 30), "", "", actor=li)  # yesterday: next year's
    coming = relationships.birthdays(li, None, dt.date(2026, 12, 1))
    assert [(b.contact, b.day) for b in coming] == [("张伟", dt.date(2026, 12, 10))]
    assert relationships.birthdays(zhao, None, dt.date(2026, 12, 1)) == []  # not his accounts
    assert len(relationships.birthdays(boss, None, dt.date(2026, 12, 1))) == 1  # a manager sees everyone's
    in_february = relationships.birthdays(li, li.id, dt.date(2027, 2, 20))
    assert [(b.contact, b.day) for b in in_february] == [("刘敏", dt.date(2027, 2, 28))]  # not a leap year


def test_the_quarterly_review_counts_the_strategic_accounts_joint_teams(office, clock_at, tmp_path):
    import re

    from kamdesk.reports.quarterly_review import QuarterlyReview
    from kamdesk.rules import periods
    from kamdesk.services import quarter_figures
    from tests.domain.test_reports import read

    li = office["actors"]["李娜"]
    draft = accounts.get_account(office["account"])
    accounts.save_account(
        accounts.AccountDraft(**{**draft.__dict__, "relationship": "strategic"}), actor=SCRIPT
    )
    q4 = periods.quarter(2026, 4)
    assert quarter_figures.quarter_figures(q4).joint_teams == (1, 0, 0, 0)
    draft = TeamDraft(
        office["account"], "联合供应链小组", "", "monthly", (office["陈刚"],), (office["li"].id,)
    )
    team = relationships.save_team(draft, actor=li)
    relationships.record_meeting(team, dt.date(2026, 12, 1), "备货", actor=li)
    figures = quarter_figures.quarter_figures(q4)
    assert figures.joint_teams == (1, 1, 1, 1)
    json = figures.to_json()
    assert (json["strategic_accounts_with_a_joint_team"], json["joint_teams_met_in_quarter"]) == (1, 1)
    text = re.sub(r"\s+", " ", "\n".join(read(QuarterlyReview(figures, "en").write(tmp_path / "q.pdf"))))
    assert "1 of the 1 strategic accounts at the end have a joint team (seed 001); 1 of 1 teams met" in text
    assert quarter_figures.quarter_figures(periods.quarter(2026, 3)).joint_teams == (0, 0, 0, 0)  # before it


def test_only_the_owner_or_a_manager_removes_a_person_with_personal_notes_or_ties(office):
    li, zhao = office["actors"]["李娜"], office["actors"]["赵强"]
    relationships.save_personal(office["张伟"], (12, 10), "普洱茶", "", actor=li)
    relationships.save_counterpart(CounterpartDraft(office["刘敏"], rep_id=office["li"].id), actor=li)
    for contact in ("张伟", "刘敏"):
        with pytest.raises(errors.PermissionDeniedError):
            contacts.delete_contact(office[contact], actor=zhao)  # another rep
    assert PersonalNote.select().count() == 1 and relationships.counterparts(office["account"])
    contacts.delete_contact(office["陈刚"], actor=zhao)  # nothing hangs on him
    contacts.delete_contact(office["张伟"], actor=li)  # the owner may
    assert PersonalNote.select().count() == 0
