"""Each layer imports on its own, first in a fresh interpreter: the quote package, the credit
line module and the models import one another lazily, and a module-level import in the wrong
direction breaks only for the command that happens to import that module first
(`socialkit card` imports socialkit.attribution before the quote package)."""

from __future__ import annotations

import subprocess
import sys

import pytest

MODULES = ["socialkit.attribution", "socialkit.models", "socialkit.posts", "socialkit.cards",
           "socialkit.quotes", "socialkit.quotes.attribute", "socialkit.pipeline",
           "socialkit.cli"]


@pytest.mark.parametrize("module", MODULES)
def test_the_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr.strip().splitlines()[-1:]
