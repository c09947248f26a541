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


# How often a worker checks that the process that started it is still alive, in seconds.
PARENT_CHECK_SECONDS = 1.0


def warm_up() -> None:
    """Start a local worker: tie its life to its parent's, then load the pipeline once."""
    exit_with_parent()
    from muster.extraction.components import load_pipeline

    load_pipeline()


def exit_with_parent() -> None:
    """A worker whose parent was killed (even with -9) would wait on its queue forever: ask the
    kernel to end it with its parent, and also watch the parent from a thread where the kernel
    cannot be asked."""
    import os
    import signal
    import threading
    import time

    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the request took hold
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="muster-parent-watch", daemon=True).start()
