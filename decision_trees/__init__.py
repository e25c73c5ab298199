"""Executable decision trees: RAG, fine-tuning, both or neither.

Trees are data (:mod:`decision_trees.model`, one module per tree in
``decision_trees/trees``); :mod:`~decision_trees.validate` checks them,
:mod:`~decision_trees.engine` walks them, :mod:`~decision_trees.analysis`
measures what their scenarios prove, :mod:`~decision_trees.render` draws them
and :mod:`~decision_trees.export` writes them for other tools.
"""

from decision_trees.engine import Decision, DecisionError, Step, decide
from decision_trees.loader import all_trees, get_tree
from decision_trees.model import OURS, Option, Question, Scenario, Tree, Verdict

__all__ = [
    "OURS",
    "Decision",
    "DecisionError",
    "Option",
    "Question",
    "Scenario",
    "Step",
    "Tree",
    "Verdict",
    "all_trees",
    "decide",
    "get_tree",
]
