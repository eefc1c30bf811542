"""Models as a schema version defined them, for the step that created their tables.

A step must build the tables of its own version, not today's: were it to use kamdesk.store.models, a
later change to a model would make the step create the later shape, and the step that later made
that change would find it done (or fail). So each step declares the tables it creates as they were,
on these bases, and never changes once released."""

from __future__ import annotations

from peewee import Database, Model


class Frozen(Model):
    """A table as one schema version defined it; bound to a database only while a step runs."""

    class Meta:
        legacy_table_names = False


def table(name: str) -> type[Frozen]:
    """A table an older step made, as far as a foreign key needs it: its name and its id."""
    return type(f"Existing_{name}", (Frozen,), {"Meta": type("Meta", (), {"table_name": name})})


def create(db: Database, models: list[type[Frozen]]) -> None:
    """Create these tables (with their indexes) on `db`, those missing only."""
    with db.bind_ctx(models, bind_refs=False, bind_backrefs=False):
        db.create_tables(models, safe=True)
