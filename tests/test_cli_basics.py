from click.testing import CliRunner

from crossfact.cli import main


def test_rule_lists_codes() -> None:
    r = CliRunner().invoke(main, ["rule"])
    assert r.exit_code == 0
    assert "CF302" in r.output and "date-conflict" in r.output


def test_rule_explains_one() -> None:
    r = CliRunner().invoke(main, ["rule", "CF306"])
    assert r.exit_code == 0
    assert "Why it matters" in r.output


def test_missing_path_exits_2(tmp_path) -> None:
    r = CliRunner().invoke(main, ["report", str(tmp_path / "nope")])
    assert r.exit_code == 2
    assert "no such file" in r.output
