"""The Polish text search configuration: fallback without the dictionary, checks and logging."""

import logging

import pytest
from django.core.management import call_command
from django.db import connection

from search import backend as search_backend
from search import checks, text_search
from search.text_search import Status


@pytest.fixture(autouse=True)
def _forget_runtime_status():
    text_search.reset_runtime_status()
    yield
    text_search.reset_runtime_status()


@pytest.mark.usefixtures("postgres_only")
def test_without_the_dictionary_search_falls_back_and_check_warns(client, home_page):
    # DDL is transactional in PostgreSQL: the test's rollback restores the real configuration.
    result = text_search.create_configurations(connection, use_dictionary=False)
    assert result == text_search.SetupResult(unaccent=True, stemming=False)
    assert text_search.inspect_configuration(connection) is Status.FALLBACK
    messages = checks.check_polish_text_search()
    assert [message.id for message in messages] == ["search.W001"]
    assert messages[0].level == logging.WARNING
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('polish', 'Książki w Gryficach')::text")
        vector = cursor.fetchone()[0]
    assert vector == "'gryficach':3 'ksiazki':1 'w':2", "unaccent + simple, no stemming"
    assert client.get("/szukaj/", {"q": "ksiazki"}).status_code == 200


@pytest.mark.usefixtures("postgres_only")
def test_missing_configuration_is_reported(client, home_page):
    text_search.drop_configurations(connection)
    assert [message.id for message in checks.check_polish_text_search()] == ["search.W002"]
    # Search still answers, with PostgreSQL's built-in 'simple'.
    assert client.get("/szukaj/", {"q": "biblioteka"}).status_code == 200


@pytest.mark.usefixtures("requires_polish_dictionary")
def test_check_is_quiet_when_polish_works():
    assert checks.check_polish_text_search() == []


@pytest.mark.usefixtures("requires_polish_dictionary")
def test_setup_command_is_idempotent():
    call_command("setup_polish_search", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("setup_polish_search", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert text_search.inspect_configuration(connection) is Status.POLISH


@pytest.mark.django_db
def test_check_says_nothing_on_sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    assert checks.check_polish_text_search() == []


def test_fallback_is_logged_once(monkeypatch, caplog):
    calls = []

    def fake_inspect(connection, config="polish"):
        calls.append(config)
        return Status.FALLBACK

    monkeypatch.setattr(text_search, "inspect_configuration", fake_inspect)
    with caplog.at_level(logging.WARNING, logger="search.text_search"):
        for _ in range(3):
            assert text_search.runtime_status(connection) is Status.FALLBACK
    assert len(calls) == 1
    assert len(caplog.records) == 1
    assert "without the hunspell-pl dictionary" in caplog.records[0].getMessage()


def test_missing_configuration_is_not_remembered(monkeypatch):
    statuses = iter([Status.MISSING, Status.POLISH])
    monkeypatch.setattr(text_search, "inspect_configuration", lambda connection: next(statuses))
    assert text_search.runtime_status(connection) is Status.MISSING
    assert text_search.runtime_status(connection) is Status.POLISH


@pytest.mark.parametrize(
    ("status", "config", "autocomplete_config"),
    [
        (Status.POLISH, "polish", "polish_simple"),
        (Status.FALLBACK, "polish", "polish_simple"),
        (Status.BROKEN, "polish_simple", "polish_simple"),
        (Status.MISSING, "simple", "simple"),
    ],
)
def test_postgres_backend_config_follows_the_status(
    monkeypatch, status, config, autocomplete_config
):
    monkeypatch.setattr(search_backend, "runtime_status", lambda connection: status)
    backend = search_backend.PolishPostgresSearchBackend(
        {"SEARCH_CONFIG": "polish", "AUTOCOMPLETE_CONFIG": "polish_simple"}
    )
    assert (backend.config, backend.autocomplete_config) == (config, autocomplete_config)
