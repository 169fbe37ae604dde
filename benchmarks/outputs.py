"""Record jxlint's output over every document at hand, and later compare against the record byte for byte.

A speed change must not change a single finding or character of output. Record before, compare after:

    python benchmarks/outputs.py record /tmp/before     # with the code before the change
    python benchmarks/outputs.py compare /tmp/before    # with the code after it; exit 1 on any difference

Each folder (samples/, benchmarks/corpus/, and the shared corpus and seed report beside the repository when
present) is checked with ``--format json`` and ``--format text``, ``--lang zh`` and ``--lang en``, ``--jobs 1``
and ``--jobs 2``; ``jxlint scores`` is recorded for each sample; and a 1 MB report (the all-defects sample
repeated) and a 300-file batch (the benchmark's copies of the samples) are checked in JSON and text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from perf import REFERENCE, batch_folder

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [
    ROOT / "samples",
    ROOT / "benchmarks" / "corpus",
    ROOT.parent / "shared" / "corpus",
    ROOT.parent / "shared" / "seed",
]
BATCH_FILES = 300


def jxlint(*args: str) -> bytes:
    result = subprocess.run(
        [sys.executable, "-m", "linter", *args], capture_output=True, cwd=ROOT, check=False
    )
    return result.stdout + b"\n--- stderr ---\n" + result.stderr + f"\n--- exit {result.returncode}\n".encode()


def outputs(scratch: Path) -> dict[str, bytes]:
    """Every recorded output by a name that says how it was made."""
    records: dict[str, bytes] = {}
    for folder in (f for f in FOLDERS if f.is_dir()):
        where = os.path.relpath(folder, ROOT).replace("..", "up").replace("/", "-")
        for fmt in ("json", "text"):
            for lang in ("zh", "en"):
                for jobs in ("1", "2"):
                    name = f"{where}.{fmt}.{lang}.jobs{jobs}"
                    records[name] = jxlint(
                        "check", "--format", fmt, "--lang", lang, "--jobs", jobs, "--fail-on", "never",
                        os.path.relpath(folder, ROOT),
                    )
    for sample in sorted((ROOT / "samples").rglob("*.txt")):
        records[f"scores.{sample.relative_to(ROOT)}"] = jxlint("scores", str(sample))
    big = scratch / "big.txt"
    text = REFERENCE.read_text(encoding="utf-8")
    big.write_text(text * (1_000_000 // len(text.encode("utf-8")) + 1), encoding="utf-8")
    folder = scratch / "batch"
    folder.mkdir()
    batch_folder(folder, BATCH_FILES)
    for fmt in ("json", "text"):
        records[f"megabyte.{fmt}"] = jxlint("check", "--format", fmt, "--fail-on", "never", str(big))
        records[f"batch.{fmt}"] = jxlint("check", "--format", fmt, "--fail-on", "never", "--jobs", "2", str(folder))
    return {name: data.replace(str(scratch).encode(), b"<scratch>") for name, data in records.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("action", choices=["record", "compare"])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        records = outputs(Path(scratch))
    if args.action == "record":
        args.folder.mkdir(parents=True, exist_ok=True)
        for name, data in records.items():
            (args.folder / name.replace("/", "__")).write_bytes(data)
        print(f"recorded {len(records)} outputs in {args.folder}")
        return 0
    differ = []
    for name, data in records.items():
        path = args.folder / name.replace("/", "__")
        if not path.exists() or path.read_bytes() != data:
            differ.append(name)
    missing = {p.name for p in args.folder.iterdir()} - {n.replace("/", "__") for n in records}
    for name in differ:
        print(f"differs: {name}")
    for name in sorted(missing):
        print(f"not produced now: {name}")
    print(f"{len(records) - len(differ)}/{len(records)} outputs identical")
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main())
