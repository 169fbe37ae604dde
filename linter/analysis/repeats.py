"""Find runs of items that repeat earlier items, in time linear in the total length of the items.

Each item is a string, cut into pieces at punctuation and whitespace (clauses, mostly, and table cells). A
copy whose figures or wording were changed here and there keeps most of its pieces whole. An index maps a
piece to the first few items that have it (posting lists are capped, so common pieces cost a constant); a
piece that no other item has is left out of it. A later item asks the index which earlier items share many
of its pieces and checks only those few candidates, plus the item right after the previous item's partner,
so that a copied run keeps its alignment; an item that continues a run is not indexed itself, since a later
copy finds its source. No item is ever compared with all the others. A run may skip one unmatched item on
either side (a paragraph rewritten, added or dropped in the copy) and still count as one run. Items written
alike are cut into pieces once: a report pasted several times over costs little more than one copy.

Comparing two items is the caller's ``score``; ``similar_enough`` is the usual one, on the gram alignment.
"""

from __future__ import annotations

import difflib
import heapq
from collections import Counter
from collections.abc import Callable, Hashable, Sequence, Set
from itertools import chain

GRAM = 3  # characters per gram in the alignment of two items
POSTING_CAP = 4  # earliest items remembered per piece
CANDIDATES = 3  # candidates checked per item, besides the run's continuation
MIN_SHARED = 0.3  # share of the pieces of an item and of its candidate (the more of the two) they must share
GAP = 1  # unmatched items a run may skip over, in the copy and in the source (one paragraph rewritten)
CUTS = ",;:!?。、"  # where pieces end, besides whitespace (items come folded: “，；：” half-width)

Score = Callable[[int, int], float | None]  # (earlier, later) → similarity, or None when not a repeat


class Run:
    """Later items ``start..end`` (inclusive) that repeat earlier items, pair by pair."""

    __slots__ = ("pairs",)

    def __init__(self, pairs: tuple[tuple[int, int], ...]) -> None:
        self.pairs = pairs  # (earlier, later), in order

    @property
    def start(self) -> int:
        return self.pairs[0][1]

    @property
    def end(self) -> int:
        return self.pairs[-1][1]

    def __len__(self) -> int:
        return self.end - self.start + 1


def _pieces(keys: Sequence[str]) -> list[list[str]]:
    """The stretches of each key between punctuation marks and whitespace.

    The keys are cut all at once, joined by line breaks, which no paragraph has.
    """
    parts = _cut("\n".join(keys)).split("\n")
    if len(parts) != len(keys):  # some key has a line break after all
        parts = [_cut(key) for key in keys]
    return list(map(str.split, parts))


def _cut(text: str) -> str:
    for mark in CUTS:
        text = text.replace(mark, " ")
    return text


def common_chars(a: str, b: str) -> int:
    """How many characters of ``a`` and ``b`` align, in order.

    The alignment runs on the two gram sequences, not on characters: a gram seldom occurs twice in a paragraph,
    while characters such as “的” and “，” occur dozens of times, which makes a character alignment slow on long
    paragraphs. A character counts when an aligned gram covers it.
    """
    if len(a) <= GRAM or len(b) <= GRAM:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks())
    return _aligned(_grams(a), _grams(b))


def similar_enough(a: str, b: str, threshold: float) -> float | None:
    """``common_chars(a, b)`` over the longer length; None below ``threshold``.

    The lengths alone, then the cheap bounds (characters, then grams), rule out most pairs before the alignment
    is worked out.
    """
    longer = max(len(a), len(b))
    if min(len(a), len(b)) < threshold * longer:
        return None
    if a == b:
        return 1.0
    if len(a) <= GRAM or len(b) <= GRAM:
        similarity = common_chars(a, b) / longer
    else:
        if _shared_chars(a, b) / longer < threshold:
            return None
        seq_a, seq_b = _grams(a), _grams(b)
        if _bound(seq_a, seq_b) / longer < threshold:
            return None
        similarity = _aligned(seq_a, seq_b) / longer
    return similarity if similarity >= threshold else None


def _aligned(seq_a: list[str], seq_b: list[str]) -> int:
    """``common_chars`` of the two keys whose grams these are."""
    covered_a = covered_b = end_a = end_b = 0
    for i, j, size in difflib.SequenceMatcher(None, seq_a, seq_b, autojunk=False).get_matching_blocks():
        if size:
            covered_a += i + size + GRAM - 1 - max(i, end_a)
            covered_b += j + size + GRAM - 1 - max(j, end_b)
            end_a, end_b = i + size + GRAM - 1, j + size + GRAM - 1
    return min(covered_a, covered_b)


def _bound(seq_a: list[str], seq_b: list[str]) -> int:
    """At least ``_aligned(seq_a, seq_b)``, and cheap: the characters covered by grams that the other key has too.

    The alignment uses only such grams, so it cannot cover more; most pairs the index proposes fall short of a
    repeat by this count already, and the alignment is left for the few that do not.
    """
    return min(_covered(seq_a, set(seq_b)), _covered(seq_b, set(seq_a)))


def _shared_chars(a: str, b: str) -> int:
    """At least ``_bound`` of the grams of ``a`` and ``b``, and cheaper: the characters of each that the other
    has too (of ``a``, of ``b``: the fewer). A character a gram covers is in that gram, which the other key has."""
    chars_a, chars_b = set(a), set(b)
    return min(sum(map(chars_b.__contains__, a)), sum(map(chars_a.__contains__, b)))


def _grams(key: str) -> list[str]:
    return [key[i : i + GRAM] for i in range(len(key) - GRAM + 1)]


def _covered(seq: list[str], other: Set[str]) -> int:
    """Characters under the grams of ``seq`` that are in ``other``.

    One byte per gram, 1 where the gram is in ``other``; a character is covered when the gram at its position
    or one of the GRAM - 1 grams before it is, which shifting the bytes and or-ing them counts in one go.
    """
    hits = int.from_bytes(bytes(map(other.__contains__, seq)), "little")
    covered = hits
    for shift in range(1, GRAM):
        covered |= hits << 8 * shift
    return covered.bit_count()


def find_runs(keys: Sequence[str], score: Score) -> list[Run]:
    """Maximal runs of later items that repeat earlier ones, each copy starting after its source run ends."""
    n = len(keys)
    partner: list[int | None] = [None] * n
    run_start = [0] * n
    alike = Counter(keys)  # each distinct key, with how many items have it
    pieces = dict(zip(alike, _pieces(list(alike)), strict=True))
    everyone = [pieces[key] for key in keys]
    recurring = _recurring(pieces, alike)
    sizes = list(map(len, everyone))
    index = _Index()
    previous: int | None = None  # the partner of item k - 1
    for k, own in enumerate(everyone):
        if previous is not None and previous + 1 < run_start[k - 1] and score(previous + 1, k) is not None:
            # A copy, not indexed: a later copy is found through the source.
            partner[k] = previous = previous + 1
            run_start[k] = run_start[k - 1]
            continue
        previous = None
        shared = recurring.intersection(own)  # a piece no other item has can neither vote nor be voted for
        if not shared:
            continue
        if len(shared) < MIN_SHARED * len(own):  # too few for any candidate
            index.add(k, shared)
            continue
        votes = index.add_and_vote(k, shared)
        if votes:
            chosen = _fresh(k, sizes, votes, score)
            if chosen is not None:
                partner[k] = previous = chosen
                run_start[k] = k
    return _runs(partner, run_start)


def _recurring(pieces: dict[str, list[str]], alike: Counter[str]) -> set[str]:
    """The pieces that occur more than once (mostly in more than one item).

    ``pieces``: the pieces of each distinct key; ``alike``: how many items have each key, in the same order.
    A piece recurs when the distinct keys have it twice, or when a key that has it is had by several items.
    """
    seen: set[str] = set()
    add = seen.add
    # A piece already seen recurs (``add`` returns None): no count of every piece is kept.
    recurring = {piece for piece in chain.from_iterable(pieces.values()) if piece in seen or add(piece)}
    for key, count in alike.items():
        if count > 1:
            recurring.update(pieces[key])
    return recurring


class _Index:
    """Pieces → the first POSTING_CAP items containing them (most pieces occur in one item only)."""

    def __init__(self) -> None:
        self.postings: dict[Hashable, list[int]] = {}

    def add(self, k: int, own: Set[Hashable]) -> None:
        """Index item ``k``."""
        postings = self.postings
        for piece in own:
            posting = postings.get(piece)
            if posting is None:
                postings[piece] = [k]
            elif len(posting) < POSTING_CAP:
                posting.append(k)

    def add_and_vote(self, k: int, own: Set[Hashable]) -> dict[int, int]:
        """Index item ``k``; return the earlier items that share its pieces, with how many each shares."""
        votes: dict[int, int] = {}
        postings = self.postings
        for piece in own:
            posting = postings.get(piece)
            if posting is None:
                postings[piece] = [k]
                continue
            for item in posting:
                votes[item] = votes.get(item, 0) + 1
            if len(posting) < POSTING_CAP:
                posting.append(k)
        return votes


def _fresh(k: int, sizes: list[int], votes: dict[int, int], score: Score) -> int | None:
    """The best earlier item for ``k`` to start a new run with, if any; ``sizes``: each item's count of pieces."""
    least = MIN_SHARED * sizes[k]  # the least count of any candidate; its own size may ask for more
    if max(votes.values()) < least:
        return None
    eligible = [item for item, count in votes.items() if count >= least and count >= MIN_SHARED * sizes[item]]
    if not eligible:
        return None
    if len(eligible) > CANDIDATES:
        eligible = heapq.nlargest(CANDIDATES, eligible, key=lambda item: (votes[item], -item))
    scored: list[tuple[float, int]] = []
    for item in eligible:
        similarity = score(item, k)
        if similarity is not None:
            scored.append((similarity, item))
    if not scored:
        return None
    if len(scored) > 1 and k + 1 < len(sizes):
        # Prefer the candidate whose next item also repeats: it starts the longer run.
        def continues(item: int) -> bool:
            return item + 1 < k and score(item + 1, k + 1) is not None

        return max(scored, key=lambda s: (continues(s[1]), s[0], -s[1]))[1]
    return max(scored, key=lambda s: (s[0], -s[1]))[1]


def _runs(partner: list[int | None], run_start: list[int]) -> list[Run]:
    runs: list[list[tuple[int, int]]] = []
    pairs: list[tuple[int, int]] = []
    last = 0  # the copy's last item in ``pairs``
    for k, source in enumerate(partner):
        if source is None:
            continue
        if pairs and ((k == last + 1 and run_start[k] == run_start[last]) or _bridges(pairs, source, k)):
            pairs.append((source, k))
        else:
            pairs = [(source, k)]
            runs.append(pairs)
        last = k
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
