"""The lexicons are data: every list is free of repeats, every entry has a reason, and every
small word list is read by the code."""
import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "muster" / "extraction" / "data"
PACKAGE = DATA.parent


def _lists(node, path=""):
    if isinstance(node, list):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _lists(value, f"{path}/{key}")


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.json")))
def test_no_list_repeats_an_entry(name):
    data = json.loads((DATA / name).read_text(encoding="utf-8"))
    for path, items in _lists(data):
        plain = [json.dumps(i, sort_keys=True).lower() for i in items]
        repeated = sorted({i for i in plain if plain.count(i) > 1})
        assert not repeated, f"{name}{path} repeats {repeated}"


def _no_repeated_key(pairs):
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"repeated keys {repeated}: a later one silently replaces the earlier"
    return dict(pairs)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.json")))
def test_no_object_repeats_a_key(name):
    json.loads((DATA / name).read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_key)


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.json")))
def test_every_file_says_why(name):
    assert json.loads((DATA / name).read_text(encoding="utf-8"))["_why"].strip()


def test_every_small_word_list_is_read_and_explained():
    words = json.loads((DATA / "words.json").read_text(encoding="utf-8"))
    code = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    for key, entry in words.items():
        if key == "_why":
            continue
        assert entry["_why"].strip() and entry["words"], key
        assert re.search(rf"words\(\"{key}\"\)", code), f"words.json: {key!r} is never read"


def test_every_scope_group_is_explained():
    scope = json.loads((DATA / "scope.json").read_text(encoding="utf-8"))
    for name, group in scope["groups"].items():
        assert group["_why"].strip() and group["prefixes"], name


def test_caveat_patterns_compile_and_explain_themselves():
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    assert cues["unconfirmed_patterns"]["_why"].strip()
    for pattern in cues["unconfirmed_patterns"]["patterns"]:
        re.compile(pattern)
