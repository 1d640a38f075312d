"""Baselines: record by fingerprint, suppress exactly those, stale entries (CF902), prune."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fixtures.gate.factory import fake_verify, finding, run_cli

from crossfact.baseline import (
    Baseline,
    BaselineError,
    Entry,
    apply_baseline,
    build_baseline,
    load_baseline,
    pruned,
    stale_findings,
)
from crossfact.verifier.rules import load_all

RULES = load_all()
ALL = lambda p, c: True  # noqa: E731


@pytest.fixture
def gate(gate_files: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    return gate_files


run = run_cli


def test_build_groups_by_path_and_code_relative_to_file(tmp_path: Path) -> None:
    fs = [
        finding(RULES["CF302"], str(tmp_path / "drafts/a.md"), value="1"),
        finding(RULES["CF302"], str(tmp_path / "drafts/a.md"), value="2"),
        finding(RULES["CF303"], str(tmp_path / "drafts/a.md")),
        finding(RULES["CF901"], str(tmp_path / "drafts/a.md")),  # meta: never baselined
    ]
    b = build_baseline(fs, tmp_path / "ci" / "base.json", reason="accepted by desk")
    doc = json.loads(b.to_json())
    assert doc["version"] == 1
    assert list(doc["findings"]) == ["../drafts/a.md"]
    group = doc["findings"]["../drafts/a.md"]
    assert sorted(group) == ["CF302", "CF303"] and len(group["CF302"]) == 2
    row = group["CF303"][0]
    assert row["fp"] == b.fp(fs[2]) and row["fp"].startswith("sha256:")
    assert (row["count"], row["reason"]) == (1, "accepted by desk")


def test_duplicates_counted_and_roundtrip(tmp_path: Path) -> None:
    f = finding(RULES["CF302"], "a.md")
    b = build_baseline([f, f], tmp_path / "b.json")
    b.write()
    again = load_baseline(tmp_path / "b.json")
    assert [(c, e.count) for _, c, e in again.entries()] == [("CF302", 2)]
    assert again.to_json() == b.to_json()


def test_previous_reasons_are_kept(tmp_path: Path) -> None:
    f, g = finding(RULES["CF302"], "a.md", value="1"), finding(RULES["CF302"], "a.md", value="2")
    old = build_baseline([f], tmp_path / "b.json", reason="old reason")
    new = build_baseline([f, g], tmp_path / "b.json", reason="new reason", previous=old)
    reasons = {e.fp: e.reason for _, _, e in new.entries()}
    assert reasons == {new.fp(f): "old reason", new.fp(g): "new reason"}


@pytest.mark.parametrize(
    ("recorded", "current", "kept", "suppressed", "stale"),
    [
        (["1"], ["1"], [], 1, 0),
        (["1"], ["2"], ["2"], 0, 1),  # value changed: new fingerprint fires, old entry stale
        (["1"], [], [], 0, 1),
        ([], ["1"], ["1"], 0, 0),
        (["1", "1"], ["1"], [], 1, 1),  # count 2, one left: partially stale
        (["1"], ["1", "1"], ["1"], 1, 0),  # a second identical occurrence is new
    ],
)
def test_apply_table(
    tmp_path: Path,
    recorded: list[str],
    current: list[str],
    kept: list[str],
    suppressed: int,
    stale: int,
) -> None:
    b = build_baseline([finding(RULES["CF302"], "a.md", value=v) for v in recorded], tmp_path / "b")
    cur = [finding(RULES["CF302"], "a.md", value=v) for v in current]
    a = apply_baseline(cur, b, ALL)
    assert [f.evidence[0].value for f in a.kept] == kept
    assert (a.suppressed, len(a.stale)) == (suppressed, stale)


def test_fingerprint_does_not_depend_on_how_paths_are_spelt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    b = Baseline(tmp_path / "b.json")
    rel = finding(RULES["CF302"], "drafts/a.md")
    absolute = finding(RULES["CF302"], str(tmp_path / "drafts" / "a.md"))
    assert rel.id != absolute.id and b.fp(rel) == b.fp(absolute)
    assert b.fp(rel) != b.fp(finding(RULES["CF302"], "drafts/b.md"))


def test_fingerprint_ignores_lines(tmp_path: Path) -> None:
    f = finding(RULES["CF302"], "a.md")
    moved = f.model_copy(
        update={"evidence": [f.evidence[0].model_copy(update={"line": 40, "start": 999})]}
    ).with_id()
    b = build_baseline([f], tmp_path / "b")
    assert apply_baseline([moved], b, ALL).suppressed == 1


def test_out_of_scope_entries_are_not_stale(tmp_path: Path) -> None:
    b = build_baseline([finding(RULES["CF302"], "a.md")], tmp_path / "b")
    assert apply_baseline([], b, lambda p, c: p != b.key("a.md")).stale == []
    assert apply_baseline([], b, lambda p, c: c != "CF302").stale == []


def test_prune_drops_stale_and_lowers_counts(tmp_path: Path) -> None:
    f, g = finding(RULES["CF302"], "a.md", value="1"), finding(RULES["CF303"], "a.md")
    b = build_baseline([f, f, g], tmp_path / "b")
    a = apply_baseline([f], b, ALL)
    p = pruned(b, a)
    assert [(c, e.count) for _, c, e in p.entries()] == [("CF302", 1)]


def test_stale_finding_points_into_the_baseline_file(tmp_path: Path) -> None:
    f = finding(RULES["CF302"], "a.md")
    b = build_baseline([f], tmp_path / "b.json")
    b.write()
    (sf,) = stale_findings(b, apply_baseline([], b, ALL), "b.json")
    ev = sf.evidence[0]
    text = (tmp_path / "b.json").read_text(encoding="utf-8")
    assert (sf.code, sf.severity) == ("CF902", "warning")
    assert text[ev.start : ev.end] == ev.quote == b.fp(f)
    assert text.splitlines()[ev.line - 1].strip().startswith('"fp"')
    assert "--prune-baseline" in sf.message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{", "invalid JSON"),
        ('{"version": 2, "findings": {}}', "not a crossfact baseline"),
        ('{"version": 1, "findings": []}', "'findings' must be an object"),
        ('{"version": 1, "findings": {"a.md": {"CF302": [{"count": 1}]}}}', "needs a string 'fp'"),
        ('{"version": 1, "findings": {"a.md": {"CF302": [{"fp": "x", "count": 0}]}}}', "'count'"),
    ],
)
def test_malformed_baseline(tmp_path: Path, content: str, fragment: str) -> None:
    p = tmp_path / "b.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=fragment) as ei:
        load_baseline(p)
    assert str(ei.value).startswith(str(p))


def test_baseline_entry_type() -> None:
    assert Entry("sha256:1").count == 1
    assert Baseline(Path("x/b.json")).key("-") == "-"


# --- through the CLI ---------------------------------------------------------------


def test_cli_baseline_then_check_passes(gate: Path) -> None:
    rc, _, err = run("baseline", "drafts/conflict.md", "--corpus", "corpus", "--reason", "known")
    assert rc == 0 and "wrote .crossfact-baseline.json: 1 findings in 1 files" in err
    doc = json.loads(Path(".crossfact-baseline.json").read_text(encoding="utf-8"))
    assert list(doc["findings"]) == ["drafts/conflict.md"]
    assert doc["findings"]["drafts/conflict.md"]["CF302"][0]["reason"] == "known"
    rc, out, _ = run(
        "check",
        "drafts/conflict.md",
        "--corpus",
        "corpus",
        "--baseline",
        ".crossfact-baseline.json",
    )
    assert rc == 0 and "CF302" not in out
    rc, out, err = run(
        "check", "drafts/conflict.md", "--corpus", "corpus",
        "--baseline", ".crossfact-baseline.json", "-o", "r.txt",
    )  # fmt: skip
    assert "1 suppressed" in err


def test_cli_edit_elsewhere_still_suppressed_value_change_fires(gate: Path) -> None:
    run("baseline", "drafts/conflict.md", "--corpus", "corpus")
    draft = Path("drafts/conflict.md")
    draft.write_text(
        "Yeni giriş cümləsi.\n\n" + draft.read_text(encoding="utf-8"), encoding="utf-8"
    )
    args = ["check", str(draft), "--corpus", "corpus", "--baseline", ".crossfact-baseline.json"]
    assert run(*args)[0] == 0  # lines moved, content same
    draft.write_text(draft.read_text(encoding="utf-8").replace("noyabrın 2-də", "noyabrın 1-də"))
    rc, out, _ = run(*args)
    assert rc == 1
    assert "CF302" in out and "2023-11-01" in out
    assert "CF902" in out and ".crossfact-baseline.json:" in out  # the old entry is stale


def test_cli_stale_entry_is_a_warning_and_prune_removes_it(gate: Path) -> None:
    run("baseline", "drafts/conflict.md", "--corpus", "corpus")
    shutil.copy("drafts/clean.md", "drafts/conflict.md")  # fixed
    args = [
        "check",
        "drafts/conflict.md",
        "--corpus",
        "corpus",
        "--baseline",
        ".crossfact-baseline.json",
    ]
    rc, out, _ = run(*args)
    assert rc == 0 and "warning CF902" in out
    assert run(*args, "--fail-on", "warning")[0] == 1
    rc, out, err = run(*args, "--prune-baseline")
    assert rc == 0 and "CF902" not in out and "pruned 1 stale entries" in err
    assert json.loads(Path(".crossfact-baseline.json").read_text())["findings"] == {}
    assert "CF902" not in run(*args)[1]


def test_cli_entries_of_drafts_not_checked_are_left_alone(gate: Path) -> None:
    run("baseline", "drafts/conflict.md", "--corpus", "corpus")
    rc, out, _ = run(
        "check", "drafts/clean.md", "--corpus", "corpus", "--baseline", ".crossfact-baseline.json"
    )
    assert rc == 0 and "CF902" not in out


def test_cli_baseline_from_another_folder_is_portable(
    gate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path("ci").mkdir()
    run("baseline", "drafts/conflict.md", "--corpus", "corpus", "-o", "ci/base.json")
    assert "../drafts/conflict.md" in Path("ci/base.json").read_text()
    monkeypatch.chdir(gate / "drafts")
    rc, _, _ = run("check", "conflict.md", "--corpus", "../corpus", "--baseline", "../ci/base.json")
    assert rc == 0


def test_cli_baseline_from_config(gate: Path) -> None:
    Path("crossfact.toml").write_text('corpus = ["corpus"]\nbaseline = "accepted.json"\n')
    assert run("baseline", "drafts/conflict.md")[0] == 0
    assert Path("accepted.json").is_file()
    assert run("check", "drafts/conflict.md")[0] == 0


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--baseline", "missing.json"], "missing.json: baseline file not found"),
        (["--prune-baseline"], "--prune-baseline needs --baseline"),
    ],
)
def test_cli_baseline_errors(gate: Path, args: list[str], fragment: str) -> None:
    rc, _, err = run("check", "drafts/conflict.md", "--corpus", "corpus", *args)
    assert rc == 2 and fragment in err and len(err.strip().splitlines()) == 1


def test_cli_ignore_cf902(gate: Path) -> None:
    run("baseline", "drafts/conflict.md", "--corpus", "corpus")
    shutil.copy("drafts/clean.md", "drafts/conflict.md")
    rc, out, _ = run(
        "check", "drafts/conflict.md", "--corpus", "corpus",
        "--baseline", ".crossfact-baseline.json", "--ignore", "stale-baseline-entry",
    )  # fmt: skip
    assert rc == 0 and "CF902" not in out
