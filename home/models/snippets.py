"""Snippets chosen on pages: contact persons and partners; the site-wide settings."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from kenniskring.input import WithoutDirectionOverrides


class ContactPerson(WithoutDirectionOverrides, TranslatableMixin, index.Indexed, models.Model):
    """Someone the public can call or mail about the project; shown as a contact card."""

    direction_free_fields = ("name", "role", "organisation", "location")

    name = models.CharField(_("naam"), max_length=120, help_text=_("Voornaam en familienaam."))
    role = models.CharField(
        _("functie"),
        max_length=160,
        blank=True,
        help_text=_(
            "Wat deze persoon doet, bijvoorbeeld 'onderzoeker Kenniscentrum Gezinswetenschappen'."
        ),
    )
    organisation = models.CharField(
        _("organisatie"), max_length=120, blank=True, help_text=_("Bijvoorbeeld 'Odisee'.")
    )
    phone = models.CharField(
        _("telefoon"),
        max_length=40,
        blank=True,
        help_text=_("Zoals het getoond wordt, bijvoorbeeld 02/240.68.40."),
    )
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Het e-mailadres voor vragen."))
    location = models.CharField(
        _("locatie"), max_length=120, blank=True, help_text=_("Bijvoorbeeld 'Campus Schaarbeek'.")
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Een portretfoto; vierkant werkt het best."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("location")],
            heading=_("Bereikbaarheid"),
        ),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        """The number as a `tel:` link: digits only, Belgian numbers with +32."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0") and not digits.startswith("00"):
            digits = "+32" + digits[1:]
        return f"tel:{digits}" if digits else ""


class Partner(WithoutDirectionOverrides, TranslatableMixin, Orderable, index.Indexed, models.Model):
    """One of the organisations that run the learning network, with what it brings."""

    direction_free_fields = ("name",)
    name = models.CharField(_("naam"), max_length=120, help_text=_("Bijvoorbeeld 'SAM vzw'."))
    contribution = models.TextField(
        _("inbreng"),
        help_text=_("Wat deze partner in het lerend netwerk doet, in twee of drie zinnen."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("Het adres van de website van de partner.")
    )
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het logo van de partner."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("contribution"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name

    @classmethod
    def in_active_language(cls):
        """The partners as written in the language being shown."""
        language = get_supported_content_language_variant(get_language())
        return cls.objects.filter(locale__language_code=language)


class FooterText(TranslatableMixin, models.Model):
    """The short text at the bottom of every page: the one place where it is edited, in Dutch,
    and translated like a page. A language without a translation shows the Dutch text."""

    text = RichTextField(
        _("tekst"),
        features=["bold", "italic", "link"],
        help_text=_("Korte tekst onderaan elke pagina: wat Kennisplein is."),
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("voettekst")
        verbose_name_plural = _("voetteksten")

    def __str__(self):
        return str(_("Voettekst")) + f" ({self.locale.language_code})"

    @classmethod
    def in_active_language(cls):
        language = get_supported_content_language_variant(get_language())
        texts = {
            text.locale.language_code: text
            for text in cls.objects.filter(
                locale__language_code__in={language, settings.LANGUAGE_CODE}
            ).select_related("locale")
        }
        return texts.get(language) or texts.get(settings.LANGUAGE_CODE)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Texts that appear on every page: the copyright and the photo credits (the footer's own
    text is the FooterText snippet)."""

    copyright = models.CharField(
        _("copyright"),
        max_length=200,
        blank=True,
        help_text=_(
            "Bijvoorbeeld 'Kenniscentrum Gezinswetenschappen'; het teken © komt er vanzelf voor."
        ),
    )
    photo_credits = models.CharField(
        _("fotografie"),
        max_length=300,
        blank=True,
        help_text=_("Wie de foto's van de site maakte, bijvoorbeeld 'Layla Aerts'."),
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "De pagina die zegt welke gegevens de site bewaart, hoe lang en waarom. De voettekst "
            "en elk formulier dat persoonsgegevens vraagt, linken ernaar, in de taal van de "
            "bezoeker."
        ),
    )

    panels = [FieldPanel("copyright"), FieldPanel("photo_credits"), FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("site-instellingen")
