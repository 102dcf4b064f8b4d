import csv
import io
import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from maroc_entrepreneuriat_nlp.cli import app

runner = CliRunner()
AR = "الرباط - أعلنت الوكالة الوطنية لإنعاش التشغيل والكفاءات عن إطلاق برنامج جديد لفائدة الشباب حاملي المشاريع."
FR = "Rabat - L'ANAPEC a annoncé le lancement d'un nouveau programme pour les porteurs de projets."


@pytest.fixture()
def inputs(tmp_path):
    (tmp_path / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"text": FR, "id": "fr-b", "publication_date": "2024-05-02"}), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": FR, "doc_id": "c1"}) + "\n{broken json\n" + json.dumps({"doc_id": "c3"}) + "\n"
        + json.dumps({"text": AR, "doc_id": "c4"}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "d.txt").write_bytes(b"\x00\x01\x02binary")
    return tmp_path


def test_extract_processes_good_inputs_in_order_and_reports_bad_ones(inputs, tmp_path):
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    res = runner.invoke(app, ["extract", str(inputs / "a.txt"), str(inputs / "b.json"), str(inputs / "c.jsonl"),
                              str(inputs / "d.txt"), "-o", str(out), "--errors", str(errors)])
    assert res.exit_code == 1
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == ["a", "fr-b", "c1", "c4"]
    assert recs[1]["publication_date"] == "2024-05-02"
    errs = [json.loads(l) for l in errors.read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"] for e in errs} == {"c-2", "c3", "d"}
    assert all(e["source"] and e["reason"] for e in errs)
    assert "c.jsonl:2" in res.output  # file and line on stderr


def test_extract_directory_and_formats(inputs, tmp_path):
    (inputs / "d.txt").unlink()
    res = runner.invoke(app, ["extract", str(inputs), "--format", "csv", "-o", str(tmp_path / "o.csv")])
    rows = list(csv.DictReader(io.StringIO((tmp_path / "o.csv").read_text(encoding="utf-8"))))
    assert [r["doc_id"] for r in rows] == ["a", "fr-b", "c1", "c4"]
    res = runner.invoke(app, ["extract", str(inputs / "a.txt"), "--format", "json", "-o", str(tmp_path / "o.json")])
    assert res.exit_code == 0
    assert json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))[0]["language"] == "ar"


def test_extract_reads_stdin():
    proc = subprocess.run([sys.executable, "-m", "maroc_entrepreneuriat_nlp.cli", "extract", "-"], input=FR,
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["language"] == "fr"


def test_schema_command_prints_json_schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    assert json.loads(res.output)["title"] == "ArticleRecord"
