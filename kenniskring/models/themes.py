"""The one vocabulary of themes, shared by clips, forum posts, learning questions, challenges,
the halfway day's vote and the search facets.

Items always point at the Dutch (source) theme; its translations only change the name.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin


def source_language():
    """The content language themes are attached in (the site's default, Dutch)."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def active_content_language():
    try:
        return get_supported_content_language_variant(get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return source_language()


class ThemeQuerySet(models.QuerySet):
    def sources(self):
        """The Dutch rows: the ones items point at."""
        return self.filter(locale__language_code=source_language())

    def accepted(self):
        return self.filter(accepted=True)

    def offered(self):
        """What members pick from: accepted Dutch themes, named in the visitor's language."""
        return self.sources().accepted().localized()

    def localized(self, language=None):
        """Annotate each theme with its name in the visitor's language (`label`), in the same
        query: a listing costs one query for its themes whatever their number."""
        language = language or active_content_language()
        translated = Theme.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language
        ).values("name")[:1]
        return self.annotate(local_name=Coalesce(Subquery(translated), F("name")))


class Theme(TranslatableMixin, models.Model):
    """A theme of the learning network, such as recruitment or boundaries. Members pick from
    the accepted ones and may suggest a new one, which an editor accepts here."""

    name = models.CharField(_("naam"), max_length=100, help_text=_("De naam van het thema."))
    slug = models.SlugField(
        _("adres"),
        max_length=100,
        help_text=_("Het laatste deel van het adres van de themapagina, bv. rekrutering."),
    )
    sort_order = models.PositiveIntegerField(
        _("volgorde"), default=100, help_text=_("Lagere getallen komen eerst.")
    )
    accepted = models.BooleanField(
        _("aanvaard"),
        default=True,
        help_text=_(
            "Alleen aanvaarde thema's worden aan de leden aangeboden en op de site getoond. "
            "Een voorstel van een lid is nog niet aanvaard."
        ),
    )
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("voorgesteld door"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ThemeQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name", "pk"]
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="kk_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self.name, self.locale_id)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("kenniskring:theme", args=[self.slug])

    @property
    def label(self):
        """The name in the visitor's language when fetched with `localized()`."""
        return getattr(self, "local_name", None) or self.name


def unique_slug(name, locale_id, model=None, max_length=50):
    """A slug for `name` not yet used in its locale (`model`: a migration's historical Theme)."""
    model = model or Theme
    base = slugify(name)[:max_length] or "thema"
    slug, number = base, 1
    while model.objects.filter(locale_id=locale_id, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def themes_prefetch(lookup="themes", to_attr=None):
    """Prefetch an item's accepted themes with their names in the visitor's language."""
    return Prefetch(lookup, queryset=Theme.objects.accepted().localized(), to_attr=to_attr)


def suggest_theme(name, user):
    """A member's new theme: stored, attached to their item, offered to nobody until accepted.

    An existing theme with that name (in any language) is used instead of a duplicate."""
    name = " ".join(name.split())
    existing = (
        Theme.objects.filter(name__iexact=name)
        .select_related("locale")
        .order_by("-accepted", "pk")
        .first()
    )
    if existing is not None:
        if existing.locale.language_code == source_language():
            return existing
        source = Theme.objects.sources().filter(translation_key=existing.translation_key).first()
        if source is not None:
            return source
    locale = Locale.objects.get(language_code=source_language())
    return Theme.objects.create(name=name, locale=locale, accepted=False, suggested_by=user)


def source_themes_only():
    """`limit_choices_to` for theme fields: items point at the Dutch themes."""
    return Q(locale__language_code=source_language())


def attach_source_themes(pages, related_name):
    """Give each translatable page `theme_list`: the accepted themes of its Dutch source page,
    named in the visitor's language; one query for the whole listing."""
    pages = list(pages)
    keys = {page.translation_key for page in pages}
    found = {}
    if keys:
        rows = (
            Theme.objects.accepted()
            .localized()
            .filter(
                **{
                    f"{related_name}__translation_key__in": keys,
                    f"{related_name}__locale__language_code": source_language(),
                }
            )
            .annotate(item_key=F(f"{related_name}__translation_key"))
        )
        for theme in rows:
            found.setdefault(theme.item_key, []).append(theme)
    for page in pages:
        page.theme_list = found.get(page.translation_key, [])
    return pages


# Themes the demo content adds beside the six of the film, as an editor would (with their
# French and English names).
DEMO_THEMES = {
    "matching": {"fr": "matching", "en": "matching"},
    "afscheid": {"fr": "au revoir", "en": "saying goodbye"},
    "intervisie": {"fr": "intervision", "en": "peer review"},
    "tandems": {"fr": "tandems", "en": "tandems"},
}


def demo_themes(*names):
    """The Dutch themes of these names (the six of the film under their usual spellings);
    one missing is added, accepted, with its translations, as an editor would."""
    from .. import theme_migration

    result = []
    for name in names:
        key = theme_migration.normalise(name)
        slug = next(
            (
                slug
                for slug, aliases in theme_migration.ALIASES.items()
                if key == slug.replace("-", " ") or key in aliases
            ),
            slugify(key),
        )
        theme = Theme.objects.sources().filter(slug=slug).first()
        if theme is None:
            seeds = dict(theme_migration.SEED_THEMES)
            order = list(seeds).index(slug) + 1 if slug in seeds else 10
            theme = Theme.objects.create(
                name=seeds.get(slug, key),
                slug=slug,
                sort_order=order * 10,
                locale=Locale.objects.get(language_code=source_language()),
            )
        # Its translations, also where the six came from a migration without them (a host
        # site without `home`, whose migration adds the French and English names).
        for code in ("fr", "en"):
            translated = theme_migration.TRANSLATIONS[code].get(slug) or DEMO_THEMES.get(
                key, {}
            ).get(code)
            locale = Locale.objects.filter(language_code=code).first()
            if locale is not None and translated and locale.pk != theme.locale_id:
                Theme.objects.get_or_create(
                    translation_key=theme.translation_key,
                    locale=locale,
                    defaults={
                        "name": translated,
                        "slug": slug,
                        "sort_order": theme.sort_order,
                        "accepted": theme.accepted,
                    },
                )
        result.append(theme)
    return result
