"""The Qt desktop app: windows, pages, dialogs, table models. Talks to kamdesk.services only."""

import PySide6.QtCore  # noqa: F401 (first: the function below acts on the import hook it installs)


def _skip_pyside_feature_scan() -> None:
    """PySide6 reads the whole source of every module imported after it (inspect.getsource) to find
    the ones that opt in to `from __feature__ import snake_case`: 79 modules and 40 ms of every
    start here, peewee.py alone 2 ms. KAMDesk opts in to no feature, so each module is taken as a
    PySide user without features, the answer PySide gives its users by default. Guarded: a PySide
    without this hook is left alone (tests/ui/test_app.py notices)."""
    try:
        from shibokensupport import feature
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda module: True


_skip_pyside_feature_scan()
