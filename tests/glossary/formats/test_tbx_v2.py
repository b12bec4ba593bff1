"""TBX-Basic v2 (``martif``) export: the Translate Toolkit's reader (what Weblate uses) finds
every term with its status, and termaid reads its own v2 export back to the same glossary."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import glossary, plain, samples  # noqa: F401 (fixtures)

from glossary import Glossary
from glossary.formats.tbx import generate_tbx, parse_tbx, tbx_id, write_tbx

#: The TBX-Basic v2 RelaxNG of the TBX-Basic package, where ../shared/samples holds it.
V2_RNG = "TBXBasicRNGV02.rng"


def _v2(glossary: Glossary) -> bytes:
    return "".join(generate_tbx(glossary, version=2)).encode()


def test_v2_is_martif_with_term_entries(glossary: Glossary) -> None:
    from lxml import etree

    root = etree.fromstring(_v2(glossary))
    assert (root.tag, root.get("type")) == ("martif", "TBX-Basic")
    assert [child.tag for child in root] == ["martifHeader", "text"]
    assert root.find("martifHeader/encodingDesc/p").text == "TBXBasicXCSV02.xcs"
    entries = root.findall("text/body/termEntry")
    assert [e.get("id") for e in entries] == ["abbas-araghchi", "iran", "tehran", "mir", "_2024-vote", "vote",
                                              "guard-corps"]
    assert not root.xpath("//conceptEntry | //langSec | //termSec")
    assert len(root.findall("text/body/termEntry/langSet/tig/term")) == sum(len(e.terms) for e in glossary)


def test_v2_round_trip_is_lossless(glossary: Glossary, tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    write_tbx(path, glossary, version=2)
    result = parse_tbx(path.read_bytes(), name="g.tbx")
    assert plain(result.entries) == plain(glossary)
    assert result.problems == ()
    assert result.typed == {e.id for e in glossary}


@pytest.mark.parametrize("target", ["de", "fa", "ru"])
def test_translate_toolkit_reads_every_term_and_status(glossary: Glossary, target: str) -> None:
    from translate.storage.tbx import tbxfile

    store = tbxfile.parsestring(_v2(glossary), sourcelanguage="en", targetlanguage=target)
    units = {unit.getid(): unit for unit in store.units}
    assert list(units) == [tbx_id(e.id) for e in glossary]
    for entry in glossary:
        unit = units[tbx_id(entry.id)]
        for lang, terms in (("en", unit.get_source_terms()), (target, unit.get_target_terms(target))):
            ours = [t for t in entry.terms if t.lang == lang]
            assert [t.text for t in terms] == [t.text for t in ours]
            assert [t.deprecated for t in terms] == [t.status.discouraged for t in ours]
        ours_target = [t.text for t in entry.terms if t.lang == target]
        assert unit.target == (ours_target[0] if ours_target else None)
        assert not unit.isobsolete()


def test_v2_validates_against_the_tbx_basic_v2_schema(glossary: Glossary, samples: Path) -> None:
    rng = samples / "schemas" / V2_RNG
    if not rng.is_file():
        pytest.skip(f"../shared/samples/schemas has no {V2_RNG}")
    from tbx_schemas import relaxng_errors

    assert relaxng_errors(_v2(glossary), rng) == []
