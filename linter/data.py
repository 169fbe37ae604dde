"""Loading the YAML data files shipped beside the code (word lists, lexicons)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

# The C loader is several times faster where PyYAML was built with libyaml; both construct no objects.
SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    return yaml.load(text, Loader=SafeLoader)


@cache
def package_yaml(package: str, name: str) -> Any:
    """A YAML file shipped in ``package`` (e.g. ``package_yaml("rules.text", "residue.yaml")``), parsed once."""
    return safe_load(resources.files(package).joinpath(name).read_text("utf-8"))
