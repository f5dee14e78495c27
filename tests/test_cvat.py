"""CVAT for images 1.1 XML as annotations."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from test_annotations import ARTWORKS, _detections, assert_enriches_like_coco
from test_convert import BOXES, H, W, write_coco
from vision import cvat, records
from vision.annotations import read_annotations
from vision.detect import AnnotationDetector


def write_cvat(path, extra: str = ""):
    """The boxes of the COCO fixture as CVAT exports them."""
    images = "".join(
        f'<image id="{i}" name="scans/{name}" width="{W}" height="{H}">' + "".join(
            f'<box label="{lab}" source="manual" occluded="0" xtl="{x1}.00" ytl="{y1}.00" '
            f'xbr="{x2}.00" ybr="{y2}.00" z_order="0"></box>' for lab, x1, y1, x2, y2 in boxes)
        + (extra if i == 0 else "") + "</image>"
        for i, (name, boxes) in enumerate(BOXES.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<annotations><version>1.1</version>'
                    f"<meta><task><name>paintings</name></task></meta>{images}</annotations>")
    return path


def test_a_cvat_file_gives_the_detections_of_the_coco_file(tmp_path):
    expected, sizes = _detections(write_coco(tmp_path / "coco"))
    found, got = _detections(write_cvat(tmp_path / "cvat" / "annotations.xml"))
    assert found == expected and got == sizes


def test_shapes_become_boxes_and_the_rest_is_counted(tmp_path):
    extra = ('<polygon label="halo" points="20.0,30.0;40.5,35.0;30.0,50.0"></polygon>'
             '<ellipse label="shield" cx="150" cy="50" rx="10" ry="20"></ellipse>'
             '<points label="eye" points="5,5"></points><tag label="night"></tag>'
             '<mask label="sky" rle="1, 2" left="60" top="5" width="3" height="1"></mask>'
             '<skeleton label="pose"><points label="head" points="5,5"></points></skeleton>'
             '<box label="" xtl="0" ytl="0" xbr="5" ybr="5"></box>')
    detector = AnnotationDetector(write_cvat(tmp_path / "annotations.xml", extra))
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    assert sorted((d.label, d.box.x, d.box.y, d.box.w, d.box.h) for d in found["a"]) == [
        ("dragon", 10, 20, 40, 40), ("halo", 20, 30, 20.5, 20), ("lance", 100, 0, 20, 100),
        ("shield", 140, 30, 20, 40), ("sky", 60, 5, 3, 1)]
    assert dict(detector.skips.counts) == {records.POINT: 1, records.NOT_SPATIAL: 1,
                                           cvat.NOT_A_BOX: 1, records.UNLABELLED: 1}


@pytest.mark.parametrize("extra, message", [
    ('<box label="dragon" xtl="a" ytl="0" xbr="5" ybr="5"></box>', "expected a number, found 'a'"),
    ('<polygon label="halo" points="1,2;3"></polygon>', "points must read"),
])
def test_a_bad_shape_names_its_image_and_place(tmp_path, extra, message):
    path = write_cvat(tmp_path / "annotations.xml", extra)
    with pytest.raises(InputError, match=message) as err:
        list(read_annotations(path))
    assert "<image> #1 (scans/a.jpg)" in str(err.value)


def test_enrich_writes_the_same_detections_from_cvat_as_from_coco(runner, tmp_path):
    assert_enriches_like_coco(runner, tmp_path, write_cvat(tmp_path / "cvat.xml"), "cvat")


def test_turned_boxes_and_ellipses_give_their_enclosing_boxes(tmp_path):
    extra = ('<box label="lance" xtl="100" ytl="40" xbr="140" ybr="60" rotation="90"></box>'
             '<ellipse label="halo" cx="50" cy="50" rx="20" ry="10" rotation="90"></ellipse>')
    detector = AnnotationDetector(write_cvat(tmp_path / "annotations.xml", extra))
    found = {art.identifier: dets for art, dets in detector.detect(ARTWORKS)}
    turned = sorted((d.label, *(round(v, 6) for v in (d.box.x, d.box.y, d.box.w, d.box.h)))
                    for d in found["a"] if d.box.y > 0)
    assert turned == [("dragon", 10, 20, 40, 40), ("halo", 40, 30, 20, 40), ("lance", 110, 30, 20, 40)]


def test_cvat_for_video_is_refused_with_the_export_to_choose(tmp_path):
    path = tmp_path / "video.xml"
    path.write_text('<annotations><version>1.1</version><track id="0" label="dragon">'
                    '<box frame="0" outside="0" keyframe="1" xtl="1" ytl="2" xbr="30" ybr="40"/>'
                    "</track></annotations>")
    with pytest.raises(InputError, match="CVAT for images 1.1") as err:
        list(read_annotations(path))
    assert err.value.where == str(path)


def test_a_cuboid_is_not_reported_as_a_skeleton(tmp_path):
    path = write_cvat(tmp_path / "annotations.xml", '<cuboid label="chest" xtl1="1" ytl1="1" '
                      'xbl1="1" ybl1="9" xtr1="9" ytr1="1" xbr1="9" ybr1="9"></cuboid>')
    detector = AnnotationDetector(path)
    dict(detector.detect(ARTWORKS))
    assert dict(detector.skips.counts) == {cvat.NOT_A_BOX: 1}
    line, = detector.skips.lines()
    assert "cuboid" in line and "(skeleton)" not in line
