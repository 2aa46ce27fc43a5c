"""geokg inside PySpark: extract the triples of a DataFrame of articles with
``geokg.extract_many`` in ``mapInPandas``, write them as Parquet partitioned by article date,
and as JSON Lines exactly as ``geokg extract`` writes them.

    python3 python/examples/spark_extract.py ARTICLES.jsonl OUT_DIR [--master local[2]]

The Parquet schema (``TRIPLE_SCHEMA``) mirrors the JSON fields: nested objects are
flattened with ``_`` (``subject.id`` → ``subject_id``, ``evidence.start`` →
``evidence_start``); ``json`` keeps the triple's JSON line itself. See docs/spark.md.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Iterator

import pandas as pd

ENTITY = ["id", "name", "kind", "country"]
TRIPLE_SCHEMA = ", ".join(
    ["article string", "sentence int"]
    + [f"subject_{f} string" for f in ENTITY]
    + ["relation string"]
    + [f"object_{f} string" for f in ENTITY]
    + ["plover_type string", "plover_source string", "plover_target string", "cameo string",
       "polarity string", "modality string"]
    + [f"claimed_by_{f} string" for f in ENTITY]
    + ["confidence double", "date string", "evidence_text string", "evidence_start long",
       "evidence_end long", "article_date string", "json string"]
)
COLUMNS = [c.split(" ")[0] for c in TRIPLE_SCHEMA.split(", ")]


def flatten(t: dict) -> dict:
    """One triple (a dict as ``geokg.extract`` gives it) as one row of ``TRIPLE_SCHEMA``."""
    row = {"article": t["article"], "sentence": t["sentence"], "relation": t["relation"]}
    for role in ("subject", "object", "claimed_by"):
        e = t.get(role) or {}
        for f in ENTITY:
            row[f"{role}_{f}"] = e.get(f)
    p = t.get("plover") or {}
    row.update(plover_type=p.get("type"), plover_source=p.get("source"), plover_target=p.get("target"))
    ev = t["evidence"]
    row.update(cameo=t.get("cameo"), polarity=t["polarity"], modality=t["modality"],
               confidence=t["confidence"], date=t.get("date"), evidence_text=ev["text"],
               evidence_start=ev["start"], evidence_end=ev["end"],
               article_date=ev.get("article_date") or "undated",
               json=json.dumps(t, ensure_ascii=False, separators=(",", ":")))
    return row


def extract_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``mapInPandas``: the triples of each batch of articles, extracted by geokg."""
    import geokg

    for pdf in batches:
        records = [{k: v for k, v in r.items() if v is not None and v == v}
                   for r in pdf.to_dict("records")]
        # one Spark task per core: geokg uses one thread in each
        rows = [flatten(t) for t in geokg.extract_many(records, threads=1)]
        yield pd.DataFrame(rows, columns=COLUMNS)


def run(spark, articles_path: str, out: str):
    articles = spark.read.json(articles_path)
    triples = articles.mapInPandas(extract_partition, schema=TRIPLE_SCHEMA).cache()
    (triples.write.mode("overwrite").partitionBy("article_date")
     .parquet(f"{out}/triples.parquet"))
    triples.select("json").write.mode("overwrite").text(f"{out}/triples")
    articles.write.mode("overwrite").json(f"{out}/articles")
    return articles.count(), triples.count()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", help="JSON Lines articles ({id, title, date, source, url, text})")
    ap.add_argument("out", help="output directory")
    ap.add_argument("--master", default="local[*]")
    args = ap.parse_args()
    from pyspark.sql import SparkSession

    spark = (SparkSession.builder.master(args.master).appName("geokg-extract")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter()
    n_articles, n_triples = run(spark, args.articles, args.out)
    secs = time.perf_counter() - started
    print(f"spark_extract: {args.master}: {n_articles} articles, {n_triples} triples in {secs:.1f}s "
          f"({n_articles / secs:.0f} articles/s)")
    spark.stop()


if __name__ == "__main__":
    main()
