"""The main window's workspaces, each built the first time it is shown.

Building a page costs its widgets (styled by the stylesheet) and often a query; building all eight at
start-up tripled the time to a usable window. Only the first page is built then; the others follow
when the user opens them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._built: dict[str, QWidget] = {}

    def add(self, key: str, factory: Callable[[], QWidget]) -> int:
        """A page to build on first use; returns its index."""
        self._keys.append(key)
        self._factories[key] = factory
        return self.addWidget(QWidget())  # a stand-in until the page is built

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
        """Build (if needed) and show the page at `index`."""
        page = self.page(self.key_at(index))
        self.setCurrentIndex(index)
        return page


class LazyPage:
    """On the main window, `feedback_page = LazyPage("feedback")` is that page of its `pages`
    stack, built the first time anything asks for it."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __get__(self, window, owner=None):
        return self if window is None else window.pages.page(self._key)
