"""One tree per module; ``decision_trees.loader`` finds them, so adding a tree is adding a file."""
