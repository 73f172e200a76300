import secrets

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..input import CleanInputMixin, ThemeFieldsMixin, image_format
from ..writing import TextEditor
from .cleaning import clean_html, visible_text
from .models import TEXT_MAX_LENGTH, Answer, Comment, Experience, Question, Report

IMAGE_MAX_BYTES = 5 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000
# Pillow's format -> the extensions a file of that format may have.
IMAGE_FORMATS = {
    "JPEG": {"jpg", "jpeg"},
    "PNG": {"png"},
    "WEBP": {"webp"},
    "GIF": {"gif"},
}


class PostForm(CleanInputMixin, forms.ModelForm):
    """Cleans the text before it is stored, and carries a one-time token against double submits."""

    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_token"] = secrets.token_urlsafe(24)
        self.fields["text"].widget = TextEditor()
        self.fields["text"].error_messages["required"] = _("Schrijf eerst een tekst.")
        if "title" in self.fields:
            self.fields["title"].error_messages["required"] = _("Geef een titel.")
        self.fields["text"].help_text = _(
            "Met de knoppen maak je tekst vet of cursief, of maak je een lijst of een link. "
            "Een adres dat je plakt, wordt vanzelf een link. Hoogstens %(limit)s tekens."
        ) % {"limit": f"{TEXT_MAX_LENGTH:,}".replace(",", ".")}

    def clean_form_token(self):
        return (self.cleaned_data.get("form_token") or "")[:64]

    def clean_text(self):
        html = clean_html(self.cleaned_data.get("text", ""))
        words = visible_text(html)
        if not words:
            raise forms.ValidationError(_("Schrijf eerst een tekst."))
        if len(words) > TEXT_MAX_LENGTH:
            raise forms.ValidationError(
                _("Je tekst is %(length)s tekens lang; de grens is %(limit)s. Maak hem korter.")
                % {"length": len(words), "limit": TEXT_MAX_LENGTH}
            )
        if len(html) > TEXT_MAX_LENGTH * 3:
            raise forms.ValidationError(_("Je tekst bevat te veel opmaak. Maak hem eenvoudiger."))
        return html

    def clean_title(self):
        title = " ".join((self.cleaned_data.get("title") or "").split())
        if not title:
            raise forms.ValidationError(_("Geef een titel."))
        return title


class QuestionForm(ThemeFieldsMixin, PostForm):
    class Meta:
        model = Question
        fields = ["title", "text"]


class AnswerForm(PostForm):
    class Meta:
        model = Answer
        fields = ["text"]
        labels = {"text": _("Je antwoord")}


class CommentForm(PostForm):
    class Meta:
        model = Comment
        fields = ["text"]
        labels = {"text": _("Je reactie")}


class CurrentImage:
    def __init__(self, name, url):
        self.name, self.url = name, url

    def __str__(self):
        return self.name.rsplit("/", 1)[-1]


class PrivateImageInput(forms.ClearableFileInput):
    """The current image linked through its checked view: a private file has no public URL."""

    checked_url = None

    def is_initial(self, value):
        return bool(value and getattr(value, "name", None))

    def format_value(self, value):
        if self.is_initial(value):
            return CurrentImage(value.name, self.checked_url)
        return None


class ExperienceForm(ThemeFieldsMixin, PostForm):
    class Meta:
        model = Experience
        fields = ["title", "text", "image", "image_alt"]
        widgets = {"image": PrivateImageInput(attrs={"accept": "image/*"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["image"].widget.checked_url = reverse(
                "kenniskring_forum:experience_image", args=[self.instance.pk]
            )

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if not image or not hasattr(image, "content_type"):
            return image  # nothing new uploaded
        if image.size > IMAGE_MAX_BYTES:
            raise forms.ValidationError(
                _("De afbeelding is te groot: hoogstens %(mb)s MB. Kies ze opnieuw, kleiner.")
                % {"mb": IMAGE_MAX_BYTES // (1024 * 1024)}
            )
        found = image_format(image, IMAGE_MAX_PIXELS)
        if found not in IMAGE_FORMATS:
            raise forms.ValidationError(
                _("Dit bestand is geen afbeelding die we kunnen tonen. Kies een JPEG, PNG of WebP.")
            )
        extension = image.name.rsplit(".", 1)[-1].lower() if "." in image.name else ""
        if extension not in IMAGE_FORMATS[found]:
            raise forms.ValidationError(
                _("De naam eindigt op .%(extension)s, maar de inhoud is een %(kind)s-bestand.")
                % {"extension": extension or "?", "kind": found}
            )
        return image

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("image") and not cleaned.get("image_alt"):
            self.add_error("image_alt", _("Beschrijf kort wat er op de afbeelding staat."))
        return cleaned


class ReportForm(CleanInputMixin, forms.ModelForm):
    class Meta:
        model = Report
        fields = ["reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"reason": {"required": _("Zeg kort waarom je dit bericht meldt.")}}

    def clean_reason(self):
        reason = (self.cleaned_data.get("reason") or "").strip()
        if not reason:
            raise forms.ValidationError(_("Zeg kort waarom je dit bericht meldt."))
        return reason


class PreferencesForm(forms.Form):
    follow_mails = forms.BooleanField(
        label=_("Stuur me een e-mail bij elk nieuw antwoord of elke reactie op wat ik volg"),
        required=False,
    )
    weekly_digest = forms.BooleanField(
        label=_("Stuur me elke week een overzicht van de nieuwe vragen en ervaringen"),
        required=False,
    )
