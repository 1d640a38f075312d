"""The ``crossfact`` command line: a thin click layer over the library.

Exit codes (``check`` and ``report``): 0 nothing at or above ``--fail-on``; 1 findings at
or above it; 2 a usage error or an input that could not be read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from crossfact import __version__
from crossfact.config import ConfigError, Settings, load_settings
from crossfact.sources import load_documents
from crossfact.sources.models import Document, SourceError
from crossfact.verifier.models import SEVERITY_RANK, Result

FORMATS_FINDINGS = ["text", "json", "html", "sarif", "junit", "github"]


def _fail(msg: str) -> None:
    click.echo(f"crossfact: error: {msg}", err=True)
    sys.exit(2)


def _progress_wanted(fmt: str) -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI") and fmt != "json"


def _load(
    paths: Sequence[str], settings: Settings, show_progress: bool
) -> tuple[list[Document], list[SourceError]]:
    docs, errors = load_documents(list(paths), encoding=settings.encoding)
    for e in errors:
        click.echo(f"crossfact: {e}", err=True)
    return docs, errors


def _run_with_progress(total: int, show: bool, fn: Callable[[Callable[[str], None] | None], Any]) -> Any:
    if not show or total == 0:
        return fn(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("[bold]crossfact[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        transient=True,
        console=None,
    ) as prog:
        task = prog.add_task("reading claims", total=total)

        def tick(_path: str) -> None:
            prog.advance(task)

        return fn(tick)


def _settings(ctx_obj: dict[str, Any], **overrides: Any) -> Settings:
    try:
        cfg = ctx_obj.get("config")
        return load_settings(Path(cfg) if cfg else None, overrides)
    except ConfigError as e:
        _fail(str(e))
        raise  # unreachable


def _exit_code(result: Result, fail_on: str, had_input_errors: bool) -> int:
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="crossfact")
@click.option("--config", type=click.Path(dir_okay=False), help="Config file (default: crossfact.toml or [tool.crossfact] in pyproject.toml, found by walking up).")
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """crossfact — cross-article fact-conflict and citation verifier for editorial text."""
    ctx.ensure_object(dict)
    ctx.obj["config"] = config


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def claims(obj: dict[str, Any], paths: tuple[str, ...], fmt: str) -> None:
    """Show every claim extracted from PATHS (files or folders), linked to its subject."""
    from crossfact.claims import extract_claims
    from crossfact.reports.claims_format import render_json, render_text
    from crossfact.verifier.kb import load_kb
    from crossfact.verifier.linking import link_document

    settings = _settings(obj)
    docs, errors = _load(paths, settings, False)
    kb = load_kb(settings.kb)
    items = [(d, link_document(d, extract_claims(d), kb)) for d in docs]
    render = render_json if fmt == "json" else render_text
    click.echo(render(items, [str(e) for e in errors]), nl=False)
    sys.exit(2 if errors else 0)


def findings_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default=None, help="Lowest severity that makes the exit code 1 [default: error].")(f)
    f = click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file instead of standard output.")(f)
    f = click.option("--select", multiple=True, help="Only these rule codes or prefixes (repeatable).")(f)
    f = click.option("--ignore", multiple=True, help="Skip these rule codes or prefixes (repeatable).")(f)
    f = click.option("--kb", "kb", multiple=True, type=click.Path(exists=True, dir_okay=False), help="Extra knowledge-base YAML file (repeatable).")(f)
    f = click.option("--trusted-facts", multiple=True, type=click.Path(exists=True, dir_okay=False), help="YAML file of authoritative values (repeatable).")(f)
    return f


def _run(
    obj: dict[str, Any],
    drafts: Sequence[str],
    corpus_paths: Sequence[str],
    fmt: str | None,
    default_fmt: str,
    output: str | None,
    **overrides: Any,
) -> None:
    from crossfact.reports import render
    from crossfact.verifier import verify

    settings = _settings(obj, **overrides)
    fmt = fmt or settings.format or default_fmt
    corpus_paths = list(corpus_paths) or settings.corpus
    if not corpus_paths:
        _fail("no corpus given: pass --corpus DIR or set 'corpus' in crossfact.toml")
    show = _progress_wanted(fmt)
    checked, errs1 = _load(drafts, settings, show)
    corpus, errs2 = _load(corpus_paths, settings, show)
    errors = errs1 + errs2
    if not checked and drafts:
        _fail("no draft could be read")
    if not corpus and not drafts:
        _fail("no article could be read from the corpus")
    total = len({d.path for d in checked + corpus})
    result: Result = _run_with_progress(
        total, show, lambda tick: verify(checked, corpus, settings, errors, progress=tick)
    )
    _emit(render(result, fmt), output)
    if output and fmt == "html":
        s = result.summary.findings
        click.echo(
            f"crossfact: wrote {output}: {result.summary.documents} documents, "
            f"{result.summary.claims} claims, {s['error']} errors, {s['warning']} warnings, "
            f"{s['info']} info",
            err=True,
        )
    sys.exit(_exit_code(result, settings.fail_on, bool(errors)))


@main.command()
@click.argument("corpus", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS_FINDINGS), default=None, help="Output format [default: html with -o, else text].")
@findings_options
@click.pass_obj
def report(obj: dict[str, Any], corpus: tuple[str, ...], fmt: str | None, output: str | None,
           fail_on: str | None, select: tuple[str, ...], ignore: tuple[str, ...],
           kb: tuple[str, ...], trusted_facts: tuple[str, ...]) -> None:
    """Cross-check every article in CORPUS against every other and report conflicts."""
    default = "html" if output and output.endswith((".html", ".htm")) else "text"
    _run(obj, [], corpus, fmt, default, output, fail_on=fail_on, select=select,
         ignore=ignore, kb=kb, trusted_facts=trusted_facts)


@main.command()
@click.argument("drafts", nargs=-1, required=True)
@click.option("--corpus", "corpus", multiple=True, help="Corpus file or folder (repeatable).")
@click.option("--format", "fmt", type=click.Choice(FORMATS_FINDINGS), default=None, help="Output format [default: text].")
@findings_options
@click.pass_obj
def check(obj: dict[str, Any], drafts: tuple[str, ...], corpus: tuple[str, ...], fmt: str | None,
          output: str | None, fail_on: str | None, select: tuple[str, ...],
          ignore: tuple[str, ...], kb: tuple[str, ...], trusted_facts: tuple[str, ...]) -> None:
    """Check DRAFTS against the corpus; exit 1 on findings at or above --fail-on."""
    _run(obj, drafts, corpus, fmt, "text", output, fail_on=fail_on, select=select,
         ignore=ignore, kb=kb, trusted_facts=trusted_facts)


@main.command("rule")
@click.argument("code", required=False)
def rule_cmd(code: str | None) -> None:
    """Explain rule CODE (e.g. CF302 or date-conflict); without CODE, list all rules."""
    from crossfact.verifier.rules import by_name_or_code, load_all

    if not code:
        for r in sorted(load_all().values(), key=lambda r: r.code):
            click.echo(f"{r.code}  {r.name:<26} {r.severity:<8} {r.summary}")
        return
    r = by_name_or_code(code)
    if r is None:
        _fail(f"unknown rule {code!r}; run 'crossfact rule' for the list")
        return
    click.echo(f"{r.code} {r.name} (default severity: {r.severity})\n\n{r.doc}")


if __name__ == "__main__":
    main()
