"""The commands that read the store, as a user at a terminal meets them: fast to start, plain
about ambiguity and emptiness, and strict about the config file."""
import subprocess
import sys

import pytest

from muster.ingest import ingest
from muster.store import open_store, queries

# Modules that only the commands doing real work may load: `--help` and the listing commands
# must start without them.
HEAVY = ("spacy", "alembic", "sqlalchemy", "fastapi", "trafilatura", "pyarrow", "distributed")


def run(*args, cwd=None, env=None):
    return subprocess.run([sys.executable, "-m", "muster", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_registering_every_command_loads_no_heavy_library():
    probe = ("import sys; from muster.cli import app; "
             "from muster.cli import eval, extract, ingest, query, reconcile, serve, settings; "
             f"print([m for m in {HEAVY!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_reading_commands_load_no_hashing_or_language_library(filled):
    """`show` and `figures` read what reconciling stored; the near-duplicate hashing (and the
    numerical stack under it), the parser and the ISO tables are for the commands that write."""
    url, ids = filled
    probe = ("import sys; from muster.cli import main; sys.argv = ['muster', 'show', sys.argv[1], '--db', sys.argv[2]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print([m for m in ('datasketch', 'scipy', 'numpy', 'spacy', 'pycountry') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", probe, ids[0], url], capture_output=True, text=True, check=True).stdout
    assert ids[0][:8] in out and out.strip().splitlines()[-1] == "[]"


@pytest.fixture
def filled(tmp_path):
    url = f"sqlite:///{tmp_path / 'q.db'}"
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i}.txt").write_text(f"About {100 + i} volunteers from Peru arrived in Kyiv, the embassy said.",
                                          encoding="utf-8")
    store = open_store(url)
    assert ingest(store, [str(folder)]).ok
    ids = [c["id"] for c in store.claims()]
    store.close()
    return url, ids


def test_an_ambiguous_prefix_lists_the_ids_it_could_mean(filled):
    url, ids = filled
    prefix = next(i[:1] for i in ids if sum(j.startswith(i[:1]) for j in ids) >= 2)
    r = run("show", prefix, "--db", url)
    assert r.returncode == 1
    meant = [i for i in ids if i.startswith(prefix)]
    assert all(m[:16] in r.stderr for m in sorted(meant)[:10]) and "give more of one" in r.stderr


def test_an_unknown_prefix_says_none_matches(filled):
    url, ids = filled
    missing = next(p for p in ("zz", "zy", "zx", "zw") if not any(i.startswith(p) for i in ids))
    r = run("show", missing, "--db", url)
    assert r.returncode == 1 and "no claim has an id starting with" in r.stderr


def test_errors_says_so_when_there_are_none(filled):
    url, _ = filled
    r = run("errors", "--db", url)
    assert r.returncode == 0 and r.stdout.startswith("no errors")


def test_file_names_print_escaped(tmp_path):
    url = f"sqlite:///{tmp_path / 'e.db'}"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "line\nbreak\x1b[2J.txt").write_bytes(b"")
    store = open_store(url)
    ingest(store, [str(inbox)])
    assert len(queries.errors(store)) == 1
    store.close()
    out = run("errors", "--db", url).stdout
    assert "\x1b" not in out and out.count("\n") == 1 and "\\n" in out and "\\x1b" in out


@pytest.mark.parametrize("config, complaint", [("workerz = 2\n", "unknown setting(s) workerz"),
                                               ("workers = [\n", "not valid TOML")])
def test_a_config_file_with_a_mistake_is_one_line(tmp_path, config, complaint):
    (tmp_path / "muster.toml").write_text(config, encoding="utf-8")
    r = run("settings", cwd=tmp_path)
    assert r.returncode == 2 and complaint in r.stderr and r.stderr.count("\n") == 1


def test_settings_never_print_the_token(tmp_path):
    import os

    r = run("settings", cwd=tmp_path, env=dict(os.environ, MUSTER_TOKEN="s3cret-value"))
    assert "s3cret-value" not in r.stdout and "token = (set)" in r.stdout and "MUSTER_DB" in r.stdout
