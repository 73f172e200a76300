"""The living style page: every component of kenniskring/templates/kenniskring/components/ in
its states, for the developers and editors who build the next page. Only for people who may
enter the Wagtail admin (or anyone while DEBUG is on); everybody else gets a 404. It shows
made-up examples only, never a member's data."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.templatetags.static import static

from . import render

STATES = ["submitted", "draft", "missing", "overdue", "open", "full", "waiting"]
TIMELINE = [
    {"time": "09.00", "title": "Onthaal met koffie"},
    {"time": "09.30", "title": "Welkom", "text": "Waarom we hier samen zijn."},
    {"time": "10.00", "title": "Workshops"},
]
TABLE = [
    ("Reflectie na netwerkdag 1", "3 maart 2026", "submitted"),
    ("Leervraag", "1 juni 2026", "draft"),
]


class ExampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="As your project writes it.")
    email = forms.EmailField(label="E-mail")
    choice = forms.ChoiceField(
        label="A choice", choices=[("a", "One"), ("b", "Two")], widget=forms.RadioSelect
    )


def style_guide(request):
    if not (settings.DEBUG or request.user.has_perm("wagtailadmin.access_admin")):
        raise Http404
    form = ExampleForm({"name": "Buddy", "email": "not an address", "choice": "a"})
    form.is_valid()  # shows the e-mail field in its error state
    page_obj = Paginator(range(30), 10).get_page(2)
    page_obj.query = ""
    context = {
        "states": STATES,
        "timeline": TIMELINE,
        "table": TABLE,
        "form": form,
        "page_obj": page_obj,
        "breadcrumb": [("Kenniskring", "#"), ("Forum", "#")],
        "illustration": static("kenniskring/illustration-circle.svg"),
    }
    return render(request, "kenniskring/style_guide.html", context)
