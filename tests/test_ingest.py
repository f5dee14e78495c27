"""Collection metadata files: the separators spreadsheets write, read to the same artworks."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal

from kg.errors import InputError
from kg.ingest import read_collection

ROWS = [("sk-a-1", "Saint George; the dragon, slain", "Raffaello Sanzio"),
        ("ng-2", "Der heilige Georg", "Albrecht Altdorfer")]


def _write(path, sep: str) -> None:
    def cell(v: str) -> str:
        return f'"{v}"' if sep in v or "," in v or ";" in v else v
    lines = [sep.join(("identifier", "title", "creator"))]
    lines += [sep.join(cell(v) for v in row) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("name, sep", [("c.csv", ","), ("c.csv", ";"), ("c.tsv", "\t"), ("c.csv", "\t")])
def test_every_separator_gives_the_same_artworks(tmp_path, name, sep):
    path = tmp_path / name
    _write(path, sep)
    arts = read_collection(path)
    assert [(a.identifier, a.title, a.creator) for a in arts] == ROWS
    assert [a.source for a in arts] == [f"{name}:2", f"{name}:3"]


def test_semicolons_inside_titles_do_not_make_the_separator(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("identifier,title\na,Judith; Holofernes; the head\nb,Saint Jerome\n", encoding="utf-8")
    assert [a.title for a in read_collection(path)] == ["Judith; Holofernes; the head", "Saint Jerome"]


def test_a_bad_row_of_a_semicolon_file_names_its_line(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("identifier;title\na;One\nb;Two;extra\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected 2 fields, found 3") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"


def test_excel_sep_line_names_the_separator(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('sep=;\nidentifier;title\na;Saint George, dragon\n"b\nc";Two;extra\n', encoding="utf-8")
    with pytest.raises(InputError, match="expected 2 fields, found 3") as err:
        read_collection(path)
    assert err.value.where == f"{path}:4"  # the record's first line, the sep= line counted
    path.write_text("sep=;\nidentifier;title\na;Saint George, dragon\n", encoding="utf-8")
    arts = read_collection(path)
    assert [(a.identifier, a.title, a.source) for a in arts] == [("a", "Saint George, dragon", "c.csv:3")]


def test_empty_nameless_columns_are_ignored_and_a_value_in_one_is_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("identifier,title,,\na,One,,\nb,Two,,\n", encoding="utf-8")
    assert [(a.identifier, a.title) for a in read_collection(path)] == [("a", "One"), ("b", "Two")]
    path.write_text("identifier,title,,\na,One,,\nb,Two,lost?,\n", encoding="utf-8")
    with pytest.raises(InputError, match="column 3, which has no name") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"


def test_a_column_named_twice_is_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("identifier,title,Title\na,One,Two\n", encoding="utf-8")
    with pytest.raises(InputError, match="'title' named twice"):
        read_collection(path)


def test_a_file_not_in_utf8_says_how_to_save_it(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("identifier,title\na,Café\n".encode("cp1252"))
    with pytest.raises(InputError, match="not UTF-8 text.*CSV UTF-8"):
        read_collection(path)


def test_a_language_column_tags_title_and_description(tmp_path):

    from kg.graph import Iris, metadata_triples
    from kg.vocab import DC, RDFS

    path = tmp_path / "c.csv"
    path.write_text("identifier,title,description,creator,language\n"
                    "a,San Giorgio e il drago,Il santo uccide il drago,Paolo Uccello,it\n"
                    "b,São Jorge,,,pt-BR\n"
                    "c,Saint George,,,\n", encoding="utf-8")
    arts = read_collection(path)
    assert [a.language for a in arts] == ["it", "pt-BR", ""]
    triples = {(p, o) for _, p, o in metadata_triples(Iris("http://example.org/"), arts[0])}
    assert (DC.title, Literal("San Giorgio e il drago", language="it")) in triples
    assert (RDFS.label, Literal("San Giorgio e il drago", language="it")) in triples
    assert (DC.description, Literal("Il santo uccide il drago", language="it")) in triples
    assert (DC.creator, Literal("Paolo Uccello")) in triples  # a name has no language
    untagged = {(p, o) for _, p, o in metadata_triples(Iris("http://example.org/"), arts[2])}
    assert (DC.title, Literal("Saint George")) in untagged


def test_rights_go_on_the_aggregation_and_every_artwork_is_an_edm_image(tmp_path):
    from pyoxigraph import NamedNode

    from kg.graph import Iris, metadata_triples
    from kg.vocab import EDM, RDF

    path = tmp_path / "c.csv"
    mark = "http://creativecommons.org/publicdomain/mark/1.0/"
    path.write_text(f"identifier,title,rights\na,One,{mark}\nb,Two,\n", encoding="utf-8")
    a, b = read_collection(path)
    iris = Iris("http://example.org/")
    triples = set(metadata_triples(iris, a))
    assert (iris.aggregation("a"), EDM.rights, NamedNode(mark)) in triples
    assert (iris.artwork("a"), EDM.type, Literal("IMAGE")) in triples
    assert not any(p == EDM.rights for _, p, _ in metadata_triples(iris, b))
    # the image is the aggregation's edm:isShownBy, an edm:WebResource
    path.write_text("identifier,title,image\nc,Three,https://museum.example/img/c.jpg\n", encoding="utf-8")
    [c] = read_collection(path)
    shown = NamedNode("https://museum.example/img/c.jpg")
    assert {(iris.aggregation("c"), EDM.isShownBy, shown), (shown, RDF.type, EDM.WebResource)} <= \
        set(metadata_triples(iris, c))


def test_type_and_page_make_the_record_complete_for_an_aggregator(tmp_path):
    """``type`` is dc:type (a concept's IRI as itself, a word as text), ``page`` the object's page
    at its institution, edm:isShownAt."""
    from pyoxigraph import NamedNode

    from kg.graph import Iris, metadata_triples
    from kg.vocab import DC, EDM

    aat = "http://vocab.getty.edu/aat/300033618"  # paintings (visual works)
    path = tmp_path / "c.csv"
    path.write_text(f"identifier,title,type,page\na,One,{aat},https://museum.example/objects/a\n"
                    "b,Two,panel painting,\n", encoding="utf-8")
    a, b = read_collection(path)
    iris = Iris("http://example.org/")
    triples = set(metadata_triples(iris, a))
    assert (iris.artwork("a"), DC.type, NamedNode(aat)) in triples
    assert (iris.aggregation("a"), EDM.isShownAt, NamedNode("https://museum.example/objects/a")) in triples
    assert (iris.artwork("b"), DC.type, Literal("panel painting")) in set(metadata_triples(iris, b))
    path.write_text("identifier,title,page\na,One,museum.example/a\n", encoding="utf-8")
    with pytest.raises(InputError, match="page 'museum.example/a' is not an http") as err:
        read_collection(path)
    assert err.value.where == f"{path}:2"


def test_the_providers_own_iri_is_the_artworks_owl_same_as(tmp_path):
    """``same_as`` (an RDF record's own IRI, which a CSV has no column for) is written as
    owl:sameAs, as EDM has a ProvidedCHO point to its provider's IRI; it must be an http(s) IRI."""
    from dataclasses import replace

    from pyoxigraph import NamedNode

    from kg.graph import Iris, metadata_triples
    from kg.ingest.checks import checked
    from kg.model import Artwork
    from kg.vocab import OWL

    iris = Iris("http://example.org/")
    art = checked(Artwork("a", "One", same_as="http://data.museum.example/item/a"), "x")
    assert (iris.artwork("a"), OWL.sameAs, NamedNode("http://data.museum.example/item/a")) \
        in set(metadata_triples(iris, art))
    assert not any(p == OWL.sameAs for _, p, _ in metadata_triples(iris, replace(art, same_as="")))
    with pytest.raises(InputError, match="same_as 'urn:x:a' is not an http"):
        checked(replace(art, same_as="urn:x:a"), "x")
    path = tmp_path / "c.csv"
    path.write_text("identifier,title,same_as\na,One,http://x.example/a\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown column.*'same_as'"):
        read_collection(path)


def test_a_subject_iri_is_its_concept():
    from vision.vocabularies import subject_concept

    assert subject_concept("http://iconclass.org/rkd/11H(GEORGE)/") == "https://iconclass.org/11H(GEORGE)"
    assert subject_concept("http://www.wikidata.org/entity/Q48438") == "http://www.wikidata.org/entity/Q48438"
    assert subject_concept("https://www.wikidata.org/wiki/Q48438") == "http://www.wikidata.org/entity/Q48438"
    assert subject_concept("https://thesaurus.example.org/c/42") == "https://thesaurus.example.org/c/42"
    assert subject_concept("dragon") is None and subject_concept("see http://x.org/a") is None


def test_subject_terms_become_concepts_or_text(tmp_path):
    from pyoxigraph import NamedNode

    from kg.graph import Iris, metadata_triples
    from kg.vocab import DC

    path = tmp_path / "c.csv"
    path.write_text("identifier;title;subject;language\n"
                    'a;San Giorgio;"dragon | 11H(GEORGE) - Saint George; 1500;73D6 ;dragon";it\n'
                    "b;Two;;\n", encoding="utf-8")
    a, b = read_collection(path)
    assert a.subjects == ("dragon", "11H(GEORGE) - Saint George", "1500", "73D6") and b.subjects == ()
    subjects = [o for _, p, o in metadata_triples(Iris("http://example.org/"), a) if p == DC.subject]
    # a notation (or one opening the term) is its Iconclass concept; a number or a word is text,
    # untagged: the language column speaks of title and description
    assert subjects == [Literal("dragon"), NamedNode("https://iconclass.org/11H(GEORGE)"),
                        Literal("1500"), NamedNode("https://iconclass.org/73D6")]
    assert not any(p == DC.subject for _, p, _ in metadata_triples(Iris("http://example.org/"), b))


@pytest.mark.parametrize("term, notation", [
    ("11H(JOHN THE BAPTIST)", "11H(JOHN THE BAPTIST)"), ("25F23(LION) lion", "25F23(LION)"),
    ("73D6 Crucifixion", "73D6"), ("31A", "31A"), ("11H(NOBODY)X", None), ("25", None),
    ("11H (GEORGE)", "11H(GEORGE)"), ("11H (GEORGE) Saint George", "11H(GEORGE)"),
    ("73D6 (Crucifixion)", "73D6"),
    ("1500", None), ("Saint George", None), ("99Z", None),
    # the concept's URL, as catalogues and RKD write it
    ("http://iconclass.org/rkd/11H(GEORGE)/", "11H(GEORGE)"), ("https://iconclass.org/73D6.json", "73D6"),
    ("https://iconclass.org/11H%28JOHN%20THE%20BAPTIST%29", "11H(JOHN THE BAPTIST)"),
    ("https://iconclass.org/99Z", None), ("https://example.org/11H(GEORGE)", None),
])
def test_a_notation_is_read_from_a_subject_term_only_where_iconclass_has_it(term, notation):
    from vision.vocabularies import notation_in

    assert notation_in(term) == notation


@pytest.mark.parametrize("column, value, message", [
    *[("language", tag, "is not a language tag") for tag in ("italian", "it_IT", "1t", "en-", "en-x",
                                                              "de-DE-DE", "en-1")],
    *[("rights", iri, "is not an http") for iri in ("CC0", "public domain", "ftp://x.org/l",
                                                    "http://x.org/a b", "http://x.org:80a/r")],
    *[(column, value, "is not an http") for column, value in (
        ("image", "https://museum.example/img/a%ZZ.jpg"), ("page", "https://museum.example/a%"),
        ("subject", "dragon|http://thesaurus.example/a%ZZ"), ("type", "http://vocab.example:x/1"))],
])
def test_a_bad_language_tag_or_link_names_its_line(tmp_path, column, value, message):
    path = tmp_path / "c.csv"
    good = "en" if column == "language" else "http://creativecommons.org/publicdomain/zero/1.0/"
    path.write_text(f'identifier,title,{column}\na,One,{good}\nb,Two,"{value}"\n', encoding="utf-8")
    with pytest.raises(InputError, match=message) as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"


def test_a_museum_exports_own_columns_are_refused_unless_left_out(tmp_path, runner):
    """A column Iconograph does not know is refused (``titel`` would lose every title), unless
    the user says the file has columns of its own: then they are left out, the rest read."""
    from conftest import SAMPLES
    from kg.cli import main

    path = tmp_path / "export.csv"
    path.write_text("identifier,title,medium,dimensions\na,Saint George,oil on panel,57 x 73 cm\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="unknown column.*'medium'.*--other-columns"):
        read_collection(path)
    [art] = read_collection(path, other_columns=True)
    assert (art.identifier, art.title) == ("a", "Saint George")
    result = runner.invoke(main, ["enrich", str(path), "--other-columns", "--annotations",
                                  str(SAMPLES / "annotations.json"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0 and "1 artworks" in result.output


def test_links_are_made_iris_as_a_browser_sends_them(tmp_path):
    """A space or a ``|`` in an image's file name, accents in a page's path: percent-encoded,
    once (an escape already there is kept), so that the store takes them."""
    from kg.graph import Iris, metadata_triples

    path = tmp_path / "c.csv"
    path.write_text("identifier,title,image,page,subject\n"
                    "a,One,https://museum.example/img/Saint George|1.jpg,https://museum.example/Gemälde/a%20b,"
                    "https://thesaurus.example/c/drache 1\n", encoding="utf-8")
    (art,) = read_collection(path)
    assert art.image == "https://museum.example/img/Saint%20George%7C1.jpg"
    assert art.page == "https://museum.example/Gem%C3%A4lde/a%20b"
    assert art.subjects == ("https://thesaurus.example/c/drache%201",)
    assert len(list(metadata_triples(Iris("http://example.org/"), art))) > 5


@pytest.mark.parametrize("breaker, kept", [("\u2028", "\u2028"), ("\u0085", "\u0085"),
                                           ("\x0c", "\n"), ("\x0b", "\n")])
def test_line_breaks_other_than_cr_and_lf_stay_inside_their_field(tmp_path, breaker, kept):
    """Only CR and LF end a CSV line; a vertical tab or form feed (some databases' line break
    inside a field, which XML cannot carry) is read as a line break."""
    path = tmp_path / "c.csv"
    path.write_text(f"identifier,title,creator\na,Saint George{breaker}and the Dragon,Raphael\nb,,x\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="empty 'title'") as err:  # the line after it, numbered right
        read_collection(path)
    assert err.value.where == f"{path}:3"
    path.write_text(f"identifier,title,creator\na,Saint George{breaker}and the Dragon,Raphael\n", encoding="utf-8")
    assert read_collection(path)[0].title == f"Saint George{kept}and the Dragon"


@pytest.mark.parametrize("column, char", [("title", "\x01"), ("description", "\x1b"), ("creator", "\x1e")])
def test_a_control_character_xml_cannot_carry_names_field_and_line(tmp_path, column, char):
    path = tmp_path / "c.csv"
    header = "identifier,title" if column == "title" else f"identifier,title,{column}"
    rows = ["a,One", f"b,bad{char}text"] if column == "title" else ["a,One,x", f"b,Two,bad{char}text"]
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"{column} holds the control character U\\+{ord(char):04X}") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"


def test_identifiers_in_either_unicode_form_are_one_artwork(tmp_path):
    import unicodedata

    path = tmp_path / "c.csv"
    composed, decomposed = "Gemälde 1", unicodedata.normalize("NFD", "Gemälde 1")
    path.write_text(f"identifier,title\n{composed},One\n{decomposed},Two\n", encoding="utf-8")
    with pytest.raises(InputError, match="duplicate identifier"):
        read_collection(path)
    path.write_text(f"identifier,title\n{decomposed},One\n", encoding="utf-8")
    assert read_collection(path)[0].identifier == composed


@pytest.mark.parametrize("preamble", ["\n\n", "sep=\t\n", '"sep=\t"\n', "\nsep=\t\n"])
def test_blank_lines_and_a_sep_line_before_the_header(tmp_path, preamble):
    path = tmp_path / "c.csv"
    path.write_text(preamble + "identifier\ttitle\na\tOne\nb\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="empty 'title'") as err:
        read_collection(path)
    assert err.value.where == f"{path}:{preamble.count(chr(10)) + 3}"


def test_a_header_without_rows_is_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("identifier,title\n", encoding="utf-8")
    with pytest.raises(InputError, match="no artworks: the file has a header but no rows"):
        read_collection(path)


@pytest.mark.parametrize("written, read", [
    ("Saint George &amp; the Dragon", "Saint George & the Dragon"),
    ("<i>Sankt Georg</i> im Kampf mit dem Drachen", "Sankt Georg im Kampf mit dem Drachen"),
    ("Saint J&eacute;r&ocirc;me", "Saint Jérôme"),
    ("Jud&#237;t", "Judít"),
    ("<p>Die Verk&uuml;ndigung.</p><p>Tafel eines Altars.</p>", "Die Verkündigung.\nTafel eines Altars."),
    ("Madonna<br/>mit Kind", "Madonna\nmit Kind"),
    ('<span class="x">Pietà</span>', "Pietà"),
    ("<Untitled>", "<Untitled>"),  # no tag of HTML's, and no reference: text
    ("R&D in paint; Fish &chips", "R&D in paint; Fish &chips"),
    ("a < b > c", "a < b > c"),
])
def test_html_a_web_export_leaves_in_a_field_is_read_as_text(tmp_path, written, read):
    import csv as csvmod

    path = tmp_path / "c.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csvmod.writer(f).writerows([("identifier", "title", "description", "subject"),
                                    ("a", written, written, "<b>dragon</b>|lance &amp; shield")])
    art = read_collection(path)[0]
    assert (art.title, art.description) == (read, read)
    assert art.subjects == ("dragon", "lance & shield")
