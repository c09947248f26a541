"""Generated news articles of realistic length for benchmarks and the identity test.

Each article is about 700 words; most sentences hold no people count, as in real reporting.
"""
from __future__ import annotations

import random

FILLER_SENTENCES = [
    "The city council met on {day} to discuss the reconstruction of the bridge over the river.",
    "Officials said the talks would continue next week in the capital.",
    "Residents described long queues at petrol stations and pharmacies across the region.",
    "The government has promised to restore electricity to the eastern districts before winter.",
    "Analysts say the fighting has settled into a slow war of attrition along the front line.",
    "The ministry published new guidance on air-raid shelters for schools and hospitals.",
    "Prices for bread and fuel rose sharply in {month}, according to the statistics office.",
    "The foreign minister is expected to travel to Brussels for a meeting with European counterparts.",
    "Satellite images showed damage to the port and to several grain warehouses.",
    "The debate in parliament focused on the budget for the coming year and on military aid.",
    "Trains between the two cities resumed service on {day} after repairs to the line.",
    "The embassy advised its citizens to avoid travel to the border areas until further notice.",
    "Aid agencies have warned of shortages of medicine and clean water in the south.",
    "The president thanked allies for their support in a video address late on {day}.",
    "Journalists were allowed to visit the town for the first time since the spring.",
]
_CLAIMS = [
    "At least {n} foreign volunteers have joined the International Legion, the {org} said.",
    "Around {n} {demonyms} have signed up to fight for Ukraine, according to {org}.",
    "Up to {n} {demonyms} have reportedly travelled to fight on behalf of Moscow.",
    "{org} said {n} soldiers were killed in the fighting near the river.",
    "Police arrested {n} people suspected of recruiting for the group, {org} reported.",
    "More than {n} civilians have fled the region since {month}, the UN refugee agency estimated.",
    "Between {n} and {m} {demonyms} are believed to be serving with the Russian army.",
]
_DEMONYMS = ["Swedes", "Czechs", "Georgians", "Britons", "Nepalis", "Colombians", "Poles", "Belarusians"]
_ORGS = ["defence ministry", "Reuters", "the interior ministry", "TT News Agency", "the regional governor"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_MONTHS = ["January", "March", "May", "July", "October"]
WORDS_PER_ARTICLE = 700


def generate_articles(count: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        sentences, words = [], 0
        while words < WORDS_PER_ARTICLE:
            if rng.random() < 0.12:
                template = rng.choice(_CLAIMS)
            else:
                template = rng.choice(FILLER_SENTENCES)
            n = rng.choice([12, 40, 70, 300, 400, 1500, 16000, 20000])
            sentence = template.format(n=f"{n:,}", m=f"{n * 2:,}", demonyms=rng.choice(_DEMONYMS),
                                       org=rng.choice(_ORGS), day=rng.choice(_DAYS), month=rng.choice(_MONTHS))
            sentences.append(sentence[0].upper() + sentence[1:])
            words += len(sentence.split())
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        articles.append("\n\n".join(paragraphs))
    return articles


_COUNTRY_NAMES = {"SE": "Sweden", "GE": "Georgia", "GB": "Britain", "UA": "Ukraine", "RU": "Russia"}


def generate_claim_records(count: int, seed: int = 0) -> list[tuple[dict, list[dict]]]:
    """Articles with claims already extracted — for reconciliation, which starts from stored
    claims. Texts are distinct except wire reprints (one in ten repeats an earlier story with
    a different outlet line); figures repeat across outlets and change over two years."""
    rng = random.Random(seed)
    sources = [["President Oleh Dubrovsky"], ["Dubrovsky"], ["Dubrovskiy"], ["TT News Agency", "Erik Lindqvist"],
               ["TT", "Lindqvist"], ["the defence ministry"], ["Reuters", "the Georgian Legion"], ["Georgian Legion"], []]
    outlets = ["Daily Courier", "Evening Post", "Morning Star", "Capital Times", "Northern Echo", "Reuters", "Coast Tribune"]
    out: list[tuple[dict, list[dict]]] = []
    for i in range(count):
        if out and rng.random() < 0.1:
            text = out[rng.randrange(len(out))][0]["text"].split("\n\nPublished by")[0]
        else:
            text = " ".join(rng.choice(FILLER_SENTENCES).format(day=rng.choice(_DAYS), month=rng.choice(_MONTHS))
                            for _ in range(8)) + f" Story {seed}-{i}."
        outlet = rng.choice(outlets)
        text = f"{text}\n\nPublished by {outlet} ({i})."
        published = f"{2022 + rng.randrange(2)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        claims = []
        for k in range(rng.randrange(0, 4)):
            value = rng.choice([60, 70, 200, 400, 16000, 20000])
            origin, side = rng.choice([[], ["SE"], ["GE"], ["GB"]]), rng.choice(["UA", "RU", None])
            # The sentence names the origin and the side, as a real one does when it states them.
            named = [_COUNTRY_NAMES[c] for c in origin] + ([f"for {_COUNTRY_NAMES[side]}"] if side else [])
            qualifier = rng.choice(["exact", "approximate", "at_least", "more_than", "at_most"])
            low = None if qualifier == "at_most" else value
            high = None if qualifier in ("at_least", "more_than") else value
            claims.append({"text": f"{value}", "occurrence": 1, "start": 10 * k, "end": 10 * k + 3, "low": low, "high": high,
                           "qualifier": qualifier, "unit": None, "group": rng.choice(["volunteers", "fighters", "people"]),
                           "origin": origin, "side": side,
                           "event": rng.choice(["mobilization", "casualty"]), "attributed_to": rng.choice(sources),
                           "cue": "said", "status": "attributed", "sentence": " ".join([f"Claim {k} of story {i}", *named]) + "."})
        out.append(({"text": text, "outlet": outlet, "published": published}, claims))
    return out
