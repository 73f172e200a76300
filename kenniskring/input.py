"""Odd input refused as bad input, never a server error.

Addresses and query strings with control characters get a 400; form fields with control
characters (other than tab and line breaks) get an error next to the field, the text kept.
NUL never reaches the database: PostgreSQL refuses it in text, which would be a 500.
"""

import re
import warnings

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.http import HttpResponseBadRequest
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image

# C0 controls and DEL; tab, line feed and carriage return are allowed in what people type.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
ADDRESS_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Right-to-left and left-to-right embeddings, overrides and isolates: they make a title read
# differently from what it is.
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")

# What people write, bounded by its purpose (characters).
ANSWER_MAX_LENGTH = 20_000  # one answer of a reflection
NOTE_MAX_LENGTH = 5_000  # an impact note, an assignment's introduction or questions
EXPLANATION_MAX_LENGTH = 3_000  # why a learning question matters
SHORT_TEXT_MAX_LENGTH = 2_000  # a challenge, a comment on it, a list of tandems

TAG_MAX_LENGTH = 100
TAGS_MAX_COUNT = 10


def cleans_its_query_string(view):
    """Marks a view that takes control characters out of its query string itself (the
    search page: an odd query answers with results or none, never with an error)."""
    view.cleans_its_query_string = True
    return view


class RefuseControlCharactersMiddleware:
    """400 for a control character in the path or the query string, or NUL in a form field."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if ADDRESS_CONTROL_CHARACTERS.search(request.path):
            return HttpResponseBadRequest("Bad request: control characters in the address.")
        if request.method == "POST" and any(
            "\x00" in text for key, values in request.POST.lists() for text in (key, *values)
        ):
            return HttpResponseBadRequest("Bad request: NUL in a form field.")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if getattr(view_func, "cleans_its_query_string", False):
            return None
        if any(
            ADDRESS_CONTROL_CHARACTERS.search(text)
            for key, values in request.GET.lists()
            for text in (key, *values)
        ):
            return HttpResponseBadRequest("Bad request: control characters in the address.")
        return None


def refuse_control_characters(value):
    if isinstance(value, str) and CONTROL_CHARACTERS.search(value):
        raise ValidationError(
            _("Deze tekst bevat onzichtbare controletekens. Haal ze weg en probeer opnieuw."),
            code="control_characters",
        )


@deconstructible
class TextBound(MaxLengthValidator):
    """A text's length bound, with a message that says how long it is and how long it may be."""

    message = _(
        "Deze tekst is %(show_value)s tekens lang; de grens is %(limit_value)s. Maak hem korter."
    )


def without_bidi_controls(text):
    """The text without direction overrides (for titles and names)."""
    return BIDI_CONTROLS.sub("", text or "")


class WithoutDirectionOverrides:
    """Model mixin: the one-line fields named in `direction_free_fields` (titles, names) lose
    direction overrides when the model is cleaned, which every Wagtail admin form and
    `Page.save_revision` do; so no page or snippet title typed in the admin keeps one."""

    direction_free_fields = ("title", "draft_title", "seo_title")

    def clean(self):
        for name in self.direction_free_fields:
            value = getattr(self, name, None)
            if isinstance(value, str):
                setattr(self, name, without_bidi_controls(value))
        super().clean()


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    """Themes picked from the vocabulary (accepted Dutch themes, named in the visitor's
    language) as checkboxes; at most TAGS_MAX_COUNT per item."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        from .models import Theme

        kwargs.setdefault("queryset", Theme.objects.none())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Thema's"))
        super().__init__(**kwargs)

    def label_from_instance(self, obj):
        return obj.label

    def clean(self, value):
        if value and len(value) > TAGS_MAX_COUNT:
            raise ValidationError(
                _("Kies hoogstens %(limit)s thema's; je gaf er %(count)s.")
                % {"limit": TAGS_MAX_COUNT, "count": len(value)},
                code="too_many_tags",
            )
        return super().clean(value)


class ThemeFieldsMixin:
    """For forms with a `themes` field: the vocabulary to pick from, plus a field to suggest a
    new theme. A suggestion is stored not yet accepted and offered to nobody until an editor
    accepts it; it stays attached to the item it was suggested for."""

    def __init__(self, *args, **kwargs):
        from .models import Theme

        super().__init__(*args, **kwargs)
        self.fields["themes"] = ThemeChoiceField(queryset=Theme.objects.offered())
        if getattr(self, "instance", None) is not None and self.instance.pk:
            self.initial["themes"] = [theme.pk for theme in self.instance.themes.all()]
        self.fields["new_theme"] = forms.CharField(
            label=_("Een ander thema voorstellen"),
            required=False,
            help_text=_("Staat je thema er niet bij? Een redacteur bekijkt je voorstel."),
        )

    def clean_new_theme(self):
        name = without_bidi_controls(" ".join(self.cleaned_data["new_theme"].split()))
        if len(name) > TAG_MAX_LENGTH:
            raise ValidationError(
                _("Een thema is hoogstens %(limit)s tekens lang: maak “%(tag)s…” korter.")
                % {"limit": TAG_MAX_LENGTH, "tag": name[:30]},
                code="tag_too_long",
            )
        return name

    def _save_m2m(self):
        """Also set the item's themes: those picked, its earlier suggestions, and a new one."""
        from .models import suggest_theme

        super()._save_m2m()
        instance = self.instance
        manager = instance.themes
        themes = list(self.cleaned_data["themes"])
        themes += list(manager.filter(accepted=False))
        if self.cleaned_data.get("new_theme"):
            user = getattr(instance, "author", None) or getattr(instance, "created_by", None)
            themes.append(suggest_theme(self.cleaned_data["new_theme"], user))
        manager.set(themes)


class CleanInputMixin:
    """For every form people fill in: text fields refuse control characters, one-line fields
    (titles, names) lose direction overrides. Mix in before `forms.Form` or `forms.ModelForm`."""

    def full_clean(self):
        # Here rather than in __init__: some forms add their fields after it.
        for field in self.fields.values():
            if (
                isinstance(field, forms.CharField)
                and refuse_control_characters not in field.validators
            ):
                field.validators.append(refuse_control_characters)
        super().full_clean()

    def clean(self):
        cleaned = super().clean()
        # Titles and names are one line: direction overrides there only disguise them.
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.TextInput) and isinstance(cleaned.get(name), str):
                cleaned[name] = without_bidi_controls(cleaned[name])
        return cleaned


def image_format(upload, max_pixels):
    """Pillow's name for the format of a readable image of at most `max_pixels` pixels, or
    None: for decompression bombs, truncated or broken files, and whatever is not an image
    (an uploaded file cannot be trusted to fail in only the documented ways)."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as picture:
                found, (width, height) = picture.format, picture.size
                picture.verify()
    except Exception:
        return None
    finally:
        upload.seek(0)
    return found if width * height <= max_pixels else None
