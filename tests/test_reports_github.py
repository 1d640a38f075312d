"""GitHub workflow commands: escaping, limits, ordering, step summary and outputs."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_reports_sample import sample_result

from crossfact.reports import github_format
from crossfact.reports.github_format import escape_data, escape_property, workflow_commands
from crossfact.verifier.models import Evidence, Finding, Result


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
        ("CF302 x: y, z", "CF302 x: y, z", "CF302 x%3A y%2C z"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def finding(i: int, severity: str, line: int = 3) -> Finding:
    e = Evidence(
        path="drafts/a.md", start=i, end=i + 4, line=line, column=5, quote="2023", role="checked"
    )
    return Finding(
        code="CF302", rule="date-conflict", severity=severity,
        message=f"conflict {i}", evidence=[e],
    ).with_id()  # fmt: skip


def test_sample_annotations() -> None:
    lines = github_format.render(sample_result(), env={}).splitlines()
    assert lines[0] == (
        "::error file=corpus/broken.pdf,title=CF101 unreadable-input::"
        "no text layer (scanned PDF?); export it as .txt or run OCR"
    )
    assert lines[1].startswith(
        "::error file=drafts/tokayev-seferi.md,line=4,endLine=4,col=43,endColumn=67,"
        "title=CF302 date-conflict::OTS 10th summit"
    )
    assert "%0Acorpus/ru/sammit-ots.txt:3:58 «3 ноября 2023 года»" in lines[1]
    kinds = [line.split(" ", 1)[0] for line in lines]
    assert kinds == ["::error", "::error", "::warning", "::warning", "::notice"]


def test_limits_and_overflow_notice() -> None:
    findings = [finding(i, "error") for i in range(13)] + [
        finding(100 + i, "warning") for i in range(11)
    ]
    findings += [finding(200 + i, "info") for i in range(12)]
    lines = workflow_commands(Result(findings=findings).recount())
    kinds = [line.split(" ", 1)[0].split("::")[1] for line in lines]
    assert kinds.count("error") == 10 and kinds.count("warning") == 10
    assert kinds.count("notice") == 10  # 9 info notices + the overflow notice
    assert lines[-1].startswith("::notice::") and "7 more crossfact findings" in lines[-1]
    # most severe first
    order = {"error": 0, "warning": 1, "notice": 2}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)


def test_no_overflow_notice_within_limits() -> None:
    lines = workflow_commands(Result(findings=[finding(i, "error") for i in range(10)]))
    assert len(lines) == 10 and not any("more crossfact" in line for line in lines)


def test_columns_only_on_single_line_spans() -> None:
    e = Evidence(
        path="a.md", start=0, end=9, line=4, column=7, quote="5 milyon\ntona", role="checked"
    )
    f = Finding(code="CF306", rule="status-conflict", severity="warning", message="m", evidence=[e])
    (line,) = workflow_commands(Result(findings=[f.with_id()]))
    assert line.startswith("::warning file=a.md,line=4,endLine=5,title=CF306 status-conflict::m")
    assert "col=" not in line


def test_step_summary_and_output(tmp_path: Path) -> None:
    summary, output = tmp_path / "summary.md", tmp_path / "output"
    output.write_text("previous=1\n", encoding="utf-8")
    env = {"GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output)}
    findings = [finding(i, "error") for i in range(12)] + [
        finding(50, "warning"),
        finding(60, "info"),
    ]
    result = Result(findings=findings).recount()
    github_format.render(result, env=env)
    assert output.read_text(encoding="utf-8") == "previous=1\nconflicts=13\n"
    table = [
        line for line in summary.read_text(encoding="utf-8").splitlines() if line.startswith("| ")
    ]
    assert len(table) == 1 + len(findings)  # header + every finding, beyond the annotation cap


def test_summary_cells_are_escaped() -> None:
    e = Evidence(
        path="a|b.md", start=0, end=3, line=1, column=1, quote="<script>|x", role="checked"
    )
    f = Finding(
        code="CF302", rule="date-conflict", severity="error", message="a | b\nc", evidence=[e]
    )
    md = github_format.step_summary(Result(findings=[f.with_id()]).recount())
    row = next(line for line in md.splitlines() if line.startswith("| error"))
    assert "a \\| b c" in row and "&lt;script&gt;\\|x" in row and "`a\\|b.md:1:1`" in row
    assert row.count(" | ") == 4  # five cells, no stray separators


def test_nothing_written_without_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert github_format.render(Result(), env={}) == ""
    assert list(tmp_path.iterdir()) == []
