"""A folder of images as a collection: an artwork per image file, in every folder below it."""
from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.ingest import read_collection


def _images(folder, *names: str):
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"not opened")
    return folder


def test_every_image_file_is_an_artwork_named_by_its_path(tmp_path):
    folder = _images(tmp_path / "collection", "San_Giorgio-e-il drago.JPG", "italy/Judith_1.png",
                     "italy/venice/la_tempesta.tiff", "b.WebP", "c.jpeg", "d.tif",
                     "notes.txt", "italy/thumbs.db", ".hidden/x.jpg", "italy/._Judith_1.png")
    arts = read_collection(folder)
    assert [(a.identifier, a.title, a.image) for a in arts] == [
        ("San_Giorgio-e-il drago", "San Giorgio e il drago", "San_Giorgio-e-il drago.JPG"),
        ("b", "b", "b.WebP"), ("c", "c", "c.jpeg"), ("d", "d", "d.tif"),
        ("italy/Judith_1", "Judith 1", "italy/Judith_1.png"),
        ("italy/venice/la_tempesta", "la tempesta", "italy/venice/la_tempesta.tiff")]
    assert arts[4].source == "italy/Judith_1.png"


def test_an_empty_folder_is_an_error(tmp_path):
    folder = _images(tmp_path / "empty", "readme.txt", "sub/notes.md")
    with pytest.raises(InputError, match=r"no images \(\.jpg .*\) in this folder") as err:
        read_collection(folder)
    assert err.value.where == str(folder)


def test_two_images_of_one_name_are_an_error_naming_both(tmp_path):
    folder = _images(tmp_path / "c", "a/1.jpg", "a/1.png")
    with pytest.raises(InputError, match=r"two images make the identifier 'a/1': a/1\.jpg and a/1\.png"):
        read_collection(folder)


def _coco(path, boxes: dict[str, list[tuple[str, list[float]]]]):
    labels = sorted({label for found in boxes.values() for label, _ in found})
    images = [{"id": i, "file_name": name, "width": 1000, "height": 800} for i, name in enumerate(boxes, 1)]
    anns = [{"id": n, "image_id": i, "category_id": labels.index(label) + 1, "bbox": box}
            for i, name in enumerate(boxes, 1) for n, (label, box) in enumerate(boxes[name], 100 * i)]
    path.write_text(json.dumps({"images": images, "annotations": anns,
                                "categories": [{"id": k + 1, "name": v} for k, v in enumerate(labels)]}))
    return path


def test_enrich_a_folder_with_annotations_or_weights(runner, tmp_path, monkeypatch):
    """The boxes meet the folder's artworks by their files; a model reads the images from the
    folder itself (its paths are relative to it)."""
    from kg.cli import main
    from kg.store import OxigraphStore
    from kg.vocab import DC, ICO
    from vision import detect

    folder = _images(tmp_path / "paintings", "italy/San_Giorgio.jpg", "Judith.png")
    coco = _coco(tmp_path / "boxes.json", {"San_Giorgio.jpg": [("knight", [10, 10, 200, 300]),
                                                               ("dragon", [300, 400, 200, 100])]})
    result = runner.invoke(main, ["enrich", str(folder), "--annotations", str(coco), "--store",
                                  str(tmp_path / "s"), "--base-iri", "http://example.org/"])
    assert result.exit_code == 0, result.output
    with OxigraphStore(tmp_path / "s") as store:
        giorgio = "http://example.org/artwork/italy%2FSan_Giorgio"
        assert store.select(f"SELECT ?t WHERE {{ <{giorgio}> <{DC.title.value}> ?t }}")[0]["t"].value == "San Giorgio"
        depicted = store.select(f"SELECT (COUNT(?o) AS ?n) WHERE {{ <{giorgio}> <{ICO.depicts.value}> ?o }}")
        assert int(depicted[0]["n"].value) == 2
    seen = {}

    def yolo(**options):  # a model stand-in: where would it read the images from?
        seen.update(options)
        return detect.AnnotationDetector(annotations=coco)

    monkeypatch.setitem(detect.DETECTORS, "yolo", yolo)
    weights = tmp_path / "model.pt"
    weights.write_bytes(b"")
    result = runner.invoke(main, ["enrich", str(folder), "--weights", str(weights), "--store",
                                  str(tmp_path / "s2")])
    assert result.exit_code == 0, result.output
    assert seen["images"] == folder


def test_a_name_written_with_combining_accents_gives_a_composed_title(tmp_path):
    """A folder copied from a Mac names "Gemälde" with a combining accent (NFD): identifier and
    title are composed (NFC), as typed elsewhere, while the image stays the file's own name."""
    import unicodedata

    name = unicodedata.normalize("NFD", "Gemälde_1.png")
    [art] = read_collection(_images(tmp_path / "c", name))
    assert (art.identifier, art.title) == ("Gemälde_1", "Gemälde 1")
    assert unicodedata.is_normalized("NFC", art.title) and art.image == name
