"""``junit``: JUnit XML for GitLab, Jenkins and GitHub test reporters (ECOSYSTEM.md §2).

One ``<testsuite>`` per checked document (in ``report`` mode: every document), one failing
``<testcase>`` per finding with the evidence quotes from every article in the failure
body, a passing case for a clean document, and an ``<error>`` case per unreadable input.
``classname`` has no dots (Jenkins splits it at the last dot).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from crossfact.reports._common import fmt_value, one_line, short_id, split_error
from crossfact.verifier.models import Finding, Result

# Characters XML 1.0 forbids even when escaped; article text may carry them.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_WORD = re.compile(r"\W+")
NO_FILE = "(no file)"


def _x(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def classname(path: str) -> str:
    """``drafts/a.md`` -> ``crossfact.drafts_a_md``."""
    return "crossfact." + (_NOT_WORD.sub("_", path.replace("\\", "/")).strip("_") or "input")


def failure_body(f: Finding) -> str:
    lines = []
    for e in f.evidence:
        value = f" = {fmt_value(e.value)}" if e.value is not None else ""
        lines.append(f"{e.path}:{e.line}:{e.column} [{e.role}] «{one_line(e.quote)}»{value}")
    lines.append(f"{f.code} {f.rule} ({f.severity}); id {f.id}")
    return "\n".join(lines)


def _suite_names(result: Result) -> list[str]:
    docs = [d.path for d in result.documents]
    if result.mode == "check":
        checked = [d.path for d in result.documents if d.role == "checked"]
        docs = checked or docs
    names = list(dict.fromkeys(docs))
    for f in result.findings:
        path = f.primary.path if f.primary else NO_FILE
        if path not in names:
            names.append(path)
    return names


def to_element(result: Result) -> ET.Element:
    by_path: dict[str, list[Finding]] = defaultdict(list)
    for f in result.sorted_findings():
        by_path[f.primary.path if f.primary else NO_FILE].append(f)
    root = ET.Element("testsuites", name="crossfact")
    total = failures = errors = 0
    for path in _suite_names(result):
        suite = ET.SubElement(root, "testsuite", name=_x(path))
        cases = by_path.get(path, [])
        for f in cases:
            p = f.primary
            case = ET.SubElement(
                suite,
                "testcase",
                classname=_x(classname(path)),
                name=_x(
                    f"{f.code} {p.line}:{p.column} {short_id(f.id)}"
                    if p
                    else f"{f.code} {short_id(f.id)}"
                ),
                time="0",
            )
            if p:
                case.set("file", _x(p.path))
                case.set("line", str(p.line))
            fail = ET.SubElement(case, "failure", type=f.code, message=_x(one_line(f.message)))
            fail.text = _x(failure_body(f))
        if not cases:
            ET.SubElement(
                suite, "testcase", classname=_x(classname(path)), name="no findings",
                file=_x(path), time="0",
            )  # fmt: skip
        _set_counts(suite, tests=max(1, len(cases)), failures=len(cases), errors=0)
        total += max(1, len(cases))
        failures += len(cases)
    for err in result.errors:
        path, problem = split_error(err)
        suite = ET.SubElement(root, "testsuite", name=_x(path or "input"))
        case = ET.SubElement(
            suite, "testcase", classname=_x(classname(path)), name="CF101 unreadable-input",
            time="0",
        )  # fmt: skip
        if path:
            case.set("file", _x(path))
        error = ET.SubElement(case, "error", type="CF101", message=_x(one_line(problem)))
        error.text = _x(err)
        _set_counts(suite, tests=1, failures=0, errors=1)
        total += 1
        errors += 1
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    root.set("time", "0")
    return root


def _set_counts(suite: ET.Element, *, tests: int, failures: int, errors: int) -> None:
    for key, value in (("tests", tests), ("failures", failures), ("errors", errors),
                       ("skipped", 0), ("time", "0")):  # fmt: skip
        suite.set(key, str(value))


def render(result: Result) -> str:
    root = to_element(result)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
