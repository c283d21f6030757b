"""A story followed across two articles from two sources (the seed and a follow-up)."""
import json

import sqlite_utils
from click.testing import CliRunner

from timeline.cli import cli

from conftest import FIXTURES


def test_two_articles_one_disappearance(seed_path, db_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["ingest", str(seed_path), "--published", "2019-01-03", "--db", db_path])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["ingest", str(FIXTURES / "jo-follow-up.md"), "--db", db_path])
    assert r.exit_code == 0, r.output
    db = sqlite_utils.Database(db_path)
    rows = list(db.query(
        """select events.* from events
           join event_entities on event_entities.event_id = events.id
           join entities on entities.id = event_entities.entity_id
           where events.type = 'disappearance' and entities.name = 'Jo Song Gil'"""))
    assert len(rows) == 1
    (e,) = rows
    assert e["n_articles"] == 2 and e["n_sources"] == 2
    assert "2018-11-01" <= e["date_start"] <= e["date_end"] <= "2018-11-10"
    assert e["date_start"] == e["date_end"] == "2018-11-10"  # the narrowest both allow
    assert e["conflict"] == 0

    r = runner.invoke(cli, ["show", "Jo Song Gil", "--db", db_path, "--json"])
    assert r.exit_code == 0, r.output
    shown = json.loads(r.output)
    types = [x["type"] for x in shown]
    assert types.index("appointment") < types.index("disappearance")
    (dis,) = [x for x in shown if x["type"] == "disappearance"]
    assert {s["source"] for s in dis["sources"]} >= {"Example Korea Desk"}
    assert len(dis["sources"]) == 2
