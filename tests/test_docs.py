"""The README documents every command and option; every command has help."""
from pathlib import Path

import pytest

from timeline.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name,command", sorted(cli.commands.items()))
def test_command_documented_with_help(name, command):
    assert command.help and len(command.help.strip()) > 20
    assert f"timeline {name}" in README


@pytest.mark.parametrize("name,option", [
    (name, opt)
    for name, command in sorted(cli.commands.items())
    for param in command.params
    for opt in param.opts if opt.startswith("--")
])
def test_option_documented(name, option):
    assert option in README, f"{option} of `timeline {name}` is not in the README"


def test_readme_has_the_two_fresh_machine_commands():
    assert "timeline ingest data/articles --db data/timeline.db" in README
    assert "timeline serve --db data/timeline.db" in README
    assert "pip install -e '.[test]' && .venv/bin/python -m pytest" in README


def test_ci_runs_the_readme_test_command():
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest" in ci
    assert "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest" in README
