"""The ``crossfact`` command line: a thin click layer over the library.

Exit codes (``check`` and ``report``): 0 nothing at or above ``--fail-on``; 1 findings at
or above it; 2 a usage error or an input that could not be read. Library errors become
one-line ``crossfact: error: …`` messages with exit code 2.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import click

from crossfact import __version__
from crossfact.config import ConfigError, Settings, load_settings
from crossfact.sources import load_documents
from crossfact.sources.models import Document, SourceError
from crossfact.verifier.models import SEVERITY_RANK, Finding, Result

FORMATS_FINDINGS = ["text", "json", "html", "sarif", "junit", "github"]
_FORMAT_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".sarif": "sarif",
                     ".xml": "junit"}  # fmt: skip
F = Callable[..., Any]


class UserError(Exception):
    """A problem the user can fix; shown as one line, exit code 2."""


def _fail(msg: str) -> NoReturn:
    click.echo(f"crossfact: error: {msg}", err=True)
    sys.exit(2)


def _user_errors() -> tuple[type[BaseException], ...]:
    from crossfact.baseline import BaselineError
    from crossfact.gitdiff import GitDiffError
    from crossfact.verifier.kb import KBError

    return (UserError, ConfigError, BaselineError, GitDiffError, KBError)


def handles_errors(f: F) -> F:
    """Turn library errors into one-line CLI errors (exit 2)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except _user_errors() as e:
            _fail(str(e))
        except OSError as e:
            where = f"{e.filename}: " if e.filename else ""
            _fail(f"{where}{e.strerror or e}")

    return wrapper


def _compose(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(f: F) -> F:
        for d in reversed(decorators):
            f = d(f)
        return f

    return apply


# Options shared by several commands, bundled as decorators (as sqlite-utils does).
corpus_option = click.option(
    "--corpus", "corpus", multiple=True, type=click.Path(),
    help="Corpus file or folder (repeatable) [default: 'corpus' from the config].",
)  # fmt: skip
knowledge_options = _compose(
    click.option("--kb", "kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="Extra knowledge-base YAML file (repeatable)."),
    click.option("--trusted-facts", multiple=True, type=click.Path(exists=True, dir_okay=False),
                 help="YAML file of authoritative values (repeatable)."),
)  # fmt: skip
text_or_json = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output format.",
)  # fmt: skip
rule_options = _compose(
    click.option("--select", multiple=True,
                 help="Only these rule codes, prefixes or names (repeatable)."),
    click.option("--ignore", multiple=True,
                 help="Skip these rule codes, prefixes or names (repeatable)."),
)  # fmt: skip
report_options = _compose(
    click.option("--format", "fmt", type=click.Choice(FORMATS_FINDINGS), default=None,
                 help="Output format [default: from the -o suffix, the config, else text]."),
    click.option("-o", "--output", type=click.Path(dir_okay=False),
                 help="Write the report to this file instead of standard output."),
)  # fmt: skip
gate_options = _compose(
    click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]),
                 default=None, help="Lowest severity that makes the exit code 1 [default: error]."),
    click.option("--baseline", type=click.Path(dir_okay=False),
                 help="Baseline file of accepted findings to suppress."),
    click.option("--prune-baseline", is_flag=True,
                 help="Rewrite the baseline file without its stale entries."),
)  # fmt: skip


def _progress_wanted(fmt: str) -> bool:
    """A progress bar only for a person at a terminal, never in CI logs or machine output."""
    return (
        fmt in ("text", "html")
        and sys.stderr.isatty()
        and not os.environ.get("CI")
        and os.environ.get("TERM") != "dumb"
    )


def _run_with_progress(
    total: int, show: bool, fn: Callable[[Callable[[str], None] | None], Any]
) -> Any:
    if not show or total == 0:
        return fn(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[bold]crossfact[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as prog:
        task = prog.add_task("reading claims", total=total)
        return fn(lambda _path: prog.advance(task))


def _load(paths: Sequence[str], settings: Settings) -> tuple[list[Document], list[SourceError]]:
    docs, errors = load_documents(list(paths), encoding=settings.encoding)
    for e in errors:
        click.echo(f"crossfact: error: {e}", err=True)
    return docs, errors


def _settings(obj: dict[str, Any], **overrides: Any) -> Settings:
    cfg = obj.get("config")
    overrides.setdefault("encoding", obj.get("encoding"))
    return load_settings(Path(cfg) if cfg else None, overrides)


def exit_code(result: Result, fail_on: str, had_input_errors: bool) -> int:
    """2 when an input could not be read, else 1 when a finding is at or above ``fail_on``."""
    if had_input_errors:
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


def _render(result: Result, fmt: str) -> str:
    from crossfact.reports import render

    try:
        return render(result, fmt)
    except ModuleNotFoundError as e:
        if e.name == f"crossfact.reports.{fmt}_format":
            raise UserError(f"output format {fmt!r} is not available in this build") from e
        raise


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="crossfact")
@click.option("--config", type=click.Path(dir_okay=False),
              help="Config file [default: crossfact.toml or [tool.crossfact] in pyproject.toml, "
                   "found by walking up from the working directory].")  # fmt: skip
@click.option("--encoding", default=None, help="Read every input with this encoding (e.g. cp1251).")
@click.pass_context
def main(ctx: click.Context, config: str | None, encoding: str | None) -> None:
    """crossfact — cross-article fact-conflict and citation verifier for editorial text."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config
    ctx.obj["encoding"] = encoding


@main.command()
@click.argument("paths", nargs=-1, required=True)
@text_or_json
@knowledge_options
@click.pass_obj
@handles_errors
def claims(obj: dict[str, Any], paths: tuple[str, ...], fmt: str, kb: tuple[str, ...],
           trusted_facts: tuple[str, ...]) -> None:  # fmt: skip
    """Show every claim extracted from PATHS (files or folders), linked to its subject."""
    from crossfact.claims import extract_claims
    from crossfact.reports.claims_format import render_json, render_text
    from crossfact.verifier.kb import load_kb
    from crossfact.verifier.linking import link_document

    settings = _settings(obj, kb=kb, trusted_facts=trusted_facts)
    docs, errors = _load(paths, settings)
    kbase = load_kb(settings.kb)
    items = [(d, link_document(d, extract_claims(d), kbase)) for d in docs]
    render = render_json if fmt == "json" else render_text
    click.echo(render(items, [str(e) for e in errors]), nl=False)
    sys.exit(2 if errors else 0)


def _verify(
    obj: dict[str, Any], drafts: Sequence[str], corpus_paths: Sequence[str], fmt: str,
    **overrides: Any,
) -> tuple[Result, Settings, list[SourceError]]:  # fmt: skip
    """Load the inputs, verify, and fit meta findings (CF9xx) to the run's settings."""
    from crossfact.verifier import verify
    from crossfact.verifier.suppress import scope_unused

    settings = _settings(obj, **overrides)
    corpus_paths = list(corpus_paths) or settings.corpus
    if not corpus_paths:
        raise UserError("no corpus given: pass --corpus DIR or set 'corpus' in crossfact.toml")
    checked, errs1 = _load(drafts, settings)
    corpus, errs2 = _load(corpus_paths, settings)
    if drafts and not checked:
        raise UserError("no draft could be read")
    if not corpus:
        raise UserError("no article could be read from the corpus")
    errors = errs1 + errs2
    show = _progress_wanted(fmt)
    total = len({d.path for d in checked + corpus})
    result: Result = _run_with_progress(
        total, show, lambda tick: verify(checked, corpus, settings, errors, progress=tick)
    )
    result = scope_unused(result)
    result.findings = _apply_settings(result.findings, settings)
    return result.recount(), settings, errors


def _apply_settings(findings: list[Finding], settings: Settings) -> list[Finding]:
    # The engine applies select/ignore/severity before inline suppressions add CF901;
    # doing it again here is idempotent and covers the meta findings too.
    out = []
    for f in findings:
        if settings.rule_enabled(f.code):
            sev = settings.severity.get(f.code) or settings.severity.get(f.rule)
            out.append(f.model_copy(update={"severity": sev}) if sev else f)
    return out


def _apply_baseline(result: Result, settings: Settings, prune: bool) -> None:
    """Suppress baselined findings; report stale entries (CF902) or prune them."""
    from crossfact.baseline import apply_baseline, load_baseline, pruned, stale_findings

    if not settings.baseline:
        if prune:
            raise UserError("--prune-baseline needs --baseline FILE (or 'baseline' in the config)")
        return
    base = load_baseline(settings.baseline)
    scope = {
        base.key(d.path) for d in result.documents if result.mode == "report" or d.role == "checked"
    }
    applied = apply_baseline(
        result.findings, base, lambda p, c: p in scope and settings.rule_enabled(c)
    )
    result.findings = applied.kept
    result.suppressed += applied.suppressed
    if prune:
        if applied.stale:
            pruned(base, applied).write()
            click.echo(
                f"crossfact: pruned {len(applied.stale)} stale entries from {settings.baseline}",
                err=True,
            )
    elif settings.rule_enabled("CF902"):
        result.findings += _apply_settings(
            stale_findings(base, applied, settings.baseline), settings
        )


def _github_outputs(result: Result) -> None:
    """In GitHub Actions, expose counts as step outputs."""
    out = os.environ.get("GITHUB_OUTPUT")
    if os.environ.get("GITHUB_ACTIONS") != "true" or not out:
        return
    s = result.summary.findings
    conflicts = sum(1 for f in result.findings if f.code.startswith("CF3"))
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(f"findings={len(result.findings)}\nconflicts={conflicts}\nerrors={s['error']}\n"
                 f"warnings={s['warning']}\nsuppressed={result.suppressed}\n")  # fmt: skip


def _gate_and_report(
    obj: dict[str, Any], drafts: Sequence[str], corpus: Sequence[str], fmt: str | None,
    output: str | None, prune_baseline: bool, changed_since: str | None, **overrides: Any,
) -> NoReturn:  # fmt: skip
    from crossfact.gitdiff import changed_lines, keep_changed

    fmt = fmt or _FORMAT_BY_SUFFIX.get(Path(output).suffix.lower() if output else "")
    settings = _settings(obj, **overrides)  # fails early on a bad config
    fmt = fmt or settings.format or "text"
    result, settings, errors = _verify(obj, drafts, corpus, fmt, **overrides)
    _apply_baseline(result, settings, prune_baseline)
    if changed_since:
        checked = [d.path for d in result.documents if d.role == "checked"]
        result.findings = keep_changed(
            result.findings, {p: changed_lines(p, changed_since) for p in checked}
        )
    result.recount()
    _emit(_render(result, fmt), output)
    if output:
        s = result.summary.findings
        click.echo(
            f"crossfact: wrote {output}: {result.summary.documents} documents, "
            f"{result.summary.claims} claims, {s['error']} errors, {s['warning']} warnings, "
            f"{s['info']} info, {result.suppressed} suppressed",
            err=True,
        )
    _github_outputs(result)
    sys.exit(exit_code(result, settings.fail_on, bool(errors)))


@main.command()
@click.argument("drafts", nargs=-1, required=True)
@corpus_option
@report_options
@gate_options
@click.option("--changed-since", metavar="REV",
              help="Only report findings on lines changed since git revision REV.")  # fmt: skip
@rule_options
@knowledge_options
@click.pass_obj
@handles_errors
def check(obj: dict[str, Any], drafts: tuple[str, ...], corpus: tuple[str, ...], fmt: str | None,
          output: str | None, fail_on: str | None, baseline: str | None, prune_baseline: bool,
          changed_since: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
          kb: tuple[str, ...], trusted_facts: tuple[str, ...]) -> None:  # fmt: skip
    """Check DRAFTS against the corpus; exit 1 on findings at or above --fail-on.

    Inline suppressions in a draft (<!-- crossfact: ignore CF302 --> before a paragraph,
    <!-- crossfact off --> ... <!-- crossfact on --> around a region) and a --baseline of
    accepted findings silence findings; --changed-since keeps only those on changed lines.
    """
    _gate_and_report(obj, drafts, corpus, fmt, output, prune_baseline, changed_since,
                     fail_on=fail_on, baseline=baseline, select=select, ignore=ignore, kb=kb,
                     trusted_facts=trusted_facts)  # fmt: skip


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@report_options
@gate_options
@rule_options
@knowledge_options
@click.pass_obj
@handles_errors
def report(obj: dict[str, Any], corpus: tuple[str, ...], fmt: str | None, output: str | None,
           fail_on: str | None, baseline: str | None, prune_baseline: bool,
           select: tuple[str, ...], ignore: tuple[str, ...], kb: tuple[str, ...],
           trusted_facts: tuple[str, ...]) -> None:  # fmt: skip
    """Cross-check every article in CORPUS against every other and report conflicts."""
    _gate_and_report(obj, [], corpus, fmt, output, prune_baseline, None, fail_on=fail_on,
                     baseline=baseline, select=select, ignore=ignore, kb=kb,
                     trusted_facts=trusted_facts)  # fmt: skip


@main.command("baseline")
@click.argument("drafts", nargs=-1, required=True)
@corpus_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Baseline file to write [default: 'baseline' from the config, "
                   "else .crossfact-baseline.json].")  # fmt: skip
@click.option("--reason", help="Why these findings are accepted (kept for existing entries).")
@rule_options
@knowledge_options
@click.pass_obj
@handles_errors
def baseline_cmd(obj: dict[str, Any], drafts: tuple[str, ...], corpus: tuple[str, ...],
                 output: str | None, reason: str | None, select: tuple[str, ...],
                 ignore: tuple[str, ...], kb: tuple[str, ...],
                 trusted_facts: tuple[str, ...]) -> None:  # fmt: skip
    """Record the current findings of DRAFTS as accepted, by content fingerprint.

    'crossfact check --baseline FILE' then reports only new findings; an entry whose
    finding is gone is reported as CF902 and removed by --prune-baseline.
    """
    from crossfact.baseline import DEFAULT_NAME, build_baseline, load_baseline

    result, settings, errors = _verify(obj, drafts, corpus, "json", select=select,
                                       ignore=ignore, kb=kb, trusted_facts=trusted_facts)  # fmt: skip
    if errors:
        raise UserError("not writing a baseline while inputs could not be read")
    path = Path(output or settings.baseline or DEFAULT_NAME)
    previous = load_baseline(path) if path.is_file() else None
    b = build_baseline(result.findings, path, reason, previous)
    b.write()
    n = sum(e.count for _, _, e in b.entries())
    click.echo(f"crossfact: wrote {path}: {n} findings in {len(b.findings)} files", err=True)


@main.command()
@click.argument("query")
@corpus_option
@text_or_json
@knowledge_options
@click.pass_obj
@handles_errors
def lookup(obj: dict[str, Any], query: str, corpus: tuple[str, ...], fmt: str,
           kb: tuple[str, ...], trusted_facts: tuple[str, ...]) -> None:  # fmt: skip
    """Show every claim in the corpus about the subject QUERY names, such as "Orta Dəhliz"."""
    from crossfact.verifier.lookup import run_lookup

    settings = _settings(obj, kb=kb, trusted_facts=trusted_facts)
    paths = list(corpus) or settings.corpus
    if not paths:
        raise UserError("no corpus given: pass --corpus DIR or set 'corpus' in crossfact.toml")
    docs, errors = _load(paths, settings)
    if not docs:
        raise UserError("no article could be read from the corpus")
    click.echo(run_lookup(query, docs, settings, fmt), nl=False)
    sys.exit(2 if errors else 0)


@main.command("rule")
@click.argument("code", required=False)
@handles_errors
def rule_cmd(code: str | None) -> None:
    """Explain rule CODE, such as CF302 or date-conflict; without CODE, list all rules."""
    from crossfact.verifier.rules import by_name_or_code, load_all

    if not code:
        for r in sorted(load_all().values(), key=lambda r: r.code):
            click.echo(f"{r.code}  {r.name:<26} {r.severity:<8} {r.summary}")
        return
    found = by_name_or_code(code)
    if found is None:
        raise UserError(f"unknown rule {code!r}; run 'crossfact rule' for the list")
    click.echo(f"{found.code} {found.name} (default severity: {found.severity})\n\n{found.doc}")


if __name__ == "__main__":
    main()
