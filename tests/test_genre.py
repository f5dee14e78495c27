"""What a title says that is no subject: a shepherd with his flock, a place or a sitter named after a saint."""
from __future__ import annotations

import pytest

from vision import genre, link


DOCUMENTS = {
    "47I2212": "shepherd with sheep or lamb on his shoulders", "47I2211": "herd, flock",
    "73C821": "the good shepherd (Christ) defending his sheep against wolves and her lambs", "71H116": "David as shepherd",
    "98B(CAESAR)9": "portrait of Caesar", "98B(HOMER)9": "portrait of Homer",
    "11H(GEORGE)9": "the warrior martyr George - portrait of male saint", "25F": "animals",
    "43C1147": "hunting dogs", "43C1112": "stag hunt, hounds", "11H(HUBERT)": "the hunter Hubert sees a stag"}
WORDS = {n: frozenset(genre.fold(text)) for n, text in DOCUMENTS.items()}
FAMILIES = genre.families(DOCUMENTS, WORDS.get)


def _kept(title: str | list[str], *notations: str) -> list[str]:
    readings = [title] if isinstance(title, str) else title
    return genre.keep_subjects(readings, list(notations), FAMILIES, lambda n: WORDS.get(n, frozenset()))


def test_the_families_words_are_what_their_concepts_share():
    assert {"shepherd", "sheep", "his", "flock"} <= FAMILIES.everyday
    assert not {"good", "christ"} & FAMILIES.everyday
    assert "portrait" in FAMILIES.portraits and not {"caesar", "homer", "george"} & FAMILIES.portraits


def test_a_shepherd_with_his_flock_names_no_story():
    """'Shepherd with sheep' kept the Good Shepherd defending his sheep: its words are the
    herdsman's; a story is kept only where the title names more of it."""
    assert _kept("Shepherd with his sheep", "47I2212", "73C821", "71H116", "25F") == ["47I2212", "25F"]
    assert _kept("Shepherd and her sheep", "47I2212", "73C821") == ["47I2212"]  # "and" names nothing
    assert _kept("The Good Shepherd", "47I2212", "73C821", "71H116", "25F") == ["47I2212", "73C821", "25F"]
    assert _kept(["Pastir s ovcama", "shepherd sheep", "David"], "47I2212", "73C821", "71H116") == \
        ["47I2212", "71H116"]


def test_a_title_far_from_everyday_life_keeps_its_subjects():
    """Herding eighth ("Shepherdess with her flock at sunset": Mary as shepherdess first, herding
    eighth) is everyday life; eleventh, it is not."""
    others = ("11H(PETER)", "11F", "25F", "11G", "11I", "24A2")
    assert _kept("Shepherd", "73C821", *others, "47I2212") == ["25F", "24A2", "47I2212"]
    notations = ("73C821", "71H116", *others, "11K", "11L", "47I2212")
    assert _kept("Shepherd", *notations) == list(notations)


def test_a_portrait_of_a_named_person_needs_the_name():
    """'Portrait of Francis Bacon' linked to the portraits of Caesar and of Saint Francis Borgia."""
    assert _kept("Portrait of Bacon", "98B(CAESAR)9", "25F", "11H(GEORGE)9") == ["25F"]
    assert _kept("Portrait of Homer", "98B(CAESAR)9", "98B(HOMER)9") == ["98B(HOMER)9"]
    assert _kept(["Portret Jerzego", "portrait Saint George"], "11H(GEORGE)9") == ["11H(GEORGE)9"]


@pytest.mark.parametrize("title, reading", [
    ("The Church of St Mary, Stoke", "The Church, Stoke"),
    ("Interior of the Church of St Bavo, Haarlem", "Interior of the Church, Haarlem"),
    ("THE ABBEY OF ST DENIS", "THE ABBEY OF ST DENIS"),  # capitals: read in title case (vision.link)
    ("View of St Paul's Cathedral", "View of Cathedral"),
    ("St. Mark's Square, Venice", "Square, Venice"),
    ("The Interior of St Peter's, Rome", "The Interior, Rome"),
    ("St. Paul's from the River", "from the River"),
    ("Old houses in St Nicholas Street", "Old houses in Street"),
    ("St Ives harbour", "harbour"),
    ("St Martin-in-the-Fields", ""),
    ("A view of Saint-Tropez", "A view"),
    ("The Ship St George at Anchor", "The Ship at Anchor"),
    ("Boats off St Malo", "Boats"),
    ("Portrait of Catherine Parr", "Portrait"),
    ("Portrait of Peter Paul Rubens, 1630", "Portrait, 1630"),
    ("Sir Francis Drake", ""),
    ("Portrait of Mary, Countess of Derby", "Portrait, Countess of Derby"),
    ("Mrs Anne Lloyd", ""),
    ("The Ship 'Saint Nicholas' in a Storm", "The Ship in a Storm"),  # a ship's name in quotes
    ("The Frigate “St George” at Anchor", "The Frigate at Anchor"),
    ("The Piazza San Marco with the Basilica", "The Piazza with the Basilica"),  # another
    ("Campo San Polo, Venice", "Campo, Venice"),  # language's word for a place before the name
    ("Place Saint-Michel", "Place"),
    ("San Giorgio Maggiore at Dusk", "at Dusk"),  # a church's name
    ("The Church of Santa Maria Maggiore, Rome", "The Church, Rome"),
])
def test_a_saint_a_place_or_a_sitter_is_named_after_is_left_out(title, reading):
    assert genre.unnamed(title) == reading


@pytest.mark.parametrize("title", [
    "Saint George and the Dragon", "St Paul preaching in Athens", "The Vision of St Bernard",
    "The Dream of St Ursula", "St Ursula's Dream", "Saint Ambrose in his church", "The Madonna in the Church",
    "Portrait of a Man as Saint Sebastian", "Portrait of a Lady as Mary Magdalene",
    "The Virgin and Child with Saint Anne", "Saint Jean-Baptiste dans le désert", "Landscape with Saint Jerome",
    "The Shipwreck of Saint Paul", "Christ in the House of Mary and Martha",
    "San Giorgio e il drago", "Madonna and Child with San Giovannino", "Santa Maria in Egitto",
    "San Giacomo Maggiore",  # James the Greater, no church
])
def test_a_saint_who_is_the_subject_stays(title):
    assert genre.unnamed(title) == title


@pytest.mark.parametrize("lang, title, expected", [
    ("en", "Portrait of Elias Ashmole", True),  # Elias, not Elijah
    ("en", "Portrait of Diana Cecil, Countess of Oxford", True),
    ("", "Bust of a Woman", True),
    ("en", "Portrait of a Young Man as Saint Sebastian", False),  # the sitter as a saint
    ("en", "Portrait of a Lady as Flora", False),
    ("en", "The Virgin and Child", False),  # no portrait
    ("it", "Ritratto di Ulisse Aldrovandi", True),  # Ulisse, not Ulysses
    ("ca", "Retrat de la senyora Flora Rovira", True),
    ("pl", "Portret św. Jerzego", False),  # the glossary reads a saint
])
def test_a_portrait_that_names_no_subject(lang, title, expected):
    assert genre.portrait_only(title, lang) is expected


def test_a_portrait_naming_no_subject_keeps_no_subject():
    """Its sitter's given name meets Elijah's or Flora's story: religion, the Bible and myth go,
    what else the title says stays."""
    assert _kept("Portrait of Elias Ashmole", "71M", "25F") == ["71M", "25F"]
    assert genre.keep_subjects(["Portrait of Elias Ashmole"], ["71M", "25F", "96A23"], FAMILIES,
                               lambda n: WORDS.get(n, frozenset()), portrait=True) == ["25F"]


def test_a_hunt_names_no_hunting_saint():
    """Hunting (43C11) is everyday life too: a stag hunt with hounds is no Saint Hubert, whose
    name the title must say."""
    assert _kept("Stag Hunt with Hounds", "43C1147", "11H(HUBERT)", "25F") == ["43C1147", "25F"]
    assert _kept("The Vision of Saint Hubert", "43C1147", "11H(HUBERT)") == ["43C1147", "11H(HUBERT)"]


def _english(title: str, *notations: str) -> list[str]:
    return genre.keep_subjects([title], list(notations), FAMILIES, lambda n: WORDS.get(n, frozenset()),
                               english=True)


def test_an_english_title_keeps_a_named_figures_subject_only_where_it_names_the_figure():
    """The model met Joan of Arc at Rouen in "Rouen Cathedral" and Neptune carrying off Pelops in
    a frigate called Neptune: a concept that names its figure in brackets is kept only where the
    title names the figure, as English titles spell it."""
    assert _english("Rouen Cathedral, Morning Sun", "11HH(JOAN OF ARC)61", "23R111") == ["23R111"]
    assert _english("The Frigate 'Neptune' off Spithead", "95A(PELOPS)122", "46C21") == ["46C21"]
    assert _english("The Martyrdom of St. Lawrence", "11H(LAURENCE)", "11H(LAURENCE)41") == \
        ["11H(LAURENCE)", "11H(LAURENCE)41"]
    assert _english("Saint Katherine of Alexandria", "11HH(CATHERINE)") == ["11HH(CATHERINE)"]
    assert _english("The Penitent Magdalen", "11HH(MARY MAGDALENE)3") == ["11HH(MARY MAGDALENE)3"]
    # "the" of "John the Baptist" names no one; a bracket without letters names no figure
    assert _english("The Wedding at Cana", "11H(JOHN THE BAPTIST)", "73C611", "73D82(+3)") == \
        ["73C611", "73D82(+3)"]
    assert _english("The Baptism in the Jordan", "11H(JOHN THE BAPTIST)") == ["11H(JOHN THE BAPTIST)"]
    # what is no religion, Bible or myth keeps its brackets (an animal, a river)
    assert _english("A Big Cat", "25F23(LION)") == ["25F23(LION)"]
    # a title in another language may name the figure as its language does: nothing is dropped
    assert _kept("Hieronymus im Gehäus", "11H(JEROME)") == ["11H(JEROME)"]


@pytest.mark.parametrize("word, name, alike", [
    ("lawrence", "laurence", True), ("teresa", "theresa", True), ("anthony", "antony", True),
    ("georgi", "george", True), ("mary", "marc", False), ("john", "joan", False),
    ("neptune", "pelops", False), ("dorothy", "dorothea", True), ("magdalen", "magdalene", True),
    ("greater", "great", True), ("martyrdom", "martyr", False), ("anne", "anna", True)])
def test_a_figure_is_named_as_english_titles_spell_it(word, name, alike):
    assert genre.names_figure({word}, f"11H({name.upper()})") is alike


def test_a_figure_of_more_words_yields_to_the_one_the_title_names_whole():
    """"Saint Francis" names Francis of Assisi (Iconclass' FRANCIS), not Francis of Paola;
    "Saint Catherine" not Catherine of Siena; a title that names a figure's distinctive word
    alone still names it where no figure is that word alone ("The Penitent Magdalene")."""
    notations = ["11H(FRANCIS)", "11H(FRANCIS OF PAOLA)59", "11HH(CATHERINE)", "11HH(CATHERINE OF SIENA)341",
                 "11HH(MARY)", "11HH(MARY MAGDALENE)3", "11H(PETER MARTYR)6", "11H(LAURENCE)"]
    families = genre.families(notations, lambda n: frozenset())

    def kept(title, *ns):
        return genre.keep_subjects([title], list(ns), families, lambda n: frozenset(), english=True)

    assert kept("Saint Francis receiving the Stigmata", "11H(FRANCIS OF PAOLA)59", "11H(FRANCIS)") == \
        ["11H(FRANCIS)"]
    assert kept("Saint Francis of Paola", "11H(FRANCIS OF PAOLA)59", "11H(FRANCIS)", "11HH(MARY)") == \
        ["11H(FRANCIS OF PAOLA)59", "11H(FRANCIS)"]  # both named whole; the model ranks them
    assert kept("The Mystic Marriage of Saint Catherine", "11HH(CATHERINE OF SIENA)341", "11HH(CATHERINE)") == \
        ["11HH(CATHERINE)"]
    assert kept("The Penitent Magdalene", "11HH(MARY MAGDALENE)3") == ["11HH(MARY MAGDALENE)3"]
    # "martyrdom" is no Peter Martyr's name
    assert kept("The Martyrdom of St. Lawrence", "11H(PETER MARTYR)6", "11H(LAURENCE)") == ["11H(LAURENCE)"]


def test_a_description_may_tell_a_figure_a_title_would_name():
    """The named-figure rule is a title's: a museum description tells the figure ("the warrior
    saint in gilded armour") where a title names it."""
    assert genre.titled("The Virgin and Child with Saints John the Baptist and Jerome")
    assert not genre.titled("The warrior saint in gilded armour, mounted on a grey horse, drives "
                            "his lance through the throat of a winged dragon")


def test_a_title_that_names_christ_keeps_the_subjects_that_name_him():
    """"Baptism of Christ" found the Protestant baptismal service first: a title (or its
    glossary's reading, "Baptism of Christ" for "Pagëzimi i Krishtit") naming Christ
    keeps, of religion, the Bible, literature and myth, the concepts whose texts name him (in any
    of their languages); what is no subject is kept as it was."""
    words = {"11Q73123": frozenset({"baptism", "protestant", "service", "taufe"}),
             "73C121": frozenset({"baptism", "christ", "jordan", "taufe", "christi"}),
             "73C": frozenset({"public", "life", "christus"}), "41D": frozenset({"clothing"})}

    def kept(title, *ns):
        return genre.keep_subjects([title], list(ns), FAMILIES, lambda n: words.get(n, frozenset()),
                                   titled=True)

    assert kept("The Baptism of Christ", "11Q73123", "73C121", "73C", "41D") == ["73C121", "73C", "41D"]
    assert kept("A Baptism", "11Q73123", "73C121") == ["11Q73123", "73C121"]
    # a saint beside him is the subject as much: Dominic's concepts need not name Christ
    words["11H(DOMINIC)"] = frozenset({"dominic", "praying"})
    assert kept("Saint Dominic praying before the Crucified Christ", "11H(DOMINIC)", "73C121") == \
        ["11H(DOMINIC)", "73C121"]


@pytest.mark.parametrize("name, spelled", [
    ("Lawrence", "Laurence"), ("Anthony", "Antony"), ("Teresa", "Theresa"), ("Elizabeth", "Elisabeth"),
    ("Anne", "Anna"), ("Katherine", "Catherine"),
    ("George", "George"), ("Laurence", "Laurence"),  # Iconclass' own
    ("Rembrandt", "Rembrandt"),  # no saint's name alike
])
def test_a_saints_name_is_spelled_as_iconclass_spells_it(name, spelled):
    assert genre.iconclass_spelling(name) == spelled


def test_a_title_is_also_read_with_its_saints_spelled_as_iconclass_does():
    assert genre.respelled("The Martyrdom of Saint Lawrence") == "The Martyrdom of Saint Laurence"
    assert genre.respelled("The Temptation of St Anthony") == "The Temptation of St Antony"
    assert genre.respelled("A Lawrence Landscape") == "A Lawrence Landscape"  # no saint named
    assert link.readings("The Ecstasy of Saint Teresa", "en") == [
        "The Ecstasy of Saint Teresa", "The Ecstasy of Saint Theresa"]
