"""The search backend: Wagtail's database backend, which on PostgreSQL stems each search
document in its own language.

`WAGTAILSEARCH_BACKENDS` names this module. On PostgreSQL a search document's index entry
(its title and body vectors) is made with the text search configuration of its language
(`LANGUAGE_CONFIGS`), member content (no language) and everything else the site indexes
(pages, images and documents in the admin) with `SEARCH_CONFIG`. Other databases get
Wagtail's database backend unchanged (SQLite's FTS5 does not stem).
"""

from collections import defaultdict
from copy import copy

from django.db import connection
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.backends.database.postgres import postgres

from .models import SearchDocument


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        groups = defaultdict(list)
        for obj in objs:
            groups[self.backend.config_of(obj)].append(obj)
        for config, group in groups.items():
            # The indexer reads the configuration from the backend it is given.
            backend = copy(self.backend)
            backend.config = config
            postgres.PostgresIndex(backend).add_items(model, group)


class PostgresSearchBackend(postgres.PostgresSearchBackend):
    index_class = PostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.language_configs = params.get("LANGUAGE_CONFIGS", {})

    def language_config(self, language):
        """The text search configuration for text in this language ("" is member content,
        which is Dutch)."""
        return self.language_configs.get(language, self.config)

    def config_of(self, obj):
        if isinstance(obj, SearchDocument):
            return self.language_config(obj.language)
        return self.config


def SearchBackend(params):
    """The backend for the default database (the name Wagtail looks for in a module)."""
    if connection.vendor == "postgresql":
        return PostgresSearchBackend(params)
    return database_backend(params)
