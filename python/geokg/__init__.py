"""geokg from Python: geopolitical event triples from news, and their knowledge base.

The work is done by the same Rust library as the ``geokg`` command line (``geokg._native``):
``extract`` gives the triples ``geokg extract`` writes, field for field, and ``KB`` answers
as ``geokg path/neighbors/history --json`` do. Errors carry the CLI's messages:
``ValueError`` for bad input or arguments, ``LookupError`` for an unknown entity,
``OSError`` for a knowledge base that cannot be opened. What the CLI says on stderr as it
goes (a skipped input, the entity an ambiguous name was taken as) comes as a
``GeokgWarning``.
"""

from __future__ import annotations

import json
import os
import warnings
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _native

__all__ = ["extract", "extract_many", "ExtractIterator", "KB", "GeokgWarning"]

Article = Union[str, Dict[str, Any]]
_BATCH = 256


class GeokgWarning(UserWarning):
    """What the CLI says on stderr: a bad record or input skipped, an ambiguous name."""


def _dirs(lexicon: Union[None, str, os.PathLike, Sequence[Union[str, os.PathLike]]]) -> Optional[List[str]]:
    if lexicon is None:
        return None
    if isinstance(lexicon, (str, os.PathLike)):
        return [os.fspath(lexicon)]
    return [os.fspath(d) for d in lexicon]


def _record(article: Article) -> str:
    """An article as the JSON object ``geokg extract`` reads from a line of JSON Lines."""
    if isinstance(article, str):
        return json.dumps({"text": article})
    if isinstance(article, dict):
        return json.dumps(article, default=str)
    raise TypeError(f"an article is a str or a dict, not {type(article).__name__}")


def _lines(payload: str) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in payload.splitlines() if line]


def extract(text_or_article: Article, date: Optional[str] = None, lexicon=None) -> List[Dict[str, Any]]:
    """The triples of one article: a text, or an article dict (``{"id", "title", "date",
    "source", "url", "text"}``). ``date`` (``YYYY-MM-DD``) dates an article that gives none,
    as ``geokg extract --date``; ``lexicon`` is a directory (or several) as ``--lexicon``.
    Raises ``ValueError`` with the CLI's message for an article it cannot read."""
    [(ok, payload)] = _native.extract_batch([_record(text_or_article)], date, _dirs(lexicon), 0)
    if not ok:
        raise ValueError(payload)
    return _lines(payload)


class ExtractIterator(Iterator[Dict[str, Any]]):
    """The triples of many articles, in input order, one dict per triple (as
    ``geokg extract`` writes them). Articles are taken from the input in batches of 256 and
    each batch is extracted on all cores (or ``threads``) without the GIL.

    ``skipped`` counts the records that could not be read (each reported with a
    ``GeokgWarning``), ``articles`` those read, ``problems`` lists the messages."""

    def __init__(self, articles: Iterable[Article], threads: Optional[int], strict: bool,
                 date: Optional[str], lexicon) -> None:
        self._input = iter(articles)
        self._threads = int(threads or 0)
        if self._threads < 0:
            raise ValueError("threads must be at least 1 (or None for all cores)")
        self._strict = strict
        self._date = date
        self._lexicon = _dirs(lexicon)
        self._pending: List[Dict[str, Any]] = []
        self._pos = 0
        self._seen = 0
        self.articles = 0
        self.skipped = 0
        self.problems: List[str] = []

    def _fill(self) -> bool:
        records: List[str] = []
        for article in self._input:
            records.append(_record(article))
            if len(records) >= _BATCH:
                break
        if not records:
            return False
        results = _native.extract_batch(records, self._date, self._lexicon, self._threads)
        triples: List[Dict[str, Any]] = []
        for ok, payload in results:
            self._seen += 1
            if ok:
                self.articles += 1
                triples.extend(_lines(payload))
                continue
            message = f"record {self._seen}: {payload}"
            if self._strict:
                raise ValueError(message)
            self.skipped += 1
            self.problems.append(message)
            warnings.warn(f"geokg: {message}; skipped", GeokgWarning, stacklevel=3)
        self._pending = triples
        self._pos = 0
        return True

    def __iter__(self) -> "ExtractIterator":
        return self

    def __next__(self) -> Dict[str, Any]:
        while self._pos >= len(self._pending):
            if not self._fill():
                raise StopIteration
        t = self._pending[self._pos]
        self._pos += 1
        return t


def extract_many(articles: Iterable[Article], threads: Optional[int] = None, strict: bool = False,
                 date: Optional[str] = None, lexicon=None) -> ExtractIterator:
    """Streams the triples of many articles (texts or article dicts), in input order. A bad
    record is skipped with a ``GeokgWarning`` and counted in ``.skipped``; with
    ``strict=True`` it raises ``ValueError`` instead."""
    return ExtractIterator(articles, threads, strict, date, lexicon)


class KB:
    """A geokg knowledge base (an SQLite file), as ``geokg build/path/neighbors/history``
    use it. ``lexicon`` adds dictionaries as ``--lexicon``."""

    def __init__(self, path: Union[str, os.PathLike], lexicon=None) -> None:
        self.file = os.fspath(path)
        self._lexicon = _dirs(lexicon)

    def __repr__(self) -> str:
        return f"KB({self.file!r})"

    def build(self, inputs: Union[None, str, os.PathLike, Sequence[Union[str, os.PathLike]]] = None,
              date: Optional[str] = None, strict: bool = False, known_only: bool = False,
              triples: Union[None, str, os.PathLike] = None, wait: bool = True,
              threads: Optional[int] = None) -> Dict[str, Any]:
        """Extracts files or directories into the knowledge base, as ``geokg build
        INPUT...`` does (the same library function): incrementally and idempotently, on all
        cores (or ``threads``). ``triples=DIR`` loads articles and triples extracted
        elsewhere instead (``geokg build --triples DIR``, the Spark job's output);
        ``known_only`` and ``wait=False`` are ``--known-only`` and ``--no-wait``.

        Returns the counts and ``summary``, the line ``geokg build`` ends with. A bad input
        is skipped with a ``GeokgWarning`` and listed in ``problems``, the rest is built
        (with ``strict=True`` a ``ValueError`` is then raised, as the CLI exits 2). A build
        that reads nothing raises ``ValueError``; a knowledge base that cannot be opened or
        written (another build holds it and ``wait=False``) ``OSError``."""
        if inputs is None:
            inputs = []
        elif isinstance(inputs, (str, os.PathLike)):
            inputs = [inputs]
        paths = [os.fspath(p) for p in inputs]
        if (triples is None) == (not paths):
            raise ValueError("give inputs (files or directories) or triples, one of the two")
        threads = int(threads or 0)
        if threads < 0:
            raise ValueError("threads must be at least 1 (or None for all cores)")
        prebuilt = None if triples is None else os.fspath(triples)
        articles, added, replaced, unchanged, written, problems, summary = _native.kb_build(
            self.file, paths, date, self._lexicon, prebuilt, known_only, wait, threads)
        if strict and problems:
            raise ValueError(f"{len(problems)} input problem(s): " + "; ".join(problems))
        return {"articles": articles, "added": added, "replaced": replaced,
                "unchanged": unchanged, "triples": written, "problems": problems,
                "summary": summary}

    def path(self, a: str, b: str, k: int = 3, max_hops: int = 4, level: str = "entity") -> Dict[str, Any]:
        """``geokg path A B -k K --json``: the best paths between two entities."""
        return json.loads(_native.kb_path(self.file, a, b, k, max_hops, level, self._lexicon))

    def neighbors(self, x: str, limit: int = 50, level: str = "entity") -> Dict[str, Any]:
        """``geokg neighbors X --json``: the entities directly related to one."""
        return json.loads(_native.kb_neighbors(self.file, x, limit, level, self._lexicon))

    def history(self, a: str, b: str, level: str = "country") -> Dict[str, Any]:
        """``geokg history A B --json``: the events between two entities, month by month."""
        return json.loads(_native.kb_history(self.file, a, b, level, self._lexicon))

    def triples(self) -> List[Dict[str, Any]]:
        """Every stored triple with its evidence sentence and its article's metadata."""
        return json.loads(_native.kb_triples(self.file, self._lexicon))

    def triples_df(self):
        """``triples()`` as a pandas DataFrame (needs pandas)."""
        import pandas as pd

        columns = ["id", "article", "sentence", "subject", "relation", "object", "plover",
                   "cameo", "polarity", "modality", "claimed_by", "confidence", "date", "start",
                   "end", "text", "title", "published", "source", "url"]
        return pd.DataFrame(self.triples(), columns=columns)

    def graphml(self) -> str:
        """The whole graph as ``geokg export -f graphml`` writes it."""
        return _native.kb_graphml(self.file, self._lexicon)

    def to_networkx(self):
        """The graph as a networkx graph, read from the GraphML export: the same nodes,
        edges and attributes (needs networkx)."""
        import networkx as nx

        return nx.parse_graphml(self.graphml())
