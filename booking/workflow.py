"""The SOP as data: steps with their time standards, one table of states and one transition table.

Every state change goes through :func:`authorize` and a verb in :mod:`booking.operations`; nothing else
assigns ``Booking.status``. To change who does what, edit the tables below; to add a state, add it to
:class:`booking.enums.BookingStatus` and to :data:`STATES` (every list of statuses reads that table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from booking.enums import BookingStatus as S
from booking.enums import Role as R


@dataclass(frozen=True)
class State:
    """Everything the code knows about one booking status, in one row."""

    name_id: str  # its name (calendar feeds: "name_id / name_en")
    name_en: str
    progress_id: str  # what it waits on, in messages to people (e-mail, push)
    progress_en: str
    holds_slot: bool = True  # blocks the room (the no-double-booking constraint's complement)
    confirmed: bool = False  # approved: CONFIRMED in calendar feeds (TENTATIVE when not)
    reportable: bool = False  # event photos may be uploaded (SOP step 10)
    tell_requester: bool = False  # the requester is told on entering it (besides own steps)
    tell_roles: frozenset[R] = frozenset()  # officers told when a booking enters it
    requester_only: bool = False  # only the requester is told (no officer of its step)

    @property
    def calendar_status(self) -> str:
        """The iCalendar STATUS of a booking in this state."""
        if not self.holds_slot:
            return "CANCELLED"
        return "CONFIRMED" if self.confirmed else "TENTATIVE"

    @property
    def calendar_text(self) -> str:
        return f"{self.name_id} / {self.name_en}"


# fmt: off
STATES: dict[S, State] = {
    S.SUBMITTED: State("Diajukan", "Submitted",
                       "Menunggu verifikasi", "Waiting for verification"),
    S.REVISION_REQUESTED: State("Perlu perbaikan", "Revision requested",
                                "Perlu perbaikan oleh pemohon", "Needs changes by the requester",
                                tell_requester=True),
    S.EQUIPMENT_REVIEW: State("Pemeriksaan perlengkapan", "Equipment review",
                              "Pemeriksaan perlengkapan", "Equipment being checked"),
    S.AWAITING_REQUESTER: State("Menunggu pemohon", "Awaiting the requester",
                                "Menunggu keputusan pemohon", "Waiting for the requester",
                                tell_requester=True),
    S.VALIDATION: State("Menunggu validasi", "Awaiting validation",
                        "Menunggu validasi", "Waiting for validation"),
    S.SCHEDULING: State("Penjadwalan", "Scheduling",
                        "Penetapan jadwal", "Schedule being set"),
    S.APPROVED: State("Disetujui", "Approved", "Disetujui", "Approved",
                      confirmed=True, reportable=True, tell_requester=True),
    S.RESCHEDULE_REQUIRED: State("Perlu dijadwal ulang", "Reschedule required",
                                 "Perlu dijadwalkan ulang", "Must be rescheduled",
                                 tell_requester=True),
    S.COMPLETED: State("Selesai", "Completed", "Selesai, menunggu laporan", "Over, report due",
                       confirmed=True, reportable=True, requester_only=True),
    # the usage report goes to leadership (step 10)
    S.REPORTED: State("Dilaporkan", "Reported", "Dilaporkan", "Reported",
                      confirmed=True, reportable=True, tell_roles=frozenset({R.LEADERSHIP})),
    S.REJECTED: State("Ditolak", "Rejected", "Ditolak", "Rejected",
                      holds_slot=False, tell_requester=True),
    S.CANCELLED: State("Dibatalkan", "Cancelled", "Dibatalkan", "Cancelled",
                       holds_slot=False, tell_requester=True,
                       tell_roles=frozenset({R.SERVICE_OFFICER})),
    # nobody checked in within the room's grace period: the rest of the slot is released
    S.NO_SHOW: State("Tidak hadir", "No-show", "Dilepas karena tidak hadir",
                     "Released: nobody checked in", holds_slot=False, tell_requester=True,
                     tell_roles=frozenset({R.SERVICE_OFFICER})),
}
# fmt: on

#: Statuses that do not hold the room. Everything else holds its slot, tentatively from step 2.
RELEASED_STATUSES: frozenset[S] = frozenset(s for s, st in STATES.items() if not st.holds_slot)
HOLDING_STATUSES: frozenset[S] = frozenset(s for s, st in STATES.items() if st.holds_slot)
#: Statuses in which event photos may be uploaded.
REPORTABLE: frozenset[S] = frozenset(s for s, st in STATES.items() if st.reportable)


@dataclass(frozen=True)
class Step:
    number: int
    name_id: str
    name_en: str
    roles: frozenset[R]  # who is responsible while a booking waits on this step
    standard_minutes: int  # the SOP's "Waktu"


def _step(number: int, name_id: str, name_en: str, roles: set[R], minutes: int) -> Step:
    return Step(number, name_id, name_en, frozenset(roles), minutes)


STEPS: dict[int, Step] = {
    s.number: s
    for s in (
        _step(
            1, "Masuk dengan NRK dan kata sandi", "Log in with NRK and password", {R.REQUESTER}, 5
        ),
        _step(2, "Mengajukan permohonan", "Submit the request", {R.REQUESTER}, 10),
        _step(3, "Verifikasi permohonan", "Verify the request", {R.SERVICE_OFFICER}, 15),
        _step(
            4,
            "Memeriksa ketersediaan perlengkapan",
            "Check equipment availability",
            {R.SERVICE_OFFICER},
            15,
        ),
        _step(
            5,
            "Verifikasi jumlah perlengkapan",
            "Verify equipment quantities",
            {R.EQUIPMENT_HEAD},
            15,
        ),
        _step(
            6,
            "Keputusan pemohon atas kekurangan perlengkapan",
            "Requester decides on the equipment shortfall",
            {R.REQUESTER},
            15,
        ),
        _step(7, "Validasi pemesanan", "Validate the booking", {R.SERVICE_HEAD}, 15),
        _step(
            8,
            "Menetapkan jadwal",
            "Set the schedule",
            {R.SERVICE_HEAD, R.SERVICE_OFFICER},
            15,
        ),
        _step(
            9,
            "Membatalkan pemesanan",
            "Cancel the booking",
            {R.REQUESTER, R.SERVICE_OFFICER, R.SERVICE_HEAD},
            15,
        ),
        _step(
            10,
            "Mengunggah foto laporan acara",
            "Upload the event photos",
            {R.REQUESTER, R.SERVICE_OFFICER},
            20,
        ),
    )
}

#: The step a booking waits on in each state. Its clock starts when the booking enters the state.
WAITING_STEP: dict[S, int] = {
    S.SUBMITTED: 3,
    S.REVISION_REQUESTED: 2,
    S.EQUIPMENT_REVIEW: 5,
    S.AWAITING_REQUESTER: 6,
    S.VALIDATION: 7,
    S.SCHEDULING: 8,
    S.RESCHEDULE_REQUIRED: 8,
    S.COMPLETED: 10,
}


class BookingAction(StrEnum):
    """The workflow's verbs."""

    SUBMIT = "SUBMIT"
    VERIFY = "VERIFY"
    REQUEST_REVISION = "REQUEST_REVISION"
    RESUBMIT = "RESUBMIT"
    REJECT = "REJECT"
    REVIEW_EQUIPMENT = "REVIEW_EQUIPMENT"
    PROCEED_WITH_SHORTFALL = "PROCEED_WITH_SHORTFALL"
    WITHDRAW = "WITHDRAW"
    VALIDATE = "VALIDATE"
    APPROVE = "APPROVE"
    CANCEL = "CANCEL"
    COMPLETE = "COMPLETE"
    REPORT = "REPORT"
    RESCHEDULE = "RESCHEDULE"  # an officer re-times series occurrences; their state is kept
    DISPLACE = "DISPLACE"  # a leadership block took the booking's time (system, for the head)
    ACCEPT_SUGGESTION = "ACCEPT_SUGGESTION"  # a displaced booking takes an offered slot
    CHECK_IN = "CHECK_IN"  # someone is in the room (from 15 minutes before the start)
    RELEASE_NO_SHOW = "RELEASE_NO_SHOW"  # system: no check-in within the grace period


Action = BookingAction


@dataclass(frozen=True)
class Facts:
    """What guards may look at, computed by the verb before it asks for a transition."""

    has_equipment: bool = False
    has_shortfall: bool = False
    event_started: bool = False
    approved_before: bool = False  # a displaced booking had been approved (step 8) before
    room_changed: bool = False  # a displaced booking moves to another room


Guard = Callable[[Facts], bool]


def has_equipment(f: Facts) -> bool:
    return f.has_equipment


def no_equipment(f: Facts) -> bool:
    return not f.has_equipment


def has_shortfall(f: Facts) -> bool:
    return f.has_shortfall


def no_shortfall(f: Facts) -> bool:
    return not f.has_shortfall


def event_started(f: Facts) -> bool:
    return f.event_started


def approved_before(f: Facts) -> bool:
    return f.approved_before


def approved_same_room(f: Facts) -> bool:
    return f.approved_before and not f.room_changed


def approved_other_room(f: Facts) -> bool:
    return f.approved_before and f.room_changed


def not_approved_before(f: Facts) -> bool:
    return not f.approved_before


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[S]
    target: S | None  # None: the booking keeps its state (and its step clock)
    roles: frozenset[R]  # empty: only the system fires it
    step: int  # the SOP step this transition performs
    when: Guard | None = None
    series_only: bool = False  # fired on occurrences of a series, never offered on one booking

    @property
    def starts_step(self) -> int | None:
        """The step whose time standard starts when this transition fires."""
        return WAITING_STEP.get(self.target) if self.target is not None else None


def _t(
    action: Action,
    sources: set[S] | S,
    target: S | None,
    roles: set[R],
    step: int,
    when: Guard | None = None,
    *,
    series_only: bool = False,
) -> Transition:
    src = frozenset(sources) if isinstance(sources, set) else frozenset({sources})
    return Transition(action, src, target, frozenset(roles), step, when, series_only)


OFFICERS = {R.SERVICE_OFFICER, R.SERVICE_HEAD}
#: Check-in opens this long before a booking's start.
CHECK_IN_OPENS = timedelta(minutes=15)
#: States before the event in which a booking may still be cancelled (SOP step 9).
CANCELLABLE = {
    S.SUBMITTED,
    S.REVISION_REQUESTED,
    S.EQUIPMENT_REVIEW,
    S.AWAITING_REQUESTER,
    S.VALIDATION,
    S.SCHEDULING,
    S.APPROVED,
    S.RESCHEDULE_REQUIRED,
}


# fmt: off
TRANSITIONS: tuple[Transition, ...] = (
    # step 3: verify; requests with equipment go to steps 4-5, the others skip to validation
    _t(Action.VERIFY, S.SUBMITTED, S.EQUIPMENT_REVIEW, {R.SERVICE_OFFICER}, 3, has_equipment),
    _t(Action.VERIFY, S.SUBMITTED, S.VALIDATION, {R.SERVICE_OFFICER}, 3, no_equipment),
    _t(Action.REQUEST_REVISION, S.SUBMITTED, S.REVISION_REQUESTED, {R.SERVICE_OFFICER}, 3),
    _t(Action.RESUBMIT, S.REVISION_REQUESTED, S.SUBMITTED, {R.REQUESTER}, 2),
    _t(Action.REJECT, {S.SUBMITTED, S.EQUIPMENT_REVIEW, S.VALIDATION, S.SCHEDULING},
       S.REJECTED, OFFICERS, 3),
    # step 5 (step 4 is computed by the system); a shortfall goes to the requester (step 6)
    _t(Action.REVIEW_EQUIPMENT, S.EQUIPMENT_REVIEW, S.AWAITING_REQUESTER, {R.EQUIPMENT_HEAD}, 5,
       has_shortfall),
    _t(Action.REVIEW_EQUIPMENT, S.EQUIPMENT_REVIEW, S.VALIDATION, {R.EQUIPMENT_HEAD}, 5,
       no_shortfall),
    _t(Action.PROCEED_WITH_SHORTFALL, S.AWAITING_REQUESTER, S.VALIDATION, {R.REQUESTER}, 6),
    _t(Action.WITHDRAW, S.AWAITING_REQUESTER, S.CANCELLED, {R.REQUESTER}, 6),
    # step 7 and 8
    _t(Action.VALIDATE, S.VALIDATION, S.SCHEDULING, {R.SERVICE_HEAD}, 7),
    _t(Action.APPROVE, S.SCHEDULING, S.APPROVED, OFFICERS, 8),
    # sudden leadership events: the system moves every booking the block overlaps (for the head);
    # an officer sets a new schedule of an approved booking (step 8), or the requester (or an
    # officer) accepts a suggestion: an approved booking keeps its approval in the same room, goes
    # back to validation (step 7) in another room; a request not yet approved resumes at step 3.
    _t(Action.DISPLACE, CANCELLABLE - {S.RESCHEDULE_REQUIRED}, S.RESCHEDULE_REQUIRED, set(), 8),
    _t(Action.APPROVE, S.RESCHEDULE_REQUIRED, S.APPROVED, OFFICERS, 8, approved_before),
    _t(Action.ACCEPT_SUGGESTION, S.RESCHEDULE_REQUIRED, S.APPROVED, {R.REQUESTER, *OFFICERS}, 8,
       approved_same_room),
    _t(Action.ACCEPT_SUGGESTION, S.RESCHEDULE_REQUIRED, S.VALIDATION, {R.REQUESTER, *OFFICERS}, 8,
       approved_other_room),
    _t(Action.ACCEPT_SUGGESTION, S.RESCHEDULE_REQUIRED, S.SUBMITTED, {R.REQUESTER, *OFFICERS}, 8,
       not_approved_before),
    # "this and following" re-timing of a series (step 8, "change the schedule"): the occurrences
    # keep their state and step clock
    _t(Action.RESCHEDULE, CANCELLABLE - {S.REVISION_REQUESTED}, None, OFFICERS, 8,
       series_only=True),
    # step 9
    _t(Action.CANCEL, CANCELLABLE, S.CANCELLED, {R.REQUESTER, *OFFICERS}, 9),
    # after the event (system), then the report (step 10)
    _t(Action.COMPLETE, S.APPROVED, S.COMPLETED, set(), 8),
    # check-in (the requester's agency, an officer; or by the code on the room's display) keeps
    # the state; without one within the room's grace period the system releases the booking
    _t(Action.CHECK_IN, S.APPROVED, None, {R.REQUESTER, R.SERVICE_OFFICER}, 10),
    _t(Action.RELEASE_NO_SHOW, S.APPROVED, S.NO_SHOW, set(), 10),
    # The report may come once the event has started: from APPROVED (during or just after the
    # event, before the system completes it) or from COMPLETED.
    _t(Action.REPORT, {S.APPROVED, S.COMPLETED}, S.REPORTED, {R.REQUESTER, R.SERVICE_OFFICER}, 10,
       event_started),
)
# fmt: on

ROLE_ORDER = list(R)


def transitions_for(action: Action) -> tuple[Transition, ...]:
    return tuple(t for t in TRANSITIONS if t.action == action)


def roles_for(action: Action) -> frozenset[R]:
    return frozenset(r for t in transitions_for(action) for r in t.roles)


def find_transition(action: Action, status: S, facts: Facts | None) -> Transition | None:
    """The first transition of ``action`` from ``status`` whose guard holds (guards ignored when
    ``facts`` is None: "is this action possible from here at all")."""
    for t in transitions_for(action):
        if status in t.sources and (t.when is None or facts is None or t.when(facts)):
            return t
    return None


def acting_role(transition: Transition, roles: list[str]) -> R | None:
    """The role in which a user fires a transition (officer roles before REQUESTER)."""
    mine = [r for r in ROLE_ORDER if r in roles and r in transition.roles]
    officer = [r for r in mine if r != R.REQUESTER]
    return (officer or mine or [None])[0]


def responsible_states(roles: list[str]) -> list[S]:
    """States whose waiting step is the responsibility of one of ``roles`` (for ``myTasks``)."""
    return [s for s, n in WAITING_STEP.items() if STEPS[n].roles & set(roles)]
