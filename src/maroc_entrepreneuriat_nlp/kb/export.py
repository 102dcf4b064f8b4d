"""Exports of the KB's entities: JSONL, CSV, Parquet, JSON-LD (schema.org), and reading them back.

One item per KB entity: id, kind, canonical, names in both languages, aliases, attributes and the
ids of its source articles. `read_export` parses any of the formats back into the same dicts, so
an export round-trips.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

FORMATS = ("jsonl", "csv", "parquet", "jsonld")
FIELDS = ["id", "kind", "canonical", "name_fr", "name_ar", "aliases", "type", "role", "organization", "level",
          "country", "parent", "first_date", "last_date", "mentions", "article_ids"]
_LIST_FIELDS = ("aliases", "article_ids")
_LIST_SEP = " | "

SCHEMA_ORG = "https://schema.org/"
KB_NS = "urn:maroc-nlp:"
# schema.org has no "programme" type; a public support programme is a service run by a government.
_PLACE_TYPES = {"country": "Country", "region": "AdministrativeArea", "province": "AdministrativeArea",
                "commune": "AdministrativeArea", "district": "AdministrativeArea", "city": "City"}


def export_items(kb) -> list[dict]:
    return [{k: row.get(k) for k in FIELDS} for row in kb.entity_rows()]


def _schema_type(item: dict) -> str:
    kind = item["kind"]
    if kind == "program":
        return "GovernmentService"
    if kind == "person":
        return "Person"
    if kind == "place":
        return _PLACE_TYPES.get(item.get("level") or "", "Place")
    type_ = (item.get("type") or "").lower()
    return "GovernmentOrganization" if any(w in type_ for w in ("gov", "public", "agency", "ministry", "state")) \
        else "Organization"


def _jsonld_node(item: dict) -> dict:
    names = [{"@value": item[k], "@language": lang} for k, lang in (("name_fr", "fr"), ("name_ar", "ar")) if item[k]]
    node = {
        "@id": KB_NS + item["id"],
        "@type": _schema_type(item),
        "identifier": item["id"],
        "name": names,
        "alternateName": item["aliases"],
        "subjectOf": [{"@id": KB_NS + "article:" + a, "@type": "NewsArticle", "identifier": a}
                      for a in item["article_ids"]],
        "additionalProperty": [{"@type": "PropertyValue", "name": k, "value": item[k]}
                               for k in FIELDS if k not in ("id", "name_fr", "name_ar", "aliases", "article_ids")
                               and item[k] is not None],
    }
    if item["kind"] == "person" and item.get("role"):
        node["jobTitle"] = item["role"]
    return node


def write_export(kb, out: str | Path, fmt: str) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    items = export_items(kb)
    out = Path(out)
    if fmt == "jsonl":
        with open(out, "w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=FIELDS)
            w.writeheader()
            for it in items:
                w.writerow({k: (_LIST_SEP.join(v) if k in _LIST_FIELDS else "" if v is None else v)
                            for k, v in it.items()})
    elif fmt == "parquet":
        import pandas as pd

        pd.DataFrame(items, columns=FIELDS).to_parquet(out, index=False)
    else:
        doc = {"@context": {"@vocab": SCHEMA_ORG}, "@graph": [_jsonld_node(it) for it in items]}
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


def read_export(path: str | Path, fmt: str) -> list[dict]:
    """Items of an export, as `export_items` gave them."""
    path = Path(path)
    if fmt == "jsonl":
        return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    if fmt == "csv":
        out = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                item = {}
                for k in FIELDS:
                    v = row[k]
                    if k in _LIST_FIELDS:
                        item[k] = v.split(_LIST_SEP) if v else []
                    elif k == "canonical":
                        item[k] = v == "True"
                    elif k == "mentions":
                        item[k] = int(v)
                    else:
                        item[k] = v or None
                out.append(item)
        return out
    if fmt == "parquet":
        import pandas as pd

        frame = pd.read_parquet(path)
        out = []
        for rec in frame.to_dict("records"):
            item = {}
            for k in FIELDS:
                v = rec[k]
                if k in _LIST_FIELDS:
                    item[k] = [str(x) for x in v] if v is not None else []
                elif k == "canonical":
                    item[k] = bool(v)
                elif k == "mentions":
                    item[k] = int(v)
                else:
                    item[k] = None if v is None or (isinstance(v, float) and v != v) else v
            out.append(item)
        return out
    if fmt == "jsonld":
        doc = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for node in doc["@graph"]:
            props = {p["name"]: p["value"] for p in node.get("additionalProperty", [])}
            names = {n["@language"]: n["@value"] for n in node.get("name", [])}
            item = {k: props.get(k) for k in FIELDS}
            item.update(id=node["identifier"], name_fr=names.get("fr"), name_ar=names.get("ar"),
                        aliases=list(node.get("alternateName", [])),
                        article_ids=[a["identifier"] for a in node.get("subjectOf", [])])
            out.append(item)
        return out
    raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
