"""The generated docs are current, and every command documents itself."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crossfact import docsgen
from crossfact.cli import main
from crossfact.verifier.rules import load_all

COMMANDS = docsgen.commands()


def test_generated_docs_are_current() -> None:
    stale = docsgen.stale()
    assert not stale, f"stale: {', '.join(map(str, stale))}; run 'make docs'"


def test_check_mode_detects_stale(tmp_path) -> None:
    assert docsgen.main(["--check", "--docs", str(tmp_path)]) == 1
    assert docsgen.main(["--docs", str(tmp_path)]) == 0
    assert docsgen.main(["--check", "--docs", str(tmp_path)]) == 0
    (tmp_path / "rules.md").write_text("old\n", encoding="utf-8")
    assert docsgen.main(["--check", "--docs", str(tmp_path)]) == 1


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_has_help(name: str, cmd) -> None:
    assert cmd.help and len(cmd.help.strip()) > 20
    args = [*name.split()[1:], "--help"]
    r = CliRunner().invoke(main, args, prog_name="crossfact")
    assert r.exit_code == 0 and "Usage: crossfact" in r.output
    for p in cmd.params:
        if getattr(p, "param_type_name", "") == "option" and not getattr(p, "hidden", False):
            assert p.help, f"{name} {p.opts[0]} has no help"


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_every_command_is_in_cli_md(name: str) -> None:
    assert f"## `{name}`" in docsgen.render_cli()


@pytest.mark.parametrize("code", sorted(load_all()))
def test_every_rule_documented_with_sections(code: str) -> None:
    r = load_all()[code]
    section = docsgen.render_rules().split(f"## {code} `{r.name}`", 1)[1].split("\n## ", 1)[0]
    for heading in ("What it does", "Why it matters", "Example"):
        assert f"### {heading}" in section, f"{code} lacks '{heading}:' in its docstring"
