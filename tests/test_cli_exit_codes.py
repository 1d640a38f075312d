"""Exit codes of ``check`` and ``report``: 0 clean, 1 at or above --fail-on, 2 usage/input."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from fixtures.gate.factory import fake_verify, finding, run_cli

from crossfact.verifier.rules import load_all

RULES = load_all()


@pytest.fixture
def gate(gate_files: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    return gate_files


run = run_cli


@pytest.mark.parametrize(
    ("draft", "fail_on", "code"),
    [
        ("drafts/clean.md", None, 0),
        ("drafts/conflict.md", None, 1),
        ("drafts/conflict.md", "error", 1),
        ("drafts/conflict.md", "never", 0),
        ("drafts/suppressed.md", None, 0),
        ("drafts/unused.md", None, 0),  # CF901 is info: below the default threshold
        ("drafts/unused.md", "info", 1),
        ("drafts/unused.md", "warning", 0),
    ],
)
def test_check_exit_code(gate: Path, draft: str, fail_on: str | None, code: int) -> None:
    args = ["check", draft, "--corpus", "corpus"]
    if fail_on:
        args += ["--fail-on", fail_on]
    rc, out, _ = run(*args)
    assert rc == code, out


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ([], "info", 0),
        (["info"], "error", 0),
        (["info"], "info", 1),
        (["warning"], "error", 0),
        (["warning"], "warning", 1),
        (["warning"], "info", 1),
        (["error"], "warning", 1),
        (["error", "info"], "never", 0),
    ],
)
def test_threshold_table(gate: Path, monkeypatch: pytest.MonkeyPatch, severities: list[str],
                         fail_on: str, code: int) -> None:  # fmt: skip
    extra = [finding(RULES["CF303"], "drafts/clean.md", severity=s, value=str(i))
             for i, s in enumerate(severities)]  # fmt: skip
    monkeypatch.setattr("crossfact.verifier.verify", functools.partial(fake_verify, extra=extra))
    rc, out, _ = run("check", "drafts/clean.md", "--corpus", "corpus", "--fail-on", fail_on)
    assert rc == code, out


def test_conflict_text_output_names_draft_line(gate: Path) -> None:
    rc, out, _ = run("check", "drafts/conflict.md", "--corpus", "corpus")
    assert rc == 1
    assert "drafts/conflict.md:3:" in out and "CF302" in out and "2023-11-02" in out


def test_missing_draft_is_exit_2_with_one_line(gate: Path) -> None:
    rc, _, err = run("check", "drafts/clean.md", "drafts/nope.md", "--corpus", "corpus")
    assert rc == 2
    lines = [ln for ln in err.splitlines() if "nope.md" in ln]
    assert lines == ["crossfact: error: drafts/nope.md: no such file or directory"]


def test_all_drafts_missing(gate: Path) -> None:
    rc, out, err = run("check", "drafts/nope.md", "--corpus", "corpus")
    assert rc == 2 and "no draft could be read" in err and out == ""


def test_missing_corpus_is_exit_2(gate: Path) -> None:
    rc, _, err = run("check", "drafts/clean.md", "--corpus", "elsewhere")
    assert rc == 2 and "elsewhere: no such file or directory" in err


def test_no_corpus_given_is_usage_error(gate: Path) -> None:
    rc, _, err = run("check", "drafts/clean.md")
    assert rc == 2
    assert err.strip().splitlines()[-1].startswith("crossfact: error: no corpus given")


def test_encoding_option_reaches_the_loader(gate: Path) -> None:
    Path("drafts/ru.txt").write_bytes("Саммит прошёл 3 ноября 2023 года.\n".encode("cp1251"))
    rc, _, err = run("--encoding", "utf-8", "check", "drafts/ru.txt", "--corpus", "corpus")
    assert rc == 2 and "drafts/ru.txt" in err  # a forced encoding is never silently garbled
    rc, _, err = run("--encoding", "cp1251", "check", "drafts/ru.txt", "--corpus", "corpus")
    assert rc == 0, err


def test_unknown_encoding_is_clean_error(gate: Path) -> None:
    rc, _, err = run("--encoding", "klingon", "check", "drafts/clean.md", "--corpus", "corpus")
    assert rc == 2 and "unknown encoding 'klingon'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [["check"], ["check", "x.md", "--fail-on", "sometimes"],
                                  ["check", "x.md", "--format", "pdf"], ["nonsense"]])  # fmt: skip
def test_usage_errors_exit_2(gate: Path, args: list[str]) -> None:
    assert run(*args)[0] == 2


def test_report_mode_exit_codes(gate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = [finding(RULES["CF309"], "corpus/tdt-xronika.md", severity="warning")]
    monkeypatch.setattr("crossfact.verifier.verify", functools.partial(fake_verify, extra=extra))
    assert run("report", "corpus")[0] == 0
    assert run("report", "corpus", "--fail-on", "warning")[0] == 1


def test_output_file_and_summary_line(gate: Path) -> None:
    rc, out, err = run("check", "drafts/conflict.md", "--corpus", "corpus", "-o", "out.json")
    assert rc == 1 and out == ""
    assert (
        Path("out.json").read_text(encoding="utf-8").lstrip().startswith("{")
    )  # format from suffix
    assert "wrote out.json" in err and "1 errors" in err


def test_unwritable_output_is_one_line_error(gate: Path) -> None:
    rc, _, err = run("check", "drafts/clean.md", "--corpus", "corpus", "-o", "no/such/dir/r.txt")
    assert rc == 2
    assert err.strip().splitlines() == [
        "crossfact: error: no/such/dir/r.txt: No such file or directory"
    ]


def test_github_outputs_written_in_actions(gate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = gate / "gh-out"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_OUTPUT", str(out))
    run("check", "drafts/conflict.md", "--corpus", "corpus")
    kv = dict(ln.split("=", 1) for ln in out.read_text().splitlines())
    assert kv["conflicts"] == "1" and kv["errors"] == "1" and kv["suppressed"] == "0"


def test_json_findings_contract(gate: Path) -> None:
    import json

    rc, out, _ = run("check", "drafts/conflict.md", "--corpus", "corpus", "--format", "json")
    doc = json.loads(out)
    assert rc == 1 and doc["schema"] == "crossfact.findings/1"
    (f,) = doc["findings"]
    ev = f["evidence"][0]
    text = Path(ev["path"]).read_text(encoding="utf-8")
    assert text[ev["start"] : ev["end"]] == ev["quote"] == "2023-cü il noyabrın 2-də"
    assert (ev["line"], ev["role"]) == (3, "checked")
