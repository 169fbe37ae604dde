"""Line starts (and so every line and column jxlint reports) after CRLF, CR and LF alike."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from linter.model import line_starts


@given(st.text(alphabet="\r\n中a ", max_size=40))
def test_line_starts_after_every_line_break(text: str) -> None:
    assert line_starts(text) == [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]
