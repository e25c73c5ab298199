"""Run the command line: ``python -m decision_trees --help``."""

import sys

from decision_trees.cli import main

sys.exit(main())
