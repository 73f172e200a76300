from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from .. import conf


def render(request, template, context=None, status=200):
    """A kenniskring response: the host's base template, never stored by a cache."""
    context = {"kenniskring_base_template": conf.get("BASE_TEMPLATE"), **(context or {})}
    response = TemplateResponse(request, template, context, status=status)
    patch_cache_control(response, private=True, no_store=True)
    return response
