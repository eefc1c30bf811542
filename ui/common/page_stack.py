"""The main window's workspaces, each built the first time it is shown, and each told what changed.

Building a page costs its widgets (styled by the stylesheet) and often a query; building all eight at
start-up tripled the time to a usable window. Only the first page is built then; the others follow
when the user opens them.

A page reads its data each time it is shown, except one that declares KEPT_AS_LEFT (the account list,
which stays as the rep left it unless something it shows changed meanwhile). When something changes
(operations' did_change), the page on screen reads again if it shows that; a hidden one is only marked
stale (as Anki's screens do), so one save does not set every built page reading."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget

from kamdesk import errors
from ui.common.operations import Changed

log = logging.getLogger(__name__)


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # hidden when something they show changed

    def add(self, key: str, factory: Callable[[], QWidget]) -> int:
        """A page to build on first use; returns its index."""
        self._keys.append(key)
        self._factories[key] = factory
        return self.addWidget(QWidget())  # a stand-in until the page is built

    def minimumSizeHint(self) -> QSize:
        """The page on screen's: a wide page left behind does not hold the window wide (a stacked
        widget asks for the largest of all its pages)."""
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page else super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page else super().sizeHint()

    def index_of(self, key: str) -> int:
        return self._keys.index(key)

    def key_at(self, index: int) -> str:
        return self._keys[index]

    def current_key(self) -> str:
        return self._keys[self.currentIndex()]

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, else None (nothing to refresh yet)."""
        return self._built.get(key)

    def built_keys(self) -> list[str]:
        return list(self._built)

    def page(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        if key not in self._built:
            index = self.index_of(key)
            page = self._factories[key]()
            stand_in = self.widget(index)
            showing = self.currentIndex() == index
            self.insertWidget(index, page)
            self.removeWidget(stand_in)
            stand_in.deleteLater()
            if showing:
                self.setCurrentIndex(index)
            self._built[key] = page
        return self._built[key]

    def show_page(self, index: int) -> QWidget:
        """Build (if needed) and show the page at `index`. A page reads again when shown if it is stale,
        or always unless it declares KEPT_AS_LEFT (the account list stays as the rep left it)."""
        key = self.key_at(index)
        page = self.page(key)
        self.setCurrentIndex(index)
        self.updateGeometry()
        if key in self._stale or not getattr(page, "KEPT_AS_LEFT", False):
            self._read_again(key, page)
        return page

    def hear(self, changes: Changed, source: object) -> None:
        """Something changed: the page on screen reads it again if it shows it, unless it made the
        change (it has shown it already); a hidden page that shows it is marked stale."""
        on_screen = self.currentWidget()
        for key, page in list(self._built.items()):  # a refresh may build a page
            if page is source or not page.SHOWS & changes:  # type: ignore[attr-defined]
                continue
            if page is on_screen:
                self._read_again(key, page)
            else:
                self._stale.add(key)

    def _read_again(self, key: str, page: QWidget) -> None:
        self._stale.discard(key)
        try:
            page.refresh()  # type: ignore[attr-defined]
        except errors.KamdeskError as exc:  # one page that cannot show it holds up no other
            log.warning("the %s page could not refresh: %s", key, exc)


class LazyPage:
    """On the main window, `feedback_page = LazyPage("feedback")` is that page of its `pages`
    stack, built the first time anything asks for it."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __get__(self, window, owner=None):
        return self if window is None else window.pages.page(self._key)
