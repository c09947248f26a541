"""Canonical sources from the names in attribution chains.

Titles and roles are stripped ("President Oleh Dubrovsky" → "Oleh Dubrovsky"), outlet
descriptors dropped ("Reuters news agency" → "Reuters", "TT News Agency" → "TT"), spelling
variants of a surname merged ("Dubrovskyy", "Dubrovskiy"), and short forms joined to the one
full name they abbreviate ("Dubrovsky", "SOHR"). Every merge keeps its reason. A user alias
file overrides all of it: merges it names are made, splits it names are kept apart.
"""
from __future__ import annotations

import difflib
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from muster.errors import MusterError
from muster.extraction.lexicon import load_json
from muster.normalize.countries import code_for, is_country_name

# How alike two folded surnames must be to count as spellings of one name.
SURNAME_SIMILARITY = 0.88


class AliasFileError(MusterError):
    code = "E050"


@cache
def _lex() -> dict:
    return load_json("source_kinds.json")


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed: the key two spellings must share."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _fold_surname(word: str) -> str:
    """Transliteration variants: Dubrovsky / Dubrovskyy / Dubrovskiy / Dubrovskii → dubrovsky."""
    w = fold(word)
    return re.sub(r"(?:iy|yy|ii|ij|yi)$", "y", w)


@dataclass
class Name:
    """One source name as written, and what it reduces to."""

    raw: str
    display: str
    kind: str
    reasons: list[str] = field(default_factory=list)
    match: str = ""  # the name compared with others, when it differs from the one shown

    @property
    def key(self) -> str:
        return fold(self.match or self.display)

    @property
    def tokens(self) -> list[str]:
        return self.display.split()


def _resolved(raw: str) -> tuple[str, list[str]]:
    m = re.fullmatch(r"(.+?) \((.+)\)", raw.strip())
    if m and not re.fullmatch(r"[A-Z]{2,8}", m.group(2)):
        return m.group(2), [f"back-reference '{m.group(1)}' resolved in the text to '{m.group(2)}'"]
    return raw.strip(), []


def _looks_like_person(tokens: list[str]) -> bool:
    words = [t for t in tokens if t.lower() not in _lex()["titles"]]
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    lowered = " ".join(words).lower()
    kind_words = _lex()["outlet_words"] + _lex()["government_words"] + _lex()["organization_words"]
    return not any(re.search(rf"\b{re.escape(k)}\b", lowered) for k in kind_words) and not any(
        is_country_name(w) or code_for(w) for w in words)


def _kind(display: str) -> str:
    low = display.lower()
    words = low.split()
    if not display[:1].isupper() or (words and words[0] in ("a", "an")) or (
            words and words[-1] in _lex()["unnamed_heads"] and not any(w[:1].isupper() for w in display.split()[:-1])):
        return "unnamed"
    has = lambda key: any(re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", low) for k in _lex()[key])  # noqa: E731
    if re.fullmatch(r"[A-Z][A-Z0-9/-]{1,7}", display):
        return "outlet" if has("outlet_words") else "government" if has("government_words") else "organization"
    if words and words[-1] in _lex()["unnamed_heads"]:
        return "government"  # "US intelligence officials": officials of a named body
    if has("organization_strong"):
        return "organization"
    if has("outlet_words"):
        return "outlet"
    if has("government_words") or is_country_name(display):
        return "government"
    if has("organization_words"):
        return "organization"
    if _looks_like_person(display.split()):
        return "person"
    return "organization" if display.isupper() else "person" if len(words) <= 3 else "organization"


def reduce_name(raw: str) -> Name:
    """Strip what is not the name: determiners, titles and roles, outlet descriptors."""
    text, reasons = _resolved(raw)
    tokens = text.split()
    while tokens and tokens[0].lower() in ("the", "a", "an"):
        tokens = tokens[1:]
    display = " ".join(tokens)
    kind = _kind(display)
    if kind != "unnamed":
        # "Colombian Foreign Minister Luis Gilberto Murillo" → the name after the titles.
        tail = []
        for token in reversed(tokens):
            if token.lower().strip(",") in _lex()["titles"] or code_for(token) or token.endswith(("'s", "’s")):
                break
            tail.insert(0, token)
        before = tokens[len(tokens) - len(tail) - 1].lower() if len(tail) < len(tokens) else ""
        titled = before in _lex()["titles"] and before not in ("of", "for", "and", "the")
        if (len(tail) >= 2 or titled) and len(tail) < len(tokens) and before not in ("of", "for", "and") \
                and _looks_like_person(tail):
            reasons.append(f"title or role removed from '{display}'")
            display, kind = " ".join(tail), "person"
    if kind == "outlet":
        for suffix in sorted(_lex()["outlet_suffixes"], key=len, reverse=True):
            if display.lower().endswith(" " + suffix) and len(display) > len(suffix) + 1:
                reasons.append(f"outlet descriptor '{suffix}' ignored when matching")
                return Name(raw, display, kind, reasons, match=display[: -len(suffix) - 1].strip())
    return Name(raw, display or raw, kind, reasons)


@dataclass
class Canonical:
    name: str
    kind: str
    members: dict[str, str] = field(default_factory=dict)  # raw name → reason it belongs here


def _acronym(display: str) -> str:
    m = re.search(r"\(([A-Z]{2,8})\)$", display)
    if m:
        return m.group(1)
    words = [w for w in re.findall(r"[A-Za-z]+", display) if w.lower() not in ("of", "for", "the", "and", "on")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _as_known_outlet(n: Name, outlets: dict[str, str]) -> Name:
    """A name that is an outlet the articles' metadata names ("The Local") is that outlet, as
    the metadata writes it, whatever its words look like to the name rules."""
    written = outlets.get(n.key) or outlets.get(fold(n.display))
    if written is None or n.kind == "unnamed":
        return n
    return Name(n.raw, written, "outlet", n.reasons + ["an outlet that publishes the stored articles"], match=n.match or n.display)


def canonicalize(raw_names: list[str], user: list[dict] | None = None,
                 outlets: set[str] | frozenset[str] = frozenset()) -> dict[str, Canonical]:
    """Group source names into canonical sources; returns raw name → its Canonical. `outlets`
    are the outlet names of the stored articles' metadata."""
    known = {reduce_name(o).key: o for o in sorted(outlets)}
    names = [_as_known_outlet(reduce_name(r), known) for r in sorted(set(raw_names))]
    by_key: dict[str, Canonical] = {}
    assigned: dict[str, Canonical] = {}
    # 1. Same reduced name.
    for n in sorted(names, key=lambda n: (-len(n.display), -len(n.raw), n.raw)):
        c = by_key.get(n.key)
        if c is None:
            c = by_key[n.key] = Canonical(n.display, n.kind)
            reason = "; ".join(n.reasons) or "as written"
        else:
            reason = "; ".join(n.reasons + [f"same name as '{c.name}'"])
        if n.match and c.name.isupper() and n.display.startswith(c.name) and len(n.display) > len(c.name):
            c.name = n.display  # show the fuller form: "TT News Agency" rather than "TT"
        c.members[n.raw] = reason
        assigned[n.raw] = c
    canon = sorted(by_key.values(), key=lambda c: (-len(c.name.split()), c.name))
    # 2. Spelling variants and short forms of people; acronyms of bodies.
    for c in list(canon):
        if c not in by_key.values():
            continue
        target = _merge_target(c, [o for o in by_key.values() if o is not c])
        if target is None:
            continue
        other, why = target
        for raw, reason in c.members.items():
            other.members[raw] = f"{reason}; {why}"
            assigned[raw] = other
        del by_key[fold(c.name)]
    _apply_user(user or [], assigned, by_key)
    return assigned


def _merge_target(c: Canonical, others: list[Canonical]) -> tuple[Canonical, str] | None:
    words = c.name.split()
    if c.kind == "person":
        surname = _fold_surname(words[-1])
        matches = []
        for o in others:
            if o.kind != "person":
                continue
            other_words = o.name.split()
            alike = difflib.SequenceMatcher(None, surname, _fold_surname(other_words[-1])).ratio() >= SURNAME_SIMILARITY
            if not alike:
                continue
            if len(words) == 1 and len(other_words) > 1:
                matches.append((o, f"short form of '{o.name}'"))
            elif len(words) > 1 and len(other_words) > 1 and fold(words[0])[:1] == fold(other_words[0])[:1] \
                    and (-len(other_words), o.name) < (-len(words), c.name):
                # Variants go to the fuller name, then to the alphabetically first spelling.
                matches.append((o, f"spelling variant of '{o.name}'"))
        return matches[0] if len({id(m[0]) for m in matches}) == 1 else None
    if len(words) == 1 and words[0].isupper():
        matches = [o for o in others if o.kind != "person" and _acronym(o.name) == words[0]]
        if len(matches) == 1:
            return matches[0], f"acronym of '{matches[0].name}'"
    return None


def _apply_user(rules: list[dict], assigned: dict[str, Canonical], by_key: dict[str, Canonical]) -> None:
    for rule in rules:
        if rule["action"] == "split":
            c = assigned.get(rule["name"])
            if c is None or len(c.members) < 2:
                continue
            name = reduce_name(rule["name"])
            own = Canonical(name.display, name.kind)
            own.members[rule["name"]] = "kept apart by the user alias file"
            c.members.pop(rule["name"])
            if c.name == own.name:  # the rest keep a name of their own
                c.name = reduce_name(sorted(c.members)[0]).display
            assigned[rule["name"]] = own
        elif rule["action"] == "merge":
            target = next((c for c in assigned.values() if c.name == rule["canonical"]), None)
            if target is None:
                target = Canonical(rule["canonical"], reduce_name(rule["canonical"]).kind)
            for raw, c in list(assigned.items()):
                if raw == rule["name"] or c.name == rule["name"]:
                    c.members.pop(raw, None)
                    target.members[raw] = f"merged into '{target.name}' by the user alias file"
                    assigned[raw] = target


def read_alias_file(path: Path) -> list[dict]:
    """The alias file (TOML): [[merge]] into = "...", names = [...]; [[split]] names = [...]."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise AliasFileError(f"cannot read alias file '{path}': {e}; see the README for its format.") from None
    rules = []
    for merge in data.get("merge", []):
        if not isinstance(merge.get("into"), str) or not isinstance(merge.get("names"), list):
            raise AliasFileError(f"alias file '{path}': each [[merge]] needs into = \"NAME\" and names = [...].")
        rules += [{"action": "merge", "canonical": merge["into"], "name": n} for n in merge["names"]]
    for split in data.get("split", []):
        if not isinstance(split.get("names"), list):
            raise AliasFileError(f"alias file '{path}': each [[split]] needs names = [...].")
        rules += [{"action": "split", "canonical": None, "name": n} for n in split["names"]]
    return rules
