from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from . import conf
from .input import CleanInputMixin, ThemeChoiceField
from .mail import in_language_of
from .models import Attendance, HostOffer, Member, Theme


class SetPasswordForm(CleanInputMixin, forms.Form):
    """The invitee chooses a password; Django's validators say what is wrong in Dutch."""

    password1 = forms.CharField(
        label=_("Kies een wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens acht tekens, niet alleen cijfers en niet te voor de hand liggend."),
    )
    password2 = forms.CharField(
        label=_("Herhaal het wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password2(self):
        first, second = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if first and second and first != second:
            raise forms.ValidationError(_("De twee wachtwoorden zijn niet gelijk."))
        if second:
            password_validation.validate_password(second, self.user)
        return second


class MemberPasswordResetForm(CleanInputMixin, auth_forms.PasswordResetForm):
    """Django's reset form, writing the e-mail in the member's language."""

    def send_mail(self, *args, **kwargs):
        context = args[2] if len(args) > 2 else kwargs["context"]
        with in_language_of(context.get("user")):
            super().send_mail(*args, **kwargs)


class LoginForm(CleanInputMixin, auth_forms.AuthenticationForm):
    pass


class ChosenPasswordForm(CleanInputMixin, auth_forms.SetPasswordForm):
    """Django's form for a new password after a reset link."""


class LanguageForm(CleanInputMixin, forms.ModelForm):
    """A member's choice of language for the e-mails of the kenniskring."""

    class Meta:
        model = Member
        fields = ["language"]
        labels = {"language": _("Taal van mijn e-mails")}
        help_texts = {
            "language": _("Niets gekozen: de taal waarin je de site het laatst gebruikte.")
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [choice for choice in self.fields["language"].choices if choice[0]]
        self.fields["language"].choices = [
            ("", _("De taal waarin ik de site laatst gebruikte"))
        ] + choices


class AttendanceForm(CleanInputMixin, forms.ModelForm):
    """A project's duo for a network day, and its tandems when they are welcome."""

    class Meta:
        model = Attendance
        fields = ["participant_one", "participant_two", "tandem_participants"]
        labels = {
            "participant_one": _("Eerste deelnemer"),
            "participant_two": _("Tweede deelnemer"),
            "tandem_participants": _("Tandems (buddy en deelnemer), één tandem per regel"),
        }
        help_texts = {
            "participant_one": _("Voor- en achternaam."),
            "participant_two": _("Voor- en achternaam; mag leeg als je alleen komt."),
        }
        error_messages = {"participant_one": {"required": _("Vul minstens één naam in.")}}

    def __init__(self, *args, tandems_welcome=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not tandems_welcome:
            del self.fields["tandem_participants"]


class ThemeVoteForm(CleanInputMixin, forms.Form):
    themes = ThemeChoiceField(
        required=True,
        label=_("Op welke thema's wil je project extra ondersteuning?"),
        error_messages={"required": _("Kies minstens één thema.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.offered()

    def clean_themes(self):
        themes = self.cleaned_data["themes"]
        limit = conf.get("MAX_THEME_VOTES")
        if len(themes) > limit:
            raise forms.ValidationError(
                _("Kies hoogstens %(limit)s thema's; je koos er %(count)s.")
                % {"limit": limit, "count": len(themes)}
            )
        return themes


class HostOfferForm(CleanInputMixin, forms.ModelForm):
    """A project offers to host a network day of its region."""

    class Meta:
        model = HostOffer
        fields = ["period", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, project, **kwargs):
        self.project = project
        super().__init__(*args, **kwargs)

    def clean_period(self):
        period = self.cleaned_data["period"]
        if HostOffer.objects.filter(project=self.project, period__iexact=period).exists():
            raise forms.ValidationError(
                _("Jullie boden al aan om gastheer te zijn in deze periode.")
            )
        return period


class LeaveForm(CleanInputMixin, forms.Form):
    """Leaving the kenniskring: what becomes of the forum posts, confirmed with the password."""

    KEEP, REMOVE = "keep", "remove"

    posts = forms.ChoiceField(
        label=_("Je berichten en reacties op het forum"),
        choices=[
            (KEEP, _("Laten staan, onder 'oud-lid'")),
            (REMOVE, _("Verwijderen")),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
        help_text=_(
            "Verwijderde vragen en ervaringen waarop een ander lid reageerde, worden leeg "
            "gemaakt, zodat die reactie niet verloren gaat."
        ),
    )
    password = forms.CharField(
        label=_("Je wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Ter bevestiging dat jij het bent."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("Dit wachtwoord klopt niet."))
        return password

    @property
    def remove_posts(self):
        return self.cleaned_data["posts"] == self.REMOVE
