"""``--format json`` writes a file's findings straight to text: the same text as the generic writer gives for the
documented dicts (``to_data``), and so as ``json.dumps(..., ensure_ascii=False, indent=2)``."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from linter.diagnostics import Message, Severity
from linter.document import Location
from linter.outcome import EditAt, FileResult, Finding, FixAt, Position, RelatedAt
from linter.render import indented_json
from linter.render.json_out import _diagnostic, _diagnostics_text, to_data, write_json

texts = st.text(max_size=12)  # quotes, backslashes, control characters and CJK all come up
messages = st.builds(Message, texts, texts)
positions = st.builds(Position, *[st.integers(min_value=1, max_value=10**6)] * 4)
locations = st.none() | st.builds(
    Location,
    st.sampled_from(["paragraph", "table", "sheet", "page"]),
    *[st.none() | st.integers(min_value=1, max_value=500)] * 4,
    st.none() | texts,
    st.none() | texts,
    st.none() | st.integers(min_value=1, max_value=500),
    st.none() | st.integers(min_value=1, max_value=500),
    st.none() | texts,
)
fixes = st.none() | st.builds(
    FixAt, messages, st.booleans(), st.lists(st.builds(EditAt, positions, texts), max_size=3).map(tuple)
)
findings = st.builds(
    Finding,
    texts,
    texts,
    st.sampled_from(list(Severity)),
    messages,
    positions,
    locations,
    st.lists(st.builds(RelatedAt, positions, messages, locations), max_size=3).map(tuple),
    fixes,
)
langs = st.sampled_from(["zh", "en"])


@given(st.lists(findings, max_size=4), langs)
def test_findings_written_as_the_generic_writer_writes_their_dicts(found: list[Finding], lang: str) -> None:
    expected = indented_json.dumps([_diagnostic(f, lang) for f in found], 3)
    assert _diagnostics_text(found, lang) == expected


@given(
    st.lists(
        st.builds(FileResult, texts, st.none() | messages, st.lists(findings, max_size=3).map(tuple)),
        max_size=3,
    ),
    langs,
)
def test_the_whole_output_is_the_standard_librarys_text(results: list[FileResult], lang: str) -> None:
    stream = io.StringIO()
    write_json(results, stream, lang)
    assert stream.getvalue() == json.dumps(to_data(results, lang), ensure_ascii=False, indent=2) + "\n"
