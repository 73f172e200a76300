from django import template

from .. import conf

register = template.Library()


@register.inclusion_tag("kenniskring/includes/privacy_note.html", takes_context=True)
def privacy_note(context):
    """A line under a form that collects personal data, linking to the privacy statement."""
    request = context.get("request")
    return {"privacy_url": conf.privacy_url(request) if request is not None else ""}
