"""Europeana Data Model records: an artwork per edm:ProvidedCHO, in every RDF syntax EDM comes in."""
from __future__ import annotations

import json
from dataclasses import replace

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.ingest import read_collection

PREFIXES = """xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
  xmlns:edm="http://www.europeana.eu/schemas/edm/" xmlns:ore="http://www.openarchives.org/ore/terms/"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:owl="http://www.w3.org/2002/07/owl#\""""
CHO = "http://data.museum.example/item/SK-A%201505"
MARK = "http://creativecommons.org/publicdomain/mark/1.0/"
#: A record as a provider sends it: properties on the CHO, contextual resources beside it.
RECORD = f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF {PREFIXES}>
  <edm:ProvidedCHO rdf:about="{CHO}">
    <dc:title xml:lang="it">San Giorgio e il drago</dc:title>
    <dc:title xml:lang="en">Saint George and the Dragon</dc:title>
    <dc:title xml:lang="de">Der heilige Georg</dc:title>
    <dc:description xml:lang="it">Un cavaliere a cavallo.</dc:description>
    <dc:description xml:lang="en">A knight on a horse.</dc:description>
    <dc:creator rdf:resource="http://data.museum.example/agent/raphael"/>
    <dc:subject rdf:resource="http://iconclass.org/11H(GEORGE)"/>
    <dc:subject rdf:resource="#horse"/>
    <dc:subject>dragon</dc:subject>
    <dcterms:temporal rdf:resource="http://data.museum.example/time/1505"/>
    <dc:type xml:lang="en">painting</dc:type>
    <dc:type rdf:resource="http://vocab.getty.edu/aat/300033618"/>
    <edm:type>IMAGE</edm:type>
  </edm:ProvidedCHO>
  <edm:Agent rdf:about="http://data.museum.example/agent/raphael">
    <skos:prefLabel xml:lang="it">Raffaello Sanzio</skos:prefLabel>
    <skos:prefLabel xml:lang="en">Raphael</skos:prefLabel>
  </edm:Agent>
  <skos:Concept rdf:about="#horse"><skos:prefLabel xml:lang="en">horse</skos:prefLabel></skos:Concept>
  <edm:TimeSpan rdf:about="http://data.museum.example/time/1505"><edm:begin>1504</edm:begin></edm:TimeSpan>
  <ore:Aggregation rdf:about="http://data.museum.example/aggregation/SK-A-1505">
    <edm:aggregatedCHO rdf:resource="{CHO}"/>
    <edm:isShownBy rdf:resource="https://images.museum.example/sk-a-1505.jpg"/>
    <edm:isShownAt rdf:resource="https://www.museum.example/object/SK-A-1505"/>
    <edm:rights rdf:resource="{MARK}"/>
    <edm:dataProvider rdf:resource="http://data.museum.example/org"/>
    <edm:provider>An Aggregator</edm:provider>
  </ore:Aggregation>
  <foaf:Organization rdf:about="http://data.museum.example/org">
    <foaf:name xml:lang="nl">Rijksmuseum</foaf:name>
  </foaf:Organization>
</rdf:RDF>
"""


def _rdf(tmp_path, body: str, name: str = "c.rdf"):
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF {PREFIXES}>\n{body}\n</rdf:RDF>\n',
                    encoding="utf-8")
    return path


def _cho(about: str, *properties: str) -> str:
    return f'<edm:ProvidedCHO rdf:about="{about}">{"".join(properties)}</edm:ProvidedCHO>'


def test_a_providers_record_gives_every_field(tmp_path):
    path = tmp_path / "c.rdf"
    path.write_text(RECORD, encoding="utf-8")
    [art] = read_collection(path)
    assert (art.identifier, art.same_as) == ("SK-A 1505", CHO)  # the IRI's last segment, decoded
    assert (art.title, art.language) == ("Saint George and the Dragon", "en")
    assert (art.description, art.description_language) == ("A knight on a horse.", "")
    assert (art.creator, art.date, art.institution) == ("Raphael", "1504", "Rijksmuseum")
    assert art.image == "https://images.museum.example/sk-a-1505.jpg"
    assert art.page == "https://www.museum.example/object/SK-A-1505"
    assert art.rights == MARK and art.type == "http://vocab.getty.edu/aat/300033618"
    assert art.subjects == ("http://iconclass.org/11H(GEORGE)", "horse", "dragon")
    assert art.source == f"c.rdf:<{CHO}>"


def test_the_same_record_in_turtle_n_triples_and_json_ld(tmp_path):
    rdfxml = tmp_path / "c.rdf"
    rdfxml.write_text(RECORD, encoding="utf-8")
    [expected] = read_collection(rdfxml)
    triples = list(ox.parse(path=rdfxml, format=ox.RdfFormat.RDF_XML, base_iri=rdfxml.resolve().as_uri()))
    for name, fmt in (("c.ttl", ox.RdfFormat.TURTLE), ("c.nt", ox.RdfFormat.N_TRIPLES),
                      ("c.jsonld", ox.RdfFormat.JSON_LD), ("c.XML", ox.RdfFormat.RDF_XML)):
        (tmp_path / name).write_bytes(ox.serialize(triples, format=fmt))
        [art] = read_collection(tmp_path / name)
        assert art == replace(expected, source=art.source), name


def test_json_ld_with_its_context_in_the_file(tmp_path):
    path = tmp_path / "c.jsonld"
    path.write_text(json.dumps({
        "@context": {"edm": "http://www.europeana.eu/schemas/edm/", "dc": "http://purl.org/dc/elements/1.1/",
                     "ore": "http://www.openarchives.org/ore/terms/"},
        "@graph": [{"@id": "http://x.example/item/7", "@type": "edm:ProvidedCHO",
                    "dc:identifier": "inv. 7", "dc:title": {"@value": "Judith", "@language": "nl"}},
                   {"@id": "http://x.example/agg/7", "@type": "ore:Aggregation",
                    "edm:aggregatedCHO": {"@id": "http://x.example/item/7"},
                    "edm:isShownBy": {"@id": "http://x.example/7.jpg"}, "edm:dataProvider": "Museum"}]}),
        encoding="utf-8")
    [art] = read_collection(path)
    assert (art.identifier, art.inventory_number, art.title, art.language) == ("inv. 7", "inv. 7", "Judith", "nl")
    assert (art.image, art.institution, art.same_as) == ("http://x.example/7.jpg", "Museum", "http://x.example/item/7")


@pytest.mark.parametrize("titles, chosen", [
    ('<dc:title xml:lang="it">San Giorgio</dc:title><dc:title>Saint George</dc:title>', ("Saint George", "")),
    ('<dc:title xml:lang="it">San Giorgio</dc:title><dc:title xml:lang="en-GB">Saint George</dc:title>',
     ("Saint George", "en-gb")),  # the parser writes tags in lower case
    ('<dc:title xml:lang="it">San Giorgio</dc:title><dc:title xml:lang="de">Sankt Georg</dc:title>',
     ("Sankt Georg", "de")),  # no English: the smallest tag
])
def test_of_several_languages_untagged_then_english_then_the_smallest_tag(tmp_path, titles, chosen):
    path = _rdf(tmp_path, _cho("http://x.example/item/1", titles,
                               '<dc:description xml:lang="it">Un cavaliere.</dc:description>'))
    [art] = read_collection(path)
    assert (art.title, art.language) == chosen
    # the description keeps its own language where the title's is another
    assert (art.description, art.description_language) == ("Un cavaliere.", "" if chosen[1] == "it" else "it")


@pytest.mark.parametrize("dates, date", [
    ("<dcterms:created>1505</dcterms:created><dc:date>c. 1500</dc:date>", "1505"),
    ("<dc:date>c. 1500</dc:date>", "c. 1500"),
    ('<dcterms:temporal rdf:resource="http://x.example/t"/>', "16th century"),
])
def test_the_date_is_created_else_date_else_the_time_span(tmp_path, dates, date):
    path = _rdf(tmp_path, _cho("http://x.example/item/1", "<dc:title>T</dc:title>", dates) +
                '<edm:TimeSpan rdf:about="http://x.example/t"><skos:prefLabel xml:lang="en">16th century'
                '</skos:prefLabel><edm:begin>1501</edm:begin></edm:TimeSpan>')
    assert read_collection(path)[0].date == date


def test_a_record_as_europeana_publishes_it_with_proxies(tmp_path):
    """Europeana's records put the properties on ore:Proxy resources for the CHO: the provider's
    first, then Europeana's (its enrichments); its own aggregation is no provider's."""
    item = "http://data.europeana.eu/item/90402/SK_A_1505"
    path = _rdf(tmp_path, f"""
      <edm:ProvidedCHO rdf:about="{item}"/>
      <ore:Proxy rdf:about="http://data.europeana.eu/proxy/europeana/90402/SK_A_1505">
        <dc:creator rdf:resource="http://data.europeana.eu/agent/base/146741"/>
        <edm:europeanaProxy>true</edm:europeanaProxy>
        <ore:proxyFor rdf:resource="{item}"/>
      </ore:Proxy>
      <ore:Proxy rdf:about="http://data.europeana.eu/proxy/provider/90402/SK_A_1505">
        <dc:title xml:lang="nl">Sint-Joris en de draak</dc:title>
        <dc:subject rdf:resource="http://iconclass.org/11H(GEORGE)"/>
        <edm:europeanaProxy>false</edm:europeanaProxy>
        <ore:proxyFor rdf:resource="{item}"/>
      </ore:Proxy>
      <edm:Agent rdf:about="http://data.europeana.eu/agent/base/146741">
        <skos:prefLabel xml:lang="nl">Raffaël</skos:prefLabel><skos:prefLabel xml:lang="en">Raphael</skos:prefLabel>
      </edm:Agent>
      <edm:EuropeanaAggregation rdf:about="http://data.europeana.eu/aggregation/europeana/90402/SK_A_1505">
        <edm:aggregatedCHO rdf:resource="{item}"/><edm:dataProvider>Europeana Foundation</edm:dataProvider>
      </edm:EuropeanaAggregation>
      <ore:Aggregation rdf:about="http://data.europeana.eu/aggregation/provider/90402/SK_A_1505">
        <edm:aggregatedCHO rdf:resource="{item}"/><edm:dataProvider>Rijksmuseum</edm:dataProvider>
        <edm:object rdf:resource="https://lh3.example/SK_A_1505"/>
      </ore:Aggregation>""")
    [art] = read_collection(path)
    assert (art.identifier, art.title, art.language) == ("SK_A_1505", "Sint-Joris en de draak", "nl")
    assert (art.creator, art.institution, art.subjects) == ("Raphael", "Rijksmuseum", ("http://iconclass.org/11H(GEORGE)",))
    assert art.image == "https://lh3.example/SK_A_1505"  # no edm:isShownBy: the edm:object


def test_not_rdf_is_an_error_with_the_parsers_message_and_line(tmp_path):
    path = _rdf(tmp_path, _cho("http://x.example/item/1", "\n<dc:title>T</dc:titel>"))
    with pytest.raises(InputError, match=r"not RDF/XML: .*dc:titel") as err:
        read_collection(path)
    assert err.value.where == f"{path}:8"  # the line of the mismatched tag
    path = tmp_path / "c.ttl"
    path.write_text("@prefix dc: <http://purl.org/dc/elements/1.1/> .\n\n<http://x.example/a> dc:title \"T .\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="not Turtle: ") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"
    path = tmp_path / "c.jsonld"
    path.write_text('{"@context": "http://www.europeana.eu/schemas/context/edm.jsonld", "@id": "http://x.example/a"}',
                    encoding="utf-8")
    with pytest.raises(InputError, match="not JSON-LD: .*nothing is fetched"):
        read_collection(path)


def test_a_file_without_a_provided_cho_is_an_error(tmp_path):
    path = _rdf(tmp_path, '<rdf:Description rdf:about="http://x.example/1"><dc:title>T</dc:title></rdf:Description>')
    with pytest.raises(InputError, match="no edm:ProvidedCHO among its 1 triples") as err:
        read_collection(path)
    assert err.value.where == str(path)


def test_a_cho_without_title_names_its_iri(tmp_path):
    path = _rdf(tmp_path, _cho("http://x.example/item/1", "<dc:title>T</dc:title>") +
                _cho("http://x.example/item/2", "<dc:creator>Someone</dc:creator>"))
    with pytest.raises(InputError, match="has no dc:title") as err:
        read_collection(path)
    assert err.value.where == f"{path}: <http://x.example/item/2>"


def test_two_chos_with_one_identifier_are_an_error_naming_both(tmp_path):
    path = _rdf(tmp_path, _cho("http://x.example/a/1", "<dc:title>T</dc:title><dc:identifier>inv 1</dc:identifier>") +
                _cho("http://x.example/b/1", "<dc:title>U</dc:title><dc:identifier>inv 1</dc:identifier>"))
    with pytest.raises(InputError, match=r"duplicate identifier 'inv 1' \(also of <http://x.example/a/1>\)") as err:
        read_collection(path)
    assert err.value.where == f"{path}: <http://x.example/b/1>"
    # a blank-node CHO has no IRI to take an identifier from
    path = _rdf(tmp_path, "<edm:ProvidedCHO><dc:title>T</dc:title></edm:ProvidedCHO>")
    with pytest.raises(InputError, match="no dc:identifier and no IRI") as err:
        read_collection(path)
    assert err.value.where == f"{path}: ProvidedCHO 1 (a blank node)"


def test_the_cli_reports_a_bad_record_in_one_line(runner, tmp_path):
    from kg.cli import main

    path = _rdf(tmp_path, _cho("http://x.example/item/1"))
    result = runner.invoke(main, ["enrich", str(path), "--annotations", str(tmp_path / "none.json"),
                                  "--store", str(tmp_path / "s")])
    assert result.exit_code == 3
    assert result.output.strip() == f"error: {path}: <http://x.example/item/1>: the ProvidedCHO has no " \
                                    "dc:title (the artwork's title)"


def test_an_edm_collection_enriched_end_to_end_conforms_to_the_shapes(runner, tmp_path):
    """Three CHOs through ``kg enrich … --annotations`` into a store: the provider's titles with
    their languages, the agent's name, the Iconclass concept, the image and the CHO's own IRI, and
    ``kg validate`` passes."""
    from pyoxigraph import Literal, NamedNode

    from kg.cli import main
    from kg.store import OxigraphStore
    from kg.vocab import DC, EDM, ICO, OWL

    judith, tempest = "http://data.museum.example/item/GG-1", "http://data.museum.example/item/GG-2"
    records = RECORD.replace("</rdf:RDF>", f"""
      {_cho(judith, '<dc:identifier>GG 1</dc:identifier><dc:title xml:lang="de">Judith</dc:title>',
            '<dc:creator>Giorgione</dc:creator><dc:subject>71Q5</dc:subject>')}
      {_cho(tempest, '<dc:title>La tempesta</dc:title><dc:date>c. 1508</dc:date>')}
      <ore:Aggregation rdf:about="http://data.museum.example/aggregation/GG-1">
        <edm:aggregatedCHO rdf:resource="{judith}"/><edm:dataProvider>Eremitage</edm:dataProvider>
        <edm:isShownBy rdf:resource="https://images.museum.example/gg/judith.jpg"/>
      </ore:Aggregation>
    </rdf:RDF>""")
    path = tmp_path / "records.rdf"
    path.write_text(records, encoding="utf-8")
    coco = tmp_path / "boxes.json"
    coco.write_text(json.dumps({
        "images": [{"id": 1, "file_name": "sk-a-1505.jpg", "width": 1000, "height": 800},
                   {"id": 2, "file_name": "judith.jpg", "width": 600, "height": 900}],
        "categories": [{"id": 1, "name": "knight"}, {"id": 2, "name": "horse"}, {"id": 3, "name": "dragon"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [400, 100, 200, 300]},
                        {"id": 2, "image_id": 1, "category_id": 2, "bbox": [350, 250, 350, 350]},
                        {"id": 3, "image_id": 1, "category_id": 3, "bbox": [300, 600, 300, 150]}]}))
    store_path = tmp_path / "s"
    result = runner.invoke(main, ["enrich", str(path), "--annotations", str(coco), "--store", str(store_path),
                                  "--base-iri", "http://example.org/", "--workers", "0"])
    assert result.exit_code == 0, result.output
    giorgio, gg1 = "http://example.org/artwork/SK-A%201505", "http://example.org/artwork/GG%201"
    with OxigraphStore(store_path) as store:
        def objects(s: str, p) -> set:
            return {row["o"] for row in store.select(f"SELECT ?o WHERE {{ <{s}> <{p.value}> ?o }}")}

        assert objects(giorgio, DC.title) == {Literal("Saint George and the Dragon", language="en")}
        assert objects(gg1, DC.title) == {Literal("Judith", language="de")}
        assert objects(giorgio, DC.creator) == {Literal("Raphael")}
        assert objects(gg1, DC.creator) == {Literal("Giorgione")}
        assert NamedNode("https://iconclass.org/11H(GEORGE)") in objects(giorgio, DC.subject)
        assert NamedNode("https://iconclass.org/71Q5") in objects(gg1, DC.subject)  # a notation, as in a CSV
        assert objects(giorgio, OWL.sameAs) == {NamedNode(CHO)}
        assert objects(gg1, OWL.sameAs) == {NamedNode(judith)}
        assert objects(giorgio + "/aggregation", EDM.isShownBy) == \
            {NamedNode("https://images.museum.example/sk-a-1505.jpg")}
        assert len(objects(giorgio, ICO.depicts)) == 3  # the boxes met the record's image
        assert len(store.select(f"SELECT ?a WHERE {{ ?a a <{ICO.Artwork.value}> }}")) == 3
    result = runner.invoke(main, ["validate", "--store", str(store_path)])
    assert result.exit_code == 0 and "conforms" in result.output, result.output
    from kg.validate import validate  # and the shape holds owl:sameAs to an IRI

    with OxigraphStore(store_path) as store:
        store.replace_graphs({"http://example.org/graph/broken": [
            (NamedNode(giorgio), OWL.sameAs, Literal("SK-A-1505"))]})
        report = validate(store)
    assert not report.conforms and report.violations == 1 and "NodeKindConstraintComponent" in report.text


def test_a_resource_every_record_repeats_is_indexed_once(tmp_path):
    """An aggregator's file describes a shared Agent again in each record that names it: its
    labels are kept once, so that looking them up does not grow with the file (a 20,000-record
    file with one Agent took minutes)."""
    from kg.ingest import edm

    agent = ('<edm:Agent rdf:about="http://x.example/agent/1"><skos:prefLabel xml:lang="en">Raphael'
             '</skos:prefLabel></edm:Agent>')
    path = _rdf(tmp_path, "".join(_cho(f"http://x.example/item/{n}", f"<dc:title>T {n}</dc:title>",
                                       '<dc:creator rdf:resource="http://x.example/agent/1"/>') + agent
                                  for n in range(300)))
    arts = read_collection(path)
    assert len(arts) == 300 and {a.creator for a in arts} == {"Raphael"}
    index = edm._Index()
    for quad in ox.parse(path=path, format=ox.RdfFormat.RDF_XML):
        index.add(quad.subject, quad.predicate.value, quad.object)
    assert index.values([ox.NamedNode("http://x.example/agent/1")], "http://www.w3.org/2004/02/skos/core#prefLabel") \
        == [ox.Literal("Raphael", language="en")]


def test_a_link_written_as_a_literal_is_kept_its_spaces_encoded(tmp_path):
    """Some providers write the aggregation's links as text, file names with spaces and all: the
    image is kept (encoded, as a CSV's), not dropped; a rights statement that is no IRI is named."""
    path = _rdf(tmp_path, _cho("http://x.example/item/9", "<dc:title>Nine</dc:title>") + """
      <ore:Aggregation rdf:about="http://x.example/agg/9"><edm:aggregatedCHO rdf:resource="http://x.example/item/9"/>
        <edm:isShownBy>https://images.x.example/photos/object 9.jpg</edm:isShownBy>
        <edm:isShownAt> https://www.x.example/o/9 </edm:isShownAt></ore:Aggregation>""")
    [art] = read_collection(path)
    assert (art.image, art.page) == ("https://images.x.example/photos/object%209.jpg", "https://www.x.example/o/9")
    path = _rdf(tmp_path, _cho("http://x.example/item/9", "<dc:title>Nine</dc:title>") + """
      <ore:Aggregation rdf:about="http://x.example/agg/9"><edm:aggregatedCHO rdf:resource="http://x.example/item/9"/>
        <edm:rights>http://creativecommons.org/licenses/by 4.0/</edm:rights></ore:Aggregation>""")
    with pytest.raises(InputError, match="rights .* is not an http") as err:
        read_collection(path)
    assert err.value.where == f"{path}: <http://x.example/item/9>"


def _record(n: int, body: str) -> str:
    return (f'<record><header><identifier>oai:x.example:{n}</identifier><datestamp>2024-01-0{n}</datestamp>'
            f'</header><metadata><rdf:RDF {PREFIXES}>{body}</rdf:RDF></metadata></record>')


def _response(tmp_path, *records: str, token: str = "", name: str = "ListRecords-1.xml"):
    path = tmp_path / name
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<responseDate>2024-02-01T10:00:00Z</responseDate>
<request verb="ListRecords" metadataPrefix="edm">https://oai.x.example/oai</request>
<ListRecords>
{chr(10).join(records)}
<resumptionToken completeListSize="900" cursor="0">{token}</resumptionToken>
</ListRecords>
</OAI-PMH>
""", encoding="utf-8")
    return path


#: Two records that each name their concept rdf:nodeID="c1": a node of its own document.
NODE_RECORDS = [_cho(f"http://x.example/item/{n}", f'<dc:title xml:lang="{lang}">{title}</dc:title>',
                     '<dc:subject rdf:nodeID="c1"/>') +
                f'<skos:Concept rdf:nodeID="c1"><skos:prefLabel>{concept}</skos:prefLabel></skos:Concept>'
                for n, lang, title, concept in ((1, "el", "Η Αφροδίτη", "Aphrodite"), (3, "ja", "富士山", "mountain"))]


def test_an_oai_pmh_response_as_a_harvester_saves_it(tmp_path, capsys):
    """A ListRecords response's records are the collection: a deleted record is left out and
    counted, the resumptionToken is named and not followed, and each record's blank nodes are
    its own."""
    path = _response(tmp_path, _record(1, NODE_RECORDS[0]),
                     '<record><header status="deleted"><identifier>oai:x.example:2</identifier>'
                     '<datestamp>2024-01-02</datestamp></header></record>',
                     _record(3, NODE_RECORDS[1] + """<ore:Aggregation rdf:about="http://x.example/agg/3">
                       <edm:aggregatedCHO rdf:resource="http://x.example/item/3"/>
                       <edm:isShownBy rdf:resource="http://x.example/3.jpg"/></ore:Aggregation>"""),
                     token="MTAw!edm")
    arts = read_collection(path)
    assert [(a.identifier, a.title, a.language, a.subjects, a.image) for a in arts] == [
        ("1", "Η Αφροδίτη", "el", ("Aphrodite",), ""), ("3", "富士山", "ja", ("mountain",), "http://x.example/3.jpg")]
    note = capsys.readouterr().err
    assert "2 records read, 1 deleted" in note and "resumptionToken 'MTAw!edm'" in note and "not fetched" in note
    # the last response of a harvest has an empty token: nothing said of it
    read_collection(_response(tmp_path, _record(1, NODE_RECORDS[0])))
    assert "resumptionToken" not in capsys.readouterr().err


def test_a_file_of_concatenated_records_keeps_each_records_blank_nodes(tmp_path):
    path = tmp_path / "records.rdf"
    path.write_text("\n".join(f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF {PREFIXES}>\n{body}\n</rdf:RDF>'
                              for body in NODE_RECORDS), encoding="utf-8")
    assert [a.subjects for a in read_collection(path)] == [("Aphrodite",), ("mountain",)]
    # a syntax error is named at its line in the file, not in its record
    path.write_text(path.read_text(encoding="utf-8") + f"\n<rdf:RDF {PREFIXES}>\n\n<dc:title>T</dc:titel>\n</rdf:RDF>\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="not RDF/XML: ") as err:
        read_collection(path)
    assert err.value.where == f"{path}:{path.read_text(encoding='utf-8').splitlines().index('<dc:title>T</dc:titel>') + 1}"


@pytest.mark.parametrize("records, message, where", [
    ([_record(1, NODE_RECORDS[0]), _record(2, _cho("http://x.example/item/2", "<dc:creator>X</dc:creator>"))],
     "has no dc:title", ": record 2 (oai:x.example:2): <http://x.example/item/2>"),
    ([_record(1, '<edm:ProvidedCHO rdf:about="http://x.example/item/1"><dc:title xml:lang="1-x">T</dc:title>'
                 '</edm:ProvidedCHO>')], "not RDF/XML: ", ": record 1 (oai:x.example:1)"),
    (['<record><header><identifier>oai:x.example:1</identifier></header><metadata>'
      '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"/></metadata></record>'],
     "not EDM's rdf:RDF \\(harvest with metadataPrefix=edm\\)", ": record 1 (oai:x.example:1)"),
    (['<record><header status="deleted"><identifier>oai:x.example:1</identifier></header></record>'],
     "holds no records, only 1 deleted ones", ""),
    (['<error code="badResumptionToken">The token has expired</error>'],
     "an OAI-PMH error instead of records: badResumptionToken: The token has expired", ""),
    (["<record><header></record>"], "not XML: mismatched tag", ":6"),
])
def test_a_bad_oai_pmh_response_names_the_record(tmp_path, records, message, where):
    path = _response(tmp_path, *records)
    with pytest.raises(InputError, match=message) as err:
        read_collection(path)
    assert err.value.where == f"{path}{where}"
