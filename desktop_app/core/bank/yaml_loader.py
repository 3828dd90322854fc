"""YAML for banks: line numbers, no duplicate keys, no aliases, bounded size.

Only ``true``/``false`` are booleans, so ``yes`` stays a string (an option id of yes/no questions).
A bank file comes from elsewhere and is hostile until proven otherwise: aliases are refused (a
534-byte "billion laughs" file otherwise expands to gigabytes), and the text and the nesting depth
are bounded before anything is built.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from desktop_app.core.errors import BankError

#: The built-in bank is about 0.2 MB; a bank ten times larger is still welcome.
MAX_BANK_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 40


class YamlMap(dict[str, Any]):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


def _make_loader() -> type[Any]:
    """The bank's YAML loader class, made on the first parse.

    PyYAML is imported here, not with this module: a start that reads its bank from the cache
    (``disk_cache``) parses no YAML, and importing PyYAML (its resolvers compile a dozen regular
    expressions) was about 1 % of the GUI's cold start (docs/performance.md).
    """
    import yaml

    # libyaml's parser when available: the built-in bank parses several times faster
    safe_base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class AliasError(yaml.constructor.ConstructorError):
        pass

    class BankLoader(safe_base):  # type: ignore[valid-type,misc]
        def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
            # every node is constructed exactly once by construct_map below; a node met a second time
            # is the target of an alias (*name)
            if node in self.constructed_objects or node in self.recursive_objects:
                raise AliasError(None, None, "aliases (*name) are not allowed in a question bank", node.start_mark)
            return super().construct_object(node, deep=deep)

    BankLoader.yaml_implicit_resolvers = {
        key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    BankLoader.add_implicit_resolver(
        "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )

    def construct_map(loader: BankLoader, node: yaml.MappingNode) -> YamlMap:
        result = YamlMap()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float)) or isinstance(key, bool):
                raise yaml.constructor.ConstructorError(
                    None, None, f"a key must be text, not {key!r}", key_node.start_mark
                )
            name = str(key)
            if name in result.key_lines:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {name!r} (first on line {result.key_lines[name]})", key_node.start_mark
                )
            result.key_lines[name] = key_node.start_mark.line + 1
            result[name] = loader.construct_object(value_node, deep=True)
        return result

    def construct_seq(loader: BankLoader, node: yaml.SequenceNode) -> list[Any]:
        return [loader.construct_object(child, deep=True) for child in node.value]

    def refuse_merge(loader: BankLoader, node: yaml.Node) -> None:
        raise AliasError(None, None, "merge keys (<<) and aliases are not allowed in a question bank", node.start_mark)

    BankLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_map)
    BankLoader.add_constructor("tag:yaml.org,2002:merge", refuse_merge)
    BankLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, construct_seq)
    return BankLoader


@functools.cache
def _loader() -> type[Any]:
    return _make_loader()


def line_of(obj: object, key: str | None = None) -> int:
    """The line of a mapping (or of one of its keys), 0 when unknown."""
    if key is not None:
        lines = getattr(obj, "key_lines", None)
        if isinstance(lines, dict) and key in lines:
            return int(lines[key])
    return int(getattr(obj, "line", 0))


def _too_deep(text: str) -> bool:
    """A cheap bound on flow nesting ([[[[...]]]]), which would otherwise exhaust the stack."""
    depth = deepest = 0
    for ch in text:
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
    return deepest > MAX_DEPTH


def parse_yaml(text: str, where: str) -> Any:
    """Parse bank YAML, turning every problem into a BankError that names the place."""
    if len(text.encode("utf-8")) > MAX_BANK_BYTES:
        raise BankError([f"{where}: the bank is larger than {MAX_BANK_BYTES // (1024 * 1024)} MB; refused"])
    if _too_deep(text):
        raise BankError([f"{where}: lists or mappings nested more than {MAX_DEPTH} deep; refused"])
    import yaml

    try:
        return yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise BankError([f"{where}{line}: not valid YAML: {problem}"]) from None
    except RecursionError:
        raise BankError([f"{where}: nested too deeply; refused"]) from None
