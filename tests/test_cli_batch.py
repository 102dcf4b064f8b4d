"""Batch extraction: bad files among good ones, workers, --resume after a SIGKILL, --kb, summary."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from maroc_entrepreneuriat_nlp import inputs
from maroc_entrepreneuriat_nlp.cli import app

runner = CliRunner()
CLI = [sys.executable, "-m", "maroc_entrepreneuriat_nlp.cli"]

AR = ("طنجة - أعطى والي جهة طنجة تطوان الحسيمة، اليوم الثلاثاء، انطلاقة الدورة الثانية من قافلة المقاولة "
      "الذاتية، بمشاركة الوكالة الوطنية لإنعاش التشغيل والكفاءات وغرفة التجارة والصناعة والخدمات.")
FR = ("Marrakech - Le Centre régional d'investissement de Marrakech-Safi a accompagné 340 porteurs de projets "
      "en 2023 dans le cadre du programme Forsa, a indiqué mardi son directeur lors d'une rencontre régionale.")

CITIES_FR = ["Oujda", "Fès", "Laâyoune", "Béni Mellal", "Errachidia", "Dakhla", "Settat", "Khouribga"]
CITIES_AR = ["وجدة", "فاس", "العيون", "بني ملال", "الرشيدية", "الداخلة", "سطات", "خريبكة"]


def _article(i: int) -> dict:
    """Our own small MAP-style articles, alternating French and Arabic."""
    if i % 2:
        text = (f"{CITIES_AR[i % 8]} - أعلنت المديرية الجهوية عن تمويل {i + 10} مشروعا في إطار برنامج أوراش، "
                f"بغلاف مالي قدره {i % 50 + 1} مليون درهم، وذلك خلال لقاء تواصلي نظم يوم الخميس.")
    else:
        text = (f"{CITIES_FR[i % 8]} - Quelque {i + 10} jeunes ont bénéficié du programme Intelaka, "
                f"pour une enveloppe de {i % 50 + 1} millions de dirhams, a annoncé jeudi la direction régionale.")
    return {"doc_id": f"doc-{i:05d}", "text": text, "publication_date": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"}


@pytest.fixture()
def mixed_batch(tmp_path, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    (d / "01-ar.txt").write_text(AR, encoding="utf-8")
    (d / "02-fr.html").write_text(f"<html><body><p>{FR}</p></body></html>", encoding="utf-8")
    (d / "03-lines.jsonl").write_text(
        json.dumps({"doc_id": "l1", "text": FR}) + "\n" + '{"doc_id": "l2", "text": "unterminated\n'
        + json.dumps({"doc_id": "l3", "text": AR}, ensure_ascii=False) + "\n" + json.dumps({"doc_id": "l4"}) + "\n",
        encoding="utf-8")
    (d / "04-corrupt.json").write_text('{"text": "Rabat - ', encoding="utf-8")
    (d / "05-empty.txt").write_bytes(b"")
    (d / "06-binary.txt").write_bytes(bytes(range(256)) * 64)
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 2_000_000)  # "huge" without writing 50 MB in a test
    (d / "07-huge.txt").write_text(FR * 12_000, encoding="utf-8")  # ~2.4 MB: over the limit
    (d / "08-long.txt").write_text((FR + "\n") * 7_000, encoding="utf-8")  # ~1.4 M characters: truncated, kept
    (d / "09-cp1256.txt").write_bytes(AR.encode("cp1256"))
    return d


GOOD = ["01-ar", "02-fr", "l1", "l3", "08-long", "09-cp1256"]
BAD = {"03-lines-2", "l4", "04-corrupt", "05-empty", "06-binary", "07-huge"}


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_with_bad_files_keeps_every_good_article_and_reports_every_bad_one(mixed_batch, tmp_path, workers):
    out, errs = tmp_path / f"out{workers}.jsonl", tmp_path / f"errors{workers}.jsonl"
    res = runner.invoke(app, ["extract", str(mixed_batch), "-o", str(out), "--errors", str(errs),
                              "--workers", str(workers), "--batch-size", "2"])
    assert res.exit_code == 1
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == GOOD
    errors = [json.loads(l) for l in errs.read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"] for e in errors} == BAD
    assert [e["doc_id"] for e in errors] == ["03-lines-2", "l4", "04-corrupt", "05-empty", "06-binary", "07-huge"]
    assert all(e["reason"] and e["source"] for e in errors)
    long = next(r for r in recs if r["doc_id"] == "08-long")
    assert any("characters" in w for w in long["warnings"])  # truncation is said, not silent
    assert "6 records, 6 failed" in res.output


def test_workers_give_the_same_output_as_one_process(tmp_path):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(_article(i), ensure_ascii=False) + "\n" for i in range(120)), encoding="utf-8")
    outs = []
    for workers in (1, 2):
        out = tmp_path / f"o{workers}.jsonl"
        assert runner.invoke(app, ["extract", str(src), "-o", str(out), "--workers", str(workers),
                                   "--batch-size", "3"]).exit_code == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _run(args, **kw):
    return subprocess.run(CLI + args, capture_output=True, text=True, **kw)


def test_killed_run_resumed_gives_the_same_output(tmp_path):
    n = 3000
    src = tmp_path / "articles.jsonl"
    lines = [json.dumps(_article(i), ensure_ascii=False) for i in range(n)]
    lines[1500] = "{this line is corrupt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref, ref_err = tmp_path / "ref.jsonl", tmp_path / "ref-errors.jsonl"
    proc = _run(["extract", str(src), "-o", str(ref), "--errors", str(ref_err)])
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == f"{n - 1} records, 1 failed"  # no progress bar off a TTY

    out, err = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    victim = subprocess.Popen(CLI + ["extract", str(src), "-o", str(out), "--errors", str(err), "--workers", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < n // 10):
        time.sleep(0.01)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    partial = out.read_bytes().count(b"\n")
    assert 0 < partial < n - 1, "the run must be killed mid-way"

    proc = _run(["extract", str(src), "-o", str(out), "--errors", str(err), "--resume"])
    assert proc.returncode == 1
    assert "already done" in proc.stderr.splitlines()[-1]
    assert out.read_bytes() == ref.read_bytes()
    assert err.read_bytes() == ref_err.read_bytes()
    # Resuming a finished run changes nothing.
    proc = _run(["extract", str(src), "-o", str(out), "--errors", str(err), "--resume"])
    assert out.read_bytes() == ref.read_bytes() and err.read_bytes() == ref_err.read_bytes()
    assert proc.stderr.strip().splitlines()[-1] == f"0 records, 1 failed, {n - 1} already done"


def test_resume_cuts_a_half_written_last_line(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(_article(i), ensure_ascii=False) + "\n" for i in range(5)), encoding="utf-8")
    ref, out = tmp_path / "ref.jsonl", tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(src), "-o", str(ref)]).exit_code == 0
    full = ref.read_bytes()
    cut = full.index(b"\n", full.index(b"\n") + 1) + 40  # two whole lines and the start of a third
    out.write_bytes(full[:cut])
    assert runner.invoke(app, ["extract", str(src), "-o", str(out), "--resume"]).exit_code == 0
    assert out.read_bytes() == full


def test_resume_needs_an_output_file(tmp_path):
    res = runner.invoke(app, ["extract", str(tmp_path), "--resume"])
    assert res.exit_code != 0


def test_extract_ingests_into_a_kb(tmp_path):
    from maroc_entrepreneuriat_nlp.kb import KnowledgeBase

    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps(_article(i), ensure_ascii=False) + "\n" for i in range(20)), encoding="utf-8")
    kb_path = tmp_path / "kb.sqlite"
    res = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--kb", str(kb_path), "--workers", "2"])
    assert res.exit_code == 0
    kb = KnowledgeBase(kb_path)
    assert [r.doc_id for r in kb.records()] == [f"doc-{i:05d}" for i in range(20)]
    res = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--kb", str(kb_path)])
    assert kb.counts()["articles"] == 20  # idempotent


def test_summary_prints_a_readable_overview(tmp_path):
    from maroc_entrepreneuriat_nlp.records import Amount, ArticleRecord, Entity, Event

    recs = [
        ArticleRecord(doc_id="a", language="ar", language_confidence=1,
                      programs=[Entity(id="prog:awrach", name="أوراش")],
                      amounts=[Amount(text="x", start=0, end=1, value=2_000_000, currency="MAD")],
                      events=[Event(type="program_launch", text="x", start=0, end=1)]),
        ArticleRecord(doc_id="b", language="fr", language_confidence=1,
                      programs=[Entity(id="prog:awrach", name="Awrach")], warnings=["something"],
                      amounts=[Amount(text="y", start=0, end=1, value=500_000, currency="MAD")]),
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in recs), encoding="utf-8")
    res = runner.invoke(app, ["summary", str(path)])
    assert res.exit_code == 0
    out = res.output
    assert "2 articles, 1 warnings" in out
    assert "prog:awrach" in out and "2,500,000" in out and "program_launch" in out
    assert "Articles per language" in out
