"""The changelog of the advice: dated changes that alter where a tree's answers lead.

A team pastes a verdict's link into a decision record and reads it months later. Each tree
keeps here, newest first, the changes that moved answers (a verdict added or removed, a
question changed, a vendor fact that moved a verdict), each with its reason and sources
(keys of :data:`decision_trees.sources.BIBLIOGRAPHY`). Each entry has its own *version*:
its date, with ``.2``, ``.3``... for a tree's further entries on the same day (``seq``).
A tree's advice version is its latest entry's: shared links and records carry it
(``v=2026-12-03``, ``v=2026-12-03.2``), so a later reader can be told what changed since,
and why, without the old tree being kept. Entries are history: once recorded in a tree's
verdict lock, an entry is never edited; a correction is a new entry.

Verdicts a change removed stay named in ``retired`` (id -> title), so an old link that
reached one can still say what it was. The entries live in this one module, beside the
bibliography they cite, and not in the tree files: those are read as untrusted data by a
strict reader (:mod:`decision_trees.treefile`), while this file is project data reviewed
like ``sources.py``. :mod:`decision_trees.verdict_lock` makes ``check`` refuse a tree change
that moves where any path of answers leads without a new entry here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from decision_trees.sources import BIBLIOGRAPHY

__all__ = [
    "CHANGES",
    "Change",
    "entries",
    "newer_than",
    "problems",
    "retired",
    "version",
    "version_key",
]


@dataclass(frozen=True)
class Change:
    """One dated change to a tree's advice: what changed, why, and what says so.

    ``date`` is ISO (YYYY-MM-DD); ``seq`` numbers a tree's entries on one day (1, the
    default, for the first; 2 for the second...); ``what`` and ``why`` are plain sentences;
    ``retired`` names each verdict this change removed (id -> title).
    """

    tree: str
    date: str
    what: str
    why: str
    sources: Sequence[str] = ()
    retired: Mapping[str, str] = field(default_factory=dict)
    seq: int = 1

    @property
    def version(self) -> str:
        """The entry's version: its date, then ``.2``, ``.3``... for later entries that day."""
        return self.date if self.seq == 1 else f"{self.date}.{self.seq}"


CHANGES: list[Change] = [
    Change(
        tree="rag-vs-fine-tuning",
        date="2026-12-03",
        what=(
            "Rebuilt for 2026. A not-sure answer to the first question leads to a paste test. "
            "Context size is asked in bands, and the middle band measures a cached prompt "
            "against retrieval (new verdict: Measure both). Examples in the prompt come before "
            "the cost question. New verdicts: guard the prompted model before training when a "
            "wrong answer can harm someone (the harm question), continue pre-training on your "
            "own language, and keep the large model that passes instead of the serve-cheaper "
            "loop. A first answer for teams whose model is being retired leads to two migration "
            "verdicts."
        ),
        why=(
            "Vendors moved: OpenAI closed self-serve fine-tuning to organisations that had never used it "
            "and announced the end of new jobs, Google ended tuning in the Gemini API, and tuned "
            "models now have shutdown dates. Long prompts are cheaper with caching, yet long "
            "contexts still lose answers, so the middle band is measured. A practitioner "
            "review asked for a harm check before any training verdict: fine-tuning can erode "
            "safety behaviour."
        ),
        sources=(
            "openai-fine-tuning-wind-down",
            "gemini-api-tuning-ended",
            "openai-prompt-caching",
            "chroma-context-rot",
            "qi-2023-finetuning-safety",
            "azure-model-retirement-schedule",
        ),
    ),
    Change(
        tree="rag-vs-fine-tuning",
        date="2026-11-22",
        what=(
            "Rebuilt on evidence. Knowledge against behaviour is the first question, and every "
            "path measures a baseline first. Cheap levers come before training: long context "
            "with caching, structured outputs, examples in the prompt, a stronger model and "
            "routing. New verdicts for each lever, for tuning an open-weight model and for "
            "serving cheaper. The questions on freshness, corpus size, citations, prompting, "
            "expertise and readiness for a hybrid were replaced."
        ),
        why=(
            "The first tree followed four opinion articles. Studies found models use facts "
            "better from the prompt than trained into the weights, and that cheaper levers "
            "often close a behaviour gap without training."
        ),
        sources=("ovadia-2023", "balaguer-2024", "leng-2024-long-context-rag", "ong-2024-routellm"),
    ),
    Change(
        tree="rag-vs-fine-tuning",
        date="2026-11-21",
        what="First published, with five verdicts: RAG, fine-tuning, both, prompt first, distil.",
        why="The site's first tree, drawn from the four seed articles.",
        sources=("choose-for-your-ai-product", "when-to-use-which", "high-country-codes"),
    ),
    Change(
        tree="add-fine-tuning-to-rag",
        date="2026-12-03",
        what=(
            "Before training a small model the tree asks whether a faster hosted model or "
            "routing was tried, and whether the traffic repays training and hosting. New "
            "verdict: keep the hosted model and do not train one."
        ),
        why=(
            "In line with the rebuilt main tree: hosted models got faster and cheaper, and "
            "self-serve tuning is closing at some vendors."
        ),
        sources=(
            "openai-fine-tuning-wind-down",
            "openai-latency-optimization",
            "hsieh-2023-distilling",
        ),
    ),
    Change(
        tree="add-fine-tuning-to-rag",
        date="2026-11-22",
        what=(
            "Rebuilt. Retrieval is measured first, then the prompt. Schemas go to structured "
            "outputs, a stronger reader is tried before RAFT, and the nearest examples go in "
            "the prompt before any training. The three fine-tune-for verdicts became one "
            "generator verdict, and shrinking the context became cut and cache."
        ),
        why=(
            "Cheaper fixes solve most of these problems without training, and RAFT is cited for "
            "question answering on domain retrieval, not for tone."
        ),
        sources=("raft-2024", "openai-structured-outputs", "liu-2022-in-context-examples"),
        retired={
            "fine-tune-for-consistency": "Fine-tune for consistent answers",
            "fine-tune-for-terminology": "Fine-tune on the domain's language",
            "fine-tune-for-format": "Fine-tune for the output format",
            "shrink-retrieved-context": "Shrink the retrieved context instead",
        },
    ),
    Change(
        tree="add-fine-tuning-to-rag",
        date="2026-11-21",
        what="First published.",
        why="The site's first trees, drawn from the seed articles.",
        sources=("choose-for-your-ai-product",),
    ),
    Change(
        tree="rag-failure-diagnosis",
        date="2026-12-03",
        what=(
            "A question on what the failing questions ask for. New causes: multi-step "
            "questions that one search cannot answer, and questions about tables or databases "
            "that need a query, not chunks."
        ),
        why=(
            "The tree had no cause for these questions, so it sent them to fixes that cannot "
            "help: a better single search does not gather a multi-step answer."
        ),
        sources=("trivedi-2023-ircot", "qdrant-query-decomposition", "pinterest-text-to-sql"),
    ),
    Change(
        tree="rag-failure-diagnosis",
        date="2026-11-22",
        what=(
            "Rebuilt: make the failure visible first, then new causes and fixes (retrieve wider "
            "then rerank, an answer lost in the middle, a prompt that does not ground the answer)."
        ),
        why="Evaluation comes first, and current retrieval practice has more fixes than the first tree named.",
        sources=("liu-2024-lost-in-the-middle", "anthropic-contextual-retrieval", "es-2023-ragas"),
    ),
    Change(
        tree="rag-failure-diagnosis",
        date="2026-11-21",
        what="First published.",
        why="The site's first trees, drawn from the seed articles.",
        sources=("when-to-use-which",),
    ),
    Change(
        tree="fine-tuning-failure-diagnosis",
        date="2026-12-03",
        what=(
            "New symptoms: a tuned model that a newer prompted model has caught up with, and a "
            "base model being retired. Each has its own verdict."
        ),
        why="Vendors now retire the base models tuned models run on, with dates.",
        sources=("openai-fine-tuning-wind-down", "azure-model-retirements"),
    ),
    Change(
        tree="fine-tuning-failure-diagnosis",
        date="2026-11-22",
        what=(
            "Rebuilt: measure on held-out data first, then new causes (a train and serve "
            "mismatch, training that teaches invention, eroded safety, too few examples, "
            "undertraining)."
        ),
        why="Studies showed fine-tuning on new facts teaches invention and can erode safety.",
        sources=("gekhman-2024", "qi-2023-finetuning-safety", "openai-fine-tuning-best-practices"),
    ),
    Change(
        tree="fine-tuning-failure-diagnosis",
        date="2026-11-21",
        what="First published.",
        why="The site's first trees, drawn from the seed articles.",
        sources=("high-country-codes",),
    ),
]


def version_key(text: str) -> tuple[str, int]:
    """A version as (date, seq), so ``2026-12-03.10`` sorts after ``2026-12-03.2``."""
    day, _, seq = text.partition(".")
    return day, int(seq) if seq.isdigit() else 1


def entries(slug: str | None = None) -> list[Change]:
    """One tree's entries (or every tree's), newest first; ties by tree slug."""
    chosen = [c for c in CHANGES if slug is None or c.tree == slug]
    return sorted(chosen, key=lambda c: (c.date, c.seq, c.tree), reverse=True)


def version(slug: str) -> str:
    """The tree's advice version: its latest entry's version, or "" when it has none."""
    found = entries(slug)
    return found[0].version if found else ""


def newer_than(slug: str, since: str) -> list[Change]:
    """The tree's entries with a version after ``since``, newest first."""
    return [c for c in entries(slug) if version_key(c.version) > version_key(since)]


def retired(slug: str) -> dict[str, str]:
    """Every verdict id the tree's changes removed, with its title."""
    found: dict[str, str] = {}
    for change in reversed(entries(slug)):
        found.update(change.retired)
    return found


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _valid_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def problems(changes: Sequence[Change], verdicts: Mapping[str, set[str]]) -> list[str]:
    """Every mistake in ``changes``, each naming the entry and the fix.

    ``verdicts`` maps each tree slug to its current verdict ids: an entry for an unknown tree
    is refused, and a retired id that is still a verdict of its tree is a contradiction.
    """
    found: list[str] = []
    seen: set[tuple[str, str, int]] = set()
    where = "decision_trees/changelog.py"
    for change in changes:
        name = f"{where}: entry {change.tree or '?'} {change.version or '?'}"
        if change.tree not in verdicts:
            found.append(
                f"{name}: no tree '{change.tree}'; trees are: {', '.join(sorted(map(str, verdicts)))}"
            )
        if not _valid_date(change.date):
            found.append(f"{name}: date '{change.date}' is not a date; write it as YYYY-MM-DD")
        if not isinstance(change.seq, int) or change.seq < 1:
            found.append(f"{name}: seq '{change.seq}' is not 1, 2, 3...; number the day's entries")
        elif (change.tree, change.date, change.seq) in seen:
            found.append(
                f"{name}: a second entry with the same tree, date and seq; give the later one "
                f"seq={change.seq + 1}"
            )
        elif change.seq > 1 and not any(
            (c.tree, c.date, c.seq) == (change.tree, change.date, change.seq - 1) for c in changes
        ):
            found.append(
                f"{name}: seq {change.seq} but no entry with seq {change.seq - 1} that day; "
                "number the day's entries 1, 2, 3..."
            )
        seen.add((change.tree, change.date, change.seq))
        for label, text in (("what", change.what), ("why", change.why)):
            if not text.strip():
                found.append(f"{name}: '{label}' is empty; say {label} changed in a sentence")
        if not change.sources:
            found.append(f"{name}: no sources; cite the bibliography keys that back the change")
        for key in change.sources:
            if key not in BIBLIOGRAPHY:
                found.append(
                    f"{name}: source '{key}' is not in the bibliography; add it to "
                    "decision_trees/sources.py or cite an existing key"
                )
        for vid, title in change.retired.items():
            if vid in verdicts.get(change.tree, set()):
                found.append(
                    f"{name}: retired verdict '{vid}' is still a verdict of the tree; "
                    "drop it from 'retired'"
                )
            if not str(title).strip():
                found.append(f"{name}: retired verdict '{vid}' has no title; give its old title")
    return found
