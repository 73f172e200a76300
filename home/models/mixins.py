"""Fields that several page types share, each with its own panels."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.images import get_image_model_string
from wagtail.search import index

from kenniskring.input import WithoutDirectionOverrides


class ListingMixin(WithoutDirectionOverrides, models.Model):
    """An image and a short summary, shown where the page is listed and shared. (Every page
    type of the public section has it, so it also keeps direction overrides out of titles.)"""

    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("afbeelding in overzichten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Verschijnt in overzichten en wanneer iemand de pagina deelt."),
    )
    listing_summary = models.CharField(
        _("samenvatting"),
        max_length=300,
        blank=True,
        help_text=_("Eén of twee zinnen voor overzichten en gedeelde links."),
    )

    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary")],
            heading=_("In overzichten"),
        )
    ]

    class Meta:
        abstract = True


class ContactMixin(models.Model):
    """A contact person shown as a card at the bottom of the page."""

    contact_person = models.ForeignKey(
        "home.ContactPerson",
        verbose_name=_("contactpersoon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wie bezoekers kunnen contacteren met vragen over deze pagina."),
    )

    contact_panels = [FieldPanel("contact_person")]
    # A search for the contact person finds the pages that name them.
    contact_search_fields = [
        index.RelatedFields(
            "contact_person",
            [
                index.SearchField("name"),
                index.SearchField("role"),
                index.SearchField("organisation"),
            ],
        )
    ]

    class Meta:
        abstract = True
