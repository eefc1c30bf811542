"""The only code that writes to the database. Widgets call these; they never build queries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from kamdesk.rules.validation import clean

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Draft = TypeVar("_Draft", bound="DataclassInstance")


def with_clean_text(draft: _Draft, names: Iterable[str]) -> _Draft:
    """The draft with each named text field as stored (`validation.clean`)."""
    return replace(draft, **{name: clean(getattr(draft, name)) for name in names})
