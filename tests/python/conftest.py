"""Fixtures of the Python tests: the geokg binary (built with cargo, release), the samples,
and a knowledge base built from them by the CLI. Under CI (``CI`` set) a missing
prerequisite fails the test; elsewhere it is skipped with a message."""

import importlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples"


def need(module: str):
    """Imports a module the test needs: a failure under CI, a skip elsewhere."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail(f"{module} is not installed (run scripts/setup-python.sh)")
        pytest.skip(f"NOT RUN: needs {module} (run scripts/setup-python.sh)")


@pytest.fixture(scope="session")
def geokg_bin() -> Path:
    if os.environ.get("GEOKG_BIN"):
        return Path(os.environ["GEOKG_BIN"])
    if shutil.which("cargo") is None:
        if os.environ.get("CI"):
            pytest.fail("cargo is not installed")
        pytest.skip("NOT RUN: needs cargo to build the geokg binary")
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "geokg"], cwd=ROOT, check=True)
    return ROOT / "target" / "release" / "geokg"


def run_cli(geokg_bin: Path, *args, ok=(0,)) -> str:
    p = subprocess.run([str(geokg_bin), *map(str, args)], capture_output=True, text=True)
    assert p.returncode in ok, p.stderr
    return p.stdout


def cli_jsonl(geokg_bin: Path, *args):
    return [json.loads(line) for line in run_cli(geokg_bin, *args).splitlines() if line]


@pytest.fixture(scope="session")
def cli_kb(geokg_bin, tmp_path_factory) -> Path:
    kb = tmp_path_factory.mktemp("kb") / "samples.kb"
    run_cli(geokg_bin, "build", SAMPLES, "--kb", kb)
    return kb
