"""PostgreSQL text search configurations for Polish, and how to tell whether the dictionary works.

Two configurations are created in the database's current schema:

- ``polish``: ``unaccent`` → ``polish_ispell`` (hunspell-pl with diacritics stripped, see
  ``search/scripts/install_polish_dictionary.sh``) → ``simple``. "Bibliotece", "biblioteki" and
  "biblioteka" all become the lexeme ``biblioteka``; "ksiazki" finds "Książka".
- ``polish_simple``: ``unaccent`` → ``simple``, no stemming. Autocomplete matches prefixes of the
  words as written ("ksiaz" → "Książka"), which stemming would break.

When the dictionary files are missing on the database server, ``polish`` is created as
``unaccent`` → ``simple``: search still works, without inflection, and the system check
``search.W001`` says so.
"""

from __future__ import annotations

import enum
import logging
import threading
from dataclasses import dataclass

from django.db import DatabaseError, transaction
from django.db.backends.base.base import BaseDatabaseWrapper

logger = logging.getLogger(__name__)

POLISH_CONFIG = "polish"
POLISH_SIMPLE_CONFIG = "polish_simple"
ISPELL_DICTIONARY = "polish_ispell"
# Files in PostgreSQL's $SHAREDIR/tsearch_data, written by install_polish_dictionary.sh.
DICTIONARY_FILE = "pl_pl_unaccent"
# Every token type that can hold a word; numbers, e-mails and URLs keep simple's mapping.
WORD_TOKEN_TYPES = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


@dataclass(frozen=True)
class SetupResult:
    unaccent: bool
    stemming: bool


class Status(enum.Enum):
    POLISH = "polish"  # hunspell-pl stemming and unaccent
    FALLBACK = "fallback"  # created without the dictionary: unaccent + simple
    BROKEN = "broken"  # mapped to the dictionary, but its files are gone from the server
    MISSING = "missing"  # no configuration yet (migrations not run)


def _attempt(connection: BaseDatabaseWrapper, sql: str) -> bool:
    """Run `sql` in a savepoint; False (and the transaction still usable) if the server refuses."""
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(sql)
    except DatabaseError as error:
        logger.info("Polish text search setup: %s failed: %s", sql.split("(")[0].strip(), error)
        return False
    return True


def create_configurations(
    connection: BaseDatabaseWrapper, *, use_dictionary: bool = True
) -> SetupResult:
    """(Re)create ``polish`` and ``polish_simple`` with the best mapping this server allows.

    Idempotent. Stored search vectors keep the lexemes of the configuration they were built with:
    run ``manage.py update_index`` after the mapping changes.
    """
    # unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
    unaccent = _attempt(connection, "CREATE EXTENSION IF NOT EXISTS unaccent")
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POLISH_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POLISH_SIMPLE_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {ISPELL_DICTIONARY}")
    # Fails when the dictionary files are not on the database server: fall back to no stemming.
    stemming = use_dictionary and _attempt(
        connection,
        f"CREATE TEXT SEARCH DICTIONARY {ISPELL_DICTIONARY} "
        f"(TEMPLATE = ispell, DictFile = {DICTIONARY_FILE}, AffFile = {DICTIONARY_FILE})",
    )
    accent_filter = ["unaccent"] if unaccent else []
    chains = {
        POLISH_CONFIG: [*accent_filter, *([ISPELL_DICTIONARY] if stemming else []), "simple"],
        POLISH_SIMPLE_CONFIG: [*accent_filter, "simple"],
    }
    with connection.cursor() as cursor:
        for name, chain in chains.items():
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.simple)")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR {WORD_TOKEN_TYPES} WITH {', '.join(chain)}"
            )
    return SetupResult(unaccent=unaccent, stemming=stemming)


def drop_configurations(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POLISH_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {POLISH_SIMPLE_CONFIG}")
        cursor.execute(f"DROP TEXT SEARCH DICTIONARY IF EXISTS {ISPELL_DICTIONARY}")


def inspect_configuration(connection: BaseDatabaseWrapper, config: str = POLISH_CONFIG) -> Status:
    """What the configuration `config` does on this database right now."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.dictname FROM pg_ts_config c "
            "JOIN pg_ts_config_map m ON m.mapcfg = c.oid "
            "JOIN pg_ts_dict d ON d.oid = m.mapdict "
            "WHERE c.cfgname = %s AND pg_ts_config_is_visible(c.oid)",
            [config],
        )
        dictionaries = {row[0] for row in cursor.fetchall()}
    if not dictionaries:
        return Status.MISSING
    if ISPELL_DICTIONARY not in dictionaries:
        return Status.FALLBACK
    # The dictionary is loaded on first use: a config created on another server, or files removed
    # since, only fail here.
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector(%s::regconfig, 'Książki')::text", [config])
            vector = cursor.fetchone()[0]
    except DatabaseError:
        return Status.BROKEN
    return Status.POLISH if "ksiazka" in vector else Status.BROKEN


_runtime_status: Status | None = None
_runtime_lock = threading.Lock()


def runtime_status(connection: BaseDatabaseWrapper) -> Status:
    """`inspect_configuration()` once per process (it costs a query and, the first time, the dictionary load),
    logging once when search runs without Polish stemming."""
    global _runtime_status
    if _runtime_status is not None:
        return _runtime_status
    with _runtime_lock:
        if _runtime_status is not None:
            return _runtime_status
        status = inspect_configuration(connection)
        if status is Status.FALLBACK:
            logger.warning(
                "Polish search runs without the hunspell-pl dictionary (unaccent + simple: no "
                "inflection). See docs/search.md and `manage.py check`."
            )
        elif status is Status.BROKEN:
            logger.error(
                "The '%s' text search configuration cannot load its dictionary files; search "
                "falls back to '%s'. See docs/search.md and `manage.py check`.",
                POLISH_CONFIG,
                POLISH_SIMPLE_CONFIG,
            )
        # Missing means migrations have not run yet: ask again next time instead of caching it.
        if status is not Status.MISSING:
            _runtime_status = status
        return status


def reset_runtime_status() -> None:
    """Forget the cached status (after `setup_polish_search`, and in tests)."""
    global _runtime_status
    _runtime_status = None
