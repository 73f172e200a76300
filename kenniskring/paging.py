"""Pagination shared by the kenniskring's lists and the public listings (`?pagina=N`)."""

from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """One page of items; `page.query` keeps the other parameters (filters) for its links."""
    page = Paginator(items, per_page).get_page(request.GET.get("pagina"))
    rest = request.GET.copy()
    rest.pop("pagina", None)
    page.query = f"{rest.urlencode()}&" if rest else ""
    return page
