"""The pre-commit hook manifest and the composite GitHub Action shipped in the repository."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
ACTION = ROOT / "action.yml"


def test_manifest_validates() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(HOOKS)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr


def test_manifest_hook() -> None:
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert hook["id"] == "crossfact" and hook["entry"] == "crossfact check"
    assert hook["language"] == "python" and hook["require_serial"] is True
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}
    assert tuple(map(int, hook["minimum_pre_commit_version"].split("."))) >= (3, 2, 0)


def test_manifest_validation_catches_mistakes(tmp_path: Path) -> None:
    bad = tmp_path / "hooks.yaml"
    bad.write_text(
        "- id: crossfact\n  entry: crossfact check\n", encoding="utf-8"
    )  # no name/language
    r = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest", str(bad)],
                       capture_output=True, check=False)  # fmt: skip
    assert r.returncode != 0


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def test_action_structure(action: dict) -> None:
    assert action["name"] and action["description"]
    assert action["runs"]["using"] == "composite"
    assert action["inputs"]["paths"]["required"] is True
    for name, spec in action["inputs"].items():
        assert spec.get("description"), name
    for name, spec in action.get("outputs", {}).items():
        assert spec.get("description") and "steps.check.outputs." + name in spec["value"]


def test_every_run_step_has_shell_and_no_inline_expressions(action: dict) -> None:
    runs = [s for s in action["runs"]["steps"] if "run" in s]
    assert runs
    for step in runs:
        assert step.get("shell") == "bash", step
        assert "${{" not in step["run"], f"inline expression in a script: {step.get('name')}"


def test_inputs_referenced_exist(action: dict) -> None:
    used = set(re.findall(r"inputs\.([\w-]+)", ACTION.read_text(encoding="utf-8")))
    assert used <= set(action["inputs"]), used - set(action["inputs"])
    assert set(action["inputs"]) <= used, "an input the action never uses"


def test_run_scripts_parse(action: dict) -> None:
    for step in action["runs"]["steps"]:
        if "run" in step:
            r = subprocess.run(["bash", "-n"], input=step["run"], text=True, capture_output=True)
            assert r.returncode == 0, r.stderr


def _check_step(action: dict) -> dict:
    return next(s for s in action["runs"]["steps"] if s.get("id") == "check")


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_check_step_builds_the_command_line(action: dict, tmp_path: Path) -> None:
    """Run the step's script with a stand-in ``crossfact`` that records its arguments."""
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "crossfact"
    fake.write_text(
        f"#!{sys.executable}\nimport json, sys\n"
        "open('argv.json', 'w').write(json.dumps(sys.argv[1:]))\nsys.exit(1)\n",
        encoding="utf-8",
    )
    fake.chmod(0o755)
    (tmp_path / "drafts" / "az").mkdir(parents=True)
    for name in ("drafts/a.md", "drafts/az/b.md", "drafts/notes.txt"):
        (tmp_path / name).write_text("x\n", encoding="utf-8")
    env = {
        "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}",
        "CF_PATHS": "drafts/**/*.md",
        "CF_CORPUS": "corpus/az corpus/ru",
        "CF_FAIL_ON": "warning",
        "CF_BASELINE": ".crossfact-baseline.json",
        "CF_CHANGED_SINCE": "",
        "CF_ARGS": "--select CF3",
    }
    r = subprocess.run(["bash", "-e", "-c", _check_step(action)["run"]], cwd=tmp_path, env=env,
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 1  # the tool's exit code fails the step
    argv = json.loads((tmp_path / "argv.json").read_text())
    assert argv == [
        "check", "--format", "github", "--fail-on", "warning",
        "--corpus", "corpus/az", "--corpus", "corpus/ru",
        "--baseline", ".crossfact-baseline.json",
        "--select", "CF3", "--", "drafts/a.md", "drafts/az/b.md",
    ]  # fmt: skip


def test_check_step_input_with_shell_syntax_is_not_executed(action: dict, tmp_path: Path) -> None:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    fake = bindir / "crossfact"
    fake.write_text(f"#!{sys.executable}\nimport sys\nsys.exit(0)\n", encoding="utf-8")
    fake.chmod(0o755)
    env = {"PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "CF_PATHS": "a.md",
           "CF_CORPUS": "", "CF_FAIL_ON": "error", "CF_ARGS": "",
           "CF_BASELINE": "$(touch pwned)", "CF_CHANGED_SINCE": "`touch pwned2`"}  # fmt: skip
    subprocess.run(["bash", "-c", _check_step(action)["run"]], cwd=tmp_path, env=env, check=True)
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()


# --- pre-commit try-repo: needs PyPI and minutes --------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("CROSSFACT_SLOW") != "1", reason="set CROSSFACT_SLOW=1")
def test_pre_commit_try_repo_fails_on_a_conflict(tmp_path: Path) -> None:
    from fixtures.gate.factory import GATE

    repo = tmp_path / "site"
    for sub in ("corpus", "drafts"):
        shutil.copytree(GATE / sub, repo / sub)
    (repo / "crossfact.toml").write_text('corpus = ["corpus"]\n', encoding="utf-8")

    def git(*args: str, cwd: Path = repo) -> str:
        r = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
        return r.stdout

    # The hook repository as it is on disk (tracked and new files), committed in a copy:
    # try-repo would otherwise leave out files not yet added to git.
    hook_repo = tmp_path / "hook-repo"
    files = git("ls-files", "--cached", "--others", "--exclude-standard", "-z", cwd=ROOT)
    for name in filter(None, files.split("\0")):
        if (ROOT / name).is_file():
            (hook_repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, hook_repo / name)
    for where in (hook_repo, repo):
        git("init", "-q", cwd=where)
        git("config", "user.email", "t@example.org", cwd=where)
        git("config", "user.name", "t", cwd=where)
        git("config", "commit.gpgsign", "false", cwd=where)
        git("add", ".", cwd=where)
    git("commit", "-q", "-m", "snapshot", cwd=hook_repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "crossfact",
             "--verbose", "--files", *files],
            cwd=repo, env=env, capture_output=True, text=True, timeout=1800,
        )  # fmt: skip

    bad = try_repo("drafts/conflict.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "CF302" in bad.stdout and "drafts/conflict.md:3:" in bad.stdout
    good = try_repo("drafts/clean.md")
    assert good.returncode == 0, good.stdout + good.stderr
