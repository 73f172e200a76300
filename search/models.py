from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Kind(models.TextChoices):
    PAGE = "pagina", _("pagina")
    FILM = "film", _("film")
    CLIP = "kennisclip", _("kennisclip")
    EVENT = "evenement", _("evenement")
    NEWS = "nieuws", _("nieuws")
    PROJECT = "project", _("buddyproject")
    KENNISKRING = "kenniskring", _("kenniskringpagina")
    NETWORK_DAY = "netwerkdag", _("netwerkdag")
    QUESTION = "forumvraag", _("forumvraag")
    ANSWER = "antwoord", _("antwoord")
    EXPERIENCE = "ervaring", _("ervaring")
    COMMENT = "reactie", _("reactie")
    LEARNING_QUESTION = "leervraag", _("leervraag")
    REFLECTION = "reflectie", _("reflectie")
    CHALLENGE = "uitdaging", _("uitdaging")
    CHALLENGE_COMMENT = "reactie-uitdaging", _("reactie op een uitdaging")
    PARTNER = "partner", _("partner")


class Audience(models.TextChoices):
    """Who may find a document, decided when it is written (`search.audience`). A page's
    document also names the view restrictions above it (`SearchDocument.restrictions`)."""

    # Every visitor, in the document's own language: public pages and the partners.
    PUBLIC = "public", _("iedereen")
    FORUM = "forum", _("wie het forum leest")
    KENNISKRING = "kenniskring", _("leden en partners")
    PROJECT = "project", _("project en partners")


class SearchDocument(index.Indexed, models.Model):
    """One searchable thing — a published page or a piece of member content — as the search
    page shows it. Kept in step with its source by `search.signals`; rebuild them all with
    `manage.py rebuild_search_documents`."""

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    audience = models.CharField(_("zichtbaar voor"), max_length=12, choices=Audience.choices)
    source_type = models.CharField(max_length=60)
    source_id = models.PositiveBigIntegerField()
    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    project = models.ForeignKey(
        "kenniskring.BuddyProjectPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    # The ids of the view restrictions on a page and its ancestors, sorted, as "3,17"; empty
    # for none and for member content. A visitor finds the document only when they pass all
    # of them (`search.audience.visible`); re-keyed when a restriction or the tree changes.
    restrictions = models.CharField(max_length=200, blank=True, default="")
    region = models.ForeignKey(
        "kenniskring.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    themes = models.ManyToManyField("kenniskring.Theme", blank=True, related_name="+")
    # The ids of `themes`, sorted: the search page counts hits per kind, region and theme in
    # one grouped query. Written together with `themes` by `search.documents`.
    theme_ids = models.JSONField(default=list, blank=True)
    # Empty for member content, which is the same in every language.
    language = models.CharField(max_length=12, blank=True)
    title = models.CharField(_("titel"), max_length=300)
    text = models.TextField(_("tekst"), blank=True)
    url = models.CharField(max_length=500)
    date = models.DateTimeField(_("datum"), null=True, blank=True)

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.FilterField("kind"),
        index.FilterField("audience"),
        index.FilterField("restrictions"),
        index.FilterField("page"),
        index.FilterField("project"),
        index.FilterField("region"),
        index.FilterField("language"),
        index.RelatedFields("themes", [index.FilterField("slug")]),
    ]

    class Meta:
        verbose_name = _("zoekdocument")
        verbose_name_plural = _("zoekdocumenten")
        constraints = [
            models.UniqueConstraint(fields=["source_type", "source_id"], name="search_one_doc")
        ]

    def __str__(self):
        return self.title
