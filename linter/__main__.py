"""``python -m linter`` and the ``jxlint`` command.

The cyclic garbage collector is paused before anything else is imported: a fresh process spends most of its
time loading modules, classes and tables that live as long as the process, and collections during that time
would only scan them again and again. ``linter.cli.run_checks`` turns the collector back on once the files
are checked, after ``gc.freeze`` has set aside everything loaded so far.
"""

import gc

gc.disable()

from linter.cli import run  # noqa: E402  (after the collector is paused)


def main() -> None:
    run()


if __name__ == "__main__":
    main()
