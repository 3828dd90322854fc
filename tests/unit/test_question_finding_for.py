"""Question.finding_for: the one place a chosen answer becomes the bank's finding (report, live panel,
audience screen and the decision's reasons all read it)."""

from desktop_app.core.bank.model import Option, Question


def _question() -> Question:
    return Question(
        id="q",
        text="How are identifiers removed?",
        type="multi",
        options=(
            Option("none", "Not at all", risk=4, finding="Identifiers stay in the data."),
            Option("partly", "Partly", risk=2, finding="Some identifiers stay in the data."),
            Option("stop", "Never checked", risk=1, blocker=True, finding="Nobody knows what the data holds."),
            Option("done", "Fully", risk=0),
            Option("blank", "Blank finding", risk=3, finding="   "),
        ),
    )


def test_a_single_answer_gives_its_options_finding() -> None:
    assert _question().finding_for("partly") == "Some identifiers stay in the data."


def test_of_several_chosen_options_the_blocker_then_the_riskiest_is_said() -> None:
    q = _question()
    assert q.finding_for(["partly", "none"]) == "Identifiers stay in the data."
    assert q.finding_for(("none", "stop")) == "Nobody knows what the data holds."


def test_no_finding_for_an_option_without_one_for_unknown_or_for_a_blank_finding() -> None:
    q = _question()
    assert q.finding_for("done") == ""
    assert q.finding_for("unknown") == ""
    assert q.finding_for("blank") == ""
    assert q.finding_for(None) == ""
    assert q.finding_for(["blank", "partly"]) == "Some identifiers stay in the data."
