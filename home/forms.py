"""The workshop registration form on an event page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.models import Registration, Workshop
from home.models.events import show_in_language
from kenniskring.input import CleanInputMixin


class WorkshopChoiceField(forms.ModelChoiceField):
    """The source page's workshops (where the seats are), labelled in the page's language."""

    titles = {}

    def label_from_instance(self, obj):
        return self.titles.get(obj.pk, obj.title)


class RegistrationForm(CleanInputMixin, forms.Form):
    name = forms.CharField(
        label=_("Naam"),
        max_length=150,
        error_messages={"required": _("Vul je naam in.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mailadres"),
        max_length=254,
        help_text=_("Hierheen sturen we de bevestiging, met een link om te annuleren."),
        error_messages={
            "required": _("Vul je e-mailadres in."),
            "invalid": _("Dit is geen geldig e-mailadres. Bijvoorbeeld: naam@voorbeeld.be"),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Organisatie"),
        max_length=200,
        required=False,
        help_text=_("Niet verplicht."),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.ChoiceField(
        label=_("Je komt als"),
        choices=Registration.Role.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies in welke rol je komt.")},
    )
    first_choice = WorkshopChoiceField(
        label=_("Eerste keuze"),
        queryset=Workshop.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Kies de workshop die je het liefst volgt.")},
    )
    second_choice = WorkshopChoiceField(
        label=_("Tweede keuze"),
        queryset=Workshop.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_("Als je eerste keuze volzet is, krijg je deze."),
        error_messages={"required": _("Kies een tweede workshop, voor als je eerste volzet is.")},
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "Ik geef toestemming om mijn gegevens te bewaren voor deze inschrijving. We "
            "gebruiken ze alleen om de studievoormiddag te organiseren."
        ),
        error_messages={"required": _("Zonder je toestemming kunnen we je niet inschrijven.")},
    )
    # A field people never see: bots that fill in every field give themselves away.
    website = forms.CharField(
        label=_("Laat dit veld leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        workshops = Workshop.objects.filter(page=event.source_event)
        shown = list(workshops)
        show_in_language(shown, event.locale)
        for name in ("first_choice", "second_choice"):
            self.fields[name].queryset = workshops
            self.fields[name].titles = {workshop.pk: workshop.title for workshop in shown}

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website"))

    def clean(self):
        cleaned_data = super().clean()
        first, second = cleaned_data.get("first_choice"), cleaned_data.get("second_choice")
        if first and second and first == second:
            self.add_error(
                "second_choice",
                _("Kies als tweede keuze een andere workshop dan je eerste keuze."),
            )
        return cleaned_data
