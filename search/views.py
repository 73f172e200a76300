import re
from collections import Counter
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery
from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, Q, Value
from django.db.models.sql import Query
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import PlainText
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from kenniskring.input import cleans_its_query_string
from kenniskring.models import Region, Theme

from . import audience, results
from .backend import PostgresSearchBackend as LanguagesBackend
from .highlight import highlight, snippet
from .models import Kind, SearchDocument
from .suggest import suggestion

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Only words reach the search backend: quotes and operators would be read as query syntax.
NOT_A_WORD = re.compile(r"[^\w\s]+")


def clean(value, length):
    """Printable text only: control characters such as NUL never reach the database."""
    return "".join(ch for ch in value[: length * 2] if ch.isprintable() or ch == " ").strip()[
        :length
    ]


class Parsed(PlainText):
    """Plain words together with the text query PostgreSQL makes of them (see `words_query`)."""

    def __init__(self, query_string, tsquery):
        super().__init__(query_string, operator="and")
        self.tsquery = tsquery


class ParsedQuery(SearchQuery):
    """A text query as PostgreSQL parsed it already, given as a constant.

    The backend writes `to_tsquery('…')` without a configuration, which PostgreSQL may only
    treat as stable: it parses the words again for every index entry it tests and twice more
    for every hit it ranks, and cannot estimate how many entries match, so it plans for a
    handful of hits where there may be thousands. A constant has neither problem.
    """

    template = "%(expressions)s::tsquery"

    def __init__(self, tsquery):
        super().__init__(Value(tsquery), search_type="raw")


class PostgresCompiler(PostgresSearchQueryCompiler):
    def build_tsquery(self, query, config=None):
        if isinstance(query, Parsed):
            return ParsedQuery(query.tsquery)
        return super().build_tsquery(query, config=config)


def words_query(backend, words):
    """The words as the backend's query; on PostgreSQL parsed once, by PostgreSQL itself, in
    the same session and the same way the backend would have asked for it.

    Documents are stemmed in their own language (`search.backend`) and the search finds those
    in the active language and member content, which is Dutch: the words are parsed with the
    active language's configuration and with Dutch, either found."""
    query = PlainText(" ".join(words), operator="and")
    if not isinstance(backend, PostgresSearchBackend):
        return query
    compiler = PostgresSearchQueryCompiler(SearchDocument.objects.none(), query)
    configs = [compiler.get_config(backend)]
    if isinstance(backend, LanguagesBackend):
        # As `readable_documents` chooses: the active language's and member content's.
        languages = (get_language() or "", "")
        configs = list(dict.fromkeys(backend.language_config(code) for code in languages))
    tsquery = reduce(or_, (compiler.build_tsquery(query, config=config) for config in configs))
    sql_query = Query(SearchDocument)
    connection = connections[SearchDocument.objects.db]
    sql, params = tsquery.resolve_expression(sql_query).as_sql(
        sql_query.get_compiler(connection=connection), connection
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ({sql})::text", params)
        (parsed,) = cursor.fetchone()
    return Parsed(query.query_string, parsed)


def search_backend():
    """The search backend; on PostgreSQL with a compiler that takes the words as parsed."""
    backend = get_search_backend()
    if isinstance(backend, PostgresSearchBackend):
        backend.query_compiler_class = PostgresCompiler
    return backend


def readable_documents(visible):
    """The documents of the active language and member content this visitor may find."""
    language = get_language() or ""
    return SearchDocument.objects.filter(visible.q).filter(language__in=[language, ""])


def matching(results):
    """The whole matching queryset behind backend results, as the backend's own facet() uses."""
    compiler = results.query_compiler
    extra = {"backend": results.backend} if "postgres" in type(compiler).__module__ else {}
    return compiler.search(compiler.get_config(results.backend), None, None, **extra)


def facets(results, chosen):
    """Counts per kind, region and theme of every hit, from one grouped query over the matches
    (and one for the names of the themes found).

    Returns the groups — (kind, region id, theme ids, hits) — from which any combination of
    filters can be counted, the ids of the themes found by their slug, and the facets.
    """
    hits = matching(results).order_by()
    groups = list(
        hits.values_list("kind", "region", "theme_ids").annotate(n=Count("pk")).order_by()
    )
    kinds, regions, themes = Counter(), Counter(), Counter()
    for kind, region, theme_ids, n in groups:
        kinds[kind] += n
        regions[region] += n
        for theme_id in theme_ids:
            themes[theme_id] += n
    found = [
        (theme.pk, theme.slug, theme.label)
        for theme in Theme.objects.accepted().localized().filter(pk__in=list(themes))
    ]
    return (
        groups,
        {slug: pk for pk, slug, _ in found},
        {
            "kinds": [
                {
                    "value": value,
                    "label": label,
                    "count": kinds[value],
                    "chosen": value == chosen["soort"],
                }
                for value, label in Kind.choices
                if kinds.get(value)
            ],
            "regions": [
                {
                    "value": r.slug,
                    "label": r.name,
                    "count": regions[r.pk],
                    "chosen": r.slug == chosen["regio"],
                }
                for r in chosen["all_regions"]
                if regions.get(r.pk)
            ],
            "themes": [
                {
                    "value": slug,
                    "label": name,
                    "count": themes[pk],
                    "chosen": slug == chosen["thema"],
                }
                for pk, slug, name in found
            ],
        },
    )


def count(groups, kind=None, region=None, theme=None):
    """How many hits of the grouped facet counts are of this kind, region and theme (id)."""
    return sum(
        n
        for k, r, theme_ids, n in groups
        if kind in (None, k) and region in (None, r) and (theme is None or theme in theme_ids)
    )


def promotions(query, visible):
    """Editors' picks for this query, leaving out pages this visitor may not find."""
    normalised = normalise_query_string(query)
    if not normalised:
        return []
    pages = SearchDocument.objects.filter(visible.q, page__isnull=False).values("page_id")
    picks = (
        SearchPromotion.objects.filter(query__query_string=normalised)
        .filter(Q(page__isnull=True) | Q(page__in=pages))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return [
        {
            "title": pick.title,
            "url": pick.page.url if pick.page else pick.link,
            "description": pick.description,
        }
        for pick in picks
    ]


def in_language(url, language):
    # Member content's addresses are stored in Dutch (see search.documents).
    with translation.override("nl"):
        return translate_url(url, language)


def present(documents, words, request, language):
    """Titles, links, kinds, highlighted snippets and dates for one page of results."""
    urls = {d.page_id: d.page.get_url(request) for d in documents if d.page_id}
    labels = dict(Kind.choices)
    return [
        {
            "title": highlight(d.title, words),
            "url": urls.get(d.page_id) if d.page_id else in_language(d.url, language),
            "kind": labels.get(d.kind, d.kind),
            # Kenniskring material says where it belongs: three days of one title stay apart.
            "region": d.region.name if d.region_id else "",
            "snippet": snippet(d.text, words),
            "date": d.date,
        }
        for d in documents
    ]


def find(request, visible, query, words, chosen, regions):
    """What this visitor finds: the hits' count, one page of results, facets and picks, as
    plain values (kept in the shared cache per visitor key, `search.results`)."""
    documents = readable_documents(visible)
    backend = search_backend()
    asked = words_query(backend, words)
    base = backend.search(asked, documents)
    groups, themes, found_facets = facets(base, chosen)
    filtered = documents
    kind = chosen["soort"] if chosen["soort"] in Kind.values else None
    if kind:
        filtered = filtered.filter(kind=kind)
    if region := next((r for r in regions if r.slug == chosen["regio"]), None):
        filtered = filtered.filter(region=region)
    if chosen["thema"]:
        # A theme not accepted is not found: the count below makes it no hits.
        filtered = filtered.filter(themes__slug=chosen["thema"])
    results = backend.search(asked, filtered.select_related("page", "region"))
    paginator = Paginator(results, RESULTS_PER_PAGE)
    # The facet counts already tell how many hits there are; none has a theme not found.
    paginator.count = (
        0
        if chosen["thema"] and chosen["thema"] not in themes
        else count(groups, kind, region and region.pk, themes.get(chosen["thema"]))
    )
    page = paginator.get_page(request.GET.get("page"))
    return {
        "count": paginator.count,
        "number": page.number,
        "results": present(list(page.object_list), words, request, get_language()),
        "facets": found_facets,
        "picks": promotions(query, visible) if page.number == 1 else [],
        "suggestion": "" if paginator.count else suggestion(words, get_language()),
    }


def results_key(visible, query, words, chosen, page):
    """Everything a search's results depend on besides the content: the same for every
    visitor with the same key (anonymous visitors without a page password share one)."""
    filters = tuple(chosen[name] for name in ("soort", "thema", "regio"))
    words = tuple(word.lower() for word in words)
    return (visible.key, get_language(), normalise_query_string(query), words, filters, page)


@cleans_its_query_string
def search(request):
    """One search over what this visitor may read: public pages of the active language for
    everybody; for members and partners also the kenniskring and its member content. The
    results are kept per visitor key (`search.audience`, `search.results`)."""
    query = clean(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    words = NOT_A_WORD.sub(" ", query).split()
    regions = list(Region.objects.all())
    chosen = {
        "soort": clean(request.GET.get("soort", ""), 20),
        "thema": clean(request.GET.get("thema", ""), 100),
        "regio": clean(request.GET.get("regio", ""), 100),
        "all_regions": regions,
    }
    context = {"search_query": query, "search_results": None, "results": [], "picks": []}
    if words:
        visible = audience.visible(request)
        key = results_key(visible, query, words, chosen, request.GET.get("page", "")[:12])
        found = results.kept(key, lambda: find(request, visible, query, words, chosen, regions))
        # The template pages through the count; the results are already this page's.
        paginator = Paginator(range(found["count"]), RESULTS_PER_PAGE)
        context.update(
            search_results=paginator.get_page(found["number"]),
            results=found["results"],
            facets=found["facets"],
            picks=found["picks"],
            suggestion=found["suggestion"],
            filters={k: v for k, v in chosen.items() if k != "all_regions" and v},
        )
    response = TemplateResponse(request, "search/search.html", context)
    # What a member finds must never be served to someone else from a shared cache.
    patch_vary_headers(response, ["Cookie"])
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
    return response
