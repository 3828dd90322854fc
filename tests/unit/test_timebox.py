"""The timebox: default minutes, the on-time states, and a hostile agenda refused."""

from __future__ import annotations

import pytest

from desktop_app.core.timebox import Agenda, AgendaProblem, clock, default_minutes, parse_agenda, status


def test_default_minutes_grow_with_the_questions_in_whole_fives():
    assert default_minutes({"data": 7, "compute": 1, "empty": 0}) == {"data": 15, "compute": 5, "empty": 5}


def test_states_follow_time_against_progress():
    assert status("d", 0, 0, 0, 4).state == "unplanned"
    assert status("d", 300, 600, 2, 4).state == "on_time"
    assert status("d", 400, 600, 1, 4).state == "behind"  # two thirds of the time, a quarter answered
    assert status("d", 500, 600, 3, 4).state == "behind"  # late with questions still open
    assert status("d", 500, 600, 4, 4).state == "on_time"
    assert status("d", 601, 600, 4, 4).state == "over"


def test_an_agenda_round_trips_through_its_json():
    agenda = Agenda({"data": 20}).with_elapsed("data", 95)
    assert parse_agenda(agenda.to_json()) == agenda
    assert clock(95) == "1:35" and clock(3725) == "1:02:05"


@pytest.mark.parametrize(
    "text",
    ['{"minutes": {"data": 9999}}', '{"minutes": {"data": true}}', '{"other": 1}', "[]", "{", '{"minutes": []}'],
)
def test_an_agenda_the_app_never_writes_is_refused(text):
    with pytest.raises(AgendaProblem):
        parse_agenda(text)
