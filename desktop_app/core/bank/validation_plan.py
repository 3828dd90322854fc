"""Validation of the plan and decision parts of a bank: mitigations, rules, tiers, pilot boundaries."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.core.bank.fields import Problems
from desktop_app.core.bank.model import (
    CHALLENGES,
    COSTS,
    EFFORTS,
    SPECIAL_VALUES,
    TIER_IDS,
    Control,
    CostBands,
    DecisionSettings,
    Mitigation,
    PilotBoundary,
    Question,
    Raci,
    Rule,
    Tier,
    When,
)

MIT_ID_RE = re.compile(r"^[A-Z0-9-]+$")
BOUNDARY_ID_RE = re.compile(r"^[a-z0-9_]+$")
MITIGATION_KEYS = (
    "id", "title", "action", "challenge", "subchallenge", "phase", "effort", "cost", "owner_role",
    "references", "risk_reduction", "evidence", "effort_days", "cost_assumptions", "raci", "depends_on",
    "applies_if",
)  # fmt: skip
TIER_KEYS = ("id", "name", "max_points", "sign_off", "pilot_boundary", "required_controls")

ConditionReader = Callable[[Mapping[str, Any], str, str], When | None]
ReferenceChecker = Callable[[object, str, str], None]
ReferenceReader = Callable[[Mapping[str, Any], str], tuple[tuple[str, ...], dict[str, When]]]


class PlanBuilder:
    def __init__(
        self,
        problems: Problems,
        index: Mapping[str, Question],
        references: ReferenceReader,
        condition: ConditionReader,
    ) -> None:
        self.p = problems
        self.index = index
        self.references = references
        self.condition = condition

    # -- mitigations ---------------------------------------------------------------------------
    def mitigations(self, node: object) -> dict[str, Mitigation]:
        p = self.p
        mitigations: dict[str, Mitigation] = {}
        if not isinstance(node, list):
            p.add("'mitigations' must be a list")
            return mitigations
        nodes: dict[str, Mapping[str, Any]] = {}
        for raw in node:
            m = p.mapping(raw, "a mitigation")
            if m is None:
                continue
            mit = self.mitigation(m)
            if mit.id in mitigations:
                p.err(m, f"mitigation {mit.id!r}: id used twice")
            mitigations[mit.id] = mit
            nodes[mit.id] = m
        self.check_dependencies(mitigations, nodes)
        return mitigations

    def mitigation(self, m: Mapping[str, Any]) -> Mitigation:
        p = self.p
        mid = p.text(m, "id", "mitigation")
        what = f"mitigation {mid!r}"
        p.keys(m, MITIGATION_KEYS, what)
        if mid and not MIT_ID_RE.match(mid):
            p.err(m, f"{what}: ids may contain only A-Z, 0-9 and '-'")
        challenge = p.text(m, "challenge", what)
        sub = p.text(m, "subchallenge", what)
        expected = {cid: subs for cid, _, subs in CHALLENGES}
        if challenge not in expected:
            p.err(m, f"{what}: unknown challenge {challenge!r}", "challenge")
        elif sub not in expected[challenge]:
            p.err(m, f"{what}: {sub!r} is not a sub-challenge of {challenge!r}", "subchallenge")
        effort = p.text(m, "effort", what)
        if effort and effort not in EFFORTS:
            p.err(m, f"{what}: effort must be S, M or L", "effort")
        cost = p.text(m, "cost", what)
        if cost and cost not in COSTS:
            p.err(m, f"{what}: cost must be low, medium or high", "cost")
        refs, ref_conditions = self.references(m, what)
        owner_role = p.text(m, "owner_role", what)
        return Mitigation(
            id=mid,
            title=p.text(m, "title", what),
            action=p.text(m, "action", what),
            challenge=challenge,
            subchallenge=sub,
            phase=p.integer(m, "phase", what, (0, 3)),
            effort=effort,
            cost=cost,
            owner_role=owner_role,
            references=refs,
            ref_conditions=ref_conditions,
            risk_reduction=p.integer(m, "risk_reduction", what, (0, 4), default=1),
            evidence=p.text(m, "evidence", what, required=False),
            effort_days=self.effort_days(m, what),
            cost_assumptions=p.text(m, "cost_assumptions", what, required=False),
            raci=self.raci(m, what, owner_role),
            depends_on=p.str_list(m, "depends_on", what),
            applies_if=self.condition(m, "applies_if", what),
        )

    def effort_days(self, m: Mapping[str, Any], what: str) -> tuple[float, float] | None:
        raw = m.get("effort_days")
        if raw is None:
            return None
        ok = (
            isinstance(raw, list)
            and len(raw) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 0 for v in raw)
        )
        if not ok or raw[0] > raw[1]:
            self.p.err(m, f"{what}: effort_days must be [min, max] person-days with 0 <= min <= max", "effort_days")
            return None
        return (float(raw[0]), float(raw[1]))

    def raci(self, m: Mapping[str, Any], what: str, owner_role: str) -> Raci:
        raw = m.get("raci")
        if raw is None:
            return Raci(responsible=owner_role)
        rm = self.p.mapping(raw, f"{what}: raci")
        if rm is None:
            return Raci(responsible=owner_role)
        self.p.keys(rm, ("responsible", "accountable", "consulted", "informed"), f"{what}: raci")
        return Raci(
            responsible=self.p.text(rm, "responsible", f"{what}: raci", required=False) or owner_role,
            accountable=self.p.text(rm, "accountable", f"{what}: raci", required=False),
            consulted=self.p.str_list(rm, "consulted", f"{what}: raci"),
            informed=self.p.str_list(rm, "informed", f"{what}: raci"),
        )

    def check_dependencies(self, mitigations: Mapping[str, Mitigation], nodes: Mapping[str, Mapping[str, Any]]) -> None:
        for mid, mit in mitigations.items():
            for dep in mit.depends_on:
                if dep not in mitigations:
                    what = f"mitigation {mid!r}: depends_on names unknown mitigation {dep!r}"
                    self.p.err(nodes[mid], what, "depends_on")
                elif dep == mid:
                    self.p.err(nodes[mid], f"mitigation {mid!r} depends on itself", "depends_on")
        # a cycle through several actions: walk the graph once per action
        for start in mitigations:
            stack = list(mitigations[start].depends_on)
            seen: set[str] = set()
            while stack:
                cur = stack.pop()
                if cur == start:
                    self.p.err(nodes[start], f"mitigation {start!r}: its depends_on leads back to itself (a cycle)")
                    break
                if cur in seen or cur not in mitigations:
                    continue
                seen.add(cur)
                stack.extend(mitigations[cur].depends_on)

    # -- rules ---------------------------------------------------------------------------------
    def rules(self, node: object, mitigations: Mapping[str, Mitigation]) -> tuple[Rule, ...]:
        p = self.p
        rules: list[Rule] = []
        if not isinstance(node, list):
            p.add("'rules' must be a list")
            return ()
        for i, raw in enumerate(node):
            m = p.mapping(raw, f"rule {i + 1}")
            if m is None:
                continue
            rule = self.rule(m, f"rule {i + 1}", mitigations)
            if rule is not None:
                rules.append(rule)
        return tuple(rules)

    def rule(self, m: Mapping[str, Any], what: str, mitigations: Mapping[str, Mitigation]) -> Rule | None:
        p = self.p
        p.keys(m, ("when", "then", "applies_if"), what)
        when = m.get("when")
        if not isinstance(when, dict) or "question" not in when:
            p.err(m, f"{what}: 'when' must name a question")
            return None
        p.keys(when, ("question", "answers", "min_risk"), f"{what}: when")
        qid = str(when["question"])
        if qid not in self.index:
            p.err(m, f"{what}: unknown question {qid!r}")
            return None
        answers = p.str_list(when, "answers", f"{what}: when")
        q = self.index[qid]
        for a in answers:
            if a not in SPECIAL_VALUES and q.option(a) is None:
                p.err(m, f"{what}: question {qid!r} has no option {a!r}")
        min_risk = when.get("min_risk")
        if min_risk is not None and (
            isinstance(min_risk, bool) or not isinstance(min_risk, int) or not 0 <= min_risk <= 4
        ):
            p.err(m, f"{what}: min_risk must be a whole number from 0 to 4")
            min_risk = None
        if not answers and min_risk is None:
            p.err(m, f"{what}: 'when' needs 'answers' or 'min_risk'")
        then = p.str_list(m, "then", what)
        for mid in then:
            if mid not in mitigations:
                p.err(m, f"{what}: unknown mitigation {mid!r}")
        when_ = self.condition(m, "applies_if", what)
        return Rule(question=qid, then=then, answers=answers, min_risk=min_risk, applies_if=when_)

    # -- decision ------------------------------------------------------------------------------
    def boundaries(self, node: object) -> dict[str, PilotBoundary]:
        p = self.p
        out: dict[str, PilotBoundary] = {}
        if not isinstance(node, list):
            p.add("'pilot_boundaries' must be a list of {id, text}")
            return out
        for raw in node:
            m = p.mapping(raw, "a pilot boundary")
            if m is None:
                continue
            bid = p.text(m, "id", "pilot boundary")
            what = f"pilot boundary {bid!r}"
            p.keys(m, ("id", "text", "applies_if"), what)
            if bid and not BOUNDARY_ID_RE.match(bid):
                p.err(m, f"{what}: ids may contain only a-z, 0-9 and '_'")
            if bid in out:
                p.err(m, f"{what}: id used twice")
            when = self.condition(m, "applies_if", what)
            out[bid] = PilotBoundary(id=bid, text=p.text(m, "text", what), applies_if=when)
        return out

    def tiers(
        self, node: object, mitigations: Mapping[str, Mitigation], boundaries: Mapping[str, PilotBoundary]
    ) -> tuple[Tier, ...]:
        p = self.p
        if not isinstance(node, list):
            p.add("'tiers' must be a list")
            return ()
        tiers = [t for t in (self.tier(raw, mitigations, boundaries) for raw in node) if t is not None]
        ids = [t.id for t in tiers]
        if tiers and ids != list(TIER_IDS[: len(ids)]):
            p.add(f"tiers must be listed in order from I, without gaps ({', '.join(TIER_IDS)}); got {', '.join(ids)}")
        limits = [t.max_points for t in tiers]
        if tiers and (limits[-1] is not None or any(x is None for x in limits[:-1])):
            p.add("every tier but the last needs max_points; the last has none (it takes every larger score)")
        elif any(a is not None and b is not None and b <= a for a, b in itertools.pairwise(limits)):
            p.add("tiers' max_points must increase")
        return tuple(tiers)

    def tier(
        self, raw: object, mitigations: Mapping[str, Mitigation], boundaries: Mapping[str, PilotBoundary]
    ) -> Tier | None:
        p = self.p
        m = p.mapping(raw, "a tier")
        if m is None:
            return None
        tid = p.text(m, "id", "tier")
        what = f"tier {tid!r}"
        p.keys(m, TIER_KEYS, what)
        max_points = None
        if m.get("max_points") is not None:
            max_points = p.integer(m, "max_points", what, (0, 1000))
        pilot = p.str_list(m, "pilot_boundary", what)
        for bid in pilot:
            if bid not in boundaries:
                p.err(m, f"{what}: pilot_boundary names unknown boundary {bid!r}", "pilot_boundary")
        controls_raw = m.get("required_controls") or []
        if not isinstance(controls_raw, list):
            p.err(m, f"{what}: 'required_controls' must be a list", "required_controls")
            controls_raw = []
        controls = [c for c in (self.control(c, what, mitigations) for c in controls_raw) if c is not None]
        return Tier(
            id=tid,
            name=p.text(m, "name", what),
            max_points=max_points,
            sign_off=p.str_list(m, "sign_off", what),
            pilot_boundary=pilot,
            required_controls=tuple(controls),
        )

    def control(self, raw: object, what: str, mitigations: Mapping[str, Mitigation]) -> Control | None:
        p = self.p
        m = p.mapping(raw, f"{what}: a required control")
        if m is None:
            return None
        cwhat = f"{what}: required control"
        p.keys(m, ("question", "accept", "mitigation", "phase", "applies_if"), cwhat)
        qid = p.text(m, "question", cwhat, required=False) or None
        mid = p.text(m, "mitigation", cwhat, required=False) or None
        accept = p.str_list(m, "accept", cwhat)
        if (qid is None) == (mid is None):
            p.err(m, f"{cwhat}: name either a question (with accept) or a mitigation")
            return None
        if qid is not None:
            q = self.index.get(qid)
            if q is None or q.is_context:
                p.err(m, f"{cwhat}: unknown question {qid!r}", "question")
            elif not accept:
                p.err(m, f"{cwhat}: question {qid!r} needs 'accept', the answers that count as in place")
            else:
                for a in accept:
                    if q.option(a) is None:
                        p.err(m, f"{cwhat}: question {qid!r} has no option {a!r}", "accept")
        if mid is not None and mid not in mitigations:
            p.err(m, f"{cwhat}: unknown mitigation {mid!r}", "mitigation")
        return Control(
            phase=p.integer(m, "phase", cwhat, (0, 3), default=0),
            question=qid,
            accept=accept,
            mitigation=mid,
            applies_if=self.condition(m, "applies_if", cwhat),
        )

    def decision_settings(self, node: object) -> DecisionSettings:
        p = self.p
        m = p.mapping(node, "'decision'")
        if m is None:
            return DecisionSettings()
        p.keys(m, ("pilot_only_risk", "provisional_below"), "decision")
        pilot = p.number(m, "pilot_only_risk", "decision")
        provisional = p.number(m, "provisional_below", "decision")
        for key, value in (("pilot_only_risk", pilot), ("provisional_below", provisional)):
            if value is not None and not 0 <= value <= 100:
                p.err(m, f"decision: {key} must be from 0 to 100", key)
        return DecisionSettings(
            pilot_only_risk=50.0 if pilot is None else pilot,
            provisional_below=50.0 if provisional is None else provisional,
        )

    def cost_bands(self, node: object) -> CostBands:
        p = self.p
        if node is None:
            return CostBands()
        m = p.mapping(node, "'cost_bands'")
        if m is None:
            return CostBands()
        p.keys(m, ("currency", "day_rate", "basis", *COSTS), "cost_bands")
        ranges: dict[str, tuple[float | None, float | None]] = {}
        for band in COSTS:
            bm = m.get(band)
            if bm is None:
                continue
            bmm = p.mapping(bm, f"cost_bands: {band}")
            if bmm is None:
                continue
            p.keys(bmm, ("min", "max"), f"cost_bands: {band}")
            ranges[band] = (p.number(bmm, "min", f"cost_bands: {band}"), p.number(bmm, "max", f"cost_bands: {band}"))
        day_rate = p.number(m, "day_rate", "cost_bands")
        if day_rate is not None and day_rate <= 0:
            p.err(m, f"cost_bands: 'day_rate' must be more than 0, not {day_rate:g}", "day_rate")
            day_rate = None
        return CostBands(
            currency=p.text(m, "currency", "cost_bands"),
            ranges=ranges,
            day_rate=day_rate,
            basis=p.text(m, "basis", "cost_bands", required=False),
        )
