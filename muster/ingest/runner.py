"""The ingest run: read → skip what is stored → extract → store, batch by batch.

Every batch is one transaction, so a run killed at any moment leaves whole articles with all
their claims, and the next run skips them: nothing is lost and nothing is stored twice.
Failures of reading are recorded in ingest_errors with the input's name, and the run goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from muster import settings
from muster.errors import InputError
from muster.ingest.articles import reprint_of
from muster.ingest.executors import InProcess, make_executor
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


def ingest(store: Store, paths: Iterable[str] = (), *, articles: Iterable[Article] = (), workers: int | None = None,
           scheduler: str | None = None, batch_size: int | None = None, progress: Progress | None = None,
           missing: str = "raise", reconcile: bool = True) -> IngestReport:
    """The one way articles enter a store: read `paths` (files, folders, '-') and take ready
    `articles`, extract in batches, store each batch in one transaction, then reconcile.

    `missing="raise"` refuses a path that does not exist before anything is read (the library's
    choice); `missing="record"` records it as a failed input and goes on (the CLI's).
    """
    paths = list(paths)
    if missing == "raise":
        absent = [p for p in paths if p != "-" and not Path(p).exists()]
        if absent:
            raise InputError(f"no such file or folder: {', '.join(repr(p) for p in absent)}; check the path.")
    workers = settings.get("workers", workers)
    scheduler = settings.get("scheduler", scheduler) or None
    batch_size = settings.get("batch_size", batch_size)
    limit = settings.get("max_document_bytes")
    progress = progress or Progress()
    articles = list(articles)
    report = IngestReport(run_id=writer.start_run(store, paths or [a.source for a in articles]))
    executor = make_executor(workers, scheduler) if paths else InProcess()
    batch: list[Article] = []
    try:
        for record, finished_size in _records(paths, articles, limit):
            if isinstance(record, ReadFailure):
                report.failures.append(record)
                writer.record_failures(store, report.run_id, [record])
            elif record is not None:
                batch.append(record)
            if len(batch) >= batch_size:
                _flush(store, executor, batch, report)
                progress.on_batch(report)
                batch = []
            if finished_size is not None:
                progress.on_input_done(finished_size)
        if batch:
            _flush(store, executor, batch, report)
            progress.on_batch(report)
    finally:
        executor.close()
        writer.finish_run(store, report.run_id, report.articles_added, report.articles_skipped,
                          report.claims_added, len(report.failures))
    if reconcile:
        from muster.reconcile.engine import update

        update(store)
    return report


def _records(paths: list[str], articles: list[Article], limit: int) -> Iterator[tuple[Article | ReadFailure | None, int | None]]:
    """Every record of the inputs, then the ready articles; (None, size) marks an input read to its end."""
    for name, path in walk(paths):
        for record in read_path(name, path, limit):
            yield record, None
        yield None, path.stat().st_size if path is not None and path.exists() else 0
    for article in articles:
        yield article, None


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
