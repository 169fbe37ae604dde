"""``python -m linter`` and the ``jxlint`` command.

Two things happen before anything else is imported. The cyclic garbage collector is paused: a fresh process
spends most of its time loading modules, classes and tables that live as long as the process, and collections
during that time would only scan them again and again (``linter.cli.run_checks`` turns it back on, after
``gc.freeze`` has set aside everything loaded so far, once files are checked). And the methods ``dataclasses``
generates for jxlint's classes are compiled through a cache (``linter/codecache.py``).
"""

import gc

gc.disable()

from linter import codecache  # noqa: E402  (after the collector is paused)

codecache.install()

from linter.cli import run  # noqa: E402  (after the cache is installed)


def main() -> None:
    run()


if __name__ == "__main__":
    main()
