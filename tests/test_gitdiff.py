"""Diff-only gating: hunk parsing, changed lines in a real temporary git repository."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.gate.factory import GATE, fake_verify

from crossfact.cli import main
from crossfact.gitdiff import GitDiffError, changed_lines, keep_changed, parse_hunks, touches
from crossfact.verifier.models import Evidence, Finding

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize(
    ("diff", "ranges"),
    [
        ("@@ -3 +3 @@\n-a\n+b\n", [(3, 3)]),
        ("@@ -3,0 +4,2 @@\n+x\n+y\n", [(4, 5)]),
        ("@@ -7,2 +6,0 @@\n-x\n-y\n", []),  # only deleted
        ("@@ -1,2 +1,3 @@ heading\n@@ -10 +11,4 @@\n", [(1, 3), (11, 14)]),
        ("@@ -0,0 +1,5 @@\n", [(1, 5)]),  # new file
        ("diff --git a/x b/x\nindex 1..2\n--- a/x\n+++ b/x\n", []),
    ],
)
def test_parse_hunks(diff: str, ranges: list[tuple[int, int]]) -> None:
    assert parse_hunks(diff) == ranges


@pytest.mark.parametrize(
    ("ranges", "line", "end", "hit"),
    [
        (None, 99, None, True),
        ([], 1, None, False),
        ([(3, 5)], 3, None, True),
        ([(3, 5)], 6, None, False),
        ([(3, 5)], 1, 3, True),  # a span reaching into the range
        ([(3, 5)], 1, 2, False),
    ],
)
def test_touches(
    ranges: list[tuple[int, int]] | None, line: int, end: int | None, hit: bool
) -> None:
    assert touches(ranges, line, end) is hit


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for sub in ("corpus", "drafts"):
        shutil.copytree(GATE / sub, tmp_path / sub)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.org")
    git(tmp_path, "config", "user.name", "t")
    git(tmp_path, "config", "commit.gpgsign", "false")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("crossfact.verifier.verify", fake_verify)
    return tmp_path


def test_changed_lines_in_a_repo(repo: Path) -> None:
    p = repo / "drafts" / "clean.md"
    assert changed_lines(p, "HEAD") == []
    lines = p.read_text(encoding="utf-8").splitlines()
    lines[4] = "Liderlər yeni layihələri də müzakirə ediblər."
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert changed_lines(p, "HEAD") == [(5, 5)]
    assert changed_lines("drafts/clean.md", "HEAD") == [(5, 5)]  # relative path works too


def test_untracked_file_is_all_changed(repo: Path) -> None:
    (repo / "drafts" / "new.md").write_text("Yeni.\n", encoding="utf-8")
    assert changed_lines(repo / "drafts" / "new.md", "HEAD") is None


def test_file_added_since_rev(repo: Path) -> None:
    (repo / "drafts" / "new.md").write_text("Bir.\nİki.\n", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "add")
    assert changed_lines(repo / "drafts" / "new.md", "HEAD~1") == [(1, 2)]


def test_bad_revision_and_no_repo(repo: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    with pytest.raises(GitDiffError, match="unknown git revision 'nope'"):
        changed_lines(repo / "drafts" / "clean.md", "nope")
    outside = tmp_path_factory.mktemp("norepo") / "d.md"
    outside.write_text("x\n")
    with pytest.raises(GitDiffError, match="not inside a git work tree"):
        changed_lines(outside, "HEAD")


def ev(path: str, line: int, role: str = "checked") -> Evidence:
    return Evidence(path=path, start=0, end=1, line=line, column=1, quote="x", role=role)  # type: ignore[arg-type]


def test_keep_changed_rules() -> None:
    on = Finding(code="CF302", rule="date-conflict", severity="error", message="on",
                 evidence=[ev("d.md", 3), ev("c.txt", 9, "corpus")])  # fmt: skip
    off = on.model_copy(update={"message": "off", "evidence": [ev("d.md", 7)]})
    corpus_only = on.model_copy(
        update={"message": "corpus", "evidence": [ev("c.txt", 3, "corpus")]}
    )
    stale = Finding(code="CF902", rule="stale-baseline-entry", severity="warning", message="stale",
                    evidence=[ev(".crossfact-baseline.json", 4)])  # fmt: skip
    kept = keep_changed([on, off, corpus_only, stale], {"d.md": [(2, 4)]})
    assert [f.message for f in kept] == ["on", "stale"]


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_cli_changed_since_gates_old_findings(repo: Path) -> None:
    args = ["check", "drafts/conflict.md", "--corpus", "corpus", "--changed-since", "HEAD"]
    rc, out, _ = run(*args)
    assert rc == 0 and "CF302" not in out  # the conflict predates HEAD
    p = repo / "drafts" / "conflict.md"
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("danışıblar", "ətraflı danışıblar"), encoding="utf-8")
    assert run(*args)[0] == 0  # a change on another line does not surface it
    p.write_text(text.replace("Astanada olub", "Astana şəhərində olub"), encoding="utf-8")
    rc, out, _ = run(*args)
    assert rc == 1 and "drafts/conflict.md:3:" in out


def test_cli_changed_since_new_draft_is_checked_fully(repo: Path) -> None:
    shutil.copy(repo / "drafts" / "conflict.md", repo / "drafts" / "fresh.md")
    rc, out, _ = run("check", "drafts/fresh.md", "--corpus", "corpus", "--changed-since", "HEAD")
    assert rc == 1 and "CF302" in out


def test_cli_changed_since_bad_rev_is_exit_2(repo: Path) -> None:
    rc, _, err = run("check", "drafts/clean.md", "--corpus", "corpus", "--changed-since", "v9")
    assert rc == 2 and err.strip() == "crossfact: error: drafts/clean.md: unknown git revision 'v9'"
