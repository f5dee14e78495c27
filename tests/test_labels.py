"""The labels pages show for IRIs: one query for all of a page's IRIs, one label each."""
from __future__ import annotations

import pyoxigraph as ox

from kg.labels import labels
from kg.store import OxigraphStore
from kg.vocab import DC, RDFS, SKOS

EX = "http://example.org/"


def test_one_label_each_by_property_then_language(tmp_path):
    N, L = ox.NamedNode, ox.Literal
    store = OxigraphStore(tmp_path / "db")
    store.replace_graphs({EX + "g": [
        ox.Triple(N(EX + "dragon"), RDFS.label, L("dragon", language="en")),
        ox.Triple(N(EX + "dragon"), RDFS.label, L("Drache", language="de")),
        ox.Triple(N(EX + "dragon"), SKOS.prefLabel, L("Wurm", language="de")),  # rdfs:label first
        ox.Triple(N(EX + "painting"), DC.title, L("San Giorgio", language="it")),
        ox.Triple(N(EX + "concept"), SKOS.prefLabel, L("Saint George", language="en")),
        ox.Triple(N(EX + "plain"), RDFS.label, L("plain")),
        ox.Triple(N(EX + "plain"), RDFS.label, L("tagged", language="fr")),
        ox.Triple(N(EX + "iri"), RDFS.label, N(EX + "not-a-literal")),
        ox.Triple(N(EX + "unasked"), RDFS.label, L("unasked")),
    ]})
    asked = [EX + n for n in ("dragon", "painting", "concept", "plain", "iri", "nothing")]
    found = {iri[len(EX):]: label.value for iri, label in labels(store, asked).items()}
    assert found == {"dragon": "dragon", "painting": "San Giorgio", "concept": "Saint George",
                     "plain": "plain"}
    assert labels(store, asked, ["de", "en"])[EX + "dragon"].value == "Drache"
    assert labels(store, asked, ["fr"])[EX + "plain"].value == "tagged"
    assert labels(store, asked, ["de-AT"])[EX + "dragon"].value == "dragon"  # de-AT is no de
    assert labels(store, []) == {}
    store.close()
