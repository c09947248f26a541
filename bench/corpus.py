"""Generated news articles of realistic length for benchmarks and the identity test.

Each article is about 700 words; most sentences hold no people count, as in real reporting.
"""
from __future__ import annotations

import random

_FILLER = [
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
                template = rng.choice(_FILLER)
            n = rng.choice([12, 40, 70, 300, 400, 1500, 16000, 20000])
            sentence = template.format(n=f"{n:,}", m=f"{n * 2:,}", demonyms=rng.choice(_DEMONYMS),
                                       org=rng.choice(_ORGS), day=rng.choice(_DAYS), month=rng.choice(_MONTHS))
            sentences.append(sentence[0].upper() + sentence[1:])
            words += len(sentence.split())
        paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
        articles.append("\n\n".join(paragraphs))
    return articles
