"""Shared fixtures for the store, export, CLI and batch tests.

Every article here is invented: short news about an invented conflict between Kestria and
Valdora (towns Orlec, Merrin, Dremka; the Varnow river), written inline so the tests never
depend on the seed corpus.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sitrep.cli import cli

# helper modules shared by test folders (corpus_checks.py); importlib mode puts no test folder on
# sys.path
sys.path.insert(0, str(Path(__file__).parent))

# .txt pages: a headline, body paragraphs, a little page chrome
TXT_ARTICLES: dict[str, str] = {
    "orlec_shelling.txt": (
        "Kestrian artillery shells outskirts of Orlec\n"
        "\n"
        "Advertisement\n"
        "\n"
        "Kestrian artillery shelled the eastern outskirts of Orlec on Tuesday, local officials "
        "said, damaging a school and a water pumping station.\n"
        "\n"
        "The Valdoran defence ministry said its air defences had intercepted four drones over "
        "the Varnow river during the night.\n"
        "\n"
        "Sign up for our newsletter\n"
    ),
    "merrin_talks.txt": (
        "Ceasefire talks resume in Merrin\n"
        "\n"
        "Negotiators from Kestria and Valdora met in Merrin on Wednesday for a second round of "
        "ceasefire talks brokered by the Northern Council.\n"
        "\n"
        "A Council spokesperson said both delegations had agreed to discuss a prisoner exchange "
        "before the end of the month.\n"
    ),
    "dremka_aid.txt": (
        "Aid convoy reaches besieged Dremka\n"
        "\n"
        "A convoy of twelve trucks carrying food and medicine reached the besieged town of "
        "Dremka on Thursday, the Valdoran Red Cross said.\n"
        "\n"
        "Residents have been without running water for nine days, according to the town's "
        "mayor.\n"
        "\n"
        "Share on Facebook\n"
    ),
}

# article objects as a .json list
JSON_ARTICLES: list[dict] = [
    {
        "title": "Valdora recalls ambassador from Kestria",
        "outlet": "Valdora Herald",
        "url": "https://herald.example/valdora-recalls-ambassador",
        "authors": ["Mira Tolan"],
        "text": ("Valdora recalled its ambassador from the Kestrian capital on Friday after a "
                 "missile strike on a rail depot near Merrin.\n\n"
                 "The foreign ministry said the strike killed three railway workers."),
    },
    {
        "title": "Kestrian troops dig in along the Varnow",
        "outlet": "Kestria Today",
        "text": ("Kestrian troops were seen digging new trenches along the western bank of the "
                 "Varnow river on Saturday, satellite images showed.\n\n"
                 "Military analysts said the works suggested Kestria expected a long standoff."),
    },
]


def write_corpus(folder: Path) -> Path:
    """The standard small corpus: three .txt pages and a .json list of two articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in TXT_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "wire.json").write_text(json.dumps(JSON_ARTICLES, ensure_ascii=False), encoding="utf-8")
    return folder


N_CORPUS_DOCUMENTS = len(TXT_ARTICLES) + len(JSON_ARTICLES)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder holding the standard small corpus (N_CORPUS_DOCUMENTS documents)."""
    return write_corpus(tmp_path / "articles")


@pytest.fixture
def txt_articles() -> dict[str, str]:
    return dict(TXT_ARTICLES)


@pytest.fixture
def json_articles() -> list[dict]:
    return [dict(a) for a in JSON_ARTICLES]


@pytest.fixture
def corpus_size() -> int:
    return N_CORPUS_DOCUMENTS


def _runner() -> CliRunner:
    try:                                    # click < 8.2 mixes stderr into stdout by default
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:                       # click >= 8.2 always keeps them apart
        return CliRunner()


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke ``sitrep ARGS...`` in process; the result has exit_code, stdout and stderr apart.
    Exceptions other than SystemExit propagate, so a traceback fails the test visibly."""
    runner = _runner()

    def run(*args: object) -> Result:
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return run
