from django import template

from kenniskring.writing import safe_html

from ..notify import author_name

register = template.Library()
register.filter("forum_html", safe_html)


@register.filter
def writer(user):
    return author_name(user)
