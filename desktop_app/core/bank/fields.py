"""Field readers shared by the bank validators: each problem is collected with its file and line."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from desktop_app.core.bank.yaml_loader import line_of


class Problems:
    """Collects the problems of one bank file, each with ``file:line: what``."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.items: list[str] = []

    def add(self, what: str, line: int = 0) -> None:
        self.items.append(f"{self.where}:{line}: {what}" if line else f"{self.where}: {what}")

    def err(self, node: object, what: str, key: str | None = None) -> None:
        self.add(what, line_of(node, key))

    def keys(self, node: Mapping[str, Any], allowed: Collection[str], what: str) -> None:
        """Refuse keys the format does not know: a typo must not silently drop a condition."""
        for key in node:
            if key not in allowed:
                known = ", ".join(sorted(allowed))
                self.err(node, f"{what}: unknown key {key!r} (allowed: {known})", key)

    # -- typed fields ------------------------------------------------------------------------
    def text(self, node: Mapping[str, Any], key: str, what: str, required: bool = True) -> str:
        value = node.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.err(node, f"{what}: '{key}' is missing")
            return ""
        if isinstance(value, date):  # an unquoted YAML date, e.g. released: 2026-11-26
            return value.isoformat()
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.err(node, f"{what}: '{key}' must be text", key)
            return ""
        return str(value).strip()

    def integer(
        self, node: Mapping[str, Any], key: str, what: str, bounds: tuple[int, int], default: int | None = None
    ) -> int:
        lo, hi = bounds
        value = node.get(key, default)
        if value is None:
            self.err(node, f"{what}: '{key}' is missing")
            return lo
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.err(node, f"{what}: '{key}' must be a whole number from {lo} to {hi}, not {value!r}", key)
            return lo
        return value

    def number(self, node: Mapping[str, Any], key: str, what: str) -> float | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.err(node, f"{what}: '{key}' must be a number", key)
            return None
        return float(value)

    def boolean(self, node: Mapping[str, Any], key: str, what: str, default: bool) -> bool:
        value = node.get(key, default)
        if not isinstance(value, bool):
            self.err(node, f"{what}: '{key}' must be true or false, not {value!r}", key)
            return default
        return value

    def str_list(self, node: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
        value = node.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.err(node, f"{what}: '{key}' must be a list", key)
            return ()
        bad = [v for v in value if isinstance(v, (dict, list))]
        if bad:
            self.err(node, f"{what}: '{key}' must be a list of plain values", key)
            return ()
        return tuple(str(v) for v in value)

    def mapping(self, node: object, what: str) -> Mapping[str, Any] | None:
        if not isinstance(node, dict):
            self.err(node, f"{what} must be a mapping (key: value)")
            return None
        return node

    def date_text(self, node: Mapping[str, Any], key: str, what: str) -> str:
        """A YYYY-MM-DD date (quoted or not), or empty."""
        value = self.text(node, key, what, required=False)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                self.err(node, f"{what}: '{key}' must be a date written YYYY-MM-DD, not {value!r}", key)
                return ""
        return value
