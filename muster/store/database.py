"""Opening a store: engine settings per database, migrations applied on open, write transactions.

SQLite runs in WAL mode with foreign keys on and a busy timeout, and write transactions
begin IMMEDIATE so two writers queue instead of failing. Migrations run under a lock (a file
lock on SQLite, an advisory lock on PostgreSQL) so two processes opening a new database at
once do not race.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError

from muster.errors import MusterError
from muster.store.plain import head_revision

SQLITE_BUSY_TIMEOUT_MS = 60_000
# Advisory lock keys (PostgreSQL) and lock-file suffixes (SQLite) of the jobs that run one at a time.
LOCKS = {"migrate": 4_871_205, "reconcile": 4_871_206}


class StoreError(MusterError):
    code = "E030"


def normalize_url(url: str) -> str:
    """Accept a bare path for SQLite and plain postgresql:// URLs (driven by psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def create_store_engine(url: str) -> Engine:
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"'{url}' is not a database URL; use sqlite:///PATH or postgresql://HOST/NAME.") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # transactions are begun below, explicitly
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Connection) -> None:
            mode = connection.get_execution_options().get("sqlite_begin", "")
            connection.exec_driver_sql(f"BEGIN {mode}".strip())

        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True)
    raise StoreError(f"'{url}': muster stores claims in SQLite or PostgreSQL only.")


def _alembic_config(connection: Connection):
    from alembic.config import Config  # imported here: most commands never migrate

    config = Config()
    config.set_main_option("script_location", str(resources.files("muster.store") / "migrations"))
    config.attributes["connection"] = connection
    return config


@contextmanager
def _lock_file(path: str) -> Iterator[None]:
    """An exclusive lock on a file that is removed when released, so none is left behind. A
    waiter that wakes holding a file already removed tries again on the current one."""
    while True:
        lock = open(path, "a")
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if os.fstat(lock.fileno()).st_ino == os.stat(path).st_ino:
                break
        except FileNotFoundError:
            pass
        lock.close()
    try:
        yield
    finally:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


@contextmanager
def exclusive(engine: Engine, job: str) -> Iterator[None]:
    """Run `job` in one process at a time per database: a file lock beside a SQLite file, an
    advisory lock on PostgreSQL."""
    if engine.dialect.name == "sqlite":
        database = engine.url.database or ""
        if not database or database == ":memory:":
            yield
            return
        with _lock_file(f"{database}.{job}-lock"):
            yield
        return
    with engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": LOCKS[job]})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LOCKS[job]})
            conn.commit()


def _current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except (OperationalError, ProgrammingError):
        return None


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision; a store already there is left untouched, with
    no lock taken and no migration tool loaded."""
    if _current_revision(engine) == head_revision():
        return
    with exclusive(engine, "migrate"):
        with engine.begin() as conn:
            from alembic import command

            command.upgrade(_alembic_config(conn), "head")


def open_engine(url: str) -> Engine:
    engine = create_store_engine(url)
    if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        folder = Path(engine.url.database).resolve().parent
        if not folder.is_dir():
            raise StoreError(f"cannot create '{engine.url.database}': folder '{folder}' does not exist.")
    try:
        migrate(engine)
    except DatabaseError as e:  # a locked, unreadable or foreign file
        raise StoreError(f"cannot open the database '{engine.url.render_as_string(hide_password=True)}': "
                         f"{str(e.orig).strip().splitlines()[0]}; give --db (or MUSTER_DB) a muster database or a new file.") from None
    return engine


class Store:
    """A claim database. Reading and writing go through the modules beside this one;
    this object holds the engine and hands out transactions."""

    def __init__(self, url: str) -> None:
        self.url = normalize_url(url)
        self.engine = open_engine(url)
        self.dialect = self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; on SQLite it takes the write lock up front."""
        engine = self.engine.execution_options(sqlite_begin="IMMEDIATE") if self.dialect == "sqlite" else self.engine
        with engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # Reading helpers for library users; articles go in through muster.ingest.ingest.
    def claims(self, **filters: Any) -> list[dict]:
        from muster.store.plain import ClaimFilters
        from muster.store.queries import claims

        return claims(self, ClaimFilters(**filters))

    def articles(self, **filters: Any) -> list[dict]:
        from muster.store.plain import ClaimFilters
        from muster.store.queries import articles

        return articles(self, ClaimFilters(**filters))


def open_store(url: str | None = None) -> Store:
    """Open (and create or migrate) the store at `url`, MUSTER_DB, or ./muster.db."""
    from muster import settings

    return Store(url or os.environ.get("MUSTER_DB") or settings.get("db"))
