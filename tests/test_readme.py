"""The README documents every CLI command and its worked example is real output."""
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme():
    import muster.cli.eval  # noqa: F401,E401
    import muster.cli.extract
    import muster.cli.ingest
    import muster.cli.query
    import muster.cli.reconcile
    import muster.cli.settings  # noqa: F401
    from muster.cli.app import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert names
    for name in names:
        assert f"`muster {name}" in readme, name


def test_worked_example_is_real_output():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.+?)\n```", readme, re.S).group(1)
    out = subprocess.run([sys.executable, "-m", "muster", "extract", "--format", "jsonl", "muster/samples/volunteers.txt"],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert example in out.splitlines()


def test_every_setting_is_in_the_readme():
    from muster.settings import SETTINGS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for s in SETTINGS:
        assert f"`{s.name}`" in readme and s.env in readme, s.name
