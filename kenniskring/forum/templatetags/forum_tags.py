from django import template
from django.utils.safestring import mark_safe

from ..cleaning import clean_html
from ..notify import author_name

register = template.Library()


@register.filter
def forum_html(text):
    """Stored text is cleaned again on the way out, so an old or imported row is safe too."""
    return mark_safe(clean_html(text))  # noqa: S308 - nh3 output


@register.filter
def writer(user):
    return author_name(user)
