"""Production settings refuse to start misconfigured and pass Django's deployment checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
SETUP_DJANGO = "import django; django.setup()"


def production_env(tmp_path: Path, **overrides: str) -> dict[str, str]:
    """A clean environment, as on a fresh server: only what locates programs, plus `overrides`.
    Nothing leaks in from the test run (e.g. DJANGO_ALLOW_ASYNC_UNSAFE set by browser tests)."""
    env = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'deploy-check.sqlite3'}"
    env.update(overrides)
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def secret_key() -> str:
    return secrets.token_urlsafe(50)


def test_production_refuses_to_start_without_secret_key(tmp_path):
    result = run(["-c", SETUP_DJANGO], production_env(tmp_path, ALLOWED_HOSTS="biblioteka.example"))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_a_short_secret_key(tmp_path):
    env = production_env(tmp_path, SECRET_KEY="too-short", ALLOWED_HOSTS="biblioteka.example")
    result = run(["-c", SETUP_DJANGO], env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts(tmp_path, secret_key):
    result = run(["-c", SETUP_DJANGO], production_env(tmp_path, SECRET_KEY=secret_key))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_when_configured(tmp_path, secret_key):
    env = production_env(tmp_path, SECRET_KEY=secret_key, ALLOWED_HOSTS="biblioteka.example")
    result = run(
        ["-c", SETUP_DJANGO + "; from django.conf import settings; print(settings.DEBUG)"], env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_deploy_is_clean(tmp_path, secret_key):
    env = production_env(tmp_path, SECRET_KEY=secret_key, ALLOWED_HOSTS="biblioteka.example")
    result = run(["manage.py", "check", "--deploy"], env)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNINGS" not in output
    assert "System check identified no issues" in output
