"""The glossaries of iconographic terms through which titles in unread languages are linked."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from vision import glossary, link


def _write(tmp_path, text: str, name: str = "xx.tsv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def polish(tmp_path):
    return glossary.parse(_write(tmp_path, "# a few Polish terms\n"
                                           "Święty\tsaint\n"
                                           "Święty Jerzy\tSaint George\n"
                                           "Jerzy\tSaint George\n"
                                           "smok*\tdragon\n"
                                           "smokow*\tdragons\n"
                                           "Matka Boża\tMother of God\n"
                                           "Dzieciątk*\tChrist Child\n"
                                           "\n"
                                           "walka\tbattle\n"
                                           "Sint\tsaint\n"
                                           "Sint-Maarten\tSaint Martin\n"), "pl")


def test_terms_match_whole_words_and_stems_ignoring_case_and_diacritics(polish):
    assert polish.gloss("Święty Jerzy walczący ze smokiem") == "Saint George dragon"
    assert polish.gloss("SWIETY JERZY I SMOK") == "Saint George dragon"
    assert polish.gloss("Matka Boża z Dzieciątkiem") == "Madonna and Child"  # Mary beside the Child
    # a stem matches the words that begin with it, a whole word only itself
    assert [t.english for _, t in polish.terms_in("walką")] == ["battle"] and polish.gloss("walkami") == ""
    assert polish.gloss("Pejzaż z rzeką") == "" and polish.gloss("walką ze smokiem") == "battle dragon"
    # an article or preposition the term leaves out may stand between its words, not two
    assert polish.gloss("Matka Najświętsza Boża") == "Virgin Mary"  # ("Mother of God": the Virgin)
    assert polish.gloss("Matka jest tak Boża") == ""
    # a term's word is split where a title's is: hyphens, apostrophes, middle dots
    assert polish.gloss("Sint Maarten") == polish.gloss("SINT-MAARTEN") == "Saint Martin"


def test_the_longest_term_wins_and_each_english_counts_once(polish):
    found = polish.terms_in("Święty Jerzy")
    assert [(words, term.english) for words, term in found] == [("swiety jerzy", "Saint George")]
    assert polish.gloss("Jerzy, Jerzy i smok") == "George dragon"
    # of two stems, the longer (written after the shorter): "smokowie" is not "smok…"
    assert polish.gloss("smokowie") == "dragons" and polish.gloss("smokiem") == "dragon"


@pytest.mark.parametrize("line, message", [
    ("smok\tdragon\textra", "expected TERM<TAB>ENGLISH, found 3"),
    ("smok dragon", "expected TERM<TAB>ENGLISH, found 1"),
    ("smok\t ", "the English side is empty"),
    ("smo*\tdragon", "shorter than 4 letters"),
    ("Matka —\tMadonna", "'—' in 'Matka —' has no letters"),
    ("\tdragon", "the term is empty"),
])
def test_a_malformed_line_is_an_error_naming_file_and_line(tmp_path, line, message):
    path = _write(tmp_path, "# header\nsmocze\tdragon\n" + line + "\n")
    with pytest.raises(InputError) as err:
        glossary.parse(path, "pl")
    assert err.value.where == f"{path}:3" and message in err.value.message


def test_a_term_given_two_meanings_is_an_error(tmp_path):
    path = _write(tmp_path, "Smok\tdragon\nsmok\tserpent\n")
    with pytest.raises(InputError, match="'smok' is 'dragon' on line 1") as err:
        glossary.parse(path, "pl")
    assert err.value.where == f"{path}:2"
    # two spellings that read alike, with one meaning, are one term
    alike = glossary.parse(_write(tmp_path, "Onze-Lieve-Vrouw\tOur Lady\nOnze Lieve Vrouw\tOur Lady\n"), "nl")
    assert [t.line for t in alike.terms] == [1]


def test_a_glossary_not_in_utf8_is_an_error_naming_it(tmp_path):
    path = tmp_path / "pl.tsv"
    path.write_bytes("Święty\tsaint\n".encode("cp1250"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        glossary.parse(path, "pl")
    assert err.value.where == str(path)


def test_every_bundled_glossary_loads():
    langs = glossary.languages()
    assert {"de", "fr", "it", "pt", "nl", "pl", "el", "ru"} <= langs and "en" not in langs
    for lang in sorted(langs):
        terms = glossary.load(lang)
        assert terms is not None and len(terms.terms) > 100, lang
    assert glossary.load("en") is None and glossary.load("") is None


def test_a_title_in_a_language_with_a_glossary_gets_an_english_reading(polish, monkeypatch):
    monkeypatch.setattr(glossary, "load", lambda lang: polish if lang == "pl" else None)
    title = "Święty Jerzy walczący ze smokiem"
    assert link.readings(title, "pl-PL") == [title, "Saint George dragon"]
    assert link.readings(title) == [title, "Saint George dragon"]  # no language: its words say it
    assert link.readings("Pejzaż", "pl") == ["Pejzaż"]  # no known term: no reading


def test_the_fingerprint_names_the_languages_and_changes_with_a_file(tmp_path, monkeypatch):
    monkeypatch.setattr(glossary, "folder", lambda: tmp_path)
    assert glossary.fingerprint() == ""  # no glossary: nothing to record
    _write(tmp_path, "smok\tdragon\n", "pl.tsv")
    _write(tmp_path, "draak\tdragon\n", "nl.tsv")
    first = glossary.fingerprint()
    assert first.startswith("nl pl ") and len(first.split()[-1]) == 12
    _write(tmp_path, "smok*\tdragon\n", "pl.tsv")
    assert glossary.fingerprint() != first


def test_a_holy_name_alone_reads_as_the_name_and_in_a_portrait_as_nothing(tmp_path):
    terms = glossary.parse(_write(tmp_path, "Święty\tsaint\n"
                                            "Święty Jerzy\tSaint George\n"
                                            "Jerzy*\tSaint George\n"
                                            "Jerzego\tSaint George\n"
                                            "Katarzyn*\tSaint Catherine of Alexandria\n"
                                            "Maryja\tVirgin Mary\n"
                                            "Jan Chrzciciel\tSaint John the Baptist\n"
                                            "smok*\tdragon\n"
                                            "kołem\twheel\n"
                                            "Portret\tportrait\n"), "pl")
    assert terms.gloss("Święty Jerzy") == "Saint George"  # says it is the saint
    assert terms.gloss("Jerzy i smok") == "George dragon"  # the name, and what the model knows him by
    assert terms.gloss("Katarzyna z kołem") == "Catherine wheel"  # a name says not which Catherine
    assert terms.gloss("Maryja") == "" and terms.gloss("Jerzy") == ""  # a name alone is anyone's
    assert terms.gloss("Jan Chrzciciel Kowalski") == ""  # given names too ("Giovanni Battista Castaldo")
    assert terms.gloss("Jan Chrzciciel") == "Saint John the Baptist"  # but alone, the saint
    # in a portrait's title, a name alone is the sitter's
    # ("portrait" alone names no subject: no reading)
    assert terms.gloss("Portret Jerzego Lubomirskiego") == ""
    assert terms.gloss("Portret Katarzyny z kołem") == "portrait wheel"
    assert glossary.bare("Saints Cosmas and Damian") == "Cosmas and Damian"
    assert glossary.bare("Mary Magdalene") == "Mary Magdalene" and glossary.bare("dragon") == "dragon"


@pytest.mark.parametrize("title, reading", [
    ("Pyhä Venceslaus", "Saint Wenceslas"), ("Pyhä Dominicus", "Saint Dominic"),
    ("Pyhä Neitsyt ja lapsi", "Madonna and Child"),
])
def test_a_term_whose_word_for_saint_is_a_stem_names_the_saint(title, reading):
    """Finnish writes "Pyhä*" as a stem in its saints' terms: it says "saint" as "pyhä" does
    (such a term was read as a bare name, which alone is anyone's, and dropped)."""
    assert glossary.load("fi").gloss(title) == reading


def test_the_terms_that_match_the_most_words_win_over_the_first_longest(tmp_path):
    """A longer term at the first word may take the word a still longer one needs: the terms
    that together match the most words of the title are read."""
    terms = glossary.parse(_write(tmp_path, "aposteln\tapostle\n"
                                            "aposteln Jakob\tSaint James\n"
                                            "Jakob äldre\tSaint James the Greater\n"
                                            "pilgrim\tpilgrim\n"), "sv")
    assert terms.gloss("Aposteln Jakob den äldre som pilgrim") == "apostle James the Greater pilgrim"
    assert terms.gloss("Aposteln Jakob som pilgrim") == "James pilgrim"  # as before: nothing longer


def test_abbreviations_and_short_words(tmp_path):
    """A term may be an abbreviation ("Św.", "S:t"); short words of a title stand between a
    term's words freely, longer ones one at a time."""
    terms = glossary.parse(_write(tmp_path, "Św.\tsaint\n"
                                            "S:t\tsaint\n"
                                            "Jerzy\tSaint George\n"
                                            "Ucieczka Egiptu\tFlight into Egypt\n"
                                            "smok*\tdragon\n"), "pl")
    assert terms.gloss("Św. Jerzy walczący ze smokiem") == "Saint George dragon"
    assert terms.gloss("S:t Jerzy") == "Saint George"
    assert terms.gloss("Ucieczka do Egiptu") == terms.gloss("Ucieczka świętej do Egiptu") == "Flight into Egypt"
    assert terms.gloss("Ucieczka świętej rodziny do Egiptu") == ""  # two longer words between


def test_a_reading_of_generic_words_alone_is_not_made(tmp_path):
    terms = glossary.parse(_write(tmp_path, "zoon\tson\nPortret\tportrait\nLandschap\tlandscape\n"
                                            "draak\tdragon\nHeilige\tsaint\n"), "nl")
    assert terms.gloss("De verloren zoon") == ""  # "son" alone found "sound" in French texts
    assert terms.gloss("Portret van een heilige") == terms.gloss("Landschap") == ""
    assert terms.gloss("Landschap met draak") == "landscape dragon"


def test_other_tags_of_a_language_find_its_glossary():
    assert glossary.load("nb") is glossary.load("nn") is glossary.load("no") is not None
    assert glossary.load("pol") is glossary.load("pl") and glossary.load("gre") is glossary.load("el")
    assert glossary.load("deu") is glossary.load("de") and glossary.load("por") is glossary.load("pt")
    assert glossary.load("hrv") is glossary.load("hr") and glossary.load("slv") is glossary.load("sl")
    assert glossary.load("slk") is glossary.load("slo") is glossary.load("sk") is not None
    assert glossary.load("../pl") is None and glossary.load("PL.tsv") is None  # no path from a tag
    # the language threshold reads the same tag alike: Spanish by any of its codes
    read = frozenset({"en", "es"})
    assert link.language_threshold("spa", read) == link.language_threshold("es-MX", read) == link.TEXT_THRESHOLD
    assert link.primary_language("nob-NO") == "no"
    # no language: its words choose the glossary, and the threshold is any language's
    for none in ("", "und", "zxx", "def"):  # "def": Europeana's value of no stated language
        assert link.primary_language(none) == ""
        assert link.readings("Święty Jerzy", none) == ["Święty Jerzy", "Saint George"]


def test_every_glossary_is_read_before_a_run_writes(tmp_path, monkeypatch):
    """`load_all` (called when a linker is made) stops at a malformed glossary, naming it."""
    monkeypatch.setattr(glossary, "folder", lambda: tmp_path)
    _write(tmp_path, "draak\tdragon\n", "zx.tsv")
    _write(tmp_path, "draak dragon\n", "zy.tsv")
    with pytest.raises(InputError) as err:
        glossary.load_all()
    assert err.value.where == f"{tmp_path / 'zy.tsv'}:1"


def test_kg_link_text_refuses_a_malformed_language_tag(runner):
    from kg.cli import main

    result = runner.invoke(main, ["link", "text", "Sint Joris", "--language", "pl_PL"])
    assert result.exit_code == 2 and "BCP 47" in result.output


def test_enrich_help_names_the_bundled_glossaries(runner):
    from kg.cli import main

    result = runner.invoke(main, ["enrich", "--help"])
    assert " ".join(sorted(glossary.languages())) in " ".join(result.output.split())


@pytest.mark.parametrize("lang, title, reading", [
    ("de", "Bildnis der Susanna Fourment", ""),  # a sitter named after a scene's heroine
    ("nl", "Portret van Jozef Israëls", ""),  # ... or a biblical person
    ("fr", "Portrait de Madeleine Lemoine", ""),  # ... or the Magdalene
    ("fr", "Le pont de pierre", ""),  # stone, not Peter
    ("hu", "Csendélet paradicsommal", ""),  # tomato, not paradise
    ("la", "Susanna et seniores", "Susanna and the Elders elders"),  # the heroine, where no portrait
    ("pl", "Św. Jerzy walczący ze smokiem", "Saint George dragon"),
    ("fr", "Marie-Antoinette", ""),  # a title that is only names names no saint (a code review)
    ("nl", "Petrus Stuyvesant", ""),
    ("es", "Santiago de Compostela", ""),
    ("hr", "Misa svetog Grgura", "Saint Gregory"),  # "miša" (of a mouse) folds to "misa", Mass
    ("hr", "Ali paša i njegova straža", ""),  # "pasa" (of dogs) is "paša", a pasha
    ("hr", "Portret Lade Kos", ""),  # "lađa" (ship) folds to the given name Lada
    ("hr", "Bitka na Grobničkom polju", "battle"),  # "Grobnic*" (tomb) began the place Grobnik
    ("hr", "Rođenje Marijino", "Birth of the Virgin"),  # the Virgin's birth, not the Nativity
    ("sk", "Lomnický štít", ""),  # "štít" (shield) is a mountain's peak
    ("sk", "Motív zo Slovenského raja", ""),  # Slovenský raj, a national park, not paradise
    ("sk", "Trojica priateľov", ""),  # "trojica" is any trio, not the Trinity alone
    ("sk", "Korunovanie Márie Terézie v Prešporku", ""),  # Maria Theresa's coronation
    ("sk", "Majster Ján Hus", ""),  # "hus" (goose)
    ("sl", "Motiv iz Škofje Loke", ""),  # "škofje" (bishops): the town Škofja Loka
    ("sl", "Portret Lučke Kovač", ""),  # "lučk*" (lamp) began the given name Lučka
    ("sl", "Obrezovanje trte", ""),  # pruning a vine, not the Circumcision
    ("sl", "Šopek kamelij", ""),  # "kamel*" (camel) began camellias
    ("sl", "Marijino darovanje", "Presentation of the Virgin in the Temple"),
])
def test_bundled_glossaries_read_what_a_review_found(lang, title, reading):
    """Lines two reviewers of the bundled glossaries found reading ordinary titles as subjects."""
    assert glossary.load(lang).gloss(title) == reading


def test_a_title_typed_without_its_letters_or_saved_with_a_bom_still_reads(tmp_path):
    terms = glossary.parse(_write(tmp_path, "\ufeff# header\nŚw.\tsaint\nPaweł\tSaint Paul\n"), "pl")
    assert terms.gloss("Sw. Pawel") == terms.gloss("Św. Paweł") == "Saint Paul"
    assert glossary.fold("Paweł") == ["paweł"]  # the linker's lexical words are as they were
    # the letters of Croatian, Slovak and Slovenian titles fold to plain ASCII
    assert glossary.words("Đurđa Čačić Šćepan Žižek") == ["durda", "cacic", "scepan", "zizek"]
    assert glossary.words("Ďaľšia Ňárôčná Ťäžká Ĺŕška") == ["dalsia", "narocna", "tazka", "lrska"]


def test_baltic_and_bulgarian_titles_fold_and_find_their_glossary():
    """Every letter of Estonian, Latvian and Lithuanian folds to its base (a title typed without
    them still reads); Cyrillic stays Cyrillic; the three-letter codes find the glossaries."""
    assert glossary.words("ā ē ī ū ļ ņ ķ ģ š ž č ą ę ė į ų õ ä ö ü") == list("aeiulnkgszcaeeiuoaou")
    assert glossary.words("Свети Николай, Ёлка") == ["свети", "николаи", "елка"]
    for three, two in {"bul": "bg", "est": "et", "lit": "lt", "lav": "lv"}.items():
        assert glossary.load(three) is glossary.load(two) is not None
    assert glossary.load("lt").gloss("Sv. Jurgis nugali slibina") == "Saint George dragon"
    assert glossary.load("lv").gloss("Svetais Juris") == "Saint George"


@pytest.mark.parametrize("lang, title, reading", [
    ("bg", "Свети Георги убива ламята", "Saint George dragon"),
    ("bg", "Портрет на Георги Димитров", ""),  # a sitter, not the saint
    ("bg", "Кита цветя", ""),  # a bouquet, not a whale
    ("bg", "Портрет на Леда Милева", ""),  # a sitter (the poet), not Leda and the Swan
    ("bg", "Лъка край Марица", ""),  # a riverside meadow, not a bow
    ("bg", "Маслена боя", ""),  # paint, not a battle
    ("bg", "Гола планина", ""),  # a bare mountain, not a nude
    ("bg", "Червено море", "sea"),  # the sea, not its crossing
    ("bg", "Леда и лебедът", "Leda and the Swan"),
    ("et", "Püha Jüri tapab lohe", "Saint George dragon"),
    ("et", "Jüri Vilmsi portree", ""),
    ("et", "Kain Tapper ateljees", ""),  # a sculptor's given name, not Cain and Abel
    ("et", "Kain ja Aabel", "Cain and Abel"),
    ("et", "Juhan Luige portree", ""),  # a sitter named Luik, not a swan
    ("et", "Sõdurite marss", ""),  # a march, not Mars (soldiers alone: no reading)
    ("et", "Naine pani lilled lauale", ""),  # 'pani' (put), not Pan
    ("et", "Kõrbenud mets", ""),  # a burnt forest, not a desert
    ("et", "Johannes Ristija kõrbes", "John the Baptist desert"),
    ("et", "Eesti iseseisvusmanifesti kuulutamine Pärnus", ""),  # a proclamation, not the Annunciation
    ("et", "Maarja kuulutamine", "Annunciation"),
    ("et", "Kristus ja abielurikkuja", "Christ"),  # adultery, not marriage
    ("lt", "Šventasis Jurgis nugali slibiną", "Saint George dragon"),
    ("lt", "Jurgio Mačiūno portretas", ""),
    ("lt", "Tvanki vasaros diena", ""),  # a sultry day, not the Flood
    ("lt", "Pasaulinis tvanas", "the Flood"),
    ("lt", "Nepriklausomybės akto signatarai", ""),  # the Act of Independence, not a nude
    ("lt", "Vaizdas į Patmo salą", "city view"),  # the island, not Saint John
    ("lv", "Svētais Juris cīnās ar pūķi", "Saint George battle dragon"),
    ("lv", "Jūra vētrā", "sea"),  # the sea, not Saint George (Jura)
    ("lv", "Latvijas valsts pasludināšana", ""),  # a proclamation, not the Annunciation
    ("lv", "Sēru maršs", ""),  # a march (maršs folds into Marss), not Mars
    ("lv", "Logs vaļā", ""),  # open (vaļā), not a whale
    ("lv", "Jāņa Baloža portrets", ""),  # a sitter named Balodis, not a dove
    ("lv", "Viļa Lāča portrets", ""),  # ... or Lācis, not a bear
    ("lv", "Vecā baznīca", ""),  # old (vecā), not an old man; a church alone names no subject
    ("lv", "Pēdējais vakarēdiens", "Last Supper"),
])
def test_bulgarian_and_baltic_glossaries_read_saints_not_sitters(lang, title, reading):
    assert glossary.load(lang).gloss(title) == reading


@pytest.mark.parametrize("lang, title", [
    ("hr", "Crkva sv. Marka u Zagrebu"), ("pl", "Kościół św. Anny w Krakowie"),
    ("de", "Die Kirche St. Marien in Lübeck"), ("lt", "Šv. Onos bažnyčia Vilniuje"),
    ("it", "Interno del Duomo di San Marco"), ("sk", "Pohľad na Svätý Jur"),
])
def test_a_church_or_a_town_named_after_a_saint_is_not_the_saint(lang, title):
    """The saint of a dedication or of a town's name is not the picture's subject: read as
    nothing (a church alone, like a portrait alone, names no subject)."""
    reading = glossary.load(lang).gloss(title)
    assert reading == ("city view" if lang == "sk" else ""), reading  # no "Mark", "Anne", "Madonna"


def test_every_glossary_reads_its_words_for_a_church_as_a_church():
    for lang in glossary.languages():
        assert "church" in {t.english for t in glossary.load(lang).terms}, lang


@pytest.mark.parametrize("lang, title, reading", [
    ("de", "Die Madonna in der Kirche", "Madonna church"),  # van Eyck's: the Virgin is the subject
    ("hr", "Sv. Juraj i zmaj pred crkvom", "Saint George dragon church"),
    ("pl", "Święty Hieronim w kościele", "Saint Jerome church"),
    ("pl", "Święty Hieronim w kościele św. Anny", "Saint Jerome church"),  # Anne its dedication
])
def test_a_holy_person_in_a_church_is_the_subject_not_its_dedication(lang, title, reading):
    """Only a holy person named after the church or the view, or just before it ("Šv. Onos
    bažnyčia"), is its dedication or the town's name; one named first, words apart, is in it."""
    assert glossary.load(lang).gloss(title) == reading


@pytest.mark.parametrize("lang, title, unnamed", [
    ("sk", "Portrét Márie Terézie", "Portrét"),  # a sitter
    ("hr", "Crkva sv. Marka u Zagrebu", "Crkva u Zagrebu"),  # a dedication, with "saint" and its dot
    ("lt", "Šv. Onos bažnyčia Vilniuje", "bažnyčia Vilniuje"),
    ("sv", "Kyrkan S:t Olof", "Kyrkan"),
    ("pl", "Święty Jerzy walczący ze smokiem", "Święty Jerzy walczący ze smokiem"),  # the subject
    ("de", "Die Madonna in der Kirche", "Die Madonna in der Kirche"),
])
def test_a_sitter_or_a_dedication_is_left_out_of_the_title_as_written(lang, title, unnamed):
    """The reading dropped them, but the title itself was linked too: "Portrét Márie Terézie"
    kept Mary's relics through its own words."""
    assert glossary.load(lang).unnamed(title) == unnamed
    assert link.readings(title, lang)[0] == unnamed


@pytest.mark.parametrize("lang, title, reading", [
    ("et", "Kadunud poja tagasitulek", "Return of the Prodigal Son"),
    ("et", "Kadunud poeg", "Prodigal Son"),
    ("lt", "Sūnaus palaidūno sugrįžimas", "Return of the Prodigal Son"),
    ("lt", "Sūnus palaidūnas", "Prodigal Son"),
    ("lv", "Pazudušā dēla atgriešanās", "Return of the Prodigal Son"),
    ("lv", "Pazudušais dēls", "Prodigal Son"),
    ("lt", "Sūnui palaidūnui", "Prodigal Son"), ("lv", "Izšķērdīgais dēls", "Prodigal Son"),
])
def test_the_baltic_glossaries_read_the_prodigal_son(lang, title, reading):
    """The lost son of the Estonian and Latvian titles, the prodigal of the Lithuanian ones, read
    word by word as "son" (generic: no reading)."""
    assert glossary.load(lang).gloss(title) == reading


@pytest.mark.parametrize("lang, title, reading, unnamed", [
    ("fr", "La Seine à Saint-Denis", "", "La Seine à"),  # the town
    ("fr", "L'église Saint-Sulpice", "", "L'église"),  # the whole hyphenated name goes
    ("fr", "Saint Denis portant sa tête", "Saint Denis head", "Saint Denis portant sa tête"),
    ("fr", "Saint Jean-Baptiste dans le désert", "Saint John the Baptist desert",
     "Saint Jean-Baptiste dans le désert"),  # the hyphen joins the names, not "saint"
    ("nl", "Sint-Maarten deelt zijn mantel met een bedelaar", "Saint Martin",  # Dutch: the saint
     "Sint-Maarten deelt zijn mantel met een bedelaar"),
])
def test_a_french_saint_joined_by_a_hyphen_is_a_place(lang, title, reading, unnamed):
    """French writes the saint "saint Denis" and the town, street or feast "Saint-Denis"."""
    terms = glossary.load(lang)
    assert terms.gloss(title) == reading
    assert terms.unnamed(title) == unnamed


@pytest.mark.parametrize("lang, title", [
    ("hr", "Jedrenjak „Sveti Nikola“ u splitskoj luci"),
    ("ro", "Corabia «Sfântul Nicolae» în portul Galați"),
])
def test_a_saint_a_ship_is_named_after_is_not_the_subject(lang, title):
    assert glossary.load(lang).gloss(title) == "ship"


def test_a_saint_rescuing_a_ship_stays():
    terms = glossary.load("hr")
    assert "Saint Nicholas" in terms.gloss("Sveti Nikola spašava brod")


@pytest.mark.parametrize("lang, title, reading", [
    ("es", "La calle de San Bernardo, Madrid", ""),  # the street's name
    ("pt", "Feira de São Mateus em Viseu", ""),  # the fair's
    ("pl", "Jarmark św. Dominika w Gdańsku", ""),
    ("hu", "A Szent Lukács fürdő udvara", ""),  # just before the bath
    ("pl", "Pejzaż z mostem i św. Krzysztofem", "landscape bridge Saint Christopher"),  # "and" him
    ("cs", "Karlův most se sochou sv. Jana Nepomuckého", "bridge Saint John of Nepomuk"),  # further on
])
def test_a_saint_next_to_a_street_a_square_or_a_fair_is_its_name(lang, title, reading):
    assert glossary.load(lang).gloss(title) == reading


def test_every_glossary_language_has_its_word_for_and():
    """A saint after "and" beside a street or a bridge is in the picture, not the place's name
    (``NAMED_PLACE``): every glossary's language needs its word for "and", folded as titles are."""
    assert glossary.languages() <= set(glossary.AND)
    for lang, ands in glossary.AND.items():
        assert all(glossary.words(w) == [w] for w in ands), lang


def test_a_serbian_title_reads_alike_in_cyrillic_and_latin(tmp_path):
    """A Serbian glossary is written in Latin; a title in Cyrillic is transliterated first, and
    what a reading leaves out of it is cut from the title as written."""
    terms = glossary.parse(_write(tmp_path, "Sveti\tSaint\nĐorđe\tSaint George\naždaj*\tdragon\n"
                                  "Portret\tportrait\n", "sr.tsv"), "sr")
    assert terms.gloss("Свети Ђорђе убија аждају") == terms.gloss("Sveti Đorđe ubija aždaju") \
        == "Saint George dragon"
    assert terms.gloss("СВЕТИ ЂОРЂЕ") == "Saint George"
    assert terms.unnamed("Портрет Ђорђа Вајферта") == "Портрет Ђорђа Вајферта"  # no saint read
    assert terms.unnamed("Портрет Ђорђе Вајферт") == "Портрет Вајферт"
    assert terms.gloss("Свети Ђорђе") == glossary.parse(
        _write(tmp_path, "Sveti\tSaint\nĐorđe\tSaint George\n", "xx.tsv"), "sr").gloss("Sveti Đorđe")
    # other Cyrillic glossaries are read in Cyrillic, as written
    assert glossary.words("Свети Георги") == ["свети", "георги"]


@pytest.mark.parametrize("lang, title, reading, unnamed", [
    ("es", "Vista de Santiago de Compostela", "city view", "Vista de de Compostela"),
    ("bg", "Вътрешност на храм-паметника „Александър Невски“", "",
     "Вътрешност на храм-паметника „“"),
])
def test_a_name_alone_that_names_a_place_is_no_saint(lang, title, reading, unnamed):
    """A holy person's name without the word for saint, in a town's view or a church's name, is
    the town's or the dedication, as the saint's would be ("Vista de San Sebastián")."""
    terms = glossary.load(lang)
    assert (terms.gloss(title), terms.unnamed(title)) == (reading, unnamed)


def test_a_basque_name_before_the_word_for_saint_is_the_saint(tmp_path):
    terms = glossary.parse(_write(tmp_path, "deun*\tSaint\nJorge\tSaint George\nPedro\tSaint Peter\n"
                                  "herensuge*\tdragon\nukazio*\tdenial\nerretratu*\tportrait\n", "eu.tsv"), "eu")
    assert terms.gloss("Jorge Deuna eta herensugea") == "Saint George dragon"
    assert terms.gloss("Pedro Deunaren ukazioa") == "Saint Peter denial"
    assert terms.gloss("Pedro Deuna") == "Saint Peter"  # the saint, though nothing else is named
    assert terms.gloss("Jorge Oteizaren erretratua") == ""  # a sitter
    # elsewhere the word for saint after a name is not read so
    other = glossary.parse(_write(tmp_path, "deun*\tSaint\nPedro\tSaint Peter\n", "xx.tsv"), "xx")
    assert other.gloss("Pedro Deuna") == ""


@pytest.mark.parametrize("lang, title, reading", [
    ("tr", "Aziz Nikolaos Gemisi Limanda", "ship harbour"),  # the ship's name before the ship
    ("eu", "Santa Maria itsasontzia", "ship"),
    ("hr", "Jedrenjak „Sveti Nikola“", "ship"),  # ... and after it
    ("tr", "Köprü ve Aziz Kristof", "bridge Saint Christopher"),  # "and": the saint is in the picture
])
def test_a_ship_named_after_a_saint_before_or_after_the_word_for_ship(lang, title, reading):
    assert glossary.load(lang).gloss(title) == reading


def test_serbian_typed_without_its_letters_and_by_other_codes(tmp_path):
    """"Djordje" is how a keyboard without đ types "Đorđe"; Serbo-Croatian, Bosnian and
    Montenegrin titles find the Serbian glossary, which reads both scripts."""
    terms = glossary.parse(_write(tmp_path, "Sveti\tSaint\nĐorđe\tSaint George\naždaj*\tdragon\n",
                                  "sr.tsv"), "sr")
    assert terms.gloss("Sveti Djordje ubija azdaju") == terms.gloss("Sveti Đorđe") + " dragon"
    for code in ("srp", "sh", "hbs", "bs", "bos", "cnr"):
        assert glossary.load(code) is glossary.load("sr") is not None
    assert link.primary_language("sh-Latn") == "sr"


@pytest.mark.parametrize("title, language, reading", [
    ("Święty Jerzy walczący ze smokiem", "pl", "Saint George dragon"),
    ("San Giorgio e il drago", "it", "Saint George dragon"),
    ("Свети Ђорђе убија аждају", "sr", "Saint George dragon"),  # transliterated for its glossary
    ("Maria mit dem Kinde", "de", "Madonna and Child"),
    ("Saint George and the Dragon", "", ""),  # English words: read as it is
    ("person", "", ""),  # a detector's label is no glossary's
    ("Portret Jana Kowalskiego", "", ""),  # too few known words to say which language
])
def test_a_title_in_no_stated_language_is_read_through_the_glossary_that_knows_it(title, language, reading):
    assert glossary.guess(title) == language
    assert (link.readings(title)[-1] if reading else reading) == reading
    if language:  # as if its language were given
        assert link.readings(title) == link.readings(title, language)


@pytest.mark.parametrize("lang, title, reading", [
    ("de", "Johannes der Täufer", "Saint John the Baptist"),  # a name and its epithet: the saint
    ("pl", "Jan Chrzciciel", "Saint John the Baptist"),
    ("de", "Maria Magdalena", "Mary Magdalene"),
    ("tr", "Vaftizci Yahya", "Saint John the Baptist"),
    ("pl", "Jerzy", ""),  # a given name alone is anyone's
    ("sv", "Maria Magdalena Stenbock", ""),  # beside a word the glossary does not know: a sitter
    ("de", "Bildnis der Maria Magdalena", ""),  # a portrait's sitter
])
def test_a_holy_name_of_two_words_or_more_that_is_the_whole_title_is_the_saint(lang, title, reading):
    assert glossary.load(lang).gloss(title) == reading


@pytest.mark.parametrize("lang, title, reading", [
    ("uk", "Святий Миколай", "Saint Nicholas"), ("uk", "Портрет Миколи Лисенка", ""),
    ("uk", "Мадонна з Немовлям", "Madonna and Child"),
    ("sr", "Свети Никола", "Saint Nicholas"), ("sr", "Ulica Svetog Save", ""),
    ("gl", "San Xurxo e o dragón", "Saint George dragon"), ("gl", "Retrato de Xosé María Castroviejo", ""),
    ("eu", "Jorge Deuna eta herensugea", "Saint George dragon"), ("eu", "San Fermin jaiak", ""),
    ("is", "Heilagur Georg og drekinn", "Saint George dragon"), ("is", "Portrett af Pétri Jónssyni", ""),
    ("tr", "Aziz George ve Ejderha", "Saint George dragon"), ("tr", "Aya Yorgi Kilisesi", ""),
    ("ga", "Naomh Seoirse agus an dragan", "Saint George dragon"), ("ga", "Sráid Phádraig", ""),
    ("mt", "San Ġorġ u d-dragun", "Saint George dragon"), ("mt", "Triq San Pawl", ""),
    ("mt", "It-Thabbira", "Annunciation"),  # ħ typed as h
])
def test_the_eight_later_glossaries_read_saints_not_sitters_streets_or_churches(lang, title, reading):
    assert glossary.load(lang).gloss(title) == reading


def test_an_unsegmented_language_reads_characters_that_stand_together(tmp_path):
    """Japanese and Chinese write no spaces: a title's words are its characters, a term's must
    stand together in it, and the word for saint reads the name right after it."""
    terms = glossary.parse(_write(tmp_path, "聖\tSaint\nゲオルギウス\tSaint George\n竜\tdragon\n"
                                  "肖像\tportrait\n聖母子\tMadonna and Child\n教会\tchurch\n", "ja.tsv"), "ja")
    assert terms.gloss("聖ゲオルギウスと竜") == "Saint George dragon"
    assert terms.gloss("ゲオルギウス") == ""  # a name alone is anyone's
    assert terms.gloss("ゲオルギウスと竜") == "George dragon"  # beside what he is known by
    assert terms.gloss("ゲオルギウス・スミスの肖像") == ""  # a sitter
    assert terms.gloss("聖ゲオルギウス教会") == ""  # a church's dedication
    assert terms.unnamed("聖ゲオルギウス教会の眺め") == "教会の眺め"
    assert terms.gloss("聖母子") == "Madonna and Child"
    assert terms.gloss("聖母と子") == ""  # not together: no Madonna, and "saint" alone names no one
    assert terms.gloss("ｹﾞｵﾙｷﾞｳｽと竜") == "George dragon"  # half-width katakana fold
    with pytest.raises(InputError, match="stem"):
        glossary.parse(_write(tmp_path, "ゲオル*\tSaint George\n", "zh.tsv"), "zh")


def test_an_unsegmented_language_names_a_place_or_a_ship_after_its_saint(tmp_path):
    terms = glossary.parse(_write(tmp_path, "聖\tSaint\nゲオルギウス\tSaint George\n竜\tdragon\n教会\tchurch\n"
                                  "祭り\tfair\n号\tship\n聖母\tVirgin\n", "ja.tsv"), "ja")
    assert terms.gloss("聖ゲオルギウスの祭り") == ""  # the feast's name, "の" between
    assert terms.gloss("聖ゲオルギウスの教会") == ""
    assert terms.gloss("教会の中の聖母") == "church Virgin"  # in the church: Japanese names it first
    assert terms.gloss("聖ゲオルギウス号") == "ship"
    assert terms.gloss("作品第5号") == terms.gloss("作品第五号") == ""  # a number's counter, no ship
    assert terms.gloss("号と聖ゲオルギウス") == "ship Saint George"  # named first: not after the ship
    baptist = glossary.parse(_write(tmp_path, "洗礼者ヨハネ\tJohn the Baptist\n橋\tbridge\n聖母\tVirgin\n",
                                    "ja.tsv"), "ja")
    assert baptist.gloss("洗礼者ヨハネ") == "John the Baptist"  # a name and its epithet, the whole title
    assert baptist.gloss("橋の聖母") == "bridge Virgin"  # after the bridge: in the picture
    assert terms.gloss("聖ゲオルギウスと竜の祭り") == "Saint George dragon fair"  # "and": in the picture


def test_a_korean_name_with_its_particle_meets_a_stem(tmp_path):
    """Korean writes particles on the word ("게오르기우스와", and; "베드로의", of): a stem meets
    them; Hangul folds into its letters (jamo), so a stem of two syllables is long enough."""
    terms = glossary.parse(_write(tmp_path, "성\tSaint\n게오르기우스*\tSaint George\n용\tdragon\n"
                                  "베드로*\tSaint Peter\n부인*\tdenial\n초상*\tportrait\n", "ko.tsv"), "ko")
    assert terms.gloss("성 게오르기우스와 용") == "Saint George dragon"
    assert terms.gloss("성 베드로의 부인") == "Saint Peter denial"
    assert terms.gloss("베드로 김의 초상") == ""  # a sitter
    assert glossary.load("kor") is glossary.load("ko")


@pytest.mark.parametrize("title, reading", [
    ("성 게오르기우스와 용", "Saint George dragon"),
    ("성베드로의 순교", "Saint Peter martyrdom"),  # the word for saint joined to the name
    ("성 베드로 대성당", ""),  # the church named after him
    ("성당 안의 성모", "church Madonna"),  # Korean names a place after its saint: one after is in it
    ("다리 위의 성 크리스토포루스", "bridge Saint Christopher"),
    ("요한 볼프강 폰 괴테의 초상", ""),  # a sitter
])
def test_the_korean_glossary_reads_saints_before_their_places(title, reading):
    assert glossary.load("ko").gloss(title) == reading


def test_arabic_and_hebrew_words_are_read_without_the_clitics_joined_to_them(tmp_path):
    """Arabic and Hebrew join "and", "with", "to" and the article to the next word: a glossary
    lists the bare word, and a title's word is read as its clitics and that word ("والتنين": and,
    the, dragon); a word the glossary knows whole is not cut ("بطرس", Peter, begins with "ب",
    with), nor one whose rest it does not know."""
    ar = glossary.parse(_write(tmp_path, "قديس\tsaint\nجرجس\tSaint George\nتنين\tdragon\n"
                               "بطرس\tSaint Peter\nالمسيح\tChrist\nكنيسة\tchurch\n", "ar.tsv"), "ar")
    assert ar._words("القديس جرجس والتنين") == ["ال", "قديس", "جرجس", "و", "ال", "تنين"]
    assert ar.gloss("القديس جرجس والتنين") == "Saint George dragon"
    assert ar.gloss("للقديس بطرس") == "Saint Peter"  # for + the, written "لل"
    assert ar._words("بطرس وليم") == ["بطرس", "وليم"]
    assert ar._words("بالمسيح") == ["ب", "المسيح"]
    # the folded letters: final yā' written as alif maqṣūra, tatweel dropped
    assert ar._words("كنيسة القـديس") == ar._words("كنيسة القديس") == ["كنيسة", "ال", "قديس"]
    assert glossary.words("موسى") == glossary.words("موسي")
    # a saint the church is named after goes, with the clitics written on its words
    assert ar.unnamed("كنيسة القديس جرجس") == "كنيسة"
    he = glossary.parse(_write(tmp_path, "קדוש\tsaint\nגאורגיוס\tSaint George\nדרקון\tdragon\n",
                               "he.tsv"), "he")
    assert he.gloss("גאורגיוס הקדוש והדרקון") == "Saint George dragon"
    assert he._words("והדרקון") == ["ו", "ה", "דרקון"]
    assert glossary.AND["ar"] <= set(ar._words("والتنين"))  # a saint after it is joined by "and"


def test_a_text_is_english_where_tagged_so_or_untagged_with_english_words():
    """What names a figure the English way (``vision.genre.names_figure``) is asked of English
    titles only: a title in no stated language is English where English words say so."""
    assert link.english("Saint Lawrence", "en-GB") and link.english("Saint Lawrence", "eng")
    assert link.english("The Martyrdom of St Lawrence", "") and link.english("The Martyrdom", "def")
    assert not link.english("San Lorenzo", "") and not link.english("The Martyrdom", "it")


@pytest.mark.parametrize("language, codes", [
    ("ar", ("ara", "arb")), ("he", ("heb", "iw")), ("ka", ("kat", "geo")), ("hy", ("hye", "arm")),
    ("mk", ("mkd", "mac")), ("be", ("bel",)), ("sq", ("sqi", "alb"))])
def test_the_later_glossaries_are_found_by_their_three_letter_codes(language, codes):
    assert glossary.load(language) is not None
    assert all(glossary.load(code) is glossary.load(language) for code in codes)
