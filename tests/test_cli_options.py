"""Shared option bundles, progress policy, the lookup and claims commands, example config."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.gate.factory import fake_verify

from crossfact import cli
from crossfact.cli import main
from crossfact.config import Settings, load_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def gate(gate_files: Path) -> Path:
    return gate_files


def opts(name: str) -> set[str]:
    cmd = main.commands[name]
    return {o for p in cmd.params for o in p.opts if o.startswith("--")}


@pytest.mark.parametrize(
    ("bundle", "commands"),
    [
        ({"--select", "--ignore"}, ["check", "report", "baseline"]),
        ({"--kb", "--trusted-facts"}, ["check", "report", "baseline", "lookup", "claims"]),
        ({"--fail-on", "--baseline", "--prune-baseline"}, ["check", "report"]),
        ({"--format", "--output"}, ["check", "report"]),
        ({"--corpus"}, ["check", "baseline", "lookup"]),
    ],
)
def test_option_bundles_shared(bundle: set[str], commands: list[str]) -> None:
    for c in commands:
        assert bundle <= opts(c), (c, bundle - opts(c))


@pytest.mark.parametrize(
    ("fmt", "tty", "env", "wanted"),
    [
        ("text", True, {}, True),
        ("html", True, {}, True),
        ("json", True, {}, False),
        ("sarif", True, {}, False),
        ("github", True, {}, False),
        ("text", False, {}, False),
        ("text", True, {"CI": "true"}, False),
        ("text", True, {"TERM": "dumb"}, False),
    ],
)
def test_progress_only_for_people(
    monkeypatch: pytest.MonkeyPatch, fmt: str, tty: bool, env: dict[str, str], wanted: bool
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: tty, raising=False)
    assert cli._progress_wanted(fmt) is wanted


def test_progress_never_touches_stdout(gate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    monkeypatch.setattr(cli, "_progress_wanted", lambda fmt: True)
    r = CliRunner().invoke(main, ["check", "drafts/conflict.md", "--corpus", "corpus"])
    assert r.exit_code == 1 and r.stdout.startswith("drafts/conflict.md:3:")


def test_lookup_wiring(gate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = {}

    def fake(query: str, docs: list, settings: Settings, fmt: str) -> str:
        seen.update(query=query, paths=sorted(d.path for d in docs), fmt=fmt, kb=settings.kb)
        return "result\n"

    monkeypatch.setattr("crossfact.verifier.lookup.run_lookup", fake)
    r = CliRunner().invoke(
        main, ["lookup", "Orta Dəhliz", "--corpus", "corpus", "--format", "json"]
    )
    assert r.exit_code == 0 and r.stdout == "result\n"
    assert seen == {
        "query": "Orta Dəhliz",
        "paths": ["corpus/astana-zirve.txt", "corpus/tdt-xronika.md"],
        "fmt": "json",
        "kb": [],
    }


def test_lookup_real(gate: Path) -> None:
    r = CliRunner().invoke(main, ["lookup", "TDT", "--corpus", "corpus"])
    assert r.exit_code == 0 and r.stdout.strip()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["lookup", "TDT"], "no corpus given"),
        (["lookup", "TDT", "--corpus", "nowhere"], "nowhere: no such file or directory"),
        (["rule", "CF999"], "unknown rule 'CF999'"),
    ],
)
def test_clean_one_line_errors(gate: Path, args: list[str], fragment: str) -> None:
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and fragment in r.stderr and "Traceback" not in r.stderr


def test_claims_json_and_missing_input(gate: Path) -> None:
    r = CliRunner().invoke(main, ["claims", "drafts/conflict.md", "--format", "json"])
    assert r.exit_code == 0 and '"crossfact.claims/1"' in r.stdout
    r = CliRunner().invoke(main, ["claims", "drafts/conflict.md", "drafts/nope.md"])
    assert r.exit_code == 2 and "drafts/nope.md" in r.stderr


def test_baseline_refuses_with_unreadable_input(
    gate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    r = CliRunner().invoke(
        main, ["baseline", "drafts/conflict.md", "drafts/nope.md", "--corpus", "corpus"]
    )
    assert r.exit_code == 2 and not Path(".crossfact-baseline.json").exists()


def test_report_format_from_output_suffix(gate: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    r = CliRunner().invoke(main, ["report", "corpus", "-o", "r.html"])
    assert r.exit_code == 0
    assert Path("r.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_example_config_loads_and_covers_every_key(tmp_path: Path) -> None:
    example = ROOT / "crossfact.toml.example"
    shutil.copy(example, tmp_path / "crossfact.toml")
    s = load_settings(tmp_path / "crossfact.toml")
    assert s.corpus == [str(tmp_path / "corpus")]
    text = example.read_text(encoding="utf-8")
    for key in Settings.model_fields:
        if key != "source":
            assert key.replace("_", "-") in text, key
