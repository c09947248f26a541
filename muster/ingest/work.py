"""The unit of work sent to other processes or Dask workers: texts in, claim dicts out.

Plain data crosses the process boundary, and each process loads the spaCy pipeline once. A
text that extraction cannot handle comes back as a one-line message instead of claims, so one
bad article never costs the batch its other articles.
"""
from __future__ import annotations


def extract_texts(texts: list[str]) -> list[list[dict] | str]:
    from muster.extraction.engine import extract, extract_many

    try:
        return [[c.to_dict() for c in claims] for claims in extract_many(texts)]
    except Exception:  # noqa: BLE001  one text broke the shared stream: find which, keep the rest
        out: list[list[dict] | str] = []
        for text in texts:
            try:
                out.append([c.to_dict() for c in extract(text)])
            except Exception as e:  # noqa: BLE001
                out.append(f"extraction failed ({type(e).__name__}: {str(e).splitlines()[0][:200] if str(e) else ''})")
        return out


def warm_up() -> None:
    from muster.extraction.components import load_pipeline

    load_pipeline()
