"""Training and validation on real ultralytics code, offline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from vision.train import train, validate

ROOT = Path(__file__).resolve().parents[1]

# Runs in a fresh interpreter, so that ultralytics' import-time checks happen under the guard.
# The guard records every non-loopback connection and DNS lookup and refuses it like an offline
# machine would; the script prints what it saw as JSON.
OFFLINE_SCRIPT = r"""
import json, socket, sys
attempts = []
real_connect, real_dns = socket.socket.connect, socket.getaddrinfo
def connect(self, address):
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")):
        attempts.append(f"connect {address!r}")
        raise OSError("offline")
    return real_connect(self, address)
def dns(host, *args, **kwargs):
    if host in ("127.0.0.1", "localhost", "::1"):
        return real_dns(host, *args, **kwargs)
    attempts.append(f"DNS {host!r}")
    raise OSError("offline")
socket.socket.connect = socket.socket.connect_ex = connect
socket.getaddrinfo = socket.gethostbyname = dns

root = sys.argv[1]
sys.path.insert(0, sys.argv[2])
import yolo_fixture
from kg.cli import main
data = yolo_fixture.make_dataset(__import__("pathlib").Path(root) / "data", n_train=8, n_val=4)
main(["vision", "train", str(data), "--epochs", "1", "--imgsz", "160", "--batch", "4",
      "--device", "cpu", "--project", root + "/runs", "--name", "one"], standalone_mode=False)
weights = root + "/runs/one/weights/last.pt"
main(["vision", "val", weights, str(data), "--imgsz", "160", "--batch", "4", "--device", "cpu",
      "--json", root + "/val.json"], standalone_mode=False)
try:
    main(["vision", "detect", root + "/data/images/val", "--weights", weights, "--imgsz", "160",
          "--json"], standalone_mode=False)
except SystemExit:
    pass
import ultralytics.utils as u
print("RESULT " + json.dumps({"attempts": attempts, "online": u.ONLINE}))
"""


@pytest.mark.slow
def test_one_epoch_train_val_detect_in_a_fresh_process_touch_no_network(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("YOLO_", "HF_HUB_", "ULTRALYTICS"))}  # prove prepare() sets them
    env["YOLO_CONFIG_DIR"] = str(tmp_path / "config")  # empty: no font, no settings yet
    done = subprocess.run([sys.executable, "-c", OFFLINE_SCRIPT, str(tmp_path), str(ROOT / "tests")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.split("RESULT ", 1)[1])
    assert result == {"attempts": [], "online": False}
    assert (tmp_path / "runs" / "one" / "weights" / "last.pt").is_file()
    report = json.loads((tmp_path / "val.json").read_text())
    assert set(report) >= {"map50", "map50_95", "classes"} and 0.0 <= report["map50"] <= 1.0
    # the font ultralytics would have downloaded was provided locally
    assert (tmp_path / "config" / "Ultralytics" / "Arial.ttf").stat().st_size > 100_000


@pytest.mark.slow
def test_validation_reports_map_overall_and_per_class(tmp_path, yolo_dataset_and_weights):
    data, weights = yolo_dataset_and_weights
    report = validate(weights, data / "data.yaml", imgsz=160, batch=8, device="cpu")
    assert [c.name for c in report.classes] == ["dragon", "lance"]
    assert [c.instances for c in report.classes] == [6, 6]  # one disc and one bar per val image
    assert report.map50 > 0.3  # the fixture model learnt the shapes
    for c in report.classes:
        assert 0.0 <= c.map50_95 <= c.map50 <= 1.0
    # overall mAP is the mean over classes, as ultralytics defines it
    assert report.map50 == pytest.approx(sum(c.map50 for c in report.classes) / 2, abs=1e-6)
    assert report.map50_95 == pytest.approx(sum(c.map50_95 for c in report.classes) / 2, abs=1e-6)
    table = report.table().splitlines()
    assert table[0].split() == ["class", "images", "instances", "P", "R", "mAP50", "mAP50-95"]
    assert table[2].split()[0] == "all" and table[2].split()[-2] == f"{report.map50:.3f}"
    assert report.images == 6 and table[2].split()[1] == "6"  # the split's images (the column was empty)
    assert [line.split()[0] for line in table[3:]] == ["dragon", "lance"]
    report.write_json(tmp_path / "r.json")
    saved = json.loads((tmp_path / "r.json").read_text())
    assert saved["map50"] == report.map50 and saved["classes"][1]["name"] == "lance" and saved["images"] == 6


def test_no_download_is_attempted_for_a_missing_model(tmp_path):
    data = tmp_path / "data.yaml"
    data.write_text("path: .\ntrain: a\nval: a\nnames: {0: x}\n")
    with pytest.raises(InputError, match="nothing is downloaded"):
        train(data, "yolo11n.pt", epochs=1, project=tmp_path)
    with pytest.raises(InputError, match="dataset file not found"):
        train(tmp_path / "none.yaml", epochs=1)
    with pytest.raises(InputError, match="weights file not found"):
        validate(tmp_path / "none.pt", data)


def test_a_dataset_ultralytics_cannot_use_is_an_input_error_naming_it(tmp_path):
    """An empty split, or one that is not there, stops training with an InputError naming the
    data.yaml, not ultralytics' RuntimeError and its traceback."""
    data = tmp_path / "ds" / "data.yaml"
    for split in ("train", "val"):
        (tmp_path / "ds" / "images" / split).mkdir(parents=True)
    data.write_text("train: images/train\nval: images/val\nnames: {0: x}\n")
    with pytest.raises(InputError, match="ultralytics cannot use this dataset: train: .*images") as err:
        train(data, epochs=1, imgsz=64, batch=2, device="cpu", project=tmp_path / "runs")
    assert str(data) in str(err.value)
    data.write_text("train: images/train\nval: images/nowhere\nnames: {0: x}\n")
    with pytest.raises(InputError, match="ultralytics cannot use this dataset: .*nowhere"):
        train(data, epochs=1, imgsz=64, batch=2, device="cpu", project=tmp_path / "runs")
