from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "deep", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("JXLINT_HYPOTHESIS", "ci"))

# The parsed-data and parser caches of this test run (the commands the tests start inherit it), not the user's.
os.environ.setdefault("JXLINT_CACHE_DIR", tempfile.mkdtemp(prefix="jxlint-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT.parent / "shared" / "seed"
