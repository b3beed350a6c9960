from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
SHARED = REPO.parent / "shared"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def shared() -> Path:
    """../shared beside the repository; tests that need it skip cleanly on a fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (fresh clone): this test reads the shared seed/corpus")
    return SHARED


@pytest.fixture
def seed_article_path(shared: Path) -> Path:
    path = shared / "seed" / "article.txt"
    if not path.is_file():
        pytest.skip("../shared/seed/article.txt is absent")
    return path
