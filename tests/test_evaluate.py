"""Our evaluator agrees with the reference scorer (shared/eval/score.py) on the dev set."""

import importlib.util
import json
from pathlib import Path

import pytest

from maroc_entrepreneuriat_nlp import extract_many
from maroc_entrepreneuriat_nlp.evaluate import evaluate, match_field, name_tokens

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
CORPUS = Path(__file__).resolve().parents[1] / "corpora"


def test_name_tokens_fold_arabic_and_french_articles():
    assert name_tokens("l'Agence Nationale") == ("agence", "nationale")
    assert name_tokens("الوكالة الوطنية") == name_tokens("الوكاله الوطنيه")


def test_optional_gold_items_neither_reward_nor_punish():
    gold = [{"names": ["ANAPEC"]}, {"names": ["MAP"], "optional": True}]
    m = match_field("organizations", gold, [{"name": "ANAPEC"}, {"name": "MAP"}])
    assert (m.tp, m.fp, m.fn) == (1, 0, 0)
    m = match_field("organizations", gold, [{"name": "OFPPT"}])
    assert (m.tp, m.fp, m.fn) == (0, 1, 1)


@pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="shared/eval not beside the repository")
def test_agrees_with_reference_scorer_on_dev(tmp_path):
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "score.py")
    ref = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ref)
    items = [json.loads(l) for l in (SHARED / "dev" / "articles.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    preds = tmp_path / "dev.jsonl"
    with open(preds, "w", encoding="utf-8") as fh:
        for rec in extract_many(items):
            fh.write(json.dumps(rec.model_dump(mode="json"), ensure_ascii=False) + "\n")
    theirs, _ = ref.score(str(SHARED / "dev" / "gold"), str(preds))
    ours = evaluate(SHARED / "dev" / "gold", preds)
    assert ours["overall"] == theirs["overall"]
    assert ours["language_accuracy"] == theirs["language_accuracy"]
    assert ours["publication_date_accuracy"] == theirs["publication_date_accuracy"]
    for f, r in theirs["fields"].items():
        assert {k: ours["fields"][f][k] for k in r} == r
    assert ours["attributes"] == theirs["attributes"]


def test_gold_scored_against_itself_is_perfect_and_renders_as_markdown():
    from maroc_entrepreneuriat_nlp.evaluate import format_markdown, load_gold

    golds = load_gold(CORPUS / "gold")
    report = evaluate(CORPUS / "gold", golds)
    assert report["overall"]["f1"] == 1.0
    assert set(report["by_language"]) == {"ar", "fr"}
    table = format_markdown(report)
    assert table.count("\n") == 2 + 8 + 5 - 1
    assert "| programs | 1.000 | 1.000 | 1.000 |" in table
