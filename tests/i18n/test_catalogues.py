"""The French and English catalogues are complete: every string the code marks for
translation is in them, translated, not fuzzy, with the same placeholders as the Dutch."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["fr", "en"]
SOURCES = ["home", "kenniskring", "search", "templates", "kennisplein_site", "manage.py"]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}|<[^>]+>")


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def translations(entry):
    if entry.msgid_plural:
        return [
            (entry.msgid if i == "0" else entry.msgid_plural, text)
            for i, text in sorted(entry.msgstr_plural.items())
        ]
    return [(entry.msgid, entry.msgstr)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert not po.metadata_is_fuzzy
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated, such as {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, such as {fuzzy[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    wrong = [
        (source, text)
        for entry in catalogue(language)
        for source, text in translations(entry)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong, wrong[:5]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The messages the code marks today, extracted by makemessages from a copy of it."""
    copy = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, copy / name)
    (copy / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-location", "-v0"],
        cwd=copy,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "kennisplein_site.settings.test", "PATH": "/usr/bin:/bin"},
    )
    po = polib.pofile(str(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    return {(e.msgctxt, e.msgid) for e in po}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(language, extracted):
    known = {(e.msgctxt, e.msgid) for e in catalogue(language) if not e.obsolete}
    missing = sorted(m for _, m in extracted - known)
    assert not missing, f"run `make messages`: {len(missing)} new, such as {missing[:5]}"
