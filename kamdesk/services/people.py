"""Who works at this office: reps and managers."""

from __future__ import annotations

from dataclasses import dataclass

from kamdesk import errors
from kamdesk.rules.choices import REP_ROLES
from kamdesk.rules.validation import Checker, clean
from kamdesk.store.models import Rep, database


@dataclass(frozen=True)
class RepInfo:
    id: int
    name: str
    role: str
    active: bool

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


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


def create_rep(name: str, role: str | None = None) -> RepInfo:
    """Add a rep. The office's first person is its manager, whatever was asked."""
    name = clean(name)
    check = Checker()
    check.required("name", name)
    check.max_length("name", name, 60)
    with database.atomic():
        first = Rep.select().count() == 0
        role = "manager" if first else (role or "rep")
        check.choice("role", role, REP_ROLES)
        if name and Rep.select().where(Rep.name == name).exists():
            check.fail("name", "duplicate")
        check.raise_if_any()
        return _info(Rep.create(name=name, role=role))


def set_active(rep_id: int, active: bool, actor: RepInfo | None) -> RepInfo:
    """Deactivate a person who left (they stay in the history) or bring them back. Managers only;
    the office always keeps an active manager."""
    return _change(rep_id, actor, active=active)


def set_role(rep_id: int, role: str, actor: RepInfo | None) -> RepInfo:
    check = Checker()
    check.choice("role", role, REP_ROLES)
    check.raise_if_any()
    return _change(rep_id, actor, role=role)


def _change(rep_id: int, actor: RepInfo | None, **values) -> RepInfo:
    if actor is None or not actor.is_manager:
        raise errors.PermissionDeniedError(action="change who works here")
    with database.atomic():
        rep = Rep.get_or_none(Rep.id == rep_id)
        if rep is None:
            raise errors.NotFoundError(what="person", key=rep_id)
        Rep.update(**values).where(Rep.id == rep_id).execute()
        managers = Rep.select().where((Rep.role == "manager") & (Rep.active == True)).count()  # noqa: E712
        if managers == 0:
            raise errors.LastManagerError()  # rolls the change back
        return _info(Rep.get_by_id(rep_id))
