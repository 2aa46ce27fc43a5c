"""The Spark example (python/examples/spark_extract.py) in local mode: its triples, in JSON
Lines and in Parquet, are the CLI's, and ``geokg build --triples`` on its output gives the
knowledge base ``geokg build`` gives on the same articles."""

import json
import os
import sys

from conftest import ROOT, SAMPLES, cli_jsonl, need, run_cli

sys.path.insert(0, str(ROOT / "python" / "examples"))


def test_spark_job_triples_equal_the_cli(geokg_bin, tmp_path):
    need("pyspark")
    pq = need("pyarrow.parquet")
    import shutil

    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        need("java (run scripts/setup-python.sh)")
    from pyspark.sql import SparkSession

    import spark_extract

    src = SAMPLES / "wire_briefs.jsonl"
    expected = cli_jsonl(geokg_bin, "extract", src)
    spark = (SparkSession.builder.master("local[2]").appName("geokg-test")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.addPyFile(spark_extract.__file__)  # the workers import it too
    try:
        n_articles, n_triples = spark_extract.run(spark, str(src), str(tmp_path))
    finally:
        spark.stop()
    assert (n_articles, n_triples) == (3, len(expected))
    lines = []
    for f in sorted((tmp_path / "triples").glob("part-*")):
        lines += [json.loads(x) for x in f.read_text().splitlines() if x]
    key = lambda t: (t["article"], t["sentence"], json.dumps(t, sort_keys=True))
    assert sorted(lines, key=key) == sorted(expected, key=key)
    table = pq.read_table(tmp_path / "triples.parquet").to_pandas()
    assert len(table) == len(expected)
    rows = sorted(zip(table["article"], table["sentence"], table["subject_id"], table["relation"],
                      table["object_id"], table["article_date"].astype(str)))
    want = sorted((t["article"], t["sentence"], t["subject"]["id"], t["relation"], t["object"]["id"],
                   t["evidence"]["article_date"]) for t in expected)
    assert rows == want
    parts = sorted(p.name for p in (tmp_path / "triples.parquet").iterdir() if p.is_dir())
    assert parts == sorted({f"article_date={t['evidence']['article_date']}" for t in expected})

    # the knowledge base from the job's output, without extracting again, is the CLI's
    def stats(kb):
        v = json.loads(run_cli(geokg_bin, "stats", "--json", "--kb", kb))
        assert v.pop("kb") and v.pop("last_build")
        return v

    run_cli(geokg_bin, "build", src, "--kb", tmp_path / "cli.kb")
    run_cli(geokg_bin, "build", "--triples", tmp_path, "--kb", tmp_path / "spark.kb")
    import geokg

    built = geokg.KB(tmp_path / "py.kb").build(triples=tmp_path)
    assert (built["articles"], built["triples"], built["problems"]) == (3, len(expected), [])
    assert stats(tmp_path / "spark.kb") == stats(tmp_path / "cli.kb") == stats(tmp_path / "py.kb")
