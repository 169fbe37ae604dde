"""How long reading a PDF report takes: a report typeset as a 7-page PDF (running header, page numbers, wrapped
paragraphs), read with jxlint's PDF reader, median and slowest of several runs.

    python benchmarks/pdf_read.py                      # the seed report if ../shared/seed has it, else a sample
    python benchmarks/pdf_read.py --report FILE.txt --runs 20

Needs the test extra (reportlab) to typeset the PDF.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2ec9bfa385b23c94.txt"
SAMPLE = ROOT / "samples" / "defects" / "部门整体自评_全部缺陷.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, default=SEED if SEED.is_file() else SAMPLE)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    import fixtures_docs
    import pdfplumber

    from linter.source import read_source

    with tempfile.TemporaryDirectory() as folder:
        pdf = fixtures_docs.build_report_pdf(args.report.read_text("utf-8"), Path(folder) / "report.pdf", "页眉")
        with pdfplumber.open(pdf) as document:
            pages = len(document.pages)
        read_source(pdf)  # imports and first-use set-up are not part of the figure
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            source = read_source(pdf)
            times.append(time.perf_counter() - start)
    print(f"{args.report.name}: {pages} pages, {len(source.text)} characters")
    print(f"read: median {statistics.median(times) * 1000:.0f} ms, slowest {max(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
