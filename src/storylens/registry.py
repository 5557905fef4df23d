"""Named registries of backends, so config picks an implementation by name (spaCy style)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import ConfigError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps a backend name to a factory; unknown names fail with the list of known ones."""

    def __init__(self, slot: str) -> None:
        self.slot = slot
        self._factories: dict[str, Callable[..., T]] = {}

    def register(self, name: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Decorator: ``@embedders.register("use-m3")``."""

        def add(factory: Callable[..., T]) -> Callable[..., T]:
            self._factories[name] = factory
            return factory

        return add

    def create(self, name: str, **options: object) -> T:
        """Build the backend called ``name``."""
        try:
            factory = self._factories[name]
        except KeyError:
            known = ", ".join(sorted(self._factories)) or "none"
            raise ConfigError(f"unknown {self.slot} backend {name!r} (known: {known})") from None
        return factory(**options)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def __contains__(self, name: object) -> bool:
        return name in self._factories
