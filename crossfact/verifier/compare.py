"""Compare linked claims that share a subject key, the way an editor would.

Claims are grouped by (subject, attribute). Visits are keyed by visitor and host and
clustered by date (a visit spans a few days). Within a group:

* dates agree by precision (a month agrees with any day in it, a range with a day inside);
* figures agree with rounding and qualifiers, per compatible period and modality; a
  ``from X to Y`` change is compared slot by slot; the same figure stated as achieved and
  as planned is a status conflict;
* categories (visit type, location) must be equal; a location one letter off is a name
  variant;
* a visit's arrival date one or two days before the event it was for is drift, not conflict.

``report`` compares every article with every other (and each with itself); ``check``
reports only what involves a checked draft, and a corpus that is itself split does not fail
a draft that agrees with some of its sources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from crossfact.claims.models import Claim, Value
from crossfact.config import Settings
from crossfact.sources.models import Document
from crossfact.text import match_fold
from crossfact.verifier.kb import KnowledgeBase
from crossfact.verifier.models import Corroboration, Evidence, Finding, LinkedClaim
from crossfact.verifier.rules import load_all
from crossfact.verifier.subjects import cluster_visits, subject_label
from crossfact.verifier.values import (
    DateSpan,
    dates_agree,
    day_gap,
    fmt_value,
    numbers_agree,
    parse_date,
    same_number,
)

NEARBY_VISIT_DAYS = 45
STATUS_UNITS = {"t", "USD", "EUR", "AZN", "RUB", "KZT", "container"}
DATE_ATTRS = (
    "date", "established", "signing-date", "opening-date", "founding-date",
    "groundbreaking-date",
)  # fmt: skip
Group = list[LinkedClaim]


def compare_all(
    linked: list[LinkedClaim],
    docs: dict[str, Document],
    kb: KnowledgeBase,
    settings: Settings,
    mode: str = "report",
) -> tuple[list[Finding], list[Corroboration]]:
    load_all()
    cmp = _Comparer(docs, kb, mode)
    groups: dict[tuple[str, str], Group] = defaultdict(list)
    for lc in cluster_visits([x for x in linked if x.subject and x.attribute]):
        assert lc.subject and lc.attribute
        groups[(lc.subject, lc.attribute)].append(lc)
    for (subject, attr), group in sorted(groups.items()):
        if attr in DATE_ATTRS and subject.startswith("visit:"):
            continue  # a visit's claims are clustered by date: its days never conflict
        if attr in DATE_ATTRS:
            cmp.compare_dates(subject, attr, group, groups.get((subject, "visit-date"), []))
        elif attr in ("visit-type", "location"):
            cmp.compare_categories(subject, attr, group)
        elif attr == "meeting-ordinal":
            cmp.compare_ordinals(subject, group, groups)
        elif attr == "ordinal":
            cmp.compare_event_ordinals(subject, group)
        elif attr != "visit-date":
            cmp.compare_figures(subject, attr, group)
    cmp.compare_changes(groups)
    if mode == "check":
        cmp.check_visit_dates(groups)
        cmp.unverified(linked, groups)
    from crossfact.verifier.trusted import check_trusted

    tf, tc = check_trusted(linked, docs, kb, settings, mode)
    return cmp.findings + tf, cmp.corroborations + tc


class _Comparer:
    def __init__(self, docs: dict[str, Document], kb: KnowledgeBase, mode: str) -> None:
        self.docs, self.kb, self.mode = docs, kb, mode
        self.findings: list[Finding] = []
        self.corroborations: list[Corroboration] = []
        self.rules = load_all()

    # -- evidence and reporting ------------------------------------------------------
    def evidence(self, lc: LinkedClaim) -> Evidence:
        doc = self.docs[lc.doc]
        c = lc.claim
        return Evidence.of(
            doc,
            c.start,
            c.end,
            lc.role,
            c.value,
            context_before=_context(doc, max(c.sentence_start, c.start - 80), c.start, True),
            context_after=_context(
                doc, c.end, min(c.sentence_end or c.end + 80, c.end + 80), False
            ),
        )

    def _emit(
        self,
        code: str,
        subject: str,
        attr: str,
        message: str,
        claims: Iterable[LinkedClaim],
        severity: str | None = None,
    ) -> None:
        uniq: dict[tuple[str, int], LinkedClaim] = {}
        for lc in claims:
            uniq.setdefault((lc.doc, lc.claim.start), lc)
        ordered = sorted(uniq.values(), key=lambda x: (x.role != "checked", x.doc, x.claim.start))
        ev = [self.evidence(lc) for lc in ordered]
        rule = self.rules[code]
        finding = rule.make(message, ev, subject, attr, severity)  # type: ignore[arg-type]
        label = subject_label(subject, self.kb)
        self.findings.append(finding.model_copy(update={"label": label}))

    def _where(self, group: Iterable[LinkedClaim]) -> str:
        names = sorted({lc.doc.rsplit("/", 1)[-1] for lc in group})
        return ", ".join(names[:3]) + (f" (+{len(names) - 3})" if len(names) > 3 else "")

    def _relevant(
        self, pairs: list[tuple[LinkedClaim, LinkedClaim]]
    ) -> list[tuple[LinkedClaim, LinkedClaim]]:
        """Under ``check``: pairs with a draft, and never two different drafts."""
        if self.mode == "report":
            return pairs
        return [
            (a, b)
            for a, b in pairs
            if "checked" in (a.role, b.role)
            and not (a.role == b.role == "checked" and a.doc != b.doc)
        ]

    def _judge(
        self, subject: str, attr: str, group: Group, agree_fn: object, code: str, what: str
    ) -> None:
        """Report disagreements within a group, or corroborate when all agree."""
        assert callable(agree_fn)
        pairs = [
            (a, b) for i, a in enumerate(group) for b in group[i + 1 :] if not _same_sentence(a, b)
        ]
        # agree_fn: True agree, False disagree, None not comparable (other period, unit).
        bad = [(a, b) for a, b in self._relevant(pairs) if agree_fn(a, b) is False]
        if not bad:
            self._corroborate(subject, attr, group, agree_fn)
            return
        label = subject_label(subject, self.kb)
        if self.mode == "check":
            self._check_mode(subject, attr, group, agree_fn, code, what, label)
            return
        involved = {id(x) for p in bad for x in p}
        claims = [lc for lc in group if id(lc) in involved]
        values = _distinct_values(claims)
        msg = f"{label}: {what} " + "; ".join(
            f"{fmt_value(v)} in {self._where(g)}" for v, g in values
        )
        self._emit(code, subject, attr, msg, claims)

    def _check_mode(
        self,
        subject: str,
        attr: str,
        group: Group,
        agree_fn: object,
        code: str,
        what: str,
        label: str,
    ) -> None:
        assert callable(agree_fn)
        corpus = [lc for lc in group if lc.role == "corpus"]
        for chk in (lc for lc in group if lc.role == "checked"):
            # Each draft is checked against the corpus and against itself, never against
            # another draft of the same run.
            others = [
                lc for lc in group if lc.role == "checked" and lc is not chk and lc.doc == chk.doc
            ]
            against = [lc for lc in corpus + others if not _same_sentence(chk, lc)]
            disagreeing = [lc for lc in against if agree_fn(chk, lc) is False]
            # "November 2024" agrees with any day of it but confirms none: only sources at
            # least as precise as the draft count as taking its side.
            agreeing = [
                lc
                for lc in against
                if agree_fn(chk, lc) is True and _precision_rank(lc) >= _precision_rank(chk)
            ]
            if not disagreeing:
                continue
            if agreeing and corpus and all(lc.role == "corpus" for lc in disagreeing):
                msg = (
                    f"{label}: the corpus is split on {what}: {fmt_value(chk.claim.value)} "
                    f"here agrees with {self._where(agreeing)}, not with {self._where(disagreeing)}"
                )
                self._emit("CF309", subject, attr, msg, [chk, *agreeing, *disagreeing])
                continue
            msg = f"{label}: {what} {fmt_value(chk.claim.value)} here, " + "; ".join(
                f"{fmt_value(v)} in {self._where(g)}" for v, g in _distinct_values(disagreeing)
            )
            self._emit(code, subject, attr, msg, [chk, *disagreeing])

    def _corroborate(self, subject: str, attr: str, group: Group, agree_fn: object = None) -> None:
        """Facts two or more articles state alike (comparable and agreeing)."""
        best = max(group, key=lambda lc: _precision_rank(lc))
        if callable(agree_fn):
            group = [lc for lc in group if lc is best or agree_fn(best, lc) is True]
        sources = sorted({lc.doc for lc in group if lc.role == "corpus" or self.mode == "check"})
        if len(sources) < 2:
            return
        self.corroborations.append(
            Corroboration(
                label=subject_label(subject, self.kb),
                subject=subject,
                attribute=attr,
                value=best.claim.value,
                sources=sources,
                evidence=[self.evidence(lc) for lc in group],
            )
        )

    # -- the comparisons -------------------------------------------------------------
    def compare_dates(self, subject: str, attr: str, group: Group, arrivals: Group) -> None:
        def agree(a: LinkedClaim, b: LinkedClaim) -> bool:
            da, db = parse_date(a.claim.value), parse_date(b.claim.value)
            return da is None or db is None or dates_agree(da, db)

        self._judge(subject, attr, group, agree, "CF302", "dated")
        if attr != "date":
            return
        for arr in arrivals:
            for ev in group:
                da, de = parse_date(arr.claim.value), parse_date(ev.claim.value)
                if da is None or de is None or dates_agree(da, de):
                    continue
                gap = day_gap(da, de)
                if gap is None or not 1 <= gap <= 2:
                    continue
                # Under check, only a draft's own arrival date is worth a word: a draft that
                # dates the event right is not blamed for a corpus article's arrival date.
                if self.mode == "check" and arr.role != "checked":
                    continue
                label = subject_label(subject, self.kb)
                msg = (
                    f"{label}: the visit for it is dated {fmt_value(arr.claim.value)} in "
                    f"{self._where([arr])}, the event itself {fmt_value(ev.claim.value)} in "
                    f"{self._where([ev])} (arrival date vs event date)"
                )
                self._emit("CF310", subject, "date", msg, [arr, ev])

    def compare_categories(self, subject: str, attr: str, group: Group) -> None:
        if attr == "location":
            self._kb_location(subject, group)

            def agree_loc(a: LinkedClaim, b: LinkedClaim) -> bool:
                return a.claim.value == b.claim.value

            variants = [
                (a, b)
                for i, a in enumerate(group)
                for b in group[i + 1 :]
                if not agree_loc(a, b) and _one_letter_apart(self.kb, a, b)
            ]
            for a, b in self._relevant(variants):
                self._name_variant(subject, a.claim.text, b.claim.text, [a, b])
            return

        def agree(a: LinkedClaim, b: LinkedClaim) -> bool:
            return a.claim.value == b.claim.value

        self._judge(subject, attr, group, agree, "CF304", "visit type")

    def _kb_location(self, subject: str, group: Group) -> None:
        ent = self.kb.get(subject)
        if ent is None or not ent.location:
            return
        expected = self.kb.get(ent.location)
        for lc in group:
            if lc.claim.value == ent.location or expected is None:
                continue
            if self.mode == "check" and lc.role != "checked":
                continue
            if _names_one_apart(self.kb, str(lc.claim.value), ent.location):
                other = self._mention_near(lc, ent.location)
                names = f"'{lc.claim.text}' vs '{self.kb.label(ent.location, 'az')}'"
                self._name_variant(subject, names, "", [lc, *([other] if other else [])])

    def _mention_near(self, lc: LinkedClaim, place: str) -> LinkedClaim | None:
        """Evidence for the expected place: its mention nearest to the subject in the text."""
        from crossfact.verifier.linking import DocContext, location_claim

        doc = self.docs[lc.doc]
        ctx = DocContext(doc, [], self.kb)
        subj_at = [m.start for m in ctx.mentions if m.entity == lc.subject]
        places = [m for m in ctx.mentions if m.entity == place]
        if not places:
            return None
        best = min(places, key=lambda m: min((abs(m.start - s) for s in subj_at), default=10**9))
        return lc.model_copy(update={"claim": location_claim(ctx, best, lc.claim)})

    def _name_variant(self, subject: str, a: str, b: str, claims: Group) -> None:
        label = subject_label(subject, self.kb)
        names = f"{a} vs {b}" if b else a
        msg = f"{label}: place names one letter apart: {names}; a different real place?"
        self._emit("CF307", subject, "location", msg, claims)

    def compare_ordinals(
        self, series: str, group: Group, groups: dict[tuple[str, str], Group]
    ) -> None:
        """A meeting numbered n on a date that other articles give for meeting m != n."""
        dated: dict[int, Group] = {}
        for (subject, attr), g in groups.items():
            if attr == "date" and subject.startswith(series + "#"):
                try:
                    dated[int(subject.rsplit("#", 1)[1])] = g
                except ValueError:
                    continue
        for oc in group:
            period = parse_date(oc.frame.period) if oc.frame.period else None
            if period is None or not isinstance(oc.claim.value, int | float):
                continue
            n = int(oc.claim.value)

            own = _on_day(dated.get(n, []), oc, period)
            others = {m: _on_day(g, oc, period) for m, g in dated.items() if m != n}
            others = {m: g for m, g in others.items() if g}
            if own or not others:
                continue
            m, evidence = next(iter(sorted(others.items())))
            if (
                self.mode == "check"
                and oc.role != "checked"
                and all(e.role != "checked" for e in evidence)
            ):
                continue
            label = subject_label(series, self.kb)
            msg = (
                f"{label}: the meeting of {fmt_value(oc.frame.period)} is called meeting {n} in "
                f"{self._where([oc])}, meeting {m} in {self._where(evidence)}"
            )
            self._emit("CF305", series, "meeting-ordinal", msg, [oc, *evidence])

    def compare_event_ordinals(self, subject: str, group: Group) -> None:
        """A known event (the Gabala summit, the 12th) called by another number."""
        ent = self.kb.get(subject)
        expected = ent.ordinal if ent is not None else None
        label = subject_label(subject, self.kb)
        if expected is not None:
            for lc in group:
                if lc.claim.value == expected or (self.mode == "check" and lc.role != "checked"):
                    continue
                backing = [x for x in group if x.claim.value == expected and x.doc != lc.doc]
                msg = (
                    f"{label}: called number {lc.claim.value} in {self._where([lc])}; "
                    f"it was number {expected}"
                    + (f" (as {self._where(backing)} say)" if backing else " (knowledge base)")
                )
                self._emit("CF305", subject, "ordinal", msg, [lc, *backing])
            return

        def agree(a: LinkedClaim, b: LinkedClaim) -> bool:
            return a.claim.value == b.claim.value

        self._judge(subject, "ordinal", group, agree, "CF305", "numbered")

    def compare_figures(self, subject: str, attr: str, group: Group) -> None:
        def periods_ok(a: LinkedClaim, b: LinkedClaim) -> bool:
            pa, pb = a.frame.period, b.frame.period
            if "other" in (pa, pb):
                return False  # "the year before": never the period stated elsewhere
            if not pa or not pb:
                return True
            da, db = parse_date(pa), parse_date(pb)
            return da is not None and db is not None and da == db

        def achieved(lc: LinkedClaim) -> bool:
            return lc.claim.modality == "actual"

        # The same figure stated as done and as planned (two changes: see compare_changes).
        status = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if achieved(a) != achieved(b)
            and (a.claim.from_value is None or b.claim.from_value is None)
            and _same_figure(a, b)
            and not _same_sentence(a, b)
        ]
        self._status(subject, attr, status)

        by_mod: dict[bool, Group] = defaultdict(list)
        for lc in group:
            by_mod[achieved(lc)].append(lc)
        for sub in by_mod.values():

            def agree(a: LinkedClaim, b: LinkedClaim) -> bool | None:
                a, b = _in_base_unit(a), _in_base_unit(b)
                if a.claim.unit != b.claim.unit or not periods_ok(a, b):
                    return None
                if a.claim.from_value is not None and b.claim.from_value is not None:
                    fa = a.claim.model_copy(
                        update={"value": a.claim.from_value, "qualifier": "exact"}
                    )
                    fb = b.claim.model_copy(
                        update={"value": b.claim.from_value, "qualifier": "exact"}
                    )
                    if not numbers_agree(fa, fb):
                        return False
                for x, y in ((a.claim, b.claim), (b.claim, a.claim)):
                    if x.from_value is not None and y.from_value is None:
                        # "from the current 1 million": a plain figure may be either end.
                        fx = x.model_copy(update={"value": x.from_value, "qualifier": "exact"})
                        if numbers_agree(fx, _as_target(y)):
                            return True
                return numbers_agree(_as_target(a.claim), _as_target(b.claim))

            self._judge(subject, attr, sub, agree, "CF303", f"{attr.replace('-', ' ')}")

    def _status(
        self, subject: str, attr: str, pairs: list[tuple[LinkedClaim, LinkedClaim]]
    ) -> None:
        """One finding per achieved claim (per checked claim under ``check``), with every
        article that states the same figure as planned."""
        by_anchor: dict[tuple[str, int], list[LinkedClaim]] = defaultdict(list)
        anchors: dict[tuple[str, int], LinkedClaim] = {}
        for a, b in self._relevant(pairs):
            done, plan = (a, b) if a.claim.modality == "actual" else (b, a)
            anchor, other = (done, plan)
            if self.mode == "check" and plan.role == "checked" and done.role != "checked":
                anchor, other = plan, done
            key = (anchor.doc, anchor.claim.start)
            anchors[key] = anchor
            by_anchor[key].append(other)
        label = subject_label(subject, self.kb)
        for key, others in by_anchor.items():
            anchor = anchors[key]
            done_side = [anchor] if anchor.claim.modality == "actual" else others
            plan_side = others if anchor.claim.modality == "actual" else [anchor]
            modal = sorted({p.claim.modality for p in plan_side})
            msg = (
                f"{label}: {_fig(anchor)} is stated as achieved in {self._where(done_side)} but "
                f"as {'/'.join(modal)} in {self._where(plan_side)}"
            )
            self._emit("CF306", subject, attr, msg, [anchor, *others])

    def compare_changes(self, groups: dict[tuple[str, str], Group]) -> None:
        """The same ``from X to Y`` change on one subject is one fact, whatever measure word
        each article uses (capacity, volume carried): achieved vs planned is a status
        conflict."""
        by_subject: dict[str, Group] = defaultdict(list)
        for (subject, attr), group in groups.items():
            if attr in DATE_ATTRS or attr in (
                "visit-type",
                "location",
                "meeting-ordinal",
                "visit-date",
            ):
                continue
            by_subject[subject] += [lc for lc in group if lc.claim.from_value is not None]
        for subject, changes in by_subject.items():
            pairs = [
                (a, b)
                for i, a in enumerate(changes)
                for b in changes[i + 1 :]
                if (a.claim.modality == "actual") != (b.claim.modality == "actual")
                and _same_figure(a, b)
                and not _same_sentence(a, b)
            ]
            if pairs:
                self._status(subject, pairs[0][0].attribute or "", pairs)

    def check_visit_dates(self, groups: dict[tuple[str, str], Group]) -> None:
        """A draft's visit date against the days the corpus gives for that visit.

        Visits last several days, so two articles dating different days of one visit do not
        conflict, and under ``report`` visit dates are never compared. A draft, though, is
        held to the corpus: a day outside every day the corpus gives for the visit, or a
        visit the corpus places weeks away, is reported as a warning.
        """
        visits = {k: g for k, g in groups.items() if k[0].startswith("visit:") and k[1] == "date"}
        by_pair: dict[str, list[tuple[str, Group]]] = defaultdict(list)
        for (subject, _), g in visits.items():
            by_pair[subject.rsplit(":", 1)[0]].append((subject, g))
        for (subject, _), group in visits.items():
            corpus = [lc for lc in group if lc.role == "corpus"]
            for chk in (lc for lc in group if lc.role == "checked"):
                d = parse_date(chk.claim.value)
                if d is None or not d.is_day:
                    continue
                if corpus:
                    spans = [x for x in (parse_date(lc.claim.value) for lc in corpus) if x]
                    first, last = min(x.first for x in spans), max(x.last for x in spans)
                    if first <= d.first <= last:
                        continue
                    others = corpus
                else:
                    others = self._nearby_visits(chk, d, by_pair[subject.rsplit(":", 1)[0]])
                    if not others:
                        continue
                label = subject_label(subject, self.kb)
                msg = (
                    f"{label}: visit dated {fmt_value(chk.claim.value)} here; the corpus "
                    "dates this visit "
                    + "; ".join(
                        f"{fmt_value(v)} in {self._where(g)}" for v, g in _distinct_values(others)
                    )
                )
                self._emit("CF302", subject, "date", msg, [chk, *others], severity="warning")

    @staticmethod
    def _nearby_visits(chk: LinkedClaim, d: DateSpan, pairs: list[tuple[str, Group]]) -> Group:
        """Corpus visits of the same visitor and host a few weeks from a draft's visit that
        the corpus does not know: most likely the same visit, misdated."""
        near: Group = []
        for _, g in pairs:
            for lc in g:
                x = parse_date(lc.claim.value) if lc.role == "corpus" else None
                if x is not None and abs((x.first - d.first).days) <= NEARBY_VISIT_DAYS:
                    near.append(lc)
        return near

    def unverified(self, linked: list[LinkedClaim], groups: dict[tuple[str, str], Group]) -> None:
        """Checked claims with a subject that no corpus article speaks to (info)."""
        for (subject, attr), group in groups.items():
            if any(lc.role == "corpus" for lc in group):
                continue
            for lc in group:
                if lc.role != "checked":
                    continue
                label = subject_label(subject, self.kb)
                msg = (
                    f"{label}: {attr.replace('-', ' ')} {fmt_value(lc.claim.value)} "
                    "cannot be confirmed or contradicted by the corpus"
                )
                self._emit("CF301", subject, attr, msg, [lc])


def _context(doc: Document, a: int, b: int, before: bool) -> str:
    """A few words of the claim's sentence on one side of it, on one line (read on the
    normalized view, so PDF hyphenation does not show)."""
    if b <= a:
        return ""
    text = doc.text
    va, vb = doc.view.from_original(a, b)
    words = " ".join(doc.view.text[va:vb].split())
    if before and a > 0 and not text[a - 1].isspace() and " " in words:
        words = words.split(" ", 1)[1]  # drop a cut-off first word
    if not before and b < len(text) and not text[b].isspace() and " " in words:
        words = words.rsplit(" ", 1)[0]
    return (words + " ") if before and words else (" " + words if words else "")


def _on_day(lcs: Group, oc: LinkedClaim, period: DateSpan) -> Group:
    """Day-precision dates in ``lcs`` that fall in ``period`` (not from ``oc``'s sentence)."""
    out = []
    for lc in lcs:
        d = parse_date(lc.claim.value)
        if d is not None and d.is_day and dates_agree(d, period) and not _same_sentence(lc, oc):
            out.append(lc)
    return out


_BASE_UNITS = {"km": ("m", 1000)}


def _in_base_unit(lc: LinkedClaim) -> LinkedClaim:
    """1,6 km and 1400 metr compare in metres."""
    c = lc.claim
    if c.unit not in _BASE_UNITS:
        return lc
    unit, factor = _BASE_UNITS[c.unit]

    def scale(v: object) -> object:
        if isinstance(v, list):
            return [x * factor for x in v]
        return v * factor if isinstance(v, int | float) else v

    scaled = c.model_copy(
        update={
            "value": scale(c.value),
            "from_value": scale(c.from_value) if c.from_value is not None else None,
            "unit": unit,
        }
    )
    return lc.model_copy(update={"claim": scaled})


def _as_target(c: Claim) -> Claim:
    """ "To be raised up to 35 million" names a target of 35 million, not a ceiling."""
    if c.qualifier == "up-to" and c.modality != "actual":
        return c.model_copy(update={"qualifier": "exact"})
    return c


def _same_sentence(a: LinkedClaim, b: LinkedClaim) -> bool:
    """Two values in one sentence are two facts ("in 2015 …, in 2016 …", "X to Y and
    Y to X"): a sentence never contradicts itself, so such pairs are never compared."""
    if a.doc != b.doc:
        return False
    ca, cb = a.claim, b.claim
    if ca.start == cb.start:
        return True
    return ca.sentence_end > ca.sentence_start and (ca.sentence_start, ca.sentence_end) == (
        cb.sentence_start,
        cb.sentence_end,
    )


def _distinct_values(group: Group) -> list[tuple[Value, Group]]:
    out: dict[str, tuple[Value, Group]] = {}
    for lc in group:
        key = repr((lc.claim.from_value, lc.claim.value))
        out.setdefault(key, (lc.claim.value, []))[1].append(lc)
    return list(out.values())


def _precision_rank(lc: LinkedClaim) -> int:
    return {"day": 3, "month": 2, "year": 1}.get(lc.claim.precision or "", 0)


def _same_figure(a: LinkedClaim, b: LinkedClaim) -> bool:
    ca, cb = a.claim, b.claim
    # Achieved vs planned matters for amounts of cargo and money (capacities, volumes,
    # turnover, investment), not for lengths, counts or shares.
    if ca.unit != cb.unit or ca.unit not in STATUS_UNITS:
        return False
    if ca.from_value is not None and cb.from_value is not None:
        return same_number(ca.from_value, cb.from_value) and _same_val(ca.value, cb.value)
    # "has reached 5 million" and "is to rise from 1 to 5 million": the same target.
    return _same_val(ca.value, cb.value)


def _same_val(x: object, y: object) -> bool:
    if isinstance(x, list) or isinstance(y, list):
        return x == y
    return same_number(x, y)  # type: ignore[arg-type]


def _fig(lc: LinkedClaim) -> str:
    c = lc.claim
    unit = f" {c.unit}" if c.unit else ""
    if c.from_value is not None:
        return f"{fmt_value(c.from_value)} → {fmt_value(c.value)}{unit}"
    return f"{fmt_value(c.value)}{unit}"


def _names_one_apart(kb: KnowledgeBase, a: str, b: str) -> bool:
    ea, eb = kb.get(a), kb.get(b)
    if ea is None or eb is None:
        return False
    for na in ea.all_names():
        for nb in eb.all_names():
            if len(na) >= 4 and Levenshtein.distance(match_fold(na), match_fold(nb)) == 1:
                return True
    return False


def _one_letter_apart(kb: KnowledgeBase, a: LinkedClaim, b: LinkedClaim) -> bool:
    return _names_one_apart(kb, str(a.claim.value), str(b.claim.value))
