"""The production settings refuse to start half-configured, and pass Django's deploy check."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "kennisplein_site.settings.production",
    "SECRET_KEY": "x7#Kp2!vQ9zL@r4mT8wN&j6bY1cF$h3sD5gA0eU^iO*lZ-Rq8%Wn3",
    "ALLOWED_HOSTS": "kennisplein.be,www.kennisplein.be",
    "DATABASE_URL": "postgres://kennisplein:secret@db.internal:5432/kennisplein",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "TRUSTED_PROXY_COUNT": "1",
}


def run_with(env_changes, *args):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(PRODUCTION_ENV)
    env.update(env_changes)
    env = {k: v for k, v in env.items() if v is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *(args or ("check",))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_when_the_environment_is_set():
    result = run_with({}, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_behind_a_proxy_without_a_trusted_proxy_count():
    result = run_with({"TRUSTED_PROXY_COUNT": "0"}, "check", "--deploy")
    assert result.returncode == 0
    assert "kenniskring.W001" in result.stderr + result.stdout
    assert "TRUSTED_PROXY_COUNT is 0" in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("SECRET_KEY", None),
        ("ALLOWED_HOSTS", None),
        ("DATABASE_URL", None),
        ("DATABASE_URL", "not-a-url"),
        ("DATABASE_URL", "postgres://"),
        ("REDIS_URL", None),
        ("REDIS_URL", "localhost:6379"),
        ("MEDIA_STORAGE", "ftp"),
    ],
)
def test_start_up_stops_with_one_line_naming_the_variable(variable, value):
    result = run_with({variable: value})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert variable in lines[0]
    assert "Traceback" not in result.stderr


def test_object_storage_needs_its_bucket():
    result = run_with({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": None})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Kennisplein cannot start: AWS_STORAGE_BUCKET_NAME is not set (MEDIA_STORAGE=s3)."
    ]
    configured = run_with({"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "media"})
    assert configured.returncode == 0, configured.stderr


def test_production_compiles_templates_once_and_keeps_database_connections():
    code = (
        "from django.conf import settings; from django.template import engines\n"
        "loader = engines['django'].engine.template_loaders[0]\n"
        "db = settings.DATABASES['default']\n"
        "print(type(loader).__module__, settings.DEBUG, db['CONN_MAX_AGE'], "
        "db['CONN_HEALTH_CHECKS'])"
    )
    result = run_with({}, "shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.template.loaders.cached", "False", "600", "True"]
