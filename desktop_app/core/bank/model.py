"""The data model of a loaded question bank: constants and frozen dataclasses, no I/O.

The format is documented in ``docs/question-bank-format.md``.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

# English words live in core.messages (it imports nothing of ours at run time)
from desktop_app.core.messages import CHALLENGE_TITLES, DEFAULT_REPORT_TITLE

FORMAT_VERSION = 2
NA = "na"
UNKNOWN = "unknown"
SPECIAL_VALUES = (NA, UNKNOWN)

#: The six challenges and their sub-challenges; ids are fixed by the design.
#: (id, the design's English name from core.messages, sub-challenge ids); a bank gives its own titles.
_SUBCHALLENGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("data", ("collection", "preprocessing", "privacy")),
    ("compute", ("cost", "energy", "scalability")),
    ("interpretability", ("black_box", "bias_fairness", "output_control")),
    ("ethics_legal", ("discrimination", "ip", "regulatory")),
    ("integration", ("legacy", "data_integration", "user_training")),
    ("security_privacy", ("breaches", "model_security", "privacy_preservation")),
)
CHALLENGES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    (cid, CHALLENGE_TITLES[cid], subs) for cid, subs in _SUBCHALLENGES
)
CHALLENGE_IDS: tuple[str, ...] = tuple(c[0] for c in CHALLENGES)
#: Industries the built-in bank knows. A bank defines its own through the options of
#: ``context.industry`` (``general`` is always required); these are the ids code and tests name.
INDUSTRIES: tuple[str, ...] = (
    "healthcare",
    "financial_services",
    "creative",
    "manufacturing",
    "public_sector",
    "general",
)
JURISDICTION_QUESTION = "context.jurisdictions"
QUESTION_TYPES = ("single", "multi", "scale", "yesno", "number", "text")
CHOICE_TYPES = ("single", "multi", "scale", "yesno")
EFFORTS = ("S", "M", "L")
COSTS = ("low", "medium", "high")
PHASES = (0, 1, 2, 3)
CONFIDENCES = ("low", "medium", "high")
BUILTIN_BANK_ID = "genai-readiness"
TIER_IDS = ("I", "II", "III", "IV")


# --------------------------------------------------------------------------------------------
# Conditions


@dataclass(frozen=True)
class Condition:
    """The answer to a context question is one of ``values``.

    Unanswered or "not applicable": the condition does not hold. "Don't know": it holds (we cannot
    rule it out, so we stay on the demanding side). A multi-choice answer: any chosen value counts.
    """

    question: str
    values: tuple[str, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        value = answers.get(self.question)
        if value is None or value == NA:
            return False
        if value == UNKNOWN:
            return True
        if isinstance(value, list):
            return any(str(v) in self.values for v in value)
        return str(value) in self.values


@dataclass(frozen=True)
class When:
    """``applies_if``: every condition holds (AND); an empty When always holds."""

    conditions: tuple[Condition, ...] = ()

    def holds(self, answers: Mapping[str, object]) -> bool:
        return all(c.holds(answers) for c in self.conditions)

    def to_dict(self) -> dict[str, list[str]]:
        return {c.question: list(c.values) for c in self.conditions}


def holds(when: When | None, answers: Mapping[str, object]) -> bool:
    return when is None or when.holds(answers)


# --------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class Option:
    """One answer option of a choice question (or one value of a context question)."""

    id: str
    label: str
    risk: int | None = None
    blocker: bool = False
    exclusive: bool = False
    actions: tuple[str, ...] = ()
    impact: Mapping[str, int] = field(default_factory=dict)
    description: str = ""
    #: one sentence saying what is wrong when this option is chosen (reports use it)
    finding: str = ""
    #: context options: points towards the impact tier, and a tier this answer alone reaches
    tier_points: int = 0
    min_tier: str | None = None


@dataclass(frozen=True)
class Band:
    """A scoring band of a number question: values up to ``upto`` (inclusive) score ``risk``."""

    upto: float | None
    risk: int


@dataclass(frozen=True)
class Guidance:
    why: str = ""
    good: str = ""
    examples: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    """A question of the context section or of a sub-challenge."""

    id: str
    text: str
    type: str
    weight: int = 1
    options: tuple[Option, ...] = ()
    allow_na: bool = True
    allow_unknown: bool = True
    guidance: Guidance = field(default_factory=Guidance)
    references: tuple[str, ...] = ()
    show_if: Condition | None = None
    industry: str | None = None
    challenge: str | None = None
    subchallenge: str | None = None
    bands: tuple[Band, ...] = ()
    computed: str | None = None
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    default: float | None = None
    default_source: str = ""
    ordered: bool = False
    help: str = ""
    applies_if: When | None = None
    #: references shown only where their condition holds (reference -> condition)
    ref_conditions: Mapping[str, When] = field(default_factory=dict)

    @property
    def is_context(self) -> bool:
        return self.challenge is None

    @property
    def in_currency(self) -> bool:
        """True when a number answered here is an amount in the assessment's currency (unit "currency ...")."""
        return self.unit.strip().startswith("currency")

    @property
    def scored(self) -> bool:
        """True when an answer to this question carries risk points."""
        if self.is_context or self.type == "text":
            return False
        if self.type == "number":
            return bool(self.bands)
        return True

    @property
    def subchallenge_key(self) -> str | None:
        return f"{self.challenge}.{self.subchallenge}" if self.challenge else None

    def option(self, option_id: str) -> Option | None:
        for opt in self.options:
            if opt.id == option_id:
                return opt
        return None

    def finding_for(self, value: object) -> str:
        """The bank's finding for the answer ``value`` (an option id, a list of them, or a scale
        value): of the chosen options with a finding, the riskiest one (a blocker first); "" when
        none has one (a bank without findings, "don't know", a number)."""
        chosen = {str(v) for v in (value if isinstance(value, list | tuple) else [value])}
        options = [o for o in self.options if o.id in chosen and o.finding.strip()]
        best = max(options, key=lambda o: (o.blocker, o.risk or 0), default=None)
        return best.finding.strip() if best else ""

    @property
    def option_risks(self) -> tuple[int, ...]:
        if self.type == "number":
            return tuple(b.risk for b in self.bands)
        return tuple(o.risk for o in self.options if o.risk is not None)

    @property
    def middle_risk(self) -> int:
        """The risk of the question's middle option (upper middle for an even count)."""
        risks = sorted(self.option_risks)
        return risks[len(risks) // 2] if risks else 0

    def band_for(self, value: float) -> Band | None:
        for band in self.bands:
            if band.upto is None or value <= band.upto:
                return band
        return None


@dataclass(frozen=True)
class SubChallenge:
    id: str
    challenge: str
    title: str
    summary: str
    questions: tuple[Question, ...]

    @property
    def key(self) -> str:
        return f"{self.challenge}.{self.id}"


@dataclass(frozen=True)
class Challenge:
    id: str
    title: str
    summary: str
    subchallenges: tuple[SubChallenge, ...]

    def questions(self) -> Iterator[Question]:
        for sub in self.subchallenges:
            yield from sub.questions


@dataclass(frozen=True)
class Profile:
    """An industry profile: the base impact (1..5) of each challenge."""

    id: str
    name: str
    impact: Mapping[str, int]
    rationale: str = ""


# --------------------------------------------------------------------------------------------
# Mitigations and rules


@dataclass(frozen=True)
class Raci:
    responsible: str = ""
    accountable: str = ""
    consulted: tuple[str, ...] = ()
    informed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "responsible": self.responsible,
            "accountable": self.accountable,
            "consulted": list(self.consulted),
            "informed": list(self.informed),
        }


@dataclass(frozen=True)
class Mitigation:
    """An action of the mitigation library."""

    id: str
    title: str
    action: str
    challenge: str
    subchallenge: str
    phase: int
    effort: str
    cost: str
    owner_role: str
    references: tuple[str, ...] = ()
    risk_reduction: int = 1
    evidence: str = ""
    effort_days: tuple[float, float] | None = None
    cost_assumptions: str = ""
    raci: Raci = field(default_factory=Raci)
    depends_on: tuple[str, ...] = ()
    applies_if: When | None = None
    ref_conditions: Mapping[str, When] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """Links answers to mitigations: by answer ids (``answers``) or by a minimum risk."""

    question: str
    then: tuple[str, ...]
    answers: tuple[str, ...] = ()
    min_risk: int | None = None
    applies_if: When | None = None


# --------------------------------------------------------------------------------------------
# Decision method


@dataclass(frozen=True)
class ScoringSettings:
    unknown_risk: int = 2
    followup_confidence: tuple[str, ...] = ("low",)


@dataclass(frozen=True)
class DecisionSettings:
    #: overall risk at or above which the decision is at best ``pilot_only``
    pilot_only_risk: float = 50.0
    #: percent of the scored questions answered below which a verdict is provisional
    provisional_below: float = 50.0


@dataclass(frozen=True)
class Control:
    """A control a tier requires: an answer in ``accept``, or a plan action marked done."""

    phase: int
    question: str | None = None
    accept: tuple[str, ...] = ()
    mitigation: str | None = None
    applies_if: When | None = None

    @property
    def key(self) -> str:
        return self.question or self.mitigation or ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"phase": self.phase}
        if self.question:
            d.update(question=self.question, accept=list(self.accept))
        if self.mitigation:
            d["mitigation"] = self.mitigation
        if self.applies_if:
            d["applies_if"] = self.applies_if.to_dict()
        return d


@dataclass(frozen=True)
class Tier:
    id: str
    name: str
    max_points: int | None
    sign_off: tuple[str, ...] = ()
    pilot_boundary: tuple[str, ...] = ()
    required_controls: tuple[Control, ...] = ()

    @property
    def approver(self) -> str:
        return self.sign_off[0] if self.sign_off else ""


DEFAULT_TIER = Tier(id="I", name="", max_points=None)


@dataclass(frozen=True)
class PilotBoundary:
    id: str
    text: str
    applies_if: When | None = None


@dataclass(frozen=True)
class CostBands:
    """What the cost bands mean in money, in the bank's reference currency."""

    currency: str = ""
    ranges: Mapping[str, tuple[float | None, float | None]] = field(default_factory=dict)
    #: the planning rate for a person-day of internal time the bands include (None: not stated)
    day_rate: float | None = None
    #: one or two sentences on what a band covers (outside spend, internal time ...); "" = not stated
    basis: str = ""


# --------------------------------------------------------------------------------------------
# Framework catalogue and the bank


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    published: str = ""
    source: str = ""
    caveat: str = ""
    items: tuple[str, ...] = ()
    version: str = ""
    verified: str = ""
    review_by: str = ""
    jurisdictions: tuple[str, ...] = ()
    #: for the maintainers only (where a fact comes from); never shown to clients
    internal_note: str = ""
    #: dated milestones the bank's guidance relies on: (YYYY-MM-DD, what happens)
    key_dates: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class QuestionBank:
    """A loaded, validated question bank."""

    id: str
    name: str
    version: str
    released: str
    description: str
    context: tuple[Question, ...]
    challenges: tuple[Challenge, ...]
    profiles: Mapping[str, Profile]
    mitigations: Mapping[str, Mitigation]
    rules: tuple[Rule, ...]
    glossary: tuple[tuple[str, str], ...]
    scoring: ScoringSettings
    estimator: Mapping[str, Any] | None
    source_text: str
    frameworks: Mapping[str, Framework] = field(default_factory=dict)
    _index: Mapping[str, Question] = field(default_factory=dict, repr=False, compare=False)
    format: int = 1
    report_title: str = ""
    tiers: tuple[Tier, ...] = ()
    pilot_boundaries: Mapping[str, PilotBoundary] = field(default_factory=dict)
    decision: DecisionSettings = field(default_factory=DecisionSettings)
    cost_bands: CostBands = field(default_factory=CostBands)
    #: framework entries this bank adds to the catalogue (also in ``frameworks``)
    own_frameworks: Mapping[str, Framework] = field(default_factory=dict)
    #: ``live_values``' last verdict and the answers it read (see there); [deps, memo]
    _live_memo: list[Any] = field(default_factory=lambda: [None, None], init=False, repr=False, compare=False)

    # -- lookups ---------------------------------------------------------------------------
    def question(self, question_id: str) -> Question:
        return self._index[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._index

    def all_questions(self) -> Iterator[Question]:
        """Context questions first, then every challenge question in bank order."""
        yield from self.context
        for ch in self.challenges:
            yield from ch.questions()

    def challenge(self, challenge_id: str) -> Challenge:
        for ch in self.challenges:
            if ch.id == challenge_id:
                return ch
        raise KeyError(challenge_id)

    def subchallenge(self, key: str) -> SubChallenge:
        challenge_id, _, sub_id = key.partition(".")
        for sub in self.challenge(challenge_id).subchallenges:
            if sub.id == sub_id:
                return sub
        raise KeyError(key)

    def live_values(self, answers: Mapping[str, object]) -> Mapping[str, object]:
        """The answers without those of hidden context questions, such as a US state still stored
        after the US was unticked: conditions read only what is shown. (Context questions refer only
        to earlier ones, so one pass in bank order is enough.)

        Scoring one assessment asks this a hundred times and more with the same answers, so the
        verdict (which questions are hidden) is kept with a copy of the few answers it read, and
        reused while they are equal and of the same types: a changed answer, even a list changed in
        place, is read again.
        """
        deps = self._live_memo[0]
        if deps is None:
            deps = self._live_memo[0] = self._live_deps()
        read = tuple([answers.get(qid) for qid in deps])
        memo = self._live_memo[1]  # (answers read, their types, hidden ids): replaced whole, never changed
        if memo is not None and memo[0] == read and memo[1] == tuple(map(type, read)):
            hidden: tuple[str, ...] = memo[2]
        else:
            hidden = self._hidden_context(answers)
            self._live_memo[1] = (copy.deepcopy(read), tuple(map(type, read)), hidden)
        if not hidden:
            return answers
        live = dict(answers)
        for qid in hidden:
            live.pop(qid, None)
        return live

    def _hidden_context(self, answers: Mapping[str, object]) -> tuple[str, ...]:
        live: dict[str, object] | None = None
        hidden: list[str] = []
        for q in self.context:
            if (q.show_if is None and q.applies_if is None) or q.id not in answers:
                continue
            if not self._shown(q, answers if live is None else live):
                live = dict(answers) if live is None else live
                del live[q.id]
                hidden.append(q.id)
        return tuple(hidden)

    def _live_deps(self) -> tuple[str, ...]:
        """The answers ``live_values`` reads: conditional context questions and those they refer to."""
        deps: dict[str, None] = {}
        for q in self.context:
            if q.show_if is None and q.applies_if is None:
                continue
            deps[q.id] = None
            if q.show_if is not None:
                deps[q.show_if.question] = None
            for c in q.applies_if.conditions if q.applies_if is not None else ():
                deps[c.question] = None
        return tuple(deps)

    @staticmethod
    def _shown(question: Question, answers: Mapping[str, object]) -> bool:
        if question.show_if is not None and not question.show_if.holds(answers):
            return False
        return holds(question.applies_if, answers)

    def is_visible(self, question: Question, answers: Mapping[str, object]) -> bool:
        """Shown and counted: its ``show_if`` and ``applies_if`` hold, read on the answers of the
        context questions that are themselves shown (``live_values``)."""
        if question.show_if is None and question.applies_if is None:
            return True  # most questions: nothing to read (scoring asks this hundreds of times a file)
        return self._shown(question, self.live_values(answers))

    def applies(self, mitigation: Mitigation, answers: Mapping[str, object]) -> bool:
        if mitigation.applies_if is None:
            return True
        return holds(mitigation.applies_if, self.live_values(answers))

    def references_for(
        self, references: Iterable[str], conditions: Mapping[str, When], answers: Mapping[str, object]
    ) -> tuple[str, ...]:
        """The references that apply: their own condition and their framework's jurisdictions hold."""
        out = []
        for ref in references:
            if not holds(conditions.get(ref), answers):
                continue
            fw = self.frameworks.get(ref.partition(":")[0])
            # a framework of other jurisdictions drops out once the jurisdictions are answered
            answered = self.has_question(JURISDICTION_QUESTION) and JURISDICTION_QUESTION in answers
            if (
                fw is not None
                and fw.jurisdictions
                and answered
                and not Condition(JURISDICTION_QUESTION, fw.jurisdictions).holds(answers)
            ):
                continue
            out.append(ref)
        return tuple(out)

    @property
    def industries(self) -> tuple[str, ...]:
        """The industry ids of this bank: the options of ``context.industry``."""
        if not self.has_question("context.industry"):
            return ("general",)
        return tuple(o.id for o in self.question("context.industry").options)

    def industry_label(self, industry: str) -> str:
        """The bank's own name for an industry (its ``context.industry`` option), else the id;
        ``core.messages.industry_label`` adds the built-in English names."""
        if self.has_question("context.industry"):
            opt = self.question("context.industry").option(industry)
            if opt is not None:
                return opt.label
        return industry

    def tier(self, tier_id: str) -> Tier:
        for t in self.tiers:
            if t.id == tier_id:
                return t
        return DEFAULT_TIER

    @property
    def title(self) -> str:
        """The report's title: the bank's ``report_title``, else the product's."""
        return self.report_title or DEFAULT_REPORT_TITLE

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"
