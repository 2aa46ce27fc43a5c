"""The Python package against the CLI, on the project's own samples."""

import json
import subprocess
import warnings

import pytest

import geokg
from conftest import SAMPLES, cli_jsonl, need, run_cli

JSON_SAMPLES = ["wire_briefs.jsonl", "arms_and_treaties.json"]


def sample_records(name):
    text = (SAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    v = json.loads(text)
    return v if isinstance(v, list) else [v]


@pytest.mark.parametrize("name", JSON_SAMPLES)
def test_extract_equals_cli_field_for_field(geokg_bin, name):
    expected = cli_jsonl(geokg_bin, "extract", SAMPLES / name)
    assert expected, "the sample gives triples"
    got = [t for r in sample_records(name) for t in geokg.extract(r)]
    assert got == expected


def test_extract_many_equals_cli_and_uses_threads(geokg_bin):
    records = [r for n in JSON_SAMPLES for r in sample_records(n)]
    expected = [t for n in JSON_SAMPLES for t in cli_jsonl(geokg_bin, "extract", SAMPLES / n)]
    for threads in (None, 1, 2):
        it = geokg.extract_many(iter(records), threads=threads)
        assert list(it) == expected
        assert it.articles == len(records) and it.skipped == 0


def test_extract_text_with_date_equals_cli(geokg_bin, tmp_path):
    text = "Norway sent emergency aid to Haiti on Monday."
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "text": text}) + "\n")
    expected = cli_jsonl(geokg_bin, "extract", "--date", "2024-03-06", f)
    assert geokg.extract({"id": "a", "text": text}, date="2024-03-06") == expected
    assert expected[0]["relation"] == "aids"


def test_bad_records_are_skipped_with_a_warning_or_raise_when_strict():
    records = [{"id": "x", "text": "Russia attacked Ukraine."}, {"id": "bad"}, "Iran criticized Israel."]
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        it = geokg.extract_many(records)
        out = list(it)
    assert it.skipped == 1 and it.articles == 2
    assert any("record 2" in str(x.message) and "no `text`" in str(x.message) for x in w)
    assert {t["article"] for t in out} >= {"x"}
    with pytest.raises(ValueError, match="record 2: article object has no `text`"):
        list(geokg.extract_many(records, strict=True))


def test_errors_carry_the_cli_messages(cli_kb):
    with pytest.raises(ValueError, match="is empty"):
        geokg.extract({"text": "   "})
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        geokg.extract("Russia attacked Ukraine.", date="2024-03")
    with pytest.raises(LookupError, match="unknown entity"):
        geokg.KB(cli_kb).neighbors("Atlantisland")
    with pytest.raises(OSError):
        geokg.KB(cli_kb.parent / "absent.kb").path("Iran", "Ukraine")


def test_kb_queries_agree_with_the_cli(geokg_bin, cli_kb, tmp_path):
    kb = geokg.KB(tmp_path / "py.kb")
    stats = kb.build(SAMPLES)
    assert stats["articles"] == 9 and stats["triples"] > 0
    cli = lambda *a: json.loads(run_cli(geokg_bin, *a, "--json", "--kb", cli_kb, ok=(0, 1)))
    for k in (geokg.KB(cli_kb), kb):
        assert k.path("Iran", "Ukraine", k=3) == cli("path", "Iran", "Ukraine", "-k", "3")
        assert k.neighbors("Iran") == cli("neighbors", "Iran")
        assert k.history("Iran", "Russia") == cli("history", "Iran", "Russia")
    py = sorted((t["article"], t["sentence"], t["subject"], t["relation"], t["object"]) for t in kb.triples())
    via_cli = sorted((t["article"], t["sentence"], t["subject"]["id"], t["relation"], t["object"]["id"])
                     for t in cli_jsonl(geokg_bin, "extract", SAMPLES))
    assert py == via_cli


def test_triples_df(cli_kb):
    need("pandas")
    df = geokg.KB(cli_kb).triples_df()
    assert len(df) == len(geokg.KB(cli_kb).triples()) > 0
    assert list(df.columns)[:6] == ["id", "article", "sentence", "subject", "relation", "object"]


def test_to_networkx_matches_the_graphml_export(geokg_bin, cli_kb, tmp_path):
    nx = need("networkx")
    out = tmp_path / "g.graphml"
    run_cli(geokg_bin, "export", "--kb", cli_kb, "-o", out)
    exported = nx.read_graphml(out)
    g = geokg.KB(cli_kb).to_networkx()
    assert g.number_of_nodes() == exported.number_of_nodes() > 0
    assert g.number_of_edges() == exported.number_of_edges() > 0
    assert dict(g.nodes(data=True)) == dict(exported.nodes(data=True))
    assert sorted(map(repr, g.edges(data=True))) == sorted(map(repr, exported.edges(data=True)))


def test_build_is_the_cli_build(geokg_bin, cli_kb, tmp_path):
    """KB.build runs the CLI's build: the same knowledge base, the same closing line, the
    same messages for problems and for a build that reads nothing."""
    kb = geokg.KB(tmp_path / "py.kb")
    first = kb.build([SAMPLES], threads=2)
    again = kb.build(SAMPLES)
    assert (first["added"], again["unchanged"], again["triples"]) == (9, 9, 0)
    assert first["summary"].startswith("9 article(s) in ") and "9 new" in first["summary"]

    def stats(path):
        v = json.loads(run_cli(geokg_bin, "stats", "--json", "--kb", path))
        assert v.pop("kb") and v.pop("last_build")
        return v

    assert stats(kb.file) == stats(cli_kb)

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Russia attacked Ukraine."}\n{"id": "x"}\n')
    cli = subprocess.run([str(geokg_bin), "build", str(bad), "--kb", str(tmp_path / "c.kb")],
                         capture_output=True, text=True)
    assert cli.returncode == 2
    problem = cli.stderr.splitlines()[0].removeprefix("geokg: ")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        done = geokg.KB(tmp_path / "p.kb").build(bad)
    assert done["problems"] == [problem] and done["articles"] == 1
    assert [str(x.message) for x in w] == [f"geokg: {problem}"]
    with pytest.raises(ValueError, match="1 input problem"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            geokg.KB(tmp_path / "p.kb").build(bad, strict=True)

    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    cli = subprocess.run([str(geokg_bin), "build", str(empty), "--kb", str(tmp_path / "none.kb")],
                         capture_output=True, text=True)
    assert cli.returncode == 2
    message = cli.stderr.strip().splitlines()[-1].removeprefix("geokg: ")
    with pytest.raises(ValueError) as e, warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        geokg.KB(tmp_path / "none.kb").build(empty)
    assert [str(x.message) for x in w] == [f"geokg: {x.removeprefix('geokg: ')}" for x in cli.stderr.strip().splitlines()[:-1]]
    assert str(e.value) == message and "was not created" in message
    assert not (tmp_path / "none.kb").exists()


def test_path_errors_are_the_cli_messages(geokg_bin, cli_kb):
    for args, exc in (((("Iran", "Iran"), {}), ValueError), ((("Iran", "Ukraine"), {"k": 0}), ValueError)):
        (a, b), kw = args
        cli = subprocess.run([str(geokg_bin), "path", a, b, "-k", str(kw.get("k", 3)), "--kb", str(cli_kb)],
                             capture_output=True, text=True)
        assert cli.returncode == 2
        with pytest.raises(exc) as e:
            geokg.KB(cli_kb).path(a, b, **kw)
        assert f"geokg: {e.value}" == cli.stderr.strip()
