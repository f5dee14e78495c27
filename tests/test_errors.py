"""Bad input gives one clear line naming what is wrong, never a traceback."""
from __future__ import annotations

import json

import pytest

from conftest import BROWSER, SAMPLES
from kg.cli import main
from kg.errors import InputError
from kg.ingest import read_collection


def _run(runner, *args):
    result = runner.invoke(main, list(map(str, args)), catch_exceptions=False)
    return result.exit_code, result.output.strip()


def test_missing_metadata_file(runner, tmp_path):
    code, out = _run(runner, "enrich", tmp_path / "nope.csv", "--annotations",
                     SAMPLES / "annotations.json", "--store", tmp_path / "s")
    assert code == 3
    assert out.count("\n") == 0 and "nope.csv" in out and "not found" in out


def test_missing_annotation_file(runner, tmp_path):
    code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--annotations",
                     tmp_path / "none.json", "--store", tmp_path / "s")
    assert code == 3 and "none.json" in out and "not found" in out


def test_bad_csv_row_names_the_line(runner, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("identifier,title,creator\nok-1,A title,Someone\nbad\tid,Another,X\n")
    code, out = _run(runner, "enrich", bad, "--annotations", SAMPLES / "annotations.json",
                     "--store", tmp_path / "s")
    assert code == 3
    assert f"{bad}:3" in out and "identifier" in out


@pytest.mark.parametrize("content, expected", [
    ("identifier,title\nx,\n", "empty 'title'"),
    ("identifier,title\nx,T,extra\n", "expected 2 fields, found 3"),
    ("identifier,titel\nx,T\n", "unknown column(s) 'titel'"),
    ("identifier,title\nx,T\nx,U\n", "duplicate identifier 'x' (first on line 2)"),
])
def test_csv_problems(runner, tmp_path, content, expected):
    bad = tmp_path / "bad.csv"
    bad.write_text(content)
    code, out = _run(runner, "enrich", bad, "--annotations", SAMPLES / "annotations.json",
                     "--store", tmp_path / "s")
    assert code == 3 and expected in out


def test_bad_annotation_field_is_named(runner, tmp_path):
    data = json.loads((SAMPLES / "annotations.json").read_text())
    data["annotations"][4]["bbox"] = [1, 2, 3]
    bad = tmp_path / "ann.json"
    bad.write_text(json.dumps(data))
    code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--annotations", bad,
                     "--store", tmp_path / "s")
    assert code == 3 and "annotations[4]" in out and "bbox" in out


def test_unreadable_image_is_reported_and_skipped(runner, tmp_path, yolo_weights):
    (tmp_path / "broken.jpg").write_bytes(b"this is not a JPEG")
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("identifier,title,image\na,Broken,broken.jpg\nb,Missing,missing.png\n")
    code, out = _run(runner, "enrich", csv_path, "--weights", yolo_weights, "--store", tmp_path / "s")
    assert code == 7  # finished, but skipped inputs
    assert "broken.jpg: unreadable image" in out
    assert "missing.png: image file not found" in out


def test_malformed_query_cli(runner, demo_store_path):
    code, out = _run(runner, "query", "SELEC ?x WHERE {}", "--store", demo_store_path)
    assert code == 4 and out.startswith("error: malformed query") and out.count("\n") == 0


def test_unknown_named_query_lists_names(runner, demo_store_path):
    code, out = _run(runner, "query", "nosuch.rq", "--store", demo_store_path)
    assert code == 3 and "nosuch.rq" in out


def test_malformed_query_http(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?x WHERE { ?x"})
    assert response.status_code == 400
    assert response.mimetype == "text/plain"
    assert "malformed query" in response.get_data(as_text=True)


@pytest.mark.parametrize("path, status, says", [
    ("/artwork/nope", 404, "no artwork 'nope' in this dataset"),
    ("/artwork/uccello-saint-george-ng6294/object/nope", 404,
     "nothing in this dataset is about <http://127.0.0.1:5000/artwork/uccello-saint-george-ng6294/object/nope>"),
    ("/concept?iri=not%20an%20iri", 400, "'not an iri' is not an absolute IRI"),
    ("/concept", 400, "no concept given: give the concept's IRI as ?iri="),
    ("/concept?iri=https://iconclass.org/0", 404, "the subject <https://iconclass.org/0>"),
    ("/query?name=nosuch", 404, "no query 'nosuch'"),
    ("/dumps/nope.nt.gz", 404, "no dump 'nope.nt.gz'"),
    ("/sparql?query=SELEC", 400, "malformed query"),
])
def test_a_browser_gets_errors_as_pages_of_the_site(client, path, status, says):
    """A person meets an error as a page of the site (header, the message, a link home) with the
    status kept; it was raw JSON, and a missing artwork or a bad IRI was not named. Programs get
    the JSON (or, from the protocols, plain text) as before."""
    from markupsafe import escape

    r = client.get(path, headers={"Accept": BROWSER})
    assert r.status_code == status and r.mimetype == "text/html" and r.headers["Vary"] == "Accept"
    html = r.get_data(as_text=True)
    assert "<header>" in html and '<a href="/">' in html and str(escape(says)) in html
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    for accept in (None, "*/*", "application/json", "text/html, application/json",  # a tie
                   "image/webp,*/*;q=0.8", "text/html;q=0.5, image/*"):  # an <img>; images first
        r = client.get(path, headers={"Accept": accept} if accept else {})
        assert r.status_code == status, accept
        if path.startswith("/sparql"):
            assert r.mimetype == "text/plain" and says in r.get_data(as_text=True)
        else:
            assert r.mimetype == "application/json" and r.get_json() == {"error": r.get_json()["error"],
                                                                          "status": status}
            assert says in r.get_json()["error"], accept


def test_a_malformed_query_on_the_query_page_is_a_400_showing_the_error(client):
    r = client.get("/query", query_string={"query": "SELECT ?x WHERE { ?x"}, headers={"Accept": BROWSER})
    assert r.status_code == 400 and r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert '<p class="error">malformed query' in html and "SELECT ?x WHERE { ?x</textarea>" in html
    assert client.get("/query", query_string={"query": "ASK {}"}).status_code == 200


def test_missing_store_for_query(runner, tmp_path):
    code, out = _run(runner, "query", "counts", "--store", tmp_path / "absent")
    assert code == 3 and "store not found" in out


def test_both_detectors_refused(runner, tmp_path):
    code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--store", tmp_path / "s")
    assert code == 2 and "exactly one of --annotations" in out  # a usage error


def test_a_path_the_system_refuses_is_one_line_naming_it(runner, tmp_path):
    """A folder where a file belongs (and the like) is exit 3 with the path, not a traceback."""
    (tmp_path / "folder.csv").mkdir()
    code, out = _run(runner, "enrich", tmp_path / "folder.csv", "--annotations",
                     SAMPLES / "annotations.json", "--store", tmp_path / "s")
    assert code == 3
    assert out.startswith(f"error: {tmp_path / 'folder.csv'}: no images (") and "\n" not in out  # a collection of images
    (tmp_path / "file").write_text("")
    code, out = _run(runner, "rules", "export", "--swrl", tmp_path / "file" / "rules.owl")
    assert code == 3 and out.startswith(f"error: {tmp_path / 'file' / 'rules.owl'}: ") and "\n" not in out


def test_an_interrupted_command_says_so_and_exits_130(runner, tmp_path, monkeypatch):
    from kg.pipeline import Pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Pipeline, "enrich", interrupted)
    code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--annotations",
                     SAMPLES / "annotations.json", "--store", tmp_path / "s")
    assert code == 130 and "interrupted" in out and "resumes" in out


def test_kg_query_refuses_what_it_must_not_do(runner, tmp_path, demo_store_path):
    """Nothing is fetched (SERVICE), nothing is written (an update), and a name that is no
    bundled query says so rather than failing to parse as SPARQL."""
    store = ("--store", demo_store_path)
    code, out = _run(runner, "query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", *store)
    assert code == 4 and "SERVICE" in out
    code, out = _run(runner, "query", "PREFIX ex: <http://example.org/> INSERT DATA { ex:a ex:b ex:c }", *store)
    assert code == 4 and "only reads" in out
    code, out = _run(runner, "query", "artwork-titles-typo", *store)
    assert code == 3 and "no bundled query 'artwork-titles-typo'" in out and "kg queries" in out


def test_reasoning_with_a_folder_of_no_rules_is_refused(runner, tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "dir.yaml").mkdir()  # a folder named like a rule file is no rule file
    code, out = _run(runner, "rules", "check", "--rules", tmp_path / "rules")
    assert code == 3 and "no rule files" in out and str(tmp_path / "rules") in out


def test_options_that_would_be_ignored_are_usage_errors(runner, tmp_path, demo_store_path):
    store = ("--store", demo_store_path)
    code, out = _run(runner, "query", "counts", "--bind", "nosuchvar=x", *store)
    assert code == 2 and "no variable ?nosuchvar" in out
    code, out = _run(runner, "query", "counts", "--format", "turtle", *store)
    assert code == 2 and "CONSTRUCT and DESCRIBE" in out
    code, out = _run(runner, "describe", "x", "--lang", "xx", *store)
    assert code == 2
    code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--annotations",
                     SAMPLES / "annotations.json", "--embedding-model", "static", "--store", tmp_path / "s")
    assert code == 2 and "add --link" in out


def test_a_latin_1_csv_names_the_line_and_a_missing_model_folder_says_so(tmp_path):
    from vision.embed import load

    path = tmp_path / "c.csv"
    path.write_bytes("identifier,title\na,One\nb,Vergine Mar\xeda\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        read_collection(path)
    assert err.value.where == f"{path}:3"
    with pytest.raises(InputError, match="embedding model folder not found"):
        load(str(tmp_path / "no-such-model"))


def test_sigterm_stops_a_command_as_ctrl_c_does_and_exits_143(runner, tmp_path, monkeypatch):
    import os
    import signal

    from kg.pipeline import Pipeline

    def terminated(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGTERM)  # as `timeout` or a service manager sends it
        raise AssertionError("SIGTERM did not stop the command")

    monkeypatch.setattr(Pipeline, "enrich", terminated)
    previous = signal.getsignal(signal.SIGTERM)
    try:
        code, out = _run(runner, "enrich", SAMPLES / "collection.csv", "--annotations",
                         SAMPLES / "annotations.json", "--store", tmp_path / "s")
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert code == 143 and "interrupted: what was written is kept" in out
