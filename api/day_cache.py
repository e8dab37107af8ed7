"""The day view from completed room-days: each room-day is executed once per change, viewer class
and selection, and its completed GraphQL value (the dict graphql-core built for it, typed by the
schema) is reused by every later request of this process.

Key: room, day, viewer class (:class:`booking.permissions.DayViewer` and the language: everything
a day view shows differently from one viewer to another), and the selection (the printed
sub-selection of the field, the fragments it uses and the values of the variables it refers to).
Each key holds the value of one change number (``Room.live_seq``, bumped by every transaction that
changes what a day of the room shows, see :mod:`booking.live_state`). A request reads the numbers
of its rooms in one query; a kept value of the same number is still exact, any other is read and
executed again. A reader therefore never sees a day older than a commit acknowledged to anyone,
whichever process made it.

Only selections of fields that are a function of the room-day row data, the viewer class and the
language are kept (:data:`PURE_FIELDS`); any other selection (a booking's equipment, history,
available actions, ...) takes the ordinary path every time.

The execution context (:class:`DayCacheExecutionContext`) does the reuse: a resolver hands it
:class:`Completed` (a kept value: returned as it is) or :class:`ToKeep` (executed as usual, then
kept when it completed without errors)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Hashable, Iterable, Sequence
from datetime import date
from typing import Any

import orjson
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLNamedType,
    GraphQLResolveInfo,
    InlineFragmentNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
    print_ast,
    visit,
)
from graphql.language import Visitor
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from api.admin.types import Room
from api.base import local
from api.bookings.types import BlockedSlot, Booking, BusySlot, RoomAvailability, TimeRange
from api.context import Info
from booking import availability, models
from booking.permissions import DayViewer, day_viewer

#: Fields whose value depends only on the room-day's rows (room, its bookings that hold it, their
#: agencies' names, blocks, bookable hours), the viewer class and the language.
PURE_FIELDS: dict[str, frozenset[str]] = {
    "RoomAvailability": frozenset(
        ("id", "room", "date", "opensAt", "closesAt", "busy", "free", "blocked")
    ),
    "Room": frozenset(
        (
            "id",
            "code",
            "name",
            "building",
            "floor",
            "capacity",
            "facilities",
            "description",
            "isActive",
            "opensAt",
            "closesAt",
            "noShowGraceMinutes",
        )
    ),
    "Node": frozenset(("id",)),
    "BusySlot": frozenset(("startsAt", "endsAt", "status", "agencyName", "booking")),
    "TimeRange": frozenset(("startsAt", "endsAt")),
    "BlockedSlot": frozenset(("startsAt", "endsAt", "reason")),
    "Booking": frozenset(
        (
            "id",
            "reference",
            "status",
            "title",
            "purpose",
            "participants",
            "startsAt",
            "endsAt",
            "createdAt",
            "statusChangedAt",
            "checkedInAt",
            "checkInCode",  # by viewer class (sees_check_in_codes)
            # not noShowRelease: setNoShowRelease changes it without a new change number
            "step",  # by language
        )
    ),
    "Step": frozenset(("number", "name", "standardMinutes", "responsibleRoles")),
}

#: Kept room-day values per process (each the value of one change number).
MAX_KEPT = 4096


class Completed:
    """A kept room-day value: the execution context returns it as it is."""

    __slots__ = ("value",)

    def __init__(self, value: dict[str, Any]) -> None:
        self.value = value


class ToKeep:
    """A room-day read at change number ``seq``: executed as usual, then kept under ``key``."""

    __slots__ = ("item", "key", "seq")

    def __init__(self, item: object, key: Hashable, seq: int) -> None:
        self.item, self.key, self.seq = item, key, seq


class DayCache:
    """Least recently used room-day values, each with the change number it shows."""

    def __init__(self, size: int = MAX_KEPT) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, tuple[int, dict[str, Any]]] = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key: Hashable, seq: int) -> dict[str, Any] | None:
        found = self._kept.get(key)
        if found is None or found[0] != seq:
            self.misses += 1
            return None
        self._kept.move_to_end(key)
        self.hits += 1
        return found[1]

    def put(self, key: Hashable, seq: int, value: dict[str, Any]) -> None:
        held = self._kept.get(key)
        if held is not None and held[0] > seq:
            return  # a newer change is kept already
        self._kept[key] = (seq, value)
        self._kept.move_to_end(key)
        while len(self._kept) > self.size:
            self._kept.popitem(last=False)

    def clear(self) -> None:
        self._kept.clear()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._kept)


cache = DayCache()


class DayCacheExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's execution, taking :class:`Completed` values as they are and keeping the
    completed value of a :class:`ToKeep` item when it completed without a field error."""

    def complete_value(
        self,
        return_type: Any,
        field_details_list: Any,
        info: GraphQLResolveInfo,
        path: Any,
        result: Any,
        position_context: Any,
    ) -> Any:
        kind = type(result)
        if kind is Completed:
            return result.value
        if kind is not ToKeep:
            return super().complete_value(
                return_type, field_details_list, info, path, result, position_context
            )
        errors = len(self.collected_errors.errors)
        value = super().complete_value(
            return_type, field_details_list, info, path, result.item, position_context
        )
        if self.is_awaitable(value):
            return self._keep_later(value, result, errors)
        if len(self.collected_errors.errors) == errors and isinstance(value, dict):
            cache.put(result.key, result.seq, value)
        return value

    async def _keep_later(self, value: Awaitable[Any], kept: ToKeep, errors: int) -> Any:
        done = await value
        if len(self.collected_errors.errors) == errors and isinstance(done, dict):
            cache.put(kept.key, kept.seq, done)
        return done


# The selection a field's value depends on.

_Shape = tuple[str, tuple[str, ...]] | None
_selections: dict[int, tuple[object, _Shape]] = {}


def selection_key(info: Info) -> Hashable | None:
    """What the completed values of this field depend on in the request (None: a selection with
    a field outside :data:`PURE_FIELDS`, never kept)."""
    raw = info._raw_info
    nodes = raw.field_nodes
    shape: _Shape
    if len(nodes) == 1:  # the parsed document is shared by requests (parser cache)
        found = _selections.get(id(nodes[0]))
        if found is not None and found[0] is nodes[0]:
            shape = found[1]
        else:
            shape = _shape(raw)
            if len(_selections) > 512:
                _selections.clear()
            _selections[id(nodes[0])] = (nodes[0], shape)
    else:
        shape = _shape(raw)
    if shape is None:
        return None
    text, names = shape
    if not names:
        return text
    values: Any = raw.variable_values  # Strawberry passes the coerced values as a dict
    values = getattr(values, "coerced", values)
    used = {name: values.get(name) for name in names}
    return text, orjson.dumps(used, option=orjson.OPT_SORT_KEYS, default=str)


def _shape(raw: GraphQLResolveInfo) -> tuple[str, tuple[str, ...]] | None:
    """The printed selection (with the fragments it uses) and the variables it refers to."""
    fragments: dict[str, FragmentDefinitionNode] = {}
    named = get_named_type(raw.return_type)
    for node in raw.field_nodes:
        if node.selection_set is None or not _pure(node.selection_set, named, raw, fragments):
            return None
    parts = [print_ast(n.selection_set) for n in raw.field_nodes if n.selection_set]
    parts += [print_ast(fragments[name]) for name in sorted(fragments)]
    names: set[str] = set()

    class Variables(Visitor):
        def enter_variable(self, node: VariableNode, *_: object) -> None:
            names.add(node.name.value)

    for part in [*raw.field_nodes, *fragments.values()]:
        visit(part, Variables())
    return "\n".join(parts), tuple(sorted(names))


def _pure(
    selections: SelectionSetNode,
    parent: GraphQLNamedType,
    raw: GraphQLResolveInfo,
    fragments: dict[str, FragmentDefinitionNode],
) -> bool:
    for selection in selections.selections:
        if isinstance(selection, FieldNode):
            name = selection.name.value
            if name == "__typename":
                continue
            if name not in PURE_FIELDS.get(parent.name, ()) or selection.arguments:
                return False
            if selection.selection_set is not None:
                field = parent.fields[name]  # type: ignore[attr-defined]
                child = get_named_type(field.type)
                if not _pure(selection.selection_set, child, raw, fragments):
                    return False
        elif isinstance(selection, InlineFragmentNode):
            on = (
                raw.schema.get_type(selection.type_condition.name.value)
                if (selection.type_condition)
                else parent
            )
            if on is None or not _pure(selection.selection_set, on, raw, fragments):
                return False
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            fragment = raw.fragments.get(name)
            if fragment is None:
                return False
            if name not in fragments:
                fragments[name] = fragment
                on = raw.schema.get_type(fragment.type_condition.name.value)
                if on is None or not _pure(fragment.selection_set, on, raw, fragments):
                    return False
    return True


# The day view of a request (query) or of a subscription's first state.


def render(user: models.User, days: list[availability.RoomDay]) -> list[RoomAvailability]:
    return render_for(day_viewer(user), days)


def render_for(viewer: DayViewer, days: list[availability.RoomDay]) -> list[RoomAvailability]:
    """The day view as ``viewer`` may see it (its permissions computed once, not per slot)."""
    staff = viewer.sees_block_reasons
    return [
        RoomAvailability(
            room=Room.from_model(d.room),
            date=d.day,
            opens_at=d.window[0],
            closes_at=d.window[1],
            busy=[
                BusySlot(
                    starts_at=local(b.starts_at),
                    ends_at=local(b.ends_at),
                    status=b.status,
                    agency_name=d.agency_names.get(b.agency_id, ""),
                    booking=Booking.from_model(b) if viewer.can_view(b.agency_id) else None,
                )
                for b in d.busy
            ],
            free=[TimeRange(starts_at=local(s), ends_at=local(e)) for s, e in d.free],
            blocked=[
                BlockedSlot(
                    starts_at=local(b.starts_at),
                    ends_at=local(b.ends_at),
                    reason=b.reason if staff else None,
                )
                for b in d.blocks
            ],
        )
        for d in days
    ]


async def day_view(
    info: Info, user: models.User, day: date, room_ids: Sequence[int] | None
) -> list[object]:
    """The day view of these rooms (all active ones if None), from kept values where the room's
    change number has not moved: one query when every room-day is kept."""
    tz = info.context.settings.tz
    viewer = day_viewer(user)
    selection = selection_key(info) if info.context.settings.day_cache else None
    if selection is None:
        return list(render_for(viewer, await availability.room_days(day, tz, room_ids)))
    scope = (day, (viewer, str(info.context.language)), selection)
    numbers = await availability.room_numbers(room_ids)
    items: dict[int, object] = {}
    missing = []
    for room_id, seq in numbers:
        value = cache.get((room_id, *scope), seq)
        if value is None:
            missing.append(room_id)
        else:
            items[room_id] = Completed(value)
    if missing:
        days = await availability.room_days(day, tz, missing)
        exact = await exact_rooms(days)
        for room_day, view in zip(days, render_for(viewer, days), strict=True):
            room = room_day.room
            items[room.id] = (
                ToKeep(view, (room.id, *scope), room.live_seq) if room.id in exact else view
            )
    return [items[room_id] for room_id, _ in numbers if room_id in items]


def kept_rooms(info: Info, rooms: Iterable[availability.FreeRoom]) -> list[object]:
    """Rooms as a list field answers them (the free-room search), each from its kept completed
    value when the same selection of the room was completed at the same change number before
    (a room's row is edited only with a new number, see :mod:`booking.admin.rooms`), else
    executed and kept. Each room's number was read in the same statement as the rest of its row."""
    selection = selection_key(info) if info.context.settings.day_cache else None
    if selection is None:
        return [Room.from_model(r.model) for r in rooms]
    scope = ("room", str(info.context.language), selection)
    out: list[object] = []
    for room in rooms:
        key = (room.id, *scope)
        value = cache.get(key, room.live_seq)
        out.append(
            Completed(value)
            if value is not None
            else ToKeep(Room.from_model(room.model), key, room.live_seq)
        )
    return out


async def exact_rooms(days: Iterable[availability.RoomDay]) -> frozenset[int]:
    """The rooms whose change number did not move while their day was read: what was read is
    exactly the state of that number (the rooms are read first)."""
    read = {d.room.id: d.room.live_seq for d in days}
    if not read:
        return frozenset()
    after = await models.Room.filter(id__in=list(read)).values_list("id", "live_seq")
    return frozenset(room_id for room_id, seq in after if read.get(room_id) == seq)


def kept_items(
    info: Info, user: models.User, rooms: Iterable[tuple[int, Hashable, availability.RoomDay]]
) -> list[object]:
    """A subscription's first state from its read (per room: number, tag, day; the tag is the
    number when the read is exact): kept values where they match, else executed and kept."""
    viewer = day_viewer(user)
    selection = selection_key(info) if info.context.settings.day_cache else None
    out: list[object] = []
    for seq, tag, room_day in rooms:
        key = (room_day.room.id, room_day.day, (viewer, str(info.context.language)), selection)
        exact = selection is not None and tag == seq
        value = cache.get(key, seq) if exact else None
        if value is not None:
            out.append(Completed(value))
            continue
        view = render_for(viewer, [room_day])[0]
        out.append(ToKeep(view, key, seq) if exact else view)
    return out
