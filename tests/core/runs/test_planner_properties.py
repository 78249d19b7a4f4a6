"""Properties of the pure planner, over random schedules, closures and parcels."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from core.runs.planning import Slot, Waiting, plan

START = datetime(2026, 11, 30, tzinfo=UTC)
GROUPS = ("A", "B", "C")


@st.composite
def boards(draw):
    """Per group: runs every 1-4 days, random capacities, some closed, some with 2 vehicles."""
    slots = {}
    for group in GROUPS:
        runs = []
        day = draw(st.integers(0, 3))
        for _ in range(draw(st.integers(1, 12))):
            depart = START + timedelta(days=day)
            for index in (1, 2) if draw(st.booleans()) else (1,):
                runs.append(
                    Slot(
                        (group, day, index),
                        date(2026, 1, 1) + timedelta(days=day),
                        depart,
                        depart - timedelta(hours=14),
                        draw(st.integers(1, 6)),
                        draw(st.integers(1, 40)) * 1000,
                        index,
                        "holiday" if draw(st.integers(0, 9)) == 0 else None,
                        draw(st.integers(0, 2)),
                        draw(st.integers(0, 2000)),
                    )
                )
            day += draw(st.integers(1, 4))
        slots[group] = runs
    return slots


parcels_strategy = st.lists(
    st.builds(
        lambda n, group, ready_h, age_h, kg: Waiting(
            f"p{n}",
            group,
            START + timedelta(hours=ready_h),
            START + timedelta(hours=ready_h - age_h),
            kg * 1000,
        ),
        st.integers(0, 10**6),
        st.sampled_from(GROUPS),
        st.integers(-48, 24 * 20),
        st.integers(0, 24 * 30),
        st.integers(0, 45),
    ),
    max_size=60,
    unique_by=lambda p: p.parcel_id,
)


def _slot_of(slots):
    return {s.key: s for runs in slots.values() for s in runs}


@settings(max_examples=150, deadline=None)
@given(boards(), parcels_strategy)
def test_every_parcel_once_on_a_run_of_its_own_group(slots, parcels):
    result = plan(parcels, slots)
    assert set(result.placements) | set(result.unplaced) == {p.parcel_id for p in parcels}
    assert not set(result.placements) & set(result.unplaced)
    by_key = _slot_of(slots)
    for parcel in parcels:
        placement = result.placements.get(parcel.parcel_id)
        if placement is None:
            continue
        slot = by_key[placement.slot_key]
        assert placement.slot_key[0] == parcel.group
        assert slot.closed is None
        assert slot.cutoff_at >= parcel.available_at  # never on a run whose cutoff it missed


@settings(max_examples=150, deadline=None)
@given(boards(), parcels_strategy)
def test_no_run_over_capacity(slots, parcels):
    result = plan(parcels, slots)
    weight = {p.parcel_id: p.weight_g for p in parcels}
    count, grams = Counter(), Counter()
    for pid, placement in result.placements.items():
        count[placement.slot_key] += 1
        grams[placement.slot_key] += weight[pid]
    for key, slot in _slot_of(slots).items():
        if count[key]:
            assert slot.load_parcels + count[key] <= slot.capacity_parcels
            assert slot.load_g + grams[key] <= slot.capacity_g


@settings(max_examples=150, deadline=None)
@given(boards(), parcels_strategy, parcels_strategy)
def test_younger_parcels_never_push_an_older_one_back(slots, parcels, newcomers):
    """No starvation: adding parcels younger than all others changes no older parcel's run."""
    if not parcels:
        return
    newest = max(p.received_at for p in parcels)
    known = {p.parcel_id for p in parcels}
    younger = [
        Waiting(
            "n" + str(p.parcel_id),
            p.group,
            p.available_at,
            newest + timedelta(minutes=1 + n),
            p.weight_g,
        )
        for n, p in enumerate(newcomers)
        if p.parcel_id not in known
    ]
    alone = plan(parcels, slots)
    crowded = plan(parcels + younger, slots)
    for pid, placement in alone.placements.items():
        assert crowded.placements[pid].slot_key == placement.slot_key
    assert set(alone.unplaced) <= set(crowded.unplaced)


@settings(max_examples=100, deadline=None)
@given(boards(), parcels_strategy)
def test_a_parcel_that_fits_somewhere_is_placed(slots, parcels):
    """Unplaced only when no open run after its cutoff could ever carry it alone."""
    result = plan(parcels, slots)
    by_group = {g: runs for g, runs in slots.items()}
    waiting = {p.parcel_id: p for p in parcels}
    count, grams = Counter(), Counter()
    for pid, placement in result.placements.items():
        count[placement.slot_key] += 1
        grams[placement.slot_key] += waiting[pid].weight_g
    for pid, why in result.unplaced.items():
        parcel = waiting[pid]
        later = [
            s
            for s in by_group[parcel.group]
            if s.closed is None and s.cutoff_at >= parcel.available_at
        ]
        # Everything it could use is taken by older parcels, or it is simply too heavy.
        assert why in ("no_run", "too_heavy")
        if why == "too_heavy":
            assert all(parcel.weight_g > s.capacity_g for s in later)
        for s in later:  # no run it could have boarded was left with room for it
            full = s.load_parcels + count[s.key] >= s.capacity_parcels
            heavy = s.load_g + grams[s.key] + parcel.weight_g > s.capacity_g
            assert full or heavy


@settings(max_examples=100, deadline=None)
@given(boards(), parcels_strategy)
def test_planning_is_deterministic_whatever_the_input_order(slots, parcels):
    one = plan(parcels, slots)
    two = plan(list(reversed(parcels)), slots)
    assert one.placements == two.placements and one.unplaced == two.unplaced


def test_older_parcels_go_first_when_a_run_is_full():
    slot = Slot("r1", date(2026, 12, 1), START, START - timedelta(hours=14), 2, 10**6)
    later = Slot(
        "r2",
        date(2026, 12, 4),
        START + timedelta(days=3),
        START + timedelta(days=3, hours=-14),
        2,
        10**6,
    )
    parcels = [
        Waiting(f"p{n}", "A", START - timedelta(days=1), START - timedelta(days=10 - n))
        for n in range(4)
    ]
    result = plan(list(reversed(parcels)), {"A": [slot, later]})
    assert [result.placements[f"p{n}"].slot_key for n in range(4)] == ["r1", "r1", "r2", "r2"]
    assert result.placements["p3"].reason == "rolled_over_capacity"
    assert result.placements["p3"].first_choice == "r1"
