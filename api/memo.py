"""Checks of a request that depend only on its parsed document (one object per query text: the
parser cache), its operation, its variables and fixed values (the settings, the language): done
once per distinct request in a process instead of walking the document every time (a kept day
view otherwise spent about a quarter of its time in these walks)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

import orjson

T = TypeVar("T")


class DocumentMemo(Generic[T]):
    """The last ``size`` results, by document identity, variables and the other parts; a result is
    kept only when ``keep(result)`` says so (e.g. not a refusal, computed afresh each time)."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, tuple[tuple[object, ...], T]] = OrderedDict()

    def get_or_compute(
        self,
        document: object,
        variables: dict[str, Any] | None,
        objects: tuple[object, ...],
        values: tuple[Hashable, ...],
        compute: Callable[[], T],
        keep: Callable[[T], bool],
    ) -> T:
        """``objects`` are compared by identity (a schema, the settings), ``values`` by value."""
        try:  # uploads and other objects in the variables: not kept
            given = orjson.dumps(variables or {}, option=orjson.OPT_SORT_KEYS)
        except TypeError:
            return compute()
        held = (document, *objects)  # the objects themselves: their ids stay theirs while kept
        key = (*(id(p) for p in held), *values, given)
        found = self._kept.get(key)
        if found is not None and all(a is b for a, b in zip(found[0], held, strict=True)):
            self._kept.move_to_end(key)
            return found[1]
        result = compute()
        if keep(result):
            self._kept[key] = (held, result)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return result

    def of_document(
        self, document: object, objects: tuple[object, ...], compute: Callable[[], T]
    ) -> T:
        """A value that depends on the document and ``objects`` only, not on the variables: the
        parser cache keeps one document object per query text, so a document sent again with
        other variables (a submission's file and idempotency key) finds it."""
        return self.get_or_compute(document, None, objects, (), compute, lambda _: True)
