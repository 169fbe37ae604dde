"""``jxlint serve``: the local web page (``app``), its per-file worker processes and its view data."""
