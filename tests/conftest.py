from pathlib import Path

import pytest

from timeline.store import open_db

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "nk-ambassador-italy.txt"
SEED_EXPECTED = SHARED / "seed" / "nk-ambassador-italy.expected.yml"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def db():
    """An in-memory, migrated timeline database."""
    database = open_db()
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "timeline.db")


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (../shared is absent)")
    return SEED


@pytest.fixture
def seed_expected():
    if not SEED_EXPECTED.exists():
        pytest.skip(f"seed annotation not found at {SEED_EXPECTED} (../shared is absent)")
    import yaml

    return yaml.safe_load(SEED_EXPECTED.read_text())


@pytest.fixture
def seed_db_file(tmp_path, seed_path):
    """The seed's expected events, stored as ingest stores them, in news.db.

    Named news.db on purpose: the packaged metadata is keyed `timeline`, and
    the plugin must apply it whatever the file is called.
    """
    from timeline_seed import build_seed_db

    path = tmp_path / "news.db"
    build_seed_db(path, seed_path.read_text(encoding="utf-8")).close()
    return path
