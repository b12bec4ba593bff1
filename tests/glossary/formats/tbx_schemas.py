"""Checking TBX against the official TBX v3 core RelaxNG and TBX-Basic Schematron.

lxml runs the RelaxNG. lxml's Schematron is XSLT 1 and cannot run the TBX-Basic rules
(they use XPath 2, such as ``matches()``), so :func:`schematron_errors` evaluates them
with elementpath: each pattern's rules in order, a node fired by one rule of a pattern
not tried by its later rules, every assert's test as XPath 2 with the rule's node as
context item, as ISO Schematron prescribes.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

SCH = "{http://purl.oclc.org/dsdl/schematron}"


def relaxng_errors(tbx: bytes, rng: Path) -> list[str]:
    """RelaxNG validation errors of *tbx* (empty when valid)."""
    schema = etree.RelaxNG(etree.parse(str(rng)))
    doc = etree.fromstring(tbx, etree.XMLParser(resolve_entities=False, no_network=True))
    if schema.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in schema.error_log]


def schematron_errors(tbx: bytes, sch: Path) -> list[str]:
    """Failed Schematron asserts of *tbx*: ``line N: message``."""
    import elementpath

    schema = etree.parse(str(sch)).getroot()
    namespaces = {ns.get("prefix"): ns.get("uri") for ns in schema.iter(f"{SCH}ns")}
    doc = etree.fromstring(tbx, etree.XMLParser(resolve_entities=False, no_network=True))
    tree = doc.getroottree()
    errors = []
    for pattern in schema.iter(f"{SCH}pattern"):
        fired: set[int] = set()
        for rule in pattern.iter(f"{SCH}rule"):
            context = rule.get("context")
            nodes = elementpath.select(tree, "//" + context, namespaces=namespaces)
            for node in nodes:
                key = id(node) if not hasattr(node, "getparent") else hash((node, 0))
                if key in fired:
                    continue
                fired.add(key)
                for check in rule.iter(f"{SCH}assert"):
                    ok = elementpath.select(tree, f"boolean({check.get('test')})",
                                            namespaces=namespaces, item=node)
                    if not ok:
                        line = getattr(node, "sourceline", None) or getattr(getattr(node, "getparent", lambda: None)(), "sourceline", "?")
                        errors.append(f"line {line}: {' '.join((check.text or '').split())}")
    return errors
