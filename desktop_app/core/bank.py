"""Question banks: loading, validating and querying the versioned YAML files.

The format is documented in ``docs/question-bank-format.md``. Every validation problem names the
file, the line where YAML knows it, and the id of the question, option or action concerned.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import re
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from desktop_app.core.errors import BankError
from desktop_app.resources import resource_path

FORMAT_VERSION = 1
NA = "na"
UNKNOWN = "unknown"
SPECIAL_VALUES = (NA, UNKNOWN)

#: The six challenges and their sub-challenges; ids are fixed by the design.
CHALLENGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("data", "Data quality and quantity", ("collection", "preprocessing", "privacy")),
    ("compute", "Computational resources", ("cost", "energy", "scalability")),
    (
        "interpretability",
        "Model interpretability and control",
        ("black_box", "bias_fairness", "output_control"),
    ),
    ("ethics_legal", "Ethical and legal considerations", ("discrimination", "ip", "regulatory")),
    ("integration", "Integration with existing systems", ("legacy", "data_integration", "user_training")),
    ("security_privacy", "Security and privacy", ("breaches", "model_security", "privacy_preservation")),
)
CHALLENGE_IDS: tuple[str, ...] = tuple(c[0] for c in CHALLENGES)
INDUSTRIES: tuple[str, ...] = (
    "healthcare",
    "financial_services",
    "creative",
    "manufacturing",
    "public_sector",
    "general",
)
INDUSTRY_LABELS = {
    "healthcare": "Healthcare",
    "financial_services": "Financial services",
    "creative": "Creative industry",
    "manufacturing": "Manufacturing",
    "public_sector": "Public sector",
    "general": "General",
}
QUESTION_TYPES = ("single", "multi", "scale", "yesno", "number", "text")
CHOICE_TYPES = ("single", "multi", "scale", "yesno")
EFFORTS = ("S", "M", "L")
COSTS = ("low", "medium", "high")
PHASES = (0, 1, 2, 3)
PHASE_NAMES = {
    0: "Before any deployment",
    1: "Pilot",
    2: "Production",
    3: "Scale and monitor",
}
CONFIDENCES = ("low", "medium", "high")
CONFIDENCE_LABELS = {"low": "Low", "medium": "Medium", "high": "High"}
DEFAULT_SCALE_LABELS = (
    "0 - Not in place",
    "1 - Initial, ad hoc",
    "2 - Repeatable, partly documented",
    "3 - Defined and documented",
    "4 - Measured and improved",
)
BUILTIN_BANK_ID = "genai-readiness"

_ID_RE = re.compile(r"^[a-z0-9_]+$")
_BANK_ID_RE = re.compile(r"^[a-z0-9-]+$")
_MIT_ID_RE = re.compile(r"^[A-Z0-9-]+$")


# --------------------------------------------------------------------------------------------
# YAML with line numbers, no duplicate keys, and only true/false as booleans (so `yes` stays a
# string: it is an option id of yes/no questions).


class _Map(dict[str, Any]):
    line: int = 0


# libyaml's parser when available: the built-in bank parses several times faster
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _BankLoader(_SafeBase):  # type: ignore[valid-type,misc]
    pass


_BankLoader.yaml_implicit_resolvers = {
    key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_BankLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _construct_map(loader: _BankLoader, node: yaml.MappingNode) -> _Map:
    seen: dict[object, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line + 1
    result = _Map({str(k): v for k, v in loader.construct_mapping(node, deep=True).items()})
    result.line = node.start_mark.line + 1
    return result


_BankLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)


def _line(obj: object) -> int:
    return getattr(obj, "line", 0)


def parse_yaml(text: str, where: str) -> Any:
    """Parse YAML text with the bank loader, turning syntax errors into a BankError."""
    try:
        return yaml.load(text, Loader=_BankLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise BankError([f"{where}{line}: not valid YAML: {problem}"]) from None


# --------------------------------------------------------------------------------------------
# The model


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
class Condition:
    """``show_if``: the question is shown when a context question has one of ``values``."""

    question: str
    values: tuple[str, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        value = answers.get(self.question)
        if isinstance(value, list):
            return any(str(v) in self.values for v in value)
        return value is not None and str(value) in self.values


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

    @property
    def is_context(self) -> bool:
        return self.challenge is None

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


@dataclass(frozen=True)
class Rule:
    """Links answers to mitigations: by answer ids (``answers``) or by a minimum risk."""

    question: str
    then: tuple[str, ...]
    answers: tuple[str, ...] = ()
    min_risk: int | None = None


@dataclass(frozen=True)
class ScoringSettings:
    unknown_risk: int = 2
    followup_confidence: tuple[str, ...] = ("low",)


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    published: str = ""
    source: str = ""
    caveat: str = ""
    items: tuple[str, ...] = ()


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

    def is_visible(self, question: Question, answers: Mapping[str, object]) -> bool:
        return question.show_if is None or question.show_if.holds(answers)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.source_text.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


# --------------------------------------------------------------------------------------------
# Loading


def builtin_bank_path() -> Path:
    return resource_path("question_banks", f"{BUILTIN_BANK_ID}.yaml")


def user_bank_folder() -> Path:
    """Where a user's own banks live (``READINESS_USER_BANKS`` overrides it, e.g. in tests)."""
    override = os.environ.get("READINESS_USER_BANKS")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "readiness-planner" / "question_banks"


def bank_folders() -> list[Path]:
    """The built-in bank folder, then the user's own."""
    return [resource_path("question_banks"), user_bank_folder()]


def available_banks() -> list[QuestionBank]:
    """Every valid bank in the bank folders (invalid ones are skipped; `bank validate` says why)."""
    banks = []
    for folder in bank_folders():
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                banks.append(load_bank(path))
            except BankError:
                continue
    return banks


def find_bank(bank_id: str) -> QuestionBank:
    for bank in available_banks():
        if bank.id == bank_id:
            return bank
    known = ", ".join(b.id for b in available_banks()) or "none"
    raise BankError([f"no question bank with id {bank_id!r} (known banks: {known})"])


_FRAMEWORK_CACHE: dict[Path, Mapping[str, Framework]] = {}


def load_frameworks(path: Path | None = None) -> Mapping[str, Framework]:
    """The framework catalogue, ``resources/frameworks.yaml``."""
    path = path or resource_path("frameworks.yaml")
    if path in _FRAMEWORK_CACHE:
        return _FRAMEWORK_CACHE[path]
    if not path.exists():
        return {}
    data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    frameworks: dict[str, Framework] = {}
    for raw in (data or {}).get("frameworks", []) or []:
        fw = Framework(
            id=str(raw.get("id", "")),
            name=str(raw.get("name", "")),
            published=str(raw.get("published", "")),
            source=str(raw.get("source", "")),
            caveat=str(raw.get("caveat", "") or ""),
            items=tuple(str(i) for i in raw.get("items", []) or []),
        )
        frameworks[fw.id] = fw
    _FRAMEWORK_CACHE[path] = frameworks
    return frameworks


_BANK_CACHE: dict[tuple[str, bool], QuestionBank] = {}  # by content: many files share one bank


def load_bank(path: str | Path) -> QuestionBank:
    """Load and validate a bank file; raise BankError listing every problem."""
    path = Path(path)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise BankError([f"{path}: cannot read the file ({exc.strerror or exc})"]) from None
    try:
        text = raw_bytes.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    return load_bank_text(text, str(path))


def load_bank_text(text: str, where: str = "<bank>", check_references: bool = True) -> QuestionBank:
    """Load a bank from its YAML text.

    A snapshot stored in a document is loaded with ``check_references=False``: it must read the same
    years later, even when the framework catalogue has moved on.
    """
    key = (hashlib.sha256(text.encode("utf-8")).hexdigest(), check_references)
    cached = _BANK_CACHE.get(key)
    if cached is not None:
        return cached
    data = parse_yaml(text, where)
    bank = _Builder(where, text, check_references).build(data)
    _BANK_CACHE[key] = bank
    return bank


class _Builder:
    def __init__(self, where: str, text: str, check_references: bool = True) -> None:
        self.where = where
        self.text = text
        self.check_references = check_references
        self.problems: list[str] = []

    # -- helpers -------------------------------------------------------------------------------
    def err(self, node: object, what: str) -> None:
        line = _line(node)
        self.problems.append(f"{self.where}:{line}: {what}" if line else f"{self.where}: {what}")

    def text_field(self, node: Mapping[str, Any], key: str, what: str, required: bool = True) -> str:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.err(node, f"{what}: '{key}' is missing")
            return ""
        if isinstance(value, date):  # an unquoted YAML date, e.g. released: 2026-11-26
            return value.isoformat()
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.err(node, f"{what}: '{key}' must be text")
            return ""
        return str(value).strip()

    def int_field(
        self, node: Mapping[str, Any], key: str, what: str, lo: int, hi: int, default: int | None = None
    ) -> int:
        value = node.get(key, default)
        if value is None:
            self.err(node, f"{what}: '{key}' is missing")
            return lo
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.err(node, f"{what}: '{key}' must be a whole number from {lo} to {hi}, not {value!r}")
            return lo
        return value

    def bool_field(self, node: Mapping[str, Any], key: str, what: str, default: bool) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            self.err(node, f"{what}: '{key}' must be true or false, not {value!r}")
            return default
        return value

    def str_list(self, node: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
        value = node.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.err(node, f"{what}: '{key}' must be a list")
            return ()
        return tuple(str(v) for v in value)

    def mapping(self, node: object, what: str) -> Mapping[str, Any] | None:
        if not isinstance(node, dict):
            self.err(node, f"{what} must be a mapping (key: value)")
            return None
        return node

    # -- build ---------------------------------------------------------------------------------
    def build(self, data: object) -> QuestionBank:
        top = self.mapping(data, "the bank")
        if top is None:
            raise BankError(self.problems)
        fmt = top.get("format", 1)
        if not isinstance(fmt, int) or fmt > FORMAT_VERSION:
            raise BankError(
                [
                    f"{self.where}: bank format {fmt!r} is newer than this version of the app understands "
                    f"(up to {FORMAT_VERSION}); update the app"
                ]
            )
        bank_id = self.text_field(top, "id", "bank")
        if bank_id and not _BANK_ID_RE.match(bank_id):
            self.err(top, f"bank id {bank_id!r} may contain only a-z, 0-9 and '-'")
        name = self.text_field(top, "name", "bank")
        version = self.text_field(top, "version", "bank")
        released = self.text_field(top, "released", "bank", required=False)
        description = self.text_field(top, "description", "bank", required=False)

        self.frameworks = load_frameworks() if self.check_references else {}
        scoring = self.build_scoring(top.get("scoring") or {})
        profiles = self.build_profiles(top.get("profiles") or {})
        context_node = top.get("context") or {}
        context_qs = self.build_context(context_node)
        challenges = self.build_challenges(top.get("challenges"))
        mitigations = self.build_mitigations(top.get("mitigations") or [])
        index: dict[str, Question] = {}
        for q in list(context_qs) + [q for ch in challenges for q in ch.questions()]:
            if q.id in index:
                self.problems.append(f"{self.where}: question id {q.id!r} is used twice")
            index[q.id] = q
        rules = self.build_rules(top.get("rules") or [], index, mitigations)
        glossary = self.build_glossary(top.get("glossary") or [])
        estimator = top.get("estimator")
        if estimator is not None and not isinstance(estimator, dict):
            self.err(top, "'estimator' must be a mapping")
            estimator = None
        self.cross_check(index, mitigations, profiles)
        if self.problems:
            raise BankError(self.problems)
        return QuestionBank(
            id=bank_id,
            name=name,
            version=version,
            released=released,
            description=description,
            context=context_qs,
            challenges=challenges,
            profiles=profiles,
            mitigations=mitigations,
            rules=rules,
            glossary=glossary,
            scoring=scoring,
            estimator=estimator,
            source_text=self.text,
            frameworks=self.frameworks,
            _index=index,
        )

    def build_scoring(self, node: object) -> ScoringSettings:
        m = self.mapping(node, "'scoring'")
        if m is None:
            return ScoringSettings()
        unknown = self.int_field(m, "unknown_risk", "scoring", 2, 4, default=2)
        conf = m.get("followup_confidence", ["low"])
        conf_t = (conf,) if isinstance(conf, str) else tuple(conf or ())
        for c in conf_t:
            if c not in CONFIDENCES:
                self.err(m, f"scoring: followup_confidence {c!r} is not one of {', '.join(CONFIDENCES)}")
        return ScoringSettings(unknown_risk=unknown, followup_confidence=conf_t)

    def build_profiles(self, node: object) -> dict[str, Profile]:
        m = self.mapping(node, "'profiles'")
        profiles: dict[str, Profile] = {}
        if m is None:
            return profiles
        for pid, raw in m.items():
            what = f"profile {pid!r}"
            if pid not in INDUSTRIES:
                self.err(m, f"{what}: not one of the industries {', '.join(INDUSTRIES)}")
            pm = self.mapping(raw, what)
            if pm is None:
                continue
            impact_raw = pm.get("impact") or {}
            impact: dict[str, int] = {}
            for cid in CHALLENGE_IDS:
                value = impact_raw.get(cid) if isinstance(impact_raw, dict) else None
                if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
                    self.err(pm, f"{what}: impact of {cid!r} must be a whole number from 1 to 5")
                    value = 3
                impact[cid] = value
            profiles[str(pid)] = Profile(
                id=str(pid),
                name=self.text_field(pm, "name", what, required=False) or str(pid),
                impact=impact,
                rationale=self.text_field(pm, "rationale", what, required=False),
            )
        if "general" not in profiles:
            profiles["general"] = Profile("general", "General", dict.fromkeys(CHALLENGE_IDS, 3))
        return profiles

    def build_context(self, node: object) -> tuple[Question, ...]:
        m = self.mapping(node, "'context'")
        if m is None:
            return ()
        raw_qs = m.get("questions") or []
        questions = tuple(q for q in (self.build_question(r, None, None) for r in raw_qs) if q is not None)
        ids = [q.id for q in questions]
        if "context.industry" not in ids:
            self.err(m, "context: the question 'context.industry' is required")
        for q in questions:
            if not q.id.startswith("context."):
                self.problems.append(f"{self.where}: context question {q.id!r} must start with 'context.'")
            if q.show_if is not None:
                self.problems.append(f"{self.where}: context question {q.id!r} cannot have show_if")
            if q.id == "context.industry":
                got = {o.id for o in q.options}
                if q.type != "single" or got != set(INDUSTRIES):
                    self.problems.append(
                        f"{self.where}: question 'context.industry' must be a single choice with exactly "
                        f"the options {', '.join(INDUSTRIES)}"
                    )
            if q.ordered:
                for cid in (*CHALLENGE_IDS, "all"):
                    values = [o.impact.get(cid, 0) for o in q.options]
                    if any(b < a for a, b in itertools.pairwise(values)):
                        self.problems.append(
                            f"{self.where}: question {q.id!r} is ordered but the impact on {cid!r} "
                            f"decreases between its options ({values})"
                        )
        return questions

    def build_challenges(self, node: object) -> tuple[Challenge, ...]:
        if not isinstance(node, list):
            self.problems.append(f"{self.where}: 'challenges' must be a list of the six challenges")
            return ()
        challenges: list[Challenge] = []
        expected = {cid: subs for cid, _, subs in CHALLENGES}
        seen: list[str] = []
        for raw in node:
            m = self.mapping(raw, "a challenge")
            if m is None:
                continue
            cid = self.text_field(m, "id", "challenge")
            what = f"challenge {cid!r}"
            if cid not in expected:
                self.err(m, f"{what}: unknown challenge id (expected one of {', '.join(CHALLENGE_IDS)})")
                continue
            seen.append(cid)
            subs: list[SubChallenge] = []
            sub_seen: list[str] = []
            for sraw in m.get("subchallenges") or []:
                sm = self.mapping(sraw, f"{what}: a sub-challenge")
                if sm is None:
                    continue
                sid = self.text_field(sm, "id", f"{what}: sub-challenge")
                swhat = f"sub-challenge '{cid}.{sid}'"
                if sid not in expected[cid]:
                    self.err(sm, f"{swhat}: unknown id (expected one of {', '.join(expected[cid])})")
                    continue
                sub_seen.append(sid)
                qs = tuple(
                    q for q in (self.build_question(r, cid, sid) for r in sm.get("questions") or []) if q is not None
                )
                subs.append(
                    SubChallenge(
                        id=sid,
                        challenge=cid,
                        title=self.text_field(sm, "title", swhat),
                        summary=self.text_field(sm, "summary", swhat, required=False),
                        questions=qs,
                    )
                )
            missing = [s for s in expected[cid] if s not in sub_seen]
            if missing:
                self.err(m, f"{what}: missing sub-challenges {', '.join(missing)}")
            if len(set(sub_seen)) != len(sub_seen):
                self.err(m, f"{what}: a sub-challenge appears twice")
            subs.sort(key=lambda s: expected[cid].index(s.id))
            challenges.append(
                Challenge(
                    id=cid,
                    title=self.text_field(m, "title", what),
                    summary=self.text_field(m, "summary", what, required=False),
                    subchallenges=tuple(subs),
                )
            )
        missing_c = [c for c in CHALLENGE_IDS if c not in seen]
        if missing_c:
            self.problems.append(f"{self.where}: missing challenges {', '.join(missing_c)}")
        if len(set(seen)) != len(seen):
            self.problems.append(f"{self.where}: a challenge appears twice")
        challenges.sort(key=lambda c: CHALLENGE_IDS.index(c.id))
        return tuple(challenges)

    def build_question(self, raw: object, cid: str | None, sid: str | None) -> Question | None:
        m = self.mapping(raw, "a question")
        if m is None:
            return None
        qid = self.text_field(m, "id", "question")
        what = f"question {qid!r}"
        prefix = f"{cid}.{sid}." if cid else "context."
        if qid and not qid.startswith(prefix):
            self.err(m, f"{what}: its id must start with {prefix!r}")
        qtype = self.text_field(m, "type", what)
        if qtype and qtype not in QUESTION_TYPES:
            self.err(m, f"{what}: type {qtype!r} is not one of {', '.join(QUESTION_TYPES)}")
            return None
        is_context = cid is None
        # unscored questions (context, text, numbers without bands) count for nothing: weight 1 by default
        unscored = is_context or qtype == "text" or (qtype == "number" and not m.get("bands"))
        weight = self.int_field(m, "weight", what, 1, 3, default=1 if unscored else None)
        options = self.build_options(m, what, qtype, is_context)
        bands = self.build_bands(m, what) if qtype == "number" else ()
        computed = m.get("computed")
        if computed is not None and (qtype != "number" or not isinstance(computed, str)):
            self.err(m, f"{what}: 'computed' is allowed only on number questions and names a result")
            computed = None
        guidance_raw = m.get("guidance") or {}
        if not isinstance(guidance_raw, dict):
            self.err(m, f"{what}: 'guidance' must be a mapping with why, good and examples")
            guidance_raw = {}
        examples_raw = guidance_raw.get("examples") or {}
        if not isinstance(examples_raw, dict):
            self.err(m, f"{what}: guidance examples must be keyed by industry id")
            examples_raw = {}
        for ind in examples_raw:
            if ind not in INDUSTRIES:
                self.err(m, f"{what}: guidance example for unknown industry {ind!r}")
        guidance = Guidance(
            why=str(guidance_raw.get("why", "") or "").strip(),
            good=str(guidance_raw.get("good", "") or "").strip(),
            examples={str(k): str(v).strip() for k, v in examples_raw.items()},
        )
        references = self.str_list(m, "references", what)
        for ref in references:
            self.check_reference(m, what, ref)
        show_if = self.build_condition(m, what)
        industry = m.get("industry")
        if industry is not None and industry not in INDUSTRIES:
            self.err(m, f"{what}: industry {industry!r} is not one of {', '.join(INDUSTRIES)}")
        minimum = self.number_or_none(m, "min", what)
        maximum = self.number_or_none(m, "max", what)
        default = self.number_or_none(m, "default", what)
        return Question(
            id=qid,
            text=self.text_field(m, "text", what),
            type=qtype,
            weight=weight,
            options=options,
            allow_na=self.bool_field(m, "allow_na", what, not is_context),
            allow_unknown=self.bool_field(m, "allow_unknown", what, not is_context),
            guidance=guidance,
            references=references,
            show_if=show_if,
            industry=str(industry) if industry else None,
            challenge=cid,
            subchallenge=sid,
            bands=bands,
            computed=computed,
            unit=self.text_field(m, "unit", what, required=False),
            minimum=minimum,
            maximum=maximum,
            default=default,
            default_source=self.text_field(m, "default_source", what, required=False),
            ordered=self.bool_field(m, "ordered", what, False),
            help=self.text_field(m, "help", what, required=False),
        )

    def number_or_none(self, m: Mapping[str, Any], key: str, what: str) -> float | None:
        value = m.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.err(m, f"{what}: '{key}' must be a number")
            return None
        return float(value)

    def build_options(self, m: Mapping[str, Any], what: str, qtype: str, is_context: bool) -> tuple[Option, ...]:
        raw = m.get("options")
        if qtype in ("number", "text"):
            if raw:
                self.err(m, f"{what}: a {qtype} question has no options")
            return ()
        if qtype == "scale" and not raw:
            return tuple(Option(id=str(level), label=DEFAULT_SCALE_LABELS[level], risk=4 - level) for level in range(5))
        if not isinstance(raw, list) or not raw:
            self.err(m, f"{what}: 'options' must be a non-empty list")
            return ()
        options: list[Option] = []
        for oraw in raw:
            om = self.mapping(oraw, f"{what}: an option")
            if om is None:
                continue
            oid = self.text_field(om, "id", f"{what}: option")
            owhat = f"{what}, option {oid!r}"
            if oid and not _ID_RE.match(oid):
                self.err(om, f"{owhat}: ids may contain only a-z, 0-9 and '_'")
            if oid in SPECIAL_VALUES:
                self.err(om, f"{owhat}: 'na' and 'unknown' are reserved and cannot be option ids")
            risk: int | None = None
            if not is_context:
                risk = self.int_field(om, "risk", owhat, 0, 4)
            elif "risk" in om:
                self.err(om, f"{owhat}: context options carry 'impact', not 'risk'")
            blocker = self.bool_field(om, "blocker", owhat, False)
            if blocker and risk != 4:
                self.err(om, f"{owhat}: a blocker must have risk 4")
            impact_raw = om.get("impact") or {}
            impact: dict[str, int] = {}
            if impact_raw and not is_context:
                self.err(om, f"{owhat}: only context options carry 'impact'")
            elif isinstance(impact_raw, dict):
                for cid, value in impact_raw.items():
                    if cid not in (*CHALLENGE_IDS, "all"):
                        self.err(om, f"{owhat}: impact names unknown challenge {cid!r}")
                    elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
                        self.err(om, f"{owhat}: impact on {cid!r} must be a whole number from 0 to 4")
                    else:
                        impact[str(cid)] = value
            else:
                self.err(om, f"{owhat}: 'impact' must be a mapping of challenge id to a number")
            options.append(
                Option(
                    id=oid,
                    label=self.text_field(om, "label", owhat),
                    risk=risk,
                    blocker=blocker,
                    exclusive=self.bool_field(om, "exclusive", owhat, False),
                    actions=self.str_list(om, "actions", owhat),
                    impact=impact,
                    description=self.text_field(om, "description", owhat, required=False),
                )
            )
        ids = [o.id for o in options]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            self.err(m, f"{what}: option ids used twice: {', '.join(dupes)}")
        if qtype == "yesno" and sorted(ids) != ["no", "yes"]:
            self.err(m, f"{what}: a yes/no question has exactly the options 'yes' and 'no'")
        if qtype == "scale":
            if ids != ["0", "1", "2", "3", "4"]:
                self.err(m, f"{what}: a scale question's options are the levels '0' to '4' in order")
            elif any(
                b.risk is not None and a.risk is not None and b.risk > a.risk for a, b in itertools.pairwise(options)
            ):
                self.err(m, f"{what}: risk must not increase with the maturity level")
        if qtype in ("single", "multi") and not is_context and len(options) < 2:
            self.err(m, f"{what}: a choice question needs at least two options")
        return tuple(options)

    def build_bands(self, m: Mapping[str, Any], what: str) -> tuple[Band, ...]:
        raw = m.get("bands")
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            self.err(m, f"{what}: 'bands' must be a non-empty list")
            return ()
        bands: list[Band] = []
        for i, braw in enumerate(raw):
            bm = self.mapping(braw, f"{what}: band {i + 1}")
            if bm is None:
                continue
            upto = self.number_or_none(bm, "upto", f"{what}, band {i + 1}")
            risk = self.int_field(bm, "risk", f"{what}, band {i + 1}", 0, 4)
            bands.append(Band(upto=upto, risk=risk))
        if bands and bands[-1].upto is not None:
            self.err(m, f"{what}: the last band must have no 'upto' (it catches every larger value)")
        uptos = [b.upto for b in bands[:-1]]
        if any(u is None for u in uptos) or any(
            a is not None and b is not None and b <= a for a, b in itertools.pairwise(uptos)
        ):
            self.err(m, f"{what}: band limits must increase and only the last band may be open")
        return tuple(bands)

    def build_condition(self, m: Mapping[str, Any], what: str) -> Condition | None:
        raw = m.get("show_if")
        if raw is None:
            return None
        if not isinstance(raw, dict) or "question" not in raw:
            self.err(m, f"{what}: show_if must be {{question: context.x, equals: v}} or {{..., in: [...]}}")
            return None
        target = str(raw["question"])
        if not target.startswith("context."):
            self.err(m, f"{what}: show_if may only refer to a context question, not {target!r}")
        if "equals" in raw:
            values: tuple[str, ...] = (str(raw["equals"]),)
        elif isinstance(raw.get("in"), list) and raw["in"]:
            values = tuple(str(v) for v in raw["in"])
        else:
            self.err(m, f"{what}: show_if needs 'equals' or a non-empty 'in' list")
            return None
        return Condition(question=target, values=values)

    def check_reference(self, node: object, what: str, ref: str) -> None:
        fw_id, sep, item = ref.partition(":")
        if not sep or not item.strip():
            self.err(node, f"{what}: reference {ref!r} must be written FRAMEWORK-ID:item")
            return
        if not self.frameworks:
            return
        fw = self.frameworks.get(fw_id)
        if fw is None:
            self.err(node, f"{what}: reference {ref!r} names an unknown framework {fw_id!r}")
        elif fw.items and item.strip() not in fw.items:
            self.err(node, f"{what}: reference {ref!r}: {item.strip()!r} is not a known entry of {fw_id}")

    def build_mitigations(self, node: object) -> dict[str, Mitigation]:
        mitigations: dict[str, Mitigation] = {}
        if not isinstance(node, list):
            self.problems.append(f"{self.where}: 'mitigations' must be a list")
            return mitigations
        for raw in node:
            m = self.mapping(raw, "a mitigation")
            if m is None:
                continue
            mid = self.text_field(m, "id", "mitigation")
            what = f"mitigation {mid!r}"
            if mid and not _MIT_ID_RE.match(mid):
                self.err(m, f"{what}: ids may contain only A-Z, 0-9 and '-'")
            if mid in mitigations:
                self.err(m, f"{what}: id used twice")
            challenge = self.text_field(m, "challenge", what)
            sub = self.text_field(m, "subchallenge", what)
            expected = {cid: subs for cid, _, subs in CHALLENGES}
            if challenge not in expected:
                self.err(m, f"{what}: unknown challenge {challenge!r}")
            elif sub not in expected[challenge]:
                self.err(m, f"{what}: {sub!r} is not a sub-challenge of {challenge!r}")
            effort = self.text_field(m, "effort", what)
            if effort and effort not in EFFORTS:
                self.err(m, f"{what}: effort must be S, M or L")
            cost = self.text_field(m, "cost", what)
            if cost and cost not in COSTS:
                self.err(m, f"{what}: cost must be low, medium or high")
            refs = self.str_list(m, "references", what)
            for ref in refs:
                self.check_reference(m, what, ref)
            mitigations[mid] = Mitigation(
                id=mid,
                title=self.text_field(m, "title", what),
                action=self.text_field(m, "action", what),
                challenge=challenge,
                subchallenge=sub,
                phase=self.int_field(m, "phase", what, 0, 3),
                effort=effort,
                cost=cost,
                owner_role=self.text_field(m, "owner_role", what),
                references=refs,
                risk_reduction=self.int_field(m, "risk_reduction", what, 0, 4, default=1),
            )
        return mitigations

    def build_rules(
        self, node: object, index: Mapping[str, Question], mitigations: Mapping[str, Mitigation]
    ) -> tuple[Rule, ...]:
        rules: list[Rule] = []
        if not isinstance(node, list):
            self.problems.append(f"{self.where}: 'rules' must be a list")
            return ()
        for i, raw in enumerate(node):
            m = self.mapping(raw, f"rule {i + 1}")
            if m is None:
                continue
            when = m.get("when")
            what = f"rule {i + 1}"
            if not isinstance(when, dict) or "question" not in when:
                self.err(m, f"{what}: 'when' must name a question")
                continue
            qid = str(when["question"])
            if qid not in index:
                self.err(m, f"{what}: unknown question {qid!r}")
                continue
            answers = tuple(str(a) for a in when.get("answers") or [])
            q = index[qid]
            for a in answers:
                if a not in SPECIAL_VALUES and q.option(a) is None:
                    self.err(m, f"{what}: question {qid!r} has no option {a!r}")
            min_risk = when.get("min_risk")
            if min_risk is not None and (
                isinstance(min_risk, bool) or not isinstance(min_risk, int) or not 0 <= min_risk <= 4
            ):
                self.err(m, f"{what}: min_risk must be a whole number from 0 to 4")
                min_risk = None
            if not answers and min_risk is None:
                self.err(m, f"{what}: 'when' needs 'answers' or 'min_risk'")
            then = self.str_list(m, "then", what)
            for mid in then:
                if mid not in mitigations:
                    self.err(m, f"{what}: unknown mitigation {mid!r}")
            rules.append(Rule(question=qid, then=then, answers=answers, min_risk=min_risk))
        return tuple(rules)

    def build_glossary(self, node: object) -> tuple[tuple[str, str], ...]:
        if not isinstance(node, list):
            self.problems.append(f"{self.where}: 'glossary' must be a list of {{term, definition}}")
            return ()
        out = []
        for raw in node:
            m = self.mapping(raw, "a glossary entry")
            if m is None:
                continue
            out.append(
                (self.text_field(m, "term", "glossary entry"), self.text_field(m, "definition", "glossary entry"))
            )
        return tuple(out)

    def cross_check(
        self,
        index: Mapping[str, Question],
        mitigations: Mapping[str, Mitigation],
        profiles: Mapping[str, Profile],
    ) -> None:
        for q in index.values():
            for opt in q.options:
                for mid in opt.actions:
                    if mid not in mitigations:
                        self.problems.append(
                            f"{self.where}: question {q.id!r}, option {opt.id!r}: unknown mitigation {mid!r}"
                        )
            if q.show_if is not None:
                target = index.get(q.show_if.question)
                if target is None:
                    self.problems.append(
                        f"{self.where}: question {q.id!r}: show_if refers to unknown question {q.show_if.question!r}"
                    )
                elif target.options:
                    for v in q.show_if.values:
                        if target.option(v) is None:
                            self.problems.append(
                                f"{self.where}: question {q.id!r}: show_if value {v!r} is not an option "
                                f"of {target.id!r}"
                            )
            if q.industry and (
                q.show_if is None or q.show_if.question != "context.industry" or q.industry not in q.show_if.values
            ):
                self.problems.append(
                    f"{self.where}: question {q.id!r} is an industry question for {q.industry!r} but "
                    f"its show_if does not name that industry"
                )
            if q.scored and q.type in CHOICE_TYPES and not q.option_risks:
                self.problems.append(f"{self.where}: question {q.id!r} has no scored options")
