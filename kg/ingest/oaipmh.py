"""OAI-PMH responses as a harvester saves them: the EDM records a ``ListRecords`` (or
``GetRecord``) response carries, one ``rdf:RDF`` document per ``<record>``.

Europeana and its aggregators publish EDM over OAI-PMH (``metadataPrefix=edm``); a harvest is a
series of responses, each ending in a ``resumptionToken`` that asks for the next. A saved
response is read as it is: its records are the collection, a record whose header says
``status="deleted"`` is left out and counted, and the token is not followed (nothing is
fetched). The file is read a record at a time, so a large response is not held whole.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from ..errors import InputError
from ..vocab import OAI_PMH, RDF

_OAI = "{" + str(OAI_PMH) + "}"
_RDF_ROOT = "{" + str(RDF) + "}RDF"
#: The first element of an XML file, past its declaration, comments and doctype.
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>\s*)*\s*<([A-Za-z_][\w.:-]*)", re.S)


def is_oai_pmh(path: Path) -> bool:
    """Whether ``path`` is an XML file whose root element is ``OAI-PMH`` (read from its start)."""
    with open(path, "rb") as f:
        head = f.read(65536)
    found = _PROLOG.match(head.removeprefix(b"\xef\xbb\xbf"))
    return bool(found) and found[1].rsplit(b":", 1)[-1] == b"OAI-PMH"


@dataclass
class Harvest:
    """What a response held besides its records: how many were deleted, and the token that
    asks for the next response."""

    records: int = 0
    deleted: int = 0
    token: str = ""

    def note(self, path: Path) -> str:
        """One line saying what was read and what was not."""
        line = f"{path}: OAI-PMH response, {self.records} records read"
        if self.deleted:
            line += f", {self.deleted} deleted (status=\"deleted\": left out)"
        if self.token:
            line += (f"; the harvest goes on past this response (resumptionToken {self.token!r}), "
                     "which is not fetched: give each saved response in turn")
        return line


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def records(path: Path, harvest: Harvest) -> Iterator[tuple[str, bytes]]:
    """Each live record of the response: (its name for errors, its ``rdf:RDF`` as an XML
    document); ``harvest`` counts the deleted ones and keeps the token."""
    n = 0
    parents: list[ET.Element] = []
    try:
        for event, element in ET.iterparse(path, events=("start", "end")):
            if event == "start":
                parents.append(element)
                continue
            parents.pop()
            if element.tag == _OAI + "error":  # the repository's answer instead of records
                code = element.get("code", "")
                if code != "noRecordsMatch":
                    raise InputError(f"the repository answered an OAI-PMH error instead of records: "
                                     f"{code}: {_text(element)}", where=str(path))
            elif element.tag == _OAI + "resumptionToken":
                harvest.token = _text(element)
            elif element.tag == _OAI + "record":
                n += 1
                header = element.find(_OAI + "header")
                identifier = _text(header.find(_OAI + "identifier") if header is not None else None)
                name = f"record {n}" + (f" ({identifier})" if identifier else "")
                if header is not None and header.get("status") == "deleted":
                    harvest.deleted += 1
                else:
                    yield name, _document(element, name, path)
                    harvest.records += 1
                element.clear()  # and out of its parent: a large response is read in constant memory
                if parents:
                    parents[-1].remove(element)
    except ET.ParseError as e:
        raise InputError(f"not XML: {e}",
                         where=f"{path}:{e.position[0]}") from None


def _document(record: ET.Element, name: str, path: Path) -> bytes:
    metadata = record.find(_OAI + "metadata")
    content = list(metadata) if metadata is not None else []
    if not content:
        raise InputError("the record has no metadata", where=f"{path}: {name}")
    if content[0].tag != _RDF_ROOT:
        raise InputError(f"the record's metadata is {content[0].tag}, not EDM's rdf:RDF (harvest "
                         "with metadataPrefix=edm)", where=f"{path}: {name}")
    return ET.tostring(content[0], encoding="utf-8")
