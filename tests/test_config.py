"""Settings from crossfact.toml / [tool.crossfact]: discovery, paths, precedence, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crossfact.cli import main
from crossfact.config import ConfigError, find_config, load_settings


def write(p: Path, text: str) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_discovery_walks_up_to_crossfact_toml(tmp_path: Path) -> None:
    cfg = write(tmp_path / "crossfact.toml", 'fail-on = "warning"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == cfg


def test_pyproject_needs_tool_crossfact(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.crossfact]\ncorpus = ["corpus"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')  # no table: skipped
    assert find_config(tmp_path / "sub") == tmp_path / "pyproject.toml"


def test_crossfact_toml_wins_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.crossfact]\nfail-on = "info"\n')
    cfg = write(tmp_path / "crossfact.toml", 'fail-on = "warning"\n')
    assert find_config(tmp_path) == cfg


def test_nearest_file_wins(tmp_path: Path) -> None:
    write(tmp_path / "crossfact.toml", 'fail-on = "info"\n')
    near = write(tmp_path / "sub" / "pyproject.toml", '[tool.crossfact]\nfail-on = "warning"\n')
    assert find_config(tmp_path / "sub") == near


def test_no_config_is_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    if find_config(tmp_path) is not None:
        pytest.skip("a crossfact config exists above the temporary folder")
    s = load_settings(None)
    assert (s.fail_on, s.select, s.corpus, s.source) == ("error", [], [], None)


def test_every_key_and_paths_relative_to_the_file(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "proj" / "crossfact.toml",
        """
corpus = ["corpus", "/abs/archive"]
kb = "kb/extra.yaml"
trusted-facts = ["facts.yaml"]
select = ["CF3"]
ignore = ["name-variant"]
fail-on = "warning"
format = "json"
baseline = ".crossfact-baseline.json"
encoding = "cp1251"
reference-date = "2025-10-22"
[severity]
CF309 = "error"
date-conflict = "warning"
""",
    )
    s = load_settings(cfg)
    base = tmp_path / "proj"
    assert s.corpus == [str(base / "corpus"), "/abs/archive"]
    assert s.kb == [str(base / "kb/extra.yaml")]
    assert s.trusted_facts == [str(base / "facts.yaml")]
    assert s.select == ["CF3"] and s.ignore == ["CF307"]  # names become codes
    assert s.severity == {"CF309": "error", "CF302": "warning"}
    assert (s.fail_on, s.format, s.encoding) == ("warning", "json", "cp1251")
    assert s.baseline == str(base / ".crossfact-baseline.json")
    assert s.source == str(cfg)
    assert not s.rule_enabled("CF307") and s.rule_enabled("CF302") and not s.rule_enabled("CF401")


def test_pyproject_table(tmp_path: Path) -> None:
    py = write(
        tmp_path / "pyproject.toml", '[tool.crossfact]\nfail-on = "never"\nselect = ["CF302"]\n'
    )
    s = load_settings(py)
    assert s.fail_on == "never" and s.select == ["CF302"]


def test_flags_win(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "crossfact.toml", 'fail-on = "warning"\nselect = ["CF3"]\ncorpus = ["c"]\n'
    )
    s = load_settings(cfg, {"fail_on": "never", "select": ("CF302",), "corpus": (), "kb": None})
    assert s.fail_on == "never" and s.select == ["CF302"]
    assert s.corpus == [str(tmp_path / "c")]  # empty flag keeps the file's value


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ('fail-on = "sometimes"\n', "'fail-on'"),
        ("corpus = 3\n", "'corpus'"),
        ('colour = "red"\n', "unknown key 'colour'"),
        ('select = ["CF999"]\n', "unknown rule 'CF999' in 'select'"),
        ('ignore = ["no-such-rule"]\n', "unknown rule 'no-such-rule' in 'ignore'"),
        ('[severity]\nCF302 = "fatal"\n', "'severity.CF302'"),
        ('[severity]\nCF3 = "info"\n', "unknown rule 'CF3' in 'severity'"),
        ('format = "pdf"\n', "bad value for 'format'"),
        ('encoding = "klingon"\n', "unknown encoding 'klingon'"),
        ('reference-date = "22.10.2025"\n', "'reference-date'"),
        ("fail-on = \n", "invalid TOML"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, body: str, fragment: str) -> None:
    cfg = write(tmp_path / "crossfact.toml", body)
    with pytest.raises(ConfigError) as ei:
        load_settings(cfg)
    msg = str(ei.value)
    assert msg.startswith(str(cfg)) and fragment in msg and "\n" not in msg


def test_bad_flag_blames_command_line(tmp_path: Path) -> None:
    cfg = write(tmp_path / "crossfact.toml", "")
    with pytest.raises(ConfigError, match=r"^command line: unknown rule 'CF999' in 'ignore'"):
        load_settings(cfg, {"ignore": ("CF999",)})


def test_broken_pyproject_with_our_table_is_an_error(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.crossfact]\nfail-on = \n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        find_config(tmp_path)


def test_cli_bad_config_exit_2_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "crossfact.toml", 'fail-on = "sometimes"\n')
    write(tmp_path / "d.md", "Mətn.\n")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check", "d.md", "--corpus", "d.md"])
    assert r.exit_code == 2
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith("crossfact: error: ") and "crossfact.toml" in line and "fail-on" in line


def test_cli_explicit_missing_config(tmp_path: Path) -> None:
    r = CliRunner().invoke(
        main, ["--config", str(tmp_path / "x.toml"), "lookup", "TDT", "--corpus", "."]
    )
    assert r.exit_code == 2 and "x.toml: config file not found" in r.stderr


def test_cli_uses_config_corpus_and_fail_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from fixtures.gate.factory import GATE, fake_verify

    shutil.copytree(GATE / "corpus", tmp_path / "corpus")
    shutil.copytree(GATE / "drafts", tmp_path / "drafts")
    write(tmp_path / "crossfact.toml", 'corpus = ["corpus"]\nfail-on = "never"\n')
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")  # found by walking up; corpus resolved against the file
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    r = CliRunner().invoke(main, ["check", "../drafts/conflict.md"])
    assert r.exit_code == 0 and "CF302" in r.stdout
    r = CliRunner().invoke(main, ["check", "../drafts/conflict.md", "--fail-on", "error"])
    assert r.exit_code == 1
