"""The one body StreamBlock shared by the site's pages, and the blocks it is made of."""

import datetime
import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from home.video_frames import allow_player, external_player

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("titel"), max_length=200, help_text=_("De tekst van de tussentitel.")
    )
    level = blocks.ChoiceBlock(
        label=_("niveau"),
        choices=[("h2", _("Titel (h2)")), ("h3", _("Subtitel (h3)"))],
        default="h2",
        help_text=_("Kies h2 voor een hoofdstuk, h3 voor een onderdeel daarvan."),
    )

    class Meta:
        icon = "title"
        label = _("Tussentitel")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Wat is buddywerk?", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"), help_text=_("Kies of upload een afbeelding."))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        required=False,
        max_length=250,
        help_text=_(
            "Wat staat er op de afbeelding, voor wie ze niet ziet. Leeg: de beschrijving van "
            "de afbeelding zelf."
        ),
    )
    caption = blocks.CharBlock(
        label=_("bijschrift"),
        required=False,
        max_length=250,
        help_text=_("Korte uitleg onder de afbeelding."),
    )
    credit = blocks.CharBlock(
        label=_("fotograaf"),
        required=False,
        max_length=120,
        help_text=_("Wie de foto maakte, bijvoorbeeld 'Layla Aerts'."),
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("citaat"), help_text=_("De geciteerde woorden, zonder aanhalingstekens.")
    )
    attribution = blocks.CharBlock(
        label=_("wie zegt het"),
        required=False,
        max_length=200,
        help_text=_("Naam of rol van wie dit zei, bijvoorbeeld 'een buddy uit Gent'."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Een buddy is geen hulpverlener, maar iemand die naast je staat.",
            "attribution": "een projecthouder",
        }


VIDEO_FILE_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}
CAPTION_LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]


def file_extension(document):
    return os.path.splitext(document.file.name)[1].lower() if document else ""


class VideoBlock(blocks.StructBlock):
    """A video: the site's own file (with captions and a poster) or a video on YouTube or
    Vimeo, which loads only when the visitor clicks; always with its transcript."""

    title = blocks.CharBlock(
        label=_("titel"),
        max_length=200,
        help_text=_("Waarover de video gaat; ook de naam van de speler en de tekst van de knop."),
    )
    video_file = DocumentChooserBlock(
        label=_("videobestand"),
        required=False,
        help_text=_(
            "Een video in mp4- of webm-formaat, op deze site zelf. Laat leeg voor een video op "
            "YouTube of Vimeo."
        ),
    )
    url = blocks.URLBlock(
        label=_("of het adres op YouTube of Vimeo"),
        required=False,
        help_text=_(
            "Bijvoorbeeld https://www.youtube.com/watch?v=… of https://vimeo.com/…. De video "
            "laadt pas als de bezoeker op de knop klikt."
        ),
    )
    poster = ImageChooserBlock(
        label=_("beeld vooraf"),
        required=False,
        help_text=_("Het beeld dat je ziet voor de video start."),
    )
    captions = DocumentChooserBlock(
        label=_("ondertitels"),
        required=False,
        help_text=_("Een WebVTT-bestand (.vtt) met de ondertitels van het videobestand."),
    )
    captions_language = blocks.ChoiceBlock(
        label=_("taal van de ondertitels"),
        choices=CAPTION_LANGUAGES,
        default="nl",
        help_text=_("De taal waarin de ondertitels geschreven zijn."),
    )
    caption = blocks.CharBlock(
        label=_("bijschrift"),
        required=False,
        max_length=250,
        help_text=_("Korte uitleg onder de video."),
    )
    transcript = blocks.RichTextBlock(
        label=_("uitgeschreven tekst"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Wat er in de video gezegd en getoond wordt, voor wie niet kan kijken of luisteren. "
            "Staat altijd bij de video op de pagina."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video_file, url, captions = value.get("video_file"), value.get("url"), value.get("captions")
        if video_file and url:
            errors["url"] = ValidationError(
                _("Kies een videobestand of een adres op YouTube of Vimeo, niet allebei.")
            )
        elif not video_file and not url:
            errors["video_file"] = ValidationError(
                _("Kies een videobestand of vul het adres van de video op YouTube of Vimeo in.")
            )
        elif url and external_player(url) is None:
            errors["url"] = ValidationError(
                _("Dit is geen adres van een video op YouTube of Vimeo.")
            )
        if video_file and file_extension(video_file) not in VIDEO_FILE_TYPES:
            errors["video_file"] = ValidationError(_("Kies een video in mp4- of webm-formaat."))
        if captions and file_extension(captions) != ".vtt":
            errors["captions"] = ValidationError(
                _("Ondertitels zijn een WebVTT-bestand, met de extensie .vtt.")
            )
        elif captions and not video_file:
            errors["captions"] = ValidationError(
                _("Ondertitels horen bij een videobestand; YouTube en Vimeo tonen hun eigen.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        player = None
        if value.get("url") and not value.get("video_file"):
            player = external_player(value["url"])
            if not allow_player(request, player):
                player = None
        context["player"] = player
        context["file_type"] = VIDEO_FILE_TYPES.get(file_extension(value.get("video_file")), "")
        context["captions_label"] = dict(CAPTION_LANGUAGES).get(value.get("captions_language"))
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        preview_value = {
            "title": "Van buddy tot community",
            "transcript": "<p>Wat er in de video gezegd wordt.</p>",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("titel"), max_length=120, help_text=_("Korte oproep, bijvoorbeeld 'Schrijf je in'.")
    )
    text = blocks.TextBlock(
        label=_("tekst"), required=False, help_text=_("Eén of twee zinnen uitleg.")
    )
    page = blocks.PageChooserBlock(
        label=_("pagina"), required=False, help_text=_("De pagina waar de knop naartoe leidt.")
    )
    url = blocks.URLBlock(
        label=_("of een extern adres"),
        required=False,
        help_text=_("Alleen als de knop naar een andere website leidt."),
    )
    button_label = blocks.CharBlock(
        label=_("tekst op de knop"),
        max_length=60,
        help_text=_("Bijvoorbeeld 'Naar de inschrijving'."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Kies een pagina of vul een adres in."))}
            )
        return value

    class Meta:
        icon = "pick"
        label = _("Oproep")
        template = "blocks/call_to_action_block.html"
        preview_value = {
            "title": "Kom naar de studievoormiddag",
            "text": "Kies twee workshops en schrijf je in.",
            "url": "https://www.example.org/",
            "button_label": "Naar de inschrijving",
        }


class ContactPersonBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("titel"),
        required=False,
        max_length=120,
        help_text=_("Bijvoorbeeld 'Vragen? Neem contact op'."),
    )
    person = SnippetChooserBlock(
        "home.ContactPerson", label=_("contactpersoon"), help_text=_("Kies een contactpersoon.")
    )

    class Meta:
        icon = "user"
        label = _("Contactpersoon")
        template = "blocks/contact_person_block.html"


class TimelineItemBlock(blocks.StructBlock):
    date = blocks.DateBlock(
        label=_("datum"), required=False, help_text=_("De dag zelf, als die vastligt.")
    )
    date_label = blocks.CharBlock(
        label=_("periode"),
        required=False,
        max_length=60,
        help_text=_("Als er geen vaste dag is: bijvoorbeeld '2019–2022' of 'najaar 2020'."),
    )
    title = blocks.CharBlock(
        label=_("titel"), max_length=120, help_text=_("Naam van de fase, bijvoorbeeld 'Startdag'.")
    )
    text = blocks.RichTextBlock(
        label=_("tekst"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Wat er in deze fase gebeurt."),
    )

    class Meta:
        icon = "date"
        label = _("Fase")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("titel"),
        required=False,
        max_length=120,
        help_text=_("Bijvoorbeeld 'Zo verliep het project'."),
    )
    items = blocks.ListBlock(
        TimelineItemBlock(),
        label=_("fasen"),
        help_text=_("De fasen in de volgorde waarin ze gebeuren."),
    )

    class Meta:
        icon = "history"
        label = _("Tijdlijn")
        template = "blocks/timeline_block.html"
        preview_value = {
            "heading": "Zo verliep het project",
            "items": [
                {"date": datetime.date(2019, 6, 25), "title": "Startdag", "text": ""},
                {"date": datetime.date(2022, 4, 21), "title": "Einddag", "text": ""},
            ],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        icon="pilcrow",
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    contact_person = ContactPersonBlock()
    timeline = TimelineBlock()
