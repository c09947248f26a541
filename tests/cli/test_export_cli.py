"""`muster export` into a place it cannot write: one line, exit 2, nothing half-written."""
import subprocess
import sys

import pytest


def run(*args):
    return subprocess.run([sys.executable, "-m", "muster", *args], capture_output=True, text=True)


@pytest.mark.parametrize("target", ["missing-folder/claims.csv", "."])
def test_an_unwritable_export_target_is_one_line_and_exit_2(tmp_path, target):
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    r = run("export", "-o", str(tmp_path / target), "--format", "csv", "--db", db)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "error: cannot write" in r.stderr and "Traceback" not in r.stderr
