"""Validation: from parsed YAML to a :class:`QuestionBank`, or a BankError listing every problem.

Every problem names the file, the line where YAML knows it, and the id of the question, option or
action concerned. Keys the format does not know are refused.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

from desktop_app.core.bank.fields import Problems
from desktop_app.core.bank.model import (
    CHALLENGE_IDS,
    CHALLENGES,
    CHOICE_TYPES,
    CONFIDENCES,
    FORMAT_VERSION,
    QUESTION_TYPES,
    SPECIAL_VALUES,
    TIER_IDS,
    Band,
    Challenge,
    Condition,
    Framework,
    Guidance,
    Option,
    Profile,
    Question,
    QuestionBank,
    ScoringSettings,
    SubChallenge,
    When,
)
from desktop_app.core.bank.validation_plan import PlanBuilder
from desktop_app.core.errors import BankError
from desktop_app.core.messages import DEFAULT_SCALE_LABELS

ID_RE = re.compile(r"^[a-z0-9_]+$")
BANK_ID_RE = re.compile(r"^[a-z0-9-]+$")
FRAMEWORK_ID_RE = re.compile(r"^[A-Za-z0-9-]+$")

TOP_KEYS = (
    "format", "id", "name", "version", "released", "description", "scoring", "estimator", "profiles",
    "context", "challenges", "mitigations", "rules", "glossary", "report_title", "frameworks",
    "cost_bands", "decision", "tiers", "pilot_boundaries",
)  # fmt: skip
QUESTION_KEYS = (
    "id", "text", "type", "weight", "options", "allow_na", "allow_unknown", "guidance", "references",
    "show_if", "industry", "bands", "computed", "unit", "min", "max", "default", "default_source",
    "ordered", "help", "applies_if",
)  # fmt: skip
OPTION_KEYS = (
    "id", "label", "risk", "blocker", "exclusive", "actions", "impact", "description", "finding",
    "tier_points", "min_tier",
)  # fmt: skip
FRAMEWORK_KEYS = (
    "id", "name", "published", "source", "caveat", "items", "version", "verified", "review_by", "jurisdictions",
    "internal_note", "key_dates",
)  # fmt: skip
KEY_DATE_KEYS = ("date", "what")


def build_key_dates(p: Problems, m: Mapping[str, Any], what: str) -> tuple[tuple[str, str], ...]:
    """A framework's ``key_dates``: a list of ``{date: YYYY-MM-DD, what: text}``."""
    raw = m.get("key_dates")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        p.err(m, f"{what}: key_dates must be a list of {{date, what}}", "key_dates")
        return ()
    out: list[tuple[str, str]] = []
    for entry in raw:
        e = p.mapping(entry, f"{what}: a key date")
        if e is None:
            continue
        p.keys(e, KEY_DATE_KEYS, f"{what}: key date")
        day = p.date_text(e, "date", f"{what}: key date")
        text = p.text(e, "what", f"{what}: key date")
        if not day:
            p.err(e, f"{what}: a key date needs a date (YYYY-MM-DD)")
        out.append((day, text))
    return tuple(out)


def build_framework(p: Problems, raw: object) -> Framework | None:
    """One catalogue entry (from resources/frameworks.yaml or a bank's ``frameworks``)."""
    m = p.mapping(raw, "a framework")
    if m is None:
        return None
    fid = p.text(m, "id", "framework")
    what = f"framework {fid!r}"
    p.keys(m, FRAMEWORK_KEYS, what)
    if fid and not FRAMEWORK_ID_RE.match(fid):
        p.err(m, f"{what}: ids may contain only letters, digits and '-'")
    return Framework(
        id=fid,
        name=p.text(m, "name", what),
        published=p.text(m, "published", what, required=False),
        source=p.text(m, "source", what, required=False),
        caveat=p.text(m, "caveat", what, required=False),
        items=p.str_list(m, "items", what),
        version=p.text(m, "version", what, required=False),
        verified=p.date_text(m, "verified", what),
        review_by=p.date_text(m, "review_by", what),
        jurisdictions=p.str_list(m, "jurisdictions", what),
        internal_note=p.text(m, "internal_note", what, required=False),
        key_dates=build_key_dates(p, m, what),
    )


class Builder:
    def __init__(
        self, where: str, text: str, frameworks: Mapping[str, Framework], check_references: bool = True
    ) -> None:
        self.p = Problems(where)
        self.where = where
        self.text = text
        self.frameworks: dict[str, Framework] = dict(frameworks)
        #: False for a bank stored in a document: it must read back as it was, whatever the catalogue
        self.check_references = check_references
        self.own_frameworks: dict[str, Framework] = {}
        #: conditions are checked once every question is known
        self.pending_conditions: list[tuple[object, str, Condition]] = []

    # -- build ---------------------------------------------------------------------------------
    def build(self, data: object) -> QuestionBank:
        p = self.p
        top = p.mapping(data, "the bank")
        if top is None:
            raise BankError(p.items)
        fmt = top.get("format", 1)
        if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt > FORMAT_VERSION:
            raise BankError(
                [
                    f"{self.where}: bank format {fmt!r} is newer than this version of the app understands "
                    f"(up to {FORMAT_VERSION}); update the app"
                ]
            )
        p.keys(top, TOP_KEYS, "bank")
        bank_id = p.text(top, "id", "bank")
        if bank_id and not BANK_ID_RE.match(bank_id):
            p.err(top, f"bank id {bank_id!r} may contain only a-z, 0-9 and '-'")
        self.build_own_frameworks(top.get("frameworks"))
        context_qs = self.build_context(top.get("context") or {})
        challenges = self.build_challenges(top.get("challenges"))
        index: dict[str, Question] = {}
        for q in list(context_qs) + [q for ch in challenges for q in ch.questions()]:
            if q.id in index:
                p.add(f"question id {q.id!r} is used twice")
            index[q.id] = q
        profiles = self.build_profiles(top.get("profiles") or {}, index)
        plan = PlanBuilder(p, index, self.references, self.condition)
        mitigations = plan.mitigations(top.get("mitigations") or [])
        rules = plan.rules(top.get("rules") or [], mitigations)
        boundaries = plan.boundaries(top.get("pilot_boundaries") or [])
        tiers = plan.tiers(top.get("tiers") or [], mitigations, boundaries)
        estimator = top.get("estimator")
        if estimator is not None and not isinstance(estimator, dict):
            p.err(top, "'estimator' must be a mapping", "estimator")
            estimator = None
        self.check_default_currencies(estimator)
        self.cross_check(index, mitigations)
        self.check_conditions(index)
        name, version = p.text(top, "name", "bank"), p.text(top, "version", "bank")
        glossary = self.build_glossary(top.get("glossary") or [])
        scoring = self.build_scoring(top.get("scoring") or {})
        decision = plan.decision_settings(top.get("decision") or {})
        cost_bands = plan.cost_bands(top.get("cost_bands"))
        report_title = p.text(top, "report_title", "bank", required=False)
        released = p.text(top, "released", "bank", required=False)
        description = p.text(top, "description", "bank", required=False)
        if p.items:
            raise BankError(p.items)
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
            format=fmt,
            report_title=report_title,
            tiers=tiers,
            pilot_boundaries=boundaries,
            decision=decision,
            cost_bands=cost_bands,
            own_frameworks=self.own_frameworks,
        )

    def build_own_frameworks(self, node: object) -> None:
        if node is None:
            return
        if not isinstance(node, list):
            self.p.add("'frameworks' must be a list of catalogue entries")
            return
        for raw in node:
            fw = build_framework(self.p, raw)
            if fw is None:
                continue
            if fw.id in self.frameworks and self.check_references:
                self.p.err(raw, f"framework {fw.id!r}: already in the catalogue; give the bank's entry its own id")
                continue
            # a stored bank whose entry the catalogue took up later keeps its own entry
            self.own_frameworks[fw.id] = fw
            self.frameworks[fw.id] = fw

    def build_scoring(self, node: object) -> ScoringSettings:
        m = self.p.mapping(node, "'scoring'")
        if m is None:
            return ScoringSettings()
        self.p.keys(m, ("unknown_risk", "followup_confidence"), "scoring")
        unknown = self.p.integer(m, "unknown_risk", "scoring", (2, 4), default=2)
        conf = m.get("followup_confidence", ["low"])
        conf_t = (conf,) if isinstance(conf, str) else tuple(conf or ())
        for c in conf_t:
            if c not in CONFIDENCES:
                self.p.err(m, f"scoring: followup_confidence {c!r} is not one of {', '.join(CONFIDENCES)}")
        return ScoringSettings(unknown_risk=unknown, followup_confidence=conf_t)

    def build_profiles(self, node: object, index: Mapping[str, Question]) -> dict[str, Profile]:
        p = self.p
        m = p.mapping(node, "'profiles'")
        profiles: dict[str, Profile] = {}
        if m is None:
            return profiles
        industry_q = index.get("context.industry")
        industries = [o.id for o in industry_q.options] if industry_q else []
        for pid, raw in m.items():
            what = f"profile {pid!r}"
            if industries and pid not in industries:
                p.err(m, f"{what}: not an option of context.industry ({', '.join(industries)})", pid)
            pm = p.mapping(raw, what)
            if pm is None:
                continue
            p.keys(pm, ("name", "impact", "rationale"), what)
            profiles[str(pid)] = Profile(
                id=str(pid),
                name=p.text(pm, "name", what, required=False) or str(pid),
                impact=self.profile_impact(pm, what),
                rationale=p.text(pm, "rationale", what, required=False),
            )
        if "general" not in profiles:
            profiles["general"] = Profile("general", "General", dict.fromkeys(CHALLENGE_IDS, 3))
        for ind in industries:
            if ind not in profiles:
                p.err(m, f"industry {ind!r} of context.industry has no profile")
        return profiles

    def profile_impact(self, pm: Mapping[str, Any], what: str) -> dict[str, int]:
        impact_raw = pm.get("impact") or {}
        impact: dict[str, int] = {}
        if isinstance(impact_raw, dict):
            self.p.keys(impact_raw, CHALLENGE_IDS, f"{what}: impact")
        for cid in CHALLENGE_IDS:
            value = impact_raw.get(cid) if isinstance(impact_raw, dict) else None
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
                self.p.err(pm, f"{what}: impact of {cid!r} must be a whole number from 1 to 5")
                value = 3
            impact[cid] = value
        return impact

    def build_context(self, node: object) -> tuple[Question, ...]:
        p = self.p
        m = p.mapping(node, "'context'")
        if m is None:
            return ()
        p.keys(m, ("questions",), "context")
        raw_qs = m.get("questions") or []
        if not isinstance(raw_qs, list):
            p.err(m, "context: 'questions' must be a list")
            raw_qs = []
        questions: list[Question] = []
        for raw in raw_qs:
            q = self.build_question(raw, None, None)
            if q is None:
                continue
            self.check_context_question(q, [x.id for x in questions])
            questions.append(q)
        ids = [q.id for q in questions]
        if "context.industry" not in ids:
            p.err(m, "context: the question 'context.industry' is required")
        return tuple(questions)

    def check_context_question(self, q: Question, earlier: list[str]) -> None:
        p = self.p
        if not q.id.startswith("context."):
            p.add(f"context question {q.id!r} must start with 'context.'")
        if q.show_if is not None:
            p.add(f"context question {q.id!r} cannot have show_if (use applies_if on an earlier context question)")
        for cond in q.applies_if.conditions if q.applies_if else ():
            if cond.question not in earlier:
                p.add(f"context question {q.id!r}: applies_if may name only a context question listed before it")
        if q.id == "context.industry":
            ids = [o.id for o in q.options]
            if q.type != "single" or "general" not in ids or q.applies_if is not None:
                p.add(
                    "question 'context.industry' must be a single choice, always shown, whose options include 'general'"
                )
        if q.ordered:
            for cid in (*CHALLENGE_IDS, "all"):
                values = [o.impact.get(cid, 0) for o in q.options]
                if any(b < a for a, b in itertools.pairwise(values)):
                    p.add(
                        f"question {q.id!r} is ordered but the impact on {cid!r} decreases between its "
                        f"options ({values})"
                    )
            points = [o.tier_points for o in q.options]
            if any(b < a for a, b in itertools.pairwise(points)):
                p.add(f"question {q.id!r} is ordered but its tier_points decrease ({points})")

    def build_challenges(self, node: object) -> tuple[Challenge, ...]:
        p = self.p
        if not isinstance(node, list):
            p.add("'challenges' must be a list of the six challenges")
            return ()
        challenges: list[Challenge] = []
        expected = {cid: subs for cid, _, subs in CHALLENGES}
        for raw in node:
            m = p.mapping(raw, "a challenge")
            if m is None:
                continue
            cid = p.text(m, "id", "challenge")
            what = f"challenge {cid!r}"
            p.keys(m, ("id", "title", "summary", "subchallenges"), what)
            if cid not in expected:
                p.err(m, f"{what}: unknown challenge id (expected one of {', '.join(CHALLENGE_IDS)})")
                continue
            challenges.append(
                Challenge(
                    id=cid,
                    title=p.text(m, "title", what),
                    summary=p.text(m, "summary", what, required=False),
                    subchallenges=self.build_subchallenges(m, cid, expected[cid]),
                )
            )
        seen = [c.id for c in challenges]
        missing_c = [c for c in CHALLENGE_IDS if c not in seen]
        if missing_c:
            p.add(f"missing challenges {', '.join(missing_c)}")
        if len(set(seen)) != len(seen):
            p.add("a challenge appears twice")
        challenges.sort(key=lambda c: CHALLENGE_IDS.index(c.id))
        return tuple(challenges)

    def build_subchallenges(
        self, m: Mapping[str, Any], cid: str, expected: tuple[str, ...]
    ) -> tuple[SubChallenge, ...]:
        p = self.p
        what = f"challenge {cid!r}"
        subs: list[SubChallenge] = []
        raw_subs = m.get("subchallenges") or []
        if not isinstance(raw_subs, list):
            p.err(m, f"{what}: 'subchallenges' must be a list")
            raw_subs = []
        for sraw in raw_subs:
            sm = p.mapping(sraw, f"{what}: a sub-challenge")
            if sm is None:
                continue
            sid = p.text(sm, "id", f"{what}: sub-challenge")
            swhat = f"sub-challenge '{cid}.{sid}'"
            p.keys(sm, ("id", "title", "summary", "questions"), swhat)
            if sid not in expected:
                p.err(sm, f"{swhat}: unknown id (expected one of {', '.join(expected)})")
                continue
            raw_qs = sm.get("questions") or []
            if not isinstance(raw_qs, list):
                p.err(sm, f"{swhat}: 'questions' must be a list")
                raw_qs = []
            qs = tuple(q for q in (self.build_question(r, cid, sid) for r in raw_qs) if q is not None)
            subs.append(
                SubChallenge(
                    id=sid,
                    challenge=cid,
                    title=p.text(sm, "title", swhat),
                    summary=p.text(sm, "summary", swhat, required=False),
                    questions=qs,
                )
            )
        sub_seen = [s.id for s in subs]
        missing = [s for s in expected if s not in sub_seen]
        if missing:
            p.err(m, f"{what}: missing sub-challenges {', '.join(missing)}")
        if len(set(sub_seen)) != len(sub_seen):
            p.err(m, f"{what}: a sub-challenge appears twice")
        subs.sort(key=lambda s: expected.index(s.id))
        return tuple(subs)

    # -- questions -----------------------------------------------------------------------------
    def build_question(self, raw: object, cid: str | None, sid: str | None) -> Question | None:
        p = self.p
        m = p.mapping(raw, "a question")
        if m is None:
            return None
        qid = p.text(m, "id", "question")
        what = f"question {qid!r}"
        p.keys(m, QUESTION_KEYS, what)
        prefix = f"{cid}.{sid}." if cid else "context."
        if qid and not qid.startswith(prefix):
            p.err(m, f"{what}: its id must start with {prefix!r}")
        qtype = p.text(m, "type", what)
        if qtype and qtype not in QUESTION_TYPES:
            p.err(m, f"{what}: type {qtype!r} is not one of {', '.join(QUESTION_TYPES)}", "type")
            return None
        is_context = cid is None
        # unscored questions (context, text, numbers without bands) count for nothing: weight 1 by default
        unscored = is_context or qtype == "text" or (qtype == "number" and not m.get("bands"))
        computed = m.get("computed")
        if computed is not None and (qtype != "number" or not isinstance(computed, str)):
            p.err(m, f"{what}: 'computed' is allowed only on number questions and names a result", "computed")
            computed = None
        references, ref_conditions = self.references(m, what)
        return Question(
            id=qid,
            text=p.text(m, "text", what),
            type=qtype,
            weight=p.integer(m, "weight", what, (1, 3), default=1 if unscored else None),
            options=self.build_options(m, what, qtype, is_context),
            allow_na=p.boolean(m, "allow_na", what, not is_context),
            allow_unknown=p.boolean(m, "allow_unknown", what, not is_context),
            guidance=self.guidance(m, what),
            references=references,
            ref_conditions=ref_conditions,
            show_if=self.build_show_if(m, what),
            applies_if=self.condition(m, "applies_if", what),
            industry=self.industry(m, what),
            challenge=cid,
            subchallenge=sid,
            bands=self.build_bands(m, what) if qtype == "number" else (),
            computed=computed,
            unit=p.text(m, "unit", what, required=False),
            minimum=p.number(m, "min", what),
            maximum=p.number(m, "max", what),
            default=p.number(m, "default", what),
            default_source=p.text(m, "default_source", what, required=False),
            ordered=p.boolean(m, "ordered", what, False),
            help=p.text(m, "help", what, required=False),
        )

    def industry(self, m: Mapping[str, Any], what: str) -> str | None:
        industry = m.get("industry")
        if industry is None:
            return None
        if not isinstance(industry, str) or not ID_RE.match(industry):
            self.p.err(m, f"{what}: industry must be an industry id", "industry")
            return None
        return industry

    def guidance(self, m: Mapping[str, Any], what: str) -> Guidance:
        p = self.p
        raw = m.get("guidance") or {}
        if not isinstance(raw, dict):
            p.err(m, f"{what}: 'guidance' must be a mapping with why, good and examples", "guidance")
            raw = {}
        p.keys(raw, ("why", "good", "examples"), f"{what}: guidance")
        examples_raw = raw.get("examples") or {}
        if not isinstance(examples_raw, dict):
            p.err(m, f"{what}: guidance examples must be keyed by industry id")
            examples_raw = {}
        for ind, text in examples_raw.items():
            if not ID_RE.match(ind) or isinstance(text, (dict, list)):
                p.err(examples_raw, f"{what}: guidance example {ind!r} must be text keyed by an industry id", ind)
        return Guidance(
            why=str(raw.get("why", "") or "").strip(),
            good=str(raw.get("good", "") or "").strip(),
            examples={str(k): str(v).strip() for k, v in examples_raw.items()},
        )

    def references(self, m: Mapping[str, Any], what: str) -> tuple[tuple[str, ...], dict[str, When]]:
        """``references``: "FW:item" strings, or ``{ref: "FW:item", applies_if: {...}}``."""
        raw = m.get("references") or []
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list):
            self.p.err(m, f"{what}: 'references' must be a list", "references")
            return (), {}
        refs: list[str] = []
        conditions: dict[str, When] = {}
        for item in raw:
            if isinstance(item, dict):
                self.p.keys(item, ("ref", "applies_if"), f"{what}: reference")
                ref = self.p.text(item, "ref", f"{what}: reference")
                when = self.condition(item, "applies_if", f"{what}: reference {ref!r}")
                if when is not None:
                    conditions[ref] = when
            elif isinstance(item, list):
                self.p.err(m, f"{what}: a reference must be text or {{ref, applies_if}}", "references")
                continue
            else:
                ref = str(item)
            self.check_reference(m, what, ref)
            refs.append(ref)
        return tuple(refs), conditions

    def build_options(self, m: Mapping[str, Any], what: str, qtype: str, is_context: bool) -> tuple[Option, ...]:
        p = self.p
        raw = m.get("options")
        if qtype in ("number", "text"):
            if raw:
                p.err(m, f"{what}: a {qtype} question has no options", "options")
            return ()
        if qtype == "scale" and not raw:
            return tuple(Option(id=str(level), label=DEFAULT_SCALE_LABELS[level], risk=4 - level) for level in range(5))
        if not isinstance(raw, list) or not raw:
            p.err(m, f"{what}: 'options' must be a non-empty list")
            return ()
        options = [o for o in (self.build_option(oraw, what, is_context) for oraw in raw) if o is not None]
        self.check_options(m, what, qtype, is_context, options)
        return tuple(options)

    def build_option(self, oraw: object, what: str, is_context: bool) -> Option | None:
        p = self.p
        om = p.mapping(oraw, f"{what}: an option")
        if om is None:
            return None
        oid = p.text(om, "id", f"{what}: option")
        owhat = f"{what}, option {oid!r}"
        p.keys(om, OPTION_KEYS, owhat)
        if oid and not ID_RE.match(oid):
            p.err(om, f"{owhat}: ids may contain only a-z, 0-9 and '_'")
        if oid in SPECIAL_VALUES:
            p.err(om, f"{owhat}: 'na' and 'unknown' are reserved and cannot be option ids")
        risk: int | None = None
        if not is_context:
            risk = p.integer(om, "risk", owhat, (0, 4))
            for key in ("impact", "tier_points", "min_tier"):
                if key in om:
                    p.err(om, f"{owhat}: only context options carry {key!r}", key)
        elif "risk" in om:
            p.err(om, f"{owhat}: context options carry 'impact', not 'risk'", "risk")
        blocker = p.boolean(om, "blocker", owhat, False)
        if blocker and risk != 4:
            p.err(om, f"{owhat}: a blocker must have risk 4")
        min_tier = p.text(om, "min_tier", owhat, required=False) or None
        if min_tier is not None and min_tier not in TIER_IDS:
            p.err(om, f"{owhat}: min_tier must be one of {', '.join(TIER_IDS)}", "min_tier")
            min_tier = None
        return Option(
            id=oid,
            label=p.text(om, "label", owhat),
            risk=risk,
            blocker=blocker,
            exclusive=p.boolean(om, "exclusive", owhat, False),
            actions=p.str_list(om, "actions", owhat),
            impact=self.option_impact(om, owhat) if is_context else {},
            description=p.text(om, "description", owhat, required=False),
            finding=p.text(om, "finding", owhat, required=False),
            tier_points=p.integer(om, "tier_points", owhat, (0, 4), default=0) if is_context else 0,
            min_tier=min_tier,
        )

    def option_impact(self, om: Mapping[str, Any], owhat: str) -> dict[str, int]:
        impact_raw = om.get("impact") or {}
        impact: dict[str, int] = {}
        if not isinstance(impact_raw, dict):
            self.p.err(om, f"{owhat}: 'impact' must be a mapping of challenge id to a number", "impact")
            return impact
        for cid, value in impact_raw.items():
            if cid not in (*CHALLENGE_IDS, "all"):
                self.p.err(impact_raw, f"{owhat}: impact names unknown challenge {cid!r}", cid)
            elif isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 4:
                self.p.err(impact_raw, f"{owhat}: impact on {cid!r} must be a whole number from 0 to 4", cid)
            else:
                impact[str(cid)] = value
        return impact

    def check_options(
        self, m: Mapping[str, Any], what: str, qtype: str, is_context: bool, options: list[Option]
    ) -> None:
        p = self.p
        ids = [o.id for o in options]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            p.err(m, f"{what}: option ids used twice: {', '.join(dupes)}")
        if qtype == "yesno" and sorted(ids) != ["no", "yes"]:
            p.err(m, f"{what}: a yes/no question has exactly the options 'yes' and 'no'")
        if qtype == "scale":
            if ids != ["0", "1", "2", "3", "4"]:
                p.err(m, f"{what}: a scale question's options are the levels '0' to '4' in order")
            elif any(
                b.risk is not None and a.risk is not None and b.risk > a.risk for a, b in itertools.pairwise(options)
            ):
                p.err(m, f"{what}: risk must not increase with the maturity level")
        if qtype in ("single", "multi") and not is_context and len(options) < 2:
            p.err(m, f"{what}: a choice question needs at least two options")

    def build_bands(self, m: Mapping[str, Any], what: str) -> tuple[Band, ...]:
        p = self.p
        raw = m.get("bands")
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            p.err(m, f"{what}: 'bands' must be a non-empty list", "bands")
            return ()
        bands: list[Band] = []
        for i, braw in enumerate(raw):
            bm = p.mapping(braw, f"{what}: band {i + 1}")
            if bm is None:
                continue
            p.keys(bm, ("upto", "risk"), f"{what}, band {i + 1}")
            upto = p.number(bm, "upto", f"{what}, band {i + 1}")
            risk = p.integer(bm, "risk", f"{what}, band {i + 1}", (0, 4))
            bands.append(Band(upto=upto, risk=risk))
        if bands and bands[-1].upto is not None:
            p.err(m, f"{what}: the last band must have no 'upto' (it catches every larger value)")
        uptos = [b.upto for b in bands[:-1]]
        if any(u is None for u in uptos) or any(
            a is not None and b is not None and b <= a for a, b in itertools.pairwise(uptos)
        ):
            p.err(m, f"{what}: band limits must increase and only the last band may be open")
        return tuple(bands)

    # -- conditions ----------------------------------------------------------------------------
    def build_show_if(self, m: Mapping[str, Any], what: str) -> Condition | None:
        p = self.p
        raw = m.get("show_if")
        if raw is None:
            return None
        if not isinstance(raw, dict) or "question" not in raw:
            p.err(m, f"{what}: show_if must be {{question: context.x, equals: v}} or {{..., in: [...]}}", "show_if")
            return None
        p.keys(raw, ("question", "equals", "in"), f"{what}: show_if")
        target = str(raw["question"])
        if not target.startswith("context."):
            p.err(raw, f"{what}: show_if may only refer to a context question, not {target!r}")
        if "equals" in raw:
            values: tuple[str, ...] = (str(raw["equals"]),)
        elif isinstance(raw.get("in"), list) and raw["in"]:
            values = tuple(str(v) for v in raw["in"])
        else:
            p.err(raw, f"{what}: show_if needs 'equals' or a non-empty 'in' list")
            return None
        cond = Condition(question=target, values=values)
        self.pending_conditions.append((raw, what, cond))
        return cond

    def condition(self, m: Mapping[str, Any], key: str, what: str) -> When | None:
        """``applies_if: {context.x: [values], ...}``: every key holds; any listed value."""
        raw = m.get(key)
        if raw is None:
            return None
        if not isinstance(raw, dict) or not raw:
            self.p.err(m, f"{what}: {key} must be a mapping of context question id to a list of values", key)
            return None
        conditions = []
        for target, values in raw.items():
            vals = values if isinstance(values, list) else [values]
            if not target.startswith("context.") or not vals or any(isinstance(v, (dict, list)) for v in vals):
                self.p.err(
                    raw, f"{what}: {key} {target!r}: name a context question and a list of its option ids", target
                )
                continue
            cond = Condition(question=target, values=tuple(str(v) for v in vals))
            self.pending_conditions.append((raw, f"{what}: {key}", cond))
            conditions.append(cond)
        return When(tuple(conditions)) if conditions else None

    def check_conditions(self, index: Mapping[str, Question]) -> None:
        for node, what, cond in self.pending_conditions:
            target = index.get(cond.question)
            if target is None or not target.is_context:
                self.p.err(node, f"{what}: refers to unknown context question {cond.question!r}")
                continue
            for v in cond.values:
                if target.options and target.option(v) is None:
                    self.p.err(node, f"{what}: {v!r} is not an option of {target.id!r}")

    def check_reference(self, node: object, what: str, ref: str) -> None:
        fw_id, sep, item = ref.partition(":")
        if not sep or not item.strip():
            self.p.err(node, f"{what}: reference {ref!r} must be written FRAMEWORK-ID:item")
            return
        if not self.check_references:
            return
        fw = self.frameworks.get(fw_id)
        if fw is None:
            self.p.err(node, f"{what}: reference {ref!r} names an unknown framework {fw_id!r}")
        elif fw.items and item.strip() not in fw.items:
            self.p.err(node, f"{what}: reference {ref!r}: {item.strip()!r} is not a known entry of {fw_id}")

    # -- the rest ------------------------------------------------------------------------------
    def build_glossary(self, node: object) -> tuple[tuple[str, str], ...]:
        p = self.p
        if not isinstance(node, list):
            p.add("'glossary' must be a list of {term, definition}")
            return ()
        out = []
        for raw in node:
            m = p.mapping(raw, "a glossary entry")
            if m is None:
                continue
            p.keys(m, ("term", "definition"), "glossary entry")
            out.append((p.text(m, "term", "glossary entry"), p.text(m, "definition", "glossary entry")))
        return tuple(out)

    def check_default_currencies(self, estimator: dict[str, Any] | None) -> None:
        """A default price's ``currency`` must be an ISO 4217 code: a typo would silently drop the price
        for every assessment (core/estimator.py, "Currency")."""
        from desktop_app.core.iso4217 import is_iso4217

        defaults = estimator.get("defaults") if estimator else None
        if not isinstance(defaults, dict):
            return
        for name, entry in defaults.items():
            code = entry.get("currency") if isinstance(entry, dict) else None
            if code is not None and not (isinstance(code, str) and is_iso4217(code.strip().upper())):
                self.p.err(
                    entry,
                    f"estimator: defaults: {name}: 'currency' must be an ISO 4217 code such as USD, not {code!r}",
                    "currency",
                )

    def cross_check(self, index: Mapping[str, Question], mitigations: Mapping[str, Any]) -> None:
        p = self.p
        for q in index.values():
            for opt in q.options:
                for mid in opt.actions:
                    if mid not in mitigations:
                        p.add(f"question {q.id!r}, option {opt.id!r}: unknown mitigation {mid!r}")
            if q.industry and (
                q.show_if is None or q.show_if.question != "context.industry" or q.industry not in q.show_if.values
            ):
                p.add(
                    f"question {q.id!r} is an industry question for {q.industry!r} but its show_if does not "
                    "name that industry"
                )
            if q.scored and q.type in CHOICE_TYPES and not q.option_risks:
                p.add(f"question {q.id!r} has no scored options")
