"""Finds number-like expressions and their bounds, as the spec's bounds table maps them.

This is pure text work (a compiled regular expression built from data/quantities.json),
so it can run on every sentence to decide which ones are worth parsing at all.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from muster.extraction.lexicon import load_json, words
from muster.extraction.lexicon import quantities as lexicon
from muster.records import Quantity, Unit

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALE_WORDS = ("hundred", "thousand", "million", "billion")
# Short scale words: those also written apart from the number ("3.5 mln", "2 bn") and those only
# written against it ("1.2m", "50k"), as the parser's component reads them (data/parsing.json)
_SHORT_SCALES = tuple(load_json("parsing.json")["scale_abbreviations"]["spaced"])
_JOINED_SCALES = tuple(load_json("parsing.json")["scale_abbreviations"]["joined"])
_SPACED_SCALES = _SCALE_WORDS + _SHORT_SCALES


_OPENING_QUOTES = "“\"‘'"
_CLOSING_QUOTES = "”\"’'"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _suffix_alternatives(suffixes) -> str:
    """ "or more", "-odd", "+": a word suffix stands apart from the number, a mark is joined to it."""
    def one(suffix: str) -> str:
        if not suffix[0].isalnum() and not suffix[0].isspace():
            return re.escape(suffix)
        return r"\s+" + r"\s+".join(re.escape(w) for w in suffix.split()) + r"\b"
    return "|".join(one(s) for s in sorted(suffixes, key=len, reverse=True))


# "half a million", "a quarter of a million", "three quarters of a million": the grammar finds them
# and the parser values them with this one phrase
_FRACTION_WORDS = r"half|(?:a|one|three)[ -]quarters?\s+of"
_FRACTION_OF_A_SCALE = re.compile(rf"({_FRACTION_WORDS})\s+an?\s+({_alt(_SCALE_WORDS)})")


@cache
def _grammar() -> re.Pattern[str]:
    lex = lexicon()
    word_unit = rf"(?:(?:{_alt(_TENS)})(?:[- ](?:{_alt(_SMALL[1:10])}))?|{_alt(_SMALL)})"
    scale = rf"(?:{_alt(_SCALE_WORDS)})"
    word_number = (rf"(?:(?:{word_unit}|an?)[ -]{scale}(?:(?:,?\s+and\s+|[ -]){word_unit}(?![ -]{scale}))?"
                   rf"(?:[ -]{scale})*|{word_unit})")
    decimal_comma = r"\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion)\b)"  # "6,8 thousand", as in translated copy
    digits = (rf"(?:{decimal_comma}|" r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:\.\d+)?)")
    digit_number = rf"(?:{digits}(?:\s?(?:{_alt(_SPACED_SCALES)})\b|(?:{_alt(_JOINED_SCALES)})\b)?)"
    fraction = rf"(?:{_FRACTION_WORDS})\s+an?\s+{scale}"
    number = rf"(?:{fraction}|{digit_number}|{word_number})"
    dozen = (rf"(?:(?:{word_unit}|\d+|half\sa|a(?:\s+further)?|another)\s+dozen|a\s+couple(?:\s+of)?\s+(?:hundred|thousand)"
             rf"|a\s+pair\s+of|a\s+couple\s+of|a\s+score\s+of)")
    vague = _alt(lex["vague"]).replace("\\ ", r"\s+")
    prefix = _alt(lex["prefixes"]).replace("\\ ", r"\s+")
    suffix = rf"(?:{_suffix_alternatives(lex['suffixes'])})"
    quote_open, quote_close = r"[“\"‘']?", r"[”\"’']?"
    unit_words = lex["units"] + list(lex["unit_plurals"])
    units = _alt([u + "s" for u in lex["units"]] + unit_words)
    # Words between a count and its unit describe the unit ("two armoured brigades"); a function
    # word or a month means the unit belongs to another phrase ("26 May the regiment said"), and
    # "such" points at a unit named before ("a commander of one such unit"), counting no one.
    months = _alt([m for m in words("months") if len(m) > 3])
    filler = rf"(?!(?:{_alt(list(words('function_words')))}|{months}|such)\b)[a-z]+[a-z-]*"
    pattern = rf"""
      (?<![\w.,-])
      (?:[“"‘'](?P<qprefix>{prefix})[”"’']\s+|(?P<prefix>{prefix})\s+{quote_open})?
      (?:
          (?P<between>between)\s+(?P<lo>{number})\s*(?:-|–|—|and)\s*(?P<hi>{number})
        | (?P<from>from)\s+(?P<flo>{number})\s+to\s+(?P<fhi>{number})
        | (?P<vlo>{number})\s+to\s+(?P<vhi>{vague})
        | (?P<wlo>{vague})\s+to\s+(?P<whi>{vague}|{number}(?!\s+(?:{vague})\b))
        | (?P<rlo>{digit_number})\s*(?:-|–|—)\s*(?P<rhi>{digit_number})(?![\w])
        | (?P<rlo2>{number})\s+(?:to|or)\s+(?P<rhi2>{number})(?![\w])
        | (?P<unitcount>{number}|several|multiple|numerous|(?:{vague})\s+of)\s+(?:{filler}\s+){{0,2}}?(?P<unitname>{units})\b
        | (?P<vague>{vague})
        | (?P<dozen>{dozen})
        | (?P<num>{number})
      )
      (?P<suffix>{suffix})?
      {quote_close}
      (?![\w]|[.,]\d)
    """
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


_DIGITS_AND_SCALE = re.compile(rf"([\d.,\s]+?)\s?({_alt(_SPACED_SCALES + _JOINED_SCALES)})?")
_SPACED_SCALE_AT_END = re.compile(rf"(?:\s|\d)({_alt(_SPACED_SCALES)})$")
_SCALE_AT_END = re.compile(rf"({_alt(_SPACED_SCALES + _JOINED_SCALES)})$")


def parse_number(text: str) -> int | None:
    """The integer value of "16,000", "600 000", "1.5 million", "twenty-five", "a thousand"."""
    lex = lexicon()
    t = text.lower().replace("\u00a0", " ").replace("\u202f", " ").strip()
    m = _DIGITS_AND_SCALE.fullmatch(t)
    if m and re.search(r"\d", m.group(1)):
        raw = m.group(1).strip()
        raw = raw.replace(",", ".") if m.group(2) and re.fullmatch(r"\d{1,3},\d{1,2}", raw) else raw
        raw = raw.replace(",", "").replace(" ", "")
        try:
            value = float(raw)
        except ValueError:
            return None
        if m.group(2):
            value *= lex["scales"][m.group(2)]
        return int(round(value))
    fraction = _FRACTION_OF_A_SCALE.fullmatch(t)
    if fraction:
        share = 0.5 if fraction.group(1) == "half" else 0.75 if fraction.group(1).startswith("three") else 0.25
        return int(share * lex["scales"][fraction.group(2)])
    words = lex["number_words"]
    total, current = 0, 0
    for w in re.split(r"[\s-]+", t.replace(" and ", " ")):
        if w in ("a", "an"):
            current = max(current, 1)
        elif w in words:
            current += words[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in ("thousand", "million", "billion"):
            total += max(current, 1) * lex["scales"][w]
            current = 0
        elif w:
            return None
    return total + current


def _dozen_value(text: str) -> int:
    t = " ".join(text.lower().split())
    counted = lexicon()["counted_words"]
    if t in counted:
        return counted[t]
    if t.startswith("a couple"):
        return 2 * lexicon()["scales"][t.split()[-1]]  # "a couple of hundred": about 200
    return (parse_number(t.split()[0]) or 1) * 12


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity expression in `text` with character offsets, bounds and qualifier."""
    out: list[Quantity] = []
    for m in _grammar().finditer(text):
        if m.group("prefix") and _PARTICLE_VERB.search(text, 0, m.start()) and \
                m.group("prefix").split()[0].lower() in _PARTICLES:
            # "handed over four soldiers", "took over 30 positions": the verb's particle, not a bound
            rest = text[m.end("prefix"):].lstrip()
            offset = len(text) - len(rest)
            out.extend(replace(q, start=q.start + offset, end=q.end + offset)
                       for q in find_quantities(rest) if q.start == 0)
            continue
        out.extend(_to_quantities(m))
    return out


_PARTICLES = frozenset(words("particle_prefixes"))
_PARTICLE_VERB = re.compile(r"\b(?:" + "|".join(words("particle_verbs")) + r")\s+$", re.IGNORECASE)


def _bounded(value: int, qualifier: str) -> tuple[int | None, int | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier == "at_most":
        return None, value
    return value, value


def _to_quantities(m: re.Match[str]) -> list[Quantity]:
    lex = lexicon()
    prefix = " ".join((m.group("prefix") or m.group("qprefix") or "").lower().split())
    qualifier = lex["prefixes"].get(prefix, "exact") if prefix else "exact"
    suffix = " ".join((m.group("suffix") or "").split()).lower()
    if suffix:
        qualifier = lex["suffixes"].get(suffix, lex["suffixes"].get("-" + suffix, qualifier))
    span = (m.start(), m.end())
    text = m.group()
    if text[-1] in _CLOSING_QUOTES and not any(c in _OPENING_QUOTES for c in text[:-1]):
        text = text[:-1]  # a closing quote belongs to the number only when it opened inside it
        span = (span[0], span[1] - 1)
    if m.group("vlo"):
        # "more than 1,000 to several thousand": a range up to the vague quantity's top.
        lo, hi = parse_number(m.group("vlo")), lex["vague"][" ".join(m.group("vhi").lower().split())][1]
        if lo is None or hi <= lo:
            return []
        return [Quantity(*span, text, lo, hi, "range", value=lo)]
    if m.group("wlo"):
        # "several hundred to a thousand", "dozens to hundreds": from the vague floor to the top.
        vague_bounds = lex["vague"][" ".join(m.group("wlo").lower().split())]
        top = " ".join(m.group("whi").lower().split())
        hi = lex["vague"][top][1] if top in lex["vague"] else parse_number(top)
        if hi is None or hi <= vague_bounds[0]:
            # "thousands to 300 men" says two things, not a range: each is kept
            start, end = m.start("wlo"), m.end("wlo")
            return [Quantity(start, end, m.string[start:end], *vague_bounds, "vague"), *_parsed_number(m, "whi")]
        return [Quantity(*span, text, vague_bounds[0], hi, "range", value=vague_bounds[0])]
    if m.group("from"):
        # "estimates range from 5,000 to 10,000", "vary from", "said from 300 to 900 people", or a
        # clause that opens on it; "risen from 500 to 600" states two figures
        if re.search(r"(?:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|somewhere|says?|said|estimated?|estimates)"
                     r"\s+|(?:^|[.;:,]\s*))$", m.string[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            lo, hi = _range_ends(m.group("flo"), m.group("fhi"))  # "estimates range from 5,000 to 10,000"
            if lo is not None and hi is not None and lo < hi:
                start = m.start("flo")
                return [Quantity(start, m.end("fhi"), m.string[start:m.end("fhi")], lo, hi, "range", value=lo)]
        # "risen from 500 to 600" states two figures, not a range.
        return [_simple(m, "flo", "exact"), _simple(m, "fhi", "exact")]
    if m.group("between") or m.group("rlo") or m.group("rlo2"):
        lo_text = m.group("lo") or m.group("rlo") or m.group("rlo2")
        hi_text = m.group("hi") or m.group("rhi") or m.group("rhi2")
        lo, hi = _range_ends(lo_text, hi_text)
        if lo is None or hi is None:
            return []
        if hi < lo and lo_text[-1].isdigit() and hi_text.isdigit() and len(hi_text) < len(lo_text.replace(",", "")):
            return []  # "2014-15" style year spans are not ranges of people
        if hi <= lo:
            return []
        if qualifier in ("at_least", "more_than"):
            return [Quantity(*span, text, lo, None, qualifier, value=lo)]  # "at least 2,500-3,000": the floor is what is said
        if qualifier == "at_most":
            return [Quantity(*span, text, None, hi, qualifier, value=hi)]  # "up to 20-30"
        return [Quantity(*span, text, lo, hi, "range", value=lo)]
    if m.group("vague"):
        bounds = lex["vague"][m.group("vague").lower()]
        return [Quantity(*span, text, bounds[0], bounds[1], "vague")]
    if m.group("dozen"):
        value = _dozen_value(m.group("dozen"))
        q = qualifier if prefix or suffix else "approximate" if re.search(r"dozen|hundred|thousand", m.group("dozen"), re.IGNORECASE) \
            else "exact"
        low, high = _bounded(value, q)
        return [Quantity(*span, text, low, high, q, value=value)]
    if m.group("unitname") and _in_proper_name(m):
        # "40 Africa Corps fighters", "300 Azov Battalion veterans": a name, not a unit of people
        start = m.start()
        value = parse_number(m.group("unitcount"))
        if value is None:
            # "Hundreds of Wagner Group fighters", "Several hundred Azov Battalion veterans": the
            # count is what stands before the name
            before_name = re.sub(r"(?:\s+[A-Z][\w'’-]*)+$", "", m.string[start:m.start("unitname")].rstrip())
            before_name = re.sub(r"\s+of$", "", before_name, flags=re.IGNORECASE)
            return [replace(q, start=q.start + start, end=q.end + start) for q in find_quantities(before_name)]
        low, high = _bounded(value, qualifier)
        return [Quantity(start, m.end("unitcount"), m.string[start:m.end("unitcount")], low, high, qualifier, value=value)]
    if m.group("unitname"):
        name = m.group("unitname").lower()
        name = lex["unit_plurals"].get(name, name[:-1] if name.endswith("s") and name[:-1] in lex["units"] else name)
        if name == "group" and m.group("unitname"):
            described = m.string[m.end("unitcount"):m.start("unitname")].lower().split()
            if not set(described) <= set(lex["armed_group_words"]["words"]) or parse_number(m.group("unitcount")) == 1:
                return []  # "20 civil society groups" are no unit of fighters, "one group" no count
        if (m.group("unitcount") or "").lower() in ("several", "multiple", "numerous") and re.search(
                r"\b(?:most|more|less|least|the)\s+$", m.string[max(0, m.start() - 6):m.start()], re.IGNORECASE):
            return []  # "the most numerous groups": an adjective, not a count
        count_text = m.group("unitcount")
        # "several brigades", "hundreds of families": units, but no number of them
        count = parse_number(count_text) if count_text.lower() not in ("several", "multiple", "numerous") \
            and not count_text.lower().endswith(" of") else None
        return [Quantity(*span, text, None, None, "unit", Unit(name, count), value=count)]
    value = parse_number(m.group("num"))
    if value is None:
        return []
    low, high = _bounded(value, qualifier)
    return [Quantity(*span, text, low, high, qualifier, value=value)]


def _range_ends(lo_text: str, hi_text: str) -> tuple[int | None, int | None]:
    """Both ends of a range; a scale word written once serves both: "between six and seven
    thousand" is 6,000 to 7,000, "1.5 to 2 million" is 1,500,000 to 2,000,000."""
    lo, hi = parse_number(lo_text), parse_number(hi_text)
    if lo is None or hi is None:
        return lo, hi
    scale = _SPACED_SCALE_AT_END.search(hi_text.lower())
    lo_has_scale = _SCALE_AT_END.search(lo_text.lower())
    if scale and not lo_has_scale:
        factor = lexicon()["scales"][scale.group(1)]
        if lo * factor <= hi:
            lo = parse_number(f"{lo_text} {scale.group(1)}") if not lo_text.replace(".", "").isdigit() else int(round(float(lo_text) * factor))
    return lo, hi


def _in_proper_name(m: re.Match[str]) -> bool:
    """The unit word is capitalised after a capitalised word: part of a name ("Africa Corps")."""
    name = m.group("unitname")
    before = m.string[m.end("unitcount"):m.start("unitname")].split()
    return name[:1].isupper() and bool(before) and before[-1][:1].isupper()


def _parsed_number(m: re.Match[str], group: str) -> list[Quantity]:
    return [_simple(m, group, "exact")] if parse_number(m.group(group)) is not None else []


def _simple(m: re.Match[str], group: str, qualifier: str) -> Quantity:
    value = parse_number(m.group(group))
    return Quantity(m.start(group), m.end(group), m.group(group), value, value, qualifier, value=value)
