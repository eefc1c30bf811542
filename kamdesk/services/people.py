"""Who works at this office: reps and managers."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk import errors
from kamdesk.actor import Actor, require_manager
from kamdesk.rules.validation import Checker, clean
from kamdesk.rules.vocab import Role
from kamdesk.store import db
from kamdesk.store.models import Rep


@dataclass(frozen=True)
class RepInfo(Actor):
    """A person of the office: who they are and their role (so they can act), and whether they still
    work here."""

    id: int
    active: bool


def _info(rep: Rep) -> RepInfo:
    return RepInfo(rep.id, rep.name, rep.role, rep.active)


def list_reps(*, active_only: bool = True) -> list[RepInfo]:
    query = Rep.select().order_by(Rep.name)
    if active_only:
        query = query.where(Rep.active == True)  # noqa: E712 (peewee expression)
    return [_info(r) for r in query]


def get_rep(rep_id: int) -> RepInfo | None:
    rep = Rep.get_or_none(Rep.id == rep_id)
    return _info(rep) if rep else None


def count_reps() -> int:
    return Rep.select().count()


def create_rep(name: str, role: str | None = None, *, actor: Actor) -> RepInfo:
    """Add a rep. The office's first person is its manager, whatever was asked. A person at a seat
    adds others only as a manager; a newcomer (no one chosen yet) adds themselves, as a rep."""
    name = clean(name)
    check = Checker()
    check.required("name", name)
    check.max_length("name", name, 60)
    with db.writing(actor):
        first = Rep.select().count() == 0
        if not first and (actor.id is not None or role == Role.MANAGER):
            require_manager(actor, "change who works here")
        role = Role.MANAGER if first else (role or Role.REP)
        check.choice("role", role, Role)
        if name and Rep.select().where(Rep.name == name).exists():
            check.fail("name", "duplicate")
        check.raise_if_any()
        return _info(Rep.create(name=name, role=role))


def set_active(rep_id: int, active: bool, *, actor: Actor) -> RepInfo:
    """Deactivate a person who left (they stay in the history) or bring them back. Managers only;
    the office always keeps an active manager."""
    return _change(rep_id, actor, active=active)


def set_role(rep_id: int, role: str, *, actor: Actor) -> RepInfo:
    check = Checker()
    check.choice("role", role, Role)
    check.raise_if_any()
    return _change(rep_id, actor, role=role)


def _change(rep_id: int, actor: Actor, **values) -> RepInfo:
    require_manager(actor, "change who works here")
    with db.writing(actor):
        rep = Rep.get_or_none(Rep.id == rep_id)
        if rep is None:
            raise errors.NotFoundError(what="person", key=rep_id)
        Rep.update(**values).where(Rep.id == rep_id).execute()
        managers = Rep.select().where((Rep.role == Role.MANAGER) & (Rep.active == True)).count()  # noqa: E712
        if managers == 0:
            raise errors.LastManagerError()  # rolls the change back
        return _info(Rep.get_by_id(rep_id))
