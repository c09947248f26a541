"""`muster extract` and `muster eval` as a user runs them: real processes, real files."""
import json
import subprocess
import sys

import pytest

from tests.conftest import DATA, SHARED_DEVSET

pytestmark = pytest.mark.slow

MUSTER = [sys.executable, "-m", "muster"]


def run(*args, stdin=None):
    return subprocess.run([*MUSTER, *args], capture_output=True, text=True, input=stdin, timeout=300)


def test_jsonl_has_every_spec_field_and_offsets(tmp_path):
    article = DATA / "golden" / "01_volunteers.txt"
    result = run("extract", "--format", "jsonl", str(article))
    assert result.returncode == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    text = article.read_text(encoding="utf-8")
    assert claims
    for c in claims:
        assert set(c) >= {"text", "low", "high", "qualifier", "unit", "group", "origin", "side", "event",
                          "attributed_to", "cue", "status", "file", "start", "end", "sentence", "occurrence"}
        assert text[c["start"]:c["end"]] == c["text"]


def test_bad_files_are_reported_and_the_rest_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Around 400 Swedes have signed up, according to TT.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.bin"
    binary.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Around 400 Swedes in Malmö".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = run("extract", "--format", "jsonl", str(empty), str(binary), str(good), str(latin), str(missing))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 4, result.stderr
    for path, reason in [(empty, "empty"), (binary, "binary"), (latin, "UTF-8"), (missing, "no such file")]:
        assert any(str(path) in e and reason in e for e in errors), (path, errors)
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert [c["text"] for c in claims] == ["Around 400"] and claims[0]["file"] == str(good)


def test_unreadable_file(tmp_path):
    import os
    if os.geteuid() == 0:
        target = tmp_path / "folder.txt"
        target.mkdir()  # root reads any file; a folder named like a file is unreadable for everyone
    else:
        target = tmp_path / "locked.txt"
        target.write_text("Around 400 Swedes.")
        target.chmod(0)
    result = run("extract", "--format", "jsonl", str(target))
    assert result.returncode == 1 and str(target) in result.stderr


def test_html_and_standard_input(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>Paragraph {i} about the war and the weather in the region this week.</p>" for i in range(5))
    page.write_text(f"<!DOCTYPE html><html><head><title>t</title></head><body><article>{body}"
                    "<p>At least 59 Georgian fighters have been killed, according to the Georgian Legion.</p>"
                    "</article></body></html>", encoding="utf-8")
    result = run("extract", "--format", "json", str(page))
    assert result.returncode == 0, result.stderr
    assert [c["text"] for c in json.loads(result.stdout)] == ["At least 59"]
    piped = run("extract", "--format", "jsonl", "-", stdin="Up to 300 Czechs have reportedly vowed to ship out.")
    assert json.loads(piped.stdout)["status"] == "hedged"


def test_table_format():
    result = run("extract", "--format", "table", str(DATA / "golden" / "02_casualties.txt"))
    assert result.returncode == 0 and "claim(s)" in result.stdout


def test_eval_on_a_small_gold_folder(tmp_path):
    (tmp_path / "passages.jsonl").write_text(json.dumps({"id": "a", "text": "Around 400 Swedes have signed up, according to TT News Agency."}) + "\n")
    gold = {"passage": "a", "text": "Around 400", "occurrence": 1, "low": 400, "high": 400, "qualifier": "approximate",
            "unit": None, "group": "Swedes", "origin": ["SE"], "side": None, "event": "mobilization",
            "attributed_to": ["TT News Agency"], "cue": "according to", "status": "attributed"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n")
    result = run("eval", str(tmp_path), "-v")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "precision 1.000 recall 1.000 F1 1.000 fully-correct 1.000"


def test_cross_validation_lists_the_held_out_misses(tmp_path):
    texts = {"a": "About 60 Kenyans have joined the army, the ministry said.",
             "b": "Some 300 Peruvians were killed in the fighting, officials said.",
             "c": "Police arrested 12 men in the capital on Friday.",
             "d": "Around 900 refugees crossed into Chad overnight."}
    (tmp_path / "passages.jsonl").write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()))
    golds = [("a", "About 60", 60, "KE", "an annotated side no rule proposes", "mobilization"),
             ("b", "Some 300", 300, "PE", None, "casualty"),
             ("c", "12", 12, None, None, "detention"),
             ("d", "Around 900", 900, None, None, "displacement")]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps({
        "passage": p, "text": t, "occurrence": 1, "low": n, "high": n, "qualifier": "exact", "unit": None, "group": "",
        "origin": [o] if o else [], "side": side, "event": e, "attributed_to": [], "cue": None, "status": "asserted"}) + "\n"
        for p, t, n, o, side, e in golds))
    result = run("eval", str(tmp_path), "--folds", "2", "--repeats", "2", "-v")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    wrong = [line for line in lines if line.startswith("WRONG")]
    assert any(line.startswith("WRONG    a 'About 60'") and "side: gold an annotated side" in line for line in wrong), result.stdout
    # two folds of each of two splits, then their mean
    assert [line.split()[0] for line in lines[-5:]] == ["1.1", "1.2", "2.1", "2.2", "mean"], result.stdout


def test_eval_rejects_a_folder_without_gold(tmp_path):
    result = run("eval", str(tmp_path))
    assert result.returncode == 2 and "passages.jsonl" in result.stderr


# The evaluation gate: the shared development set must stay above the floors the project is held to.
# The development set is never trained on; these floors sit a little under what the learned
# decisions score there (F1 1.00, fully-correct 0.64), so a change that loses ground fails.
F1_FLOOR, FULLY_CORRECT_FLOOR = 0.95, 0.62


@pytest.mark.skipif(not (SHARED_DEVSET / "gold.jsonl").is_file(), reason="the shared development set is not beside this checkout")
def test_evaluation_gate_on_the_development_set():
    result = run("eval", str(SHARED_DEVSET))
    last = result.stdout.splitlines()[-1].split()
    f1, fully = float(last[last.index("F1") + 1]), float(last[last.index("fully-correct") + 1])
    assert f1 >= F1_FLOOR and fully >= FULLY_CORRECT_FLOOR, result.stdout
