"""Where extraction runs: in this process, in N local processes, or on a Dask cluster.

All three give the same claims: extraction is deterministic and each article is extracted
on its own. Work goes out in chunks of a batch, so memory stays flat however large the corpus.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Protocol

from muster.errors import MusterError
from muster.ingest.work import extract_texts, warm_up


class ExecutorError(MusterError):
    code = "E040"


class Executor(Protocol):
    def extract(self, texts: list[str]) -> list[list[dict] | str]: ...
    def close(self) -> None: ...


def _chunks(items: list[str], parts: int) -> list[list[str]]:
    size = max(1, -(-len(items) // parts))
    return [items[i:i + size] for i in range(0, len(items), size)]


class InProcess:
    def extract(self, texts: list[str]) -> list[list[dict] | str]:
        return extract_texts(texts)

    def close(self) -> None:
        pass


class LocalProcesses:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=warm_up)

    def extract(self, texts: list[str]) -> list[list[dict] | str]:
        out: list[list[dict] | str] = []
        for part in self.pool.map(extract_texts, _chunks(texts, self.workers)):
            out += part
        return out

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskCluster:
    def __init__(self, address: str) -> None:
        from distributed import Client

        try:
            self.client = Client(address, timeout="20s")
        except OSError as e:
            raise ExecutorError(f"cannot reach the Dask scheduler at '{address}' ({e}); check it is running.") from None
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def extract(self, texts: list[str]) -> list[list[dict] | str]:
        futures = self.client.map(extract_texts, _chunks(texts, self.workers * 2), pure=False)
        out: list[list[dict] | str] = []
        for part in self.client.gather(futures):
            out += part
        return out

    def close(self) -> None:
        self.client.close()


def make_executor(workers: int = 1, scheduler: str | None = None) -> Executor:
    if scheduler:
        return DaskCluster(scheduler)
    if workers > 1:
        return LocalProcesses(workers)
    return InProcess()
