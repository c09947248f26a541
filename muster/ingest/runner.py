"""The ingest run: read → skip what is stored → extract → store, batch by batch.

Every batch is one transaction, so a run killed at any moment leaves whole articles with all
their claims, and the next run skips them: nothing is lost and nothing is stored twice.
Failures of reading are recorded in ingest_errors with the input's name, and the run goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from muster import settings
from muster.ingest.articles import reprint_of
from muster.ingest.executors import make_executor
from muster.ingest.readers import read_path, walk
from muster.records import Article, ReadFailure
from muster.store import writer
from muster.store.database import Store


@dataclass
class IngestReport:
    run_id: int
    articles_added: int = 0
    articles_skipped: int = 0
    claims_added: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class Progress:
    """What a progress display is told after each batch and each finished input."""

    on_batch: Callable[[IngestReport], None] = lambda report: None
    on_input_done: Callable[[int], None] = lambda size: None


def input_sizes(paths: list[str]) -> int:
    return sum(p.stat().st_size for _, p in walk(paths) if p is not None and p.exists())


def ingest(store: Store, paths: list[str], workers: int | None = None, scheduler: str | None = None,
           batch_size: int | None = None, progress: Progress | None = None) -> IngestReport:
    workers = settings.get("workers", workers)
    scheduler = settings.get("scheduler", scheduler) or None
    batch_size = settings.get("batch_size", batch_size)
    limit = settings.get("max_document_bytes")
    progress = progress or Progress()
    report = IngestReport(run_id=writer.start_run(store, paths))
    executor = make_executor(workers, scheduler)
    batch: list[Article] = []
    try:
        for name, path in walk(paths):
            for record in read_path(name, path, limit):
                if isinstance(record, ReadFailure):
                    report.failures.append(record)
                    writer.record_failures(store, report.run_id, [record])
                    continue
                batch.append(record)
                if len(batch) >= batch_size:
                    _flush(store, executor, batch, report)
                    progress.on_batch(report)
                    batch = []
            progress.on_input_done(path.stat().st_size if path is not None and path.exists() else 0)
        if batch:
            _flush(store, executor, batch, report)
            progress.on_batch(report)
    finally:
        executor.close()
        writer.finish_run(store, report.run_id, report.articles_added, report.articles_skipped,
                          report.claims_added, len(report.failures))
    return report


def _flush(store: Store, executor, batch: list[Article], report: IngestReport) -> None:
    stored = writer.stored_identities(store, (a.id for a in batch))
    originals = dict(stored)
    for a in batch:
        originals.setdefault(a.id, (a.url, a.outlet))
    # The same text from another outlet or address is a reprint: an article of its own, the
    # evidence of one report carried twice. The same text from the same place is a re-read.
    batch = [reprint_of(a) if a.id in originals and _elsewhere(a, originals[a.id]) else a for a in batch]
    stored |= writer.stored_identities(store, (a.id for a in batch if a.id not in stored))
    fresh: dict[str, Article] = {}
    for article in batch:
        if article.id in stored or article.id in fresh:
            report.articles_skipped += 1
        else:
            fresh[article.id] = article
    todo = list(fresh.values())
    if not todo:
        return
    extracted = executor.extract([a.text for a in todo])
    failed = [ReadFailure(a.source, "extract", f"'{a.source}': {found}; the article was not stored, so a later run "
                                               "tries it again.")
              for a, found in zip(todo, extracted) if isinstance(found, str)]
    if failed:
        report.failures += failed
        writer.record_failures(store, report.run_id, failed)
    done = [(a, found) for a, found in zip(todo, extracted) if not isinstance(found, str)]
    result = writer.write_batch(store, report.run_id, done)
    report.articles_added += result.added
    report.articles_skipped += result.skipped
    report.claims_added += result.claims


def _elsewhere(article: Article, original: tuple[str | None, str | None]) -> bool:
    url, outlet = original
    return (article.url, article.outlet) != (url, outlet) and bool(article.url or article.outlet)


def reextract(store: Store, workers: int | None = None, scheduler: str | None = None,
              batch_size: int | None = None) -> int:
    """Re-run extraction on articles stored by an older engine version; returns how many."""
    from sqlalchemy import select

    from muster import ENGINE_VERSION
    from muster.store.schema import articles

    batch_size = settings.get("batch_size", batch_size)
    executor = make_executor(settings.get("workers", workers), settings.get("scheduler", scheduler) or None)
    done = 0
    failed: set[str] = set()  # kept with their old claims, and not asked for again in this run
    try:
        while True:
            with store.read() as conn:
                rows = conn.execute(select(articles.c.id, articles.c.text)
                                    .where(articles.c.engine_version != ENGINE_VERSION,
                                           articles.c.id.not_in(failed) if failed else True)
                                    .limit(batch_size)).all()
            if not rows:
                return done
            for (article_id, _), found in zip(rows, executor.extract([r.text for r in rows])):
                if isinstance(found, str):
                    failed.add(article_id)
                    continue
                writer.replace_claims(store, article_id, found)
                done += 1
    finally:
        executor.close()
