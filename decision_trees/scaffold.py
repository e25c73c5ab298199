"""``new SLUG``: write a tree module from a commented template that already passes ``check``."""

from __future__ import annotations

from pathlib import Path

from decision_trees.loader import TREES_DIR, all_trees
from decision_trees.validate import LIMITS, is_slug

__all__ = ["TEMPLATE", "ScaffoldError", "write"]


class ScaffoldError(ValueError):
    """The slug is not usable; the message says why and what would be."""


TEMPLATE = '''\
"""{title}: a tree scaffolded by `python -m decision_trees new {slug}`. Describe it here."""

# A tree is plain data. Edit the text, add questions and verdicts, and run
#   python -m decision_trees check {slug}
# after every change: it names the node and the fix for anything that is wrong.
# Ids are lowercase slugs. A question's id is also the name of the fact it asks
# for; a scenario answers questions with option keys, like a small dict of facts.

from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

TREE = Tree(
    slug="{slug}",
    title="{title}?",
    summary="One or two sentences: who this tree is for and what it decides.",
    start="first-question",
    questions=[
        Question(
            "first-question",
            "What is the first thing to ask?",
            # Option labels are drawn on the diagram's arrows: keep them short.
            options={{
                "yes": Option("Yes", goto="first-verdict"),
                "no": Option("No", goto="second-verdict"),
            }},
            why="Why this question matters, in a sentence or two.",
            # Keys of decision_trees/sources.py; add a source there if it is new.
            sources=["choose-for-your-ai-product"],
        ),
    ],
    verdicts=[
        Verdict(
            "first-verdict",
            "What to do when the answer is yes",
            because="Why this is the right call, citing the sources below.",
            next_steps=["The first thing to do next.", "The second."],
            sources=["choose-for-your-ai-product"],
        ),
        Verdict(
            "second-verdict",
            "What to do when the answer is no",
            because="Why this is the right call, citing the sources below.",
            next_steps=["The first thing to do next.", "The second."],
            sources=["amanai-lab"],
        ),
    ],
    # Every option and every verdict must be exercised by a scenario, and the
    # scenarios must pin the tree down: check redirects each option in turn and
    # fails if no scenario notices.
    scenarios=[
        Scenario(
            "a-team-that-answers-yes",
            "A team that answers yes",
            situation="One or two sentences: the situation, and where the example comes from.",
            answers={{"first-question": "yes"}},
            expect="first-verdict",
            source=OURS,
        ),
        Scenario(
            "a-team-that-answers-no",
            "A team that answers no",
            situation="One or two sentences: the situation, and where the example comes from.",
            answers={{"first-question": "no"}},
            expect="second-verdict",
            source=OURS,
        ),
    ],
)
'''


def write(slug: str, directory: Path = TREES_DIR) -> Path:
    """Write ``directory/<slug with underscores>.py``; refuse a bad or taken slug."""
    if not is_slug(slug):
        too_long = len(slug) > LIMITS["id"]
        raise ScaffoldError(
            f"{slug[:40]!r}{'…' if len(slug) > 40 else ''} is not a slug: "
            + (
                f"it has {len(slug)} characters and the limit is {LIMITS['id']}; "
                if too_long
                else ""
            )
            + "use lowercase letters, digits and single hyphens, like 'vector-database-choice'"
        )
    path = directory / f"{slug.replace('-', '_')}.py"
    if path.exists():
        raise ScaffoldError(f"{path} already exists: pick another slug or edit that file")
    if any(tree.slug == slug for tree in all_trees(directory)):
        raise ScaffoldError(f"a tree with slug '{slug}' already exists")
    title = slug.replace("-", " ").capitalize()
    try:
        path.write_text(TEMPLATE.format(slug=slug, title=title), encoding="utf-8")
    except OSError as error:
        raise ScaffoldError(f"cannot write {path}: {error.strerror or error}") from None
    return path
