"""kenniskring is a plug-in: its tests pass in a host without home/, and it builds a wheel."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every test module of the app except the ones about the Kennisplein site itself.
SITE_ONLY = ["test_outside.py", "test_plugin.py"]


@pytest.mark.early
@pytest.mark.skipif(
    "tests.kenniskring.host" in sys.modules, reason="already running inside the plug-in host"
)
def test_kenniskring_tests_pass_in_a_minimal_host_without_home():
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/kenniskring",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "--ds=tests.kenniskring.host.settings",
        *[f"--ignore=tests/kenniskring/{name}" for name in SITE_ONLY],
    ]
    # No time limit of its own: it took 2 min on a quiet machine and over 10 under a load of 14
    # (a fixed limit failed it there); a hang is caught by CI's limit for the whole run.
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


@pytest.mark.early
@pytest.mark.skipif(
    "tests.kenniskring.host" in sys.modules, reason="already running inside the plug-in host"
)
def test_a_host_that_mounts_the_section_at_netwerk_gets_its_member_views_there():
    """The host's kenniskring page is at /netwerk/ (KENNISKRING_PATH): the member views follow
    it, and the former /kenniskring/ addresses redirect (tests/kenniskring/test_section_address)."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/kenniskring/test_section_address.py",
        "-q",
        "-rs",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "--ds=tests.kenniskring.host.elsewhere",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    # Both tests of the moved section ran (the /kenniskring/ ones skip in this host).
    assert "2 passed, 2 skipped" in result.stdout, result.stdout[-2000:]


def test_host_settings_refuse_the_kennisplein_apps():
    from tests.kenniskring.host.settings import RefuseHostApps

    with pytest.raises(ImportError):
        RefuseHostApps().find_spec("home.models", None)
    assert RefuseHostApps().find_spec("kenniskring.models", None) is None


def test_kenniskring_builds_as_its_own_wheel(tmp_path):
    # Build from a copy, so the source tree gets no build/ or egg-info folders.
    source = tmp_path / "kenniskring"
    shutil.copytree(
        ROOT / "kenniskring",
        source,
        ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"),
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next(tmp_path.glob("kennisplein_kenniskring-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "kenniskring/models/pages.py",
        "kenniskring/migrations/0001_initial.py",
        "kenniskring/templates/kenniskring/network_day_page.html",
        "kenniskring/templates/kenniskring/emails/invitation.txt",
        "kenniskring/static/kenniskring/text_editor.js",
        "kenniskring/learning/static/kenniskring_learning/portfolio_print.css",
    ):
        assert expected in names
    assert not any(name.startswith(("home/", "tests/")) for name in names)
