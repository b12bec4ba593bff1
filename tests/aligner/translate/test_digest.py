"""aligner.digest: the digest as a library result, and the CLI printing exactly that."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aligner.aligner import Aligner
from aligner.digest import Digest, TermReport, load_translators, make_digest
from aligner.errors import LanguageError
from aligner.source import Source
from aligner.translate.backend import Translator
from aligner.translate.errors import ModelNotInstalledError
from glossary import load_glossary

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "translate"
GLOSSARY = FIXTURES / "glossary.yaml"
ARTICLES = FIXTURES / "articles"
FILES = (ARTICLES / "report.en.txt", ARTICLES / "bericht.de.txt")


@pytest.fixture(scope="module")
def aligner() -> Aligner:
    return Aligner(load_glossary(GLOSSARY))


def _sources() -> list[Source]:
    return [
        Source(str(FILES[0]), FILES[0].read_text(encoding="utf-8"), "en"),
        Source(str(FILES[1]), FILES[1].read_text(encoding="utf-8"), "de"),
    ]


def _digest(aligner: Aligner, echo_dir: Path, **options: object) -> Digest:
    translators = load_translators({"en"}, "de", directory=echo_dir)
    return make_digest(
        _sources(), aligner=aligner, to="de", translators=translators, **options  # type: ignore[arg-type]
    )


def test_digest_is_a_typed_immutable_result(aligner: Aligner, echo_dir: Path) -> None:
    steps: list[str] = []
    digest = _digest(aligner, echo_dir, sentences=4, progress=steps.append)
    assert steps == ["aligned the sources", "picked the sentences", "translated"]
    assert isinstance(digest, Digest) and isinstance(digest.report, TermReport)
    with pytest.raises(dataclasses.FrozenInstanceError):
        digest.to = "en"  # type: ignore[misc]
    assert digest.to == "de" and [s.lang for s in digest.sources] == ["en", "de"]
    assert len(digest.sentences) == 4
    for sentence in digest.sentences:
        if sentence.pick.lang == "de":  # already German: normalized, not translated
            assert sentence.text == aligner.normalize(sentence.pick.text, lang="de").text
        else:  # the echo model copies words; names come out German
            assert "Lavrov" not in sentence.text and "Araghchi" not in sentence.text
    assert digest.text == "\n\n".join(s.text for s in digest.sentences)
    assert {e.entry_id for e in digest.entities} >= {"abbas-araghchi", "sergei-lavrov"}
    assert digest.report.missing == ()
    assert [c.entry_id for c in digest.report.entities] == sorted(
        c.entry_id for c in digest.report.entities
    )


def test_markdown_cites_sources_and_reports_terms(aligner: Aligner, echo_dir: Path) -> None:
    digest = _digest(aligner, echo_dir, sentences=4)
    md = digest.to_markdown()
    lines = md.splitlines()
    assert lines[:2] == ["# Digest", ""]
    for n, sentence in enumerate(digest.sentences, 2):
        number = 1 if sentence.pick.lang == "en" else 2
        assert lines[n] == f"{sentence.text} [{number}]"
    assert f"1. {FILES[0]} (en)" in lines and f"2. {FILES[1]} (de)" in lines
    assert "| entity | [1] | [2] |" in lines
    assert "## Terms" in lines and "Nothing was translated." not in lines
    for coverage in digest.report.entities:
        assert any(line.startswith(f"- {coverage.label}: ok (") for line in lines)


def test_report_merges_batches(aligner: Aligner, echo_dir: Path) -> None:
    digest = _digest(aligner, echo_dir, sentences=6)
    data = digest.to_dict()
    assert list(data) == ["to", "sources", "sentences", "entities", "report"]
    assert list(data["report"]) == [
        "entities", "missing", "forbidden", "placeholders_lost", "piecewise_sentences",
    ]
    english = [s.pick for s in digest.sentences if s.pick.lang == "en"]
    mentioned = {e for p in english for e in p.entities}
    assert {c["id"] for c in data["report"]["entities"]} == mentioned
    doubled = TermReport.merged([_translation(aligner, echo_dir)] * 2)
    single = TermReport.merged([_translation(aligner, echo_dir)])
    for two, one in zip(doubled.entities, single.entities, strict=True):
        assert two.source_count == 2 * one.source_count
        assert two.target_forms == tuple(sorted(one.target_forms))


def _translation(aligner: Aligner, echo_dir: Path):  # type: ignore[no-untyped-def]
    from aligner.translate.enforce import enforce_translation

    translator = load_translators({"en"}, "de", directory=echo_dir)["en"]
    return enforce_translation(
        "Lavrov met Araghchi in Moscow.", aligner=aligner, translator=translator,
        from_code="en", to_code="de",
    )


def test_only_german_sources_need_no_translator(aligner: Aligner) -> None:
    german = [s for s in _sources() if s.lang == "de"]
    digest = make_digest(german, aligner=aligner, to="de", translators={}, sentences=2)
    assert digest.report.entities == ()
    assert "Nothing was translated." in digest.to_markdown()


def test_missing_translator_fails_before_any_work(aligner: Aligner) -> None:
    steps: list[str] = []
    with pytest.raises(LanguageError, match="no translator from en to de"):
        make_digest(_sources(), aligner=aligner, to="de", translators={}, progress=steps.append)
    assert steps == []


def test_load_translators(echo_dir: Path, tmp_path: Path) -> None:
    assert isinstance(load_translators(["en"], "de", directory=echo_dir)["en"], Translator)
    with pytest.raises(LanguageError, match="already in de"):
        load_translators(["en", "de"], "de", directory=echo_dir)
    with pytest.raises(ModelNotInstalledError):
        load_translators(["en"], "de", directory=tmp_path)


def test_cli_prints_the_library_result(aligner: Aligner, echo_dir: Path, tmp_path: Path) -> None:
    """``termaid digest`` as a real process prints to_markdown() and to_dict() of the library."""
    digest = _digest(aligner, echo_dir, sentences=4)
    env = {**os.environ, "TERMAID_CACHE_DIR": str(tmp_path / "cache")}
    common = [sys.executable, "-m", "termaid", "digest", *map(str, FILES), "--to", "de",
              "--sentences", "4", "--models-dir", str(echo_dir), "--glossary", str(GLOSSARY)]
    md = subprocess.run(common, capture_output=True, text=True, env=env, check=False)
    assert md.returncode == 0, md.stderr
    assert md.stdout == digest.to_markdown()
    js = subprocess.run([*common, "--format", "json"], capture_output=True, text=True, env=env,
                        check=False)
    assert js.returncode == 0, js.stderr
    assert json.loads(js.stdout) == json.loads(json.dumps(digest.to_dict()))
