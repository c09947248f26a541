"""The shared passages belong to their publishers: no place in the project may repeat them."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECKER = ROOT.parent / "shared" / "tools" / "copied_text.py"


def test_no_shared_passage_text_in_the_project():
    if not CHECKER.is_file():
        pytest.fail(f"{CHECKER} is missing: the shared folder sits beside the checkout, as it does in CI.")
    result = subprocess.run([sys.executable, str(CHECKER)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip().splitlines()[-1] == "no shared passage text in the project", result.stdout
