"""Find runs of items that repeat earlier items, in time linear in the total length of the items.

Each item is a normalised string. Character n-grams of every item go into an index that maps a gram to the
first few items containing it (posting lists are capped, so common grams cost a constant). A later item asks
the index which earlier items share many of its grams and checks only those few candidates, plus the item
right after the previous item's partner, so that a copied run keeps its alignment. No item is ever compared
with all the others. A run may skip one unmatched item on either side (a paragraph rewritten, added or
dropped in the copy) and still count as one run.
"""

from __future__ import annotations

import difflib
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass

GRAM = 3  # characters per gram
POSTING_CAP = 4  # earliest items remembered per gram
CANDIDATES = 3  # candidates checked per item, besides the run's continuation
MIN_SHARED = 0.3  # share of an item's grams a candidate must have to be checked
GAP = 1  # unmatched items a run may skip over, in the copy and in the source (one paragraph rewritten)

Score = Callable[[int, int], float | None]  # (earlier, later) → similarity, or None when not a repeat


@dataclass(frozen=True, slots=True)
class Run:
    """Later items ``start..end`` (inclusive) that repeat earlier items, pair by pair."""

    pairs: tuple[tuple[int, int], ...]  # (earlier, later), in order

    @property
    def start(self) -> int:
        return self.pairs[0][1]

    @property
    def end(self) -> int:
        return self.pairs[-1][1]

    @property
    def source_start(self) -> int:
        return self.pairs[0][0]

    @property
    def source_end(self) -> int:
        return self.pairs[-1][0]

    def __len__(self) -> int:
        return self.end - self.start + 1


def grams(key: str) -> set[str]:
    if len(key) <= GRAM:
        return {key} if key else set()
    return {key[i : i + GRAM] for i in range(len(key) - GRAM + 1)}


def common_chars(a: str, b: str) -> int:
    """How many characters of ``a`` and ``b`` align, in order.

    The alignment runs on the two gram sequences, not on characters: a gram seldom occurs twice in a paragraph,
    while characters such as “的” and “，” occur dozens of times, which makes a character alignment slow on long
    paragraphs. A character counts when an aligned gram covers it.
    """
    if len(a) <= GRAM or len(b) <= GRAM:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks())
    seq_a = [a[i : i + GRAM] for i in range(len(a) - GRAM + 1)]
    seq_b = [b[i : i + GRAM] for i in range(len(b) - GRAM + 1)]
    covered_a = covered_b = end_a = end_b = 0
    for i, j, size in difflib.SequenceMatcher(None, seq_a, seq_b, autojunk=False).get_matching_blocks():
        if size:
            covered_a += i + size + GRAM - 1 - max(i, end_a)
            covered_b += j + size + GRAM - 1 - max(j, end_b)
            end_a, end_b = i + size + GRAM - 1, j + size + GRAM - 1
    return min(covered_a, covered_b)


def common_chars_bound(a: str, b: str) -> int:
    """At least ``common_chars(a, b)``, and cheap: the characters covered by grams that the other key has too.

    The alignment uses only such grams, so it cannot cover more; most pairs the index proposes fall short
    of a repeat by this count already, and the alignment is left for the few that do not.
    """
    if len(a) <= GRAM or len(b) <= GRAM:
        return min(len(a), len(b))
    seq_a = [a[i : i + GRAM] for i in range(len(a) - GRAM + 1)]
    seq_b = [b[i : i + GRAM] for i in range(len(b) - GRAM + 1)]
    return min(_covered(seq_a, set(seq_b)), _covered(seq_b, set(seq_a)))


def _covered(seq: list[str], other: set[str]) -> int:
    """Characters under the grams of ``seq`` that are in ``other``."""
    covered = end = 0
    for i, gram in enumerate(seq):
        if gram in other:
            covered += i + GRAM - max(i, end)
            end = i + GRAM
    return covered


def find_runs(keys: Sequence[str], score: Score) -> list[Run]:
    """Maximal runs of later items that repeat earlier ones, each copy starting after its source run ends."""
    n = len(keys)
    partner: list[int | None] = [None] * n
    run_start = [0] * n
    index = _Index()
    for k in range(n):
        own = grams(keys[k])
        previous = partner[k - 1] if k else None
        if previous is not None and previous + 1 < run_start[k - 1] and score(previous + 1, k) is not None:
            partner[k] = previous + 1
            run_start[k] = run_start[k - 1]
            index.add(k, own)
        else:
            chosen = _fresh(k, len(own), index.add_and_vote(k, own), keys, score)
            if chosen is not None:
                partner[k] = chosen
                run_start[k] = k
    return _runs(partner, run_start)


class _Index:
    """Grams → the first POSTING_CAP items containing them (most grams occur in one item only)."""

    def __init__(self) -> None:
        self.first: dict[str, int] = {}
        self.more: dict[str, list[int]] = {}  # the second and later items, up to POSTING_CAP in all
        self.full: set[str] = set()  # grams whose posting list is full (a document that repeats itself)

    def add(self, k: int, own: set[str]) -> None:
        """Index item ``k``."""
        first, more, full = self.first, self.more, self.full
        for gram in own - full if full else own:
            if first.setdefault(gram, k) == k:
                continue
            posting = more.get(gram)
            if posting is None:
                more[gram] = [k]
            elif len(posting) < POSTING_CAP - 1:
                posting.append(k)
            else:
                full.add(gram)

    def add_and_vote(self, k: int, own: set[str]) -> dict[int, int]:
        """Index item ``k``; return the earlier items that share its grams, with how many each shares."""
        votes: dict[int, int] = {}
        first, more = self.first, self.more
        for gram in own:
            item = first.setdefault(gram, k)
            if item == k:
                continue
            votes[item] = votes.get(item, 0) + 1
            posting = more.get(gram)
            if posting is None:
                more[gram] = [k]
                continue
            for item in posting:
                votes[item] = votes.get(item, 0) + 1
            if len(posting) < POSTING_CAP - 1:
                posting.append(k)
        return votes


def _fresh(k: int, size: int, votes: dict[int, int], keys: Sequence[str], score: Score) -> int | None:
    """The best earlier item for ``k`` (with ``size`` grams) to start a new run with, if any."""
    needed = max(1.0, MIN_SHARED * size)
    eligible = [item for item, count in votes.items() if count >= needed]
    if not eligible:
        return None
    best = heapq.nlargest(CANDIDATES, eligible, key=lambda item: (votes[item], -item))
    scored: list[tuple[float, int]] = []
    for item in best:
        similarity = score(item, k)
        if similarity is not None:
            scored.append((similarity, item))
    if not scored:
        return None
    if len(scored) > 1 and k + 1 < len(keys):
        # Prefer the candidate whose next item also repeats: it starts the longer run.
        def continues(item: int) -> bool:
            return item + 1 < k and score(item + 1, k + 1) is not None

        return max(scored, key=lambda s: (continues(s[1]), s[0], -s[1]))[1]
    return max(scored, key=lambda s: (s[0], -s[1]))[1]


def _runs(partner: list[int | None], run_start: list[int]) -> list[Run]:
    runs: list[list[tuple[int, int]]] = []
    for k, source in enumerate(partner):
        if source is None:
            continue
        if runs and run_start[k] == run_start[runs[-1][-1][1]] and k == runs[-1][-1][1] + 1:
            runs[-1].append((source, k))
        elif runs and _bridges(runs[-1], source, k):
            runs[-1].append((source, k))
        else:
            runs.append([(source, k)])
    return [Run(tuple(pairs)) for pairs in runs]


def _bridges(pairs: list[tuple[int, int]], source: int, k: int) -> bool:
    """Whether ``source``/``k`` continue ``pairs`` past at most GAP unmatched items on each side."""
    last_source, last = pairs[-1]
    return (
        0 <= k - last - 1 <= GAP
        and 0 <= source - last_source - 1 <= GAP
        and (k - last > 1 or source - last_source > 1)
        and source < pairs[0][1]
    )
