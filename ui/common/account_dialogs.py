"""The dialogs that act on one account, as the Accounts workspace receives them.

Workspaces never import each other (a contract in pyproject.toml checks it), yet the account pane
offers "Log visit…", "Record feedback…", "Assess loyalty…" and "Mark churned…", whose dialogs belong
to Visits and Feedback. The main window, which knows every workspace, hands the pane these openers;
each builds its dialog (not yet shown) for an account, the person acting and a parent widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from kamdesk.actor import Actor

AccountDialog = Callable[[int, Actor, QWidget], QDialog]


@dataclass(frozen=True)
class AccountDialogs:
    visit: Callable[..., QDialog]
    """(account id, who acts, the visit to reopen or None for a new one, parent, restore=False) -> the
    visit form; `restore` brings back the notes kept unsaved without asking."""
    feedback: AccountDialog
    loyalty: AccountDialog
    churn: AccountDialog
    survey: AccountDialog
    brief: AccountDialog
    """The visit brief: one page to read before a visit (a Reports dialog)."""
