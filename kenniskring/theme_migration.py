"""Moving the free tags and the vote's fixed list onto the one theme vocabulary, for the
migrations of the kenniskring, its forum and learning apps, and of a host's own apps.

Every tag finds a theme: a known spelling of one of the six themes from the film, an existing
theme of the same name or address, or else a new theme that is not yet accepted (an editor
accepts, renames or merges it in the admin). No tag is lost.
"""

from django.conf import settings
from django.utils.text import slugify

# The six themes of the film, as the sources name them (slug, Dutch name, order).
SEED_THEMES = [
    ("rekrutering", "rekrutering"),
    ("omgaan-met-grenzen", "omgaan met grenzen"),
    ("diversiteit", "diversiteit"),
    ("projectbeheer", "projectbeheer"),
    ("impact", "impact"),
    ("duurzame-verankering", "duurzame verankering"),
]

# Spellings met in the free tags, and the vote's old values, for each of the six.
ALIASES = {
    "rekrutering": ["rekruteren", "werving", "recruitment", "recrutement"],
    "omgaan-met-grenzen": ["grenzen", "grenzen stellen", "boundaries", "limites"],
    "diversiteit": ["diversity", "diversité"],
    "projectbeheer": [
        "projectmanagement",
        "project management",
        "project_management",
        "gestion de projet",
    ],
    "impact": [],
    "duurzame-verankering": ["verankering", "anchoring", "ancrage durable"],
}

# Names of the six in French and English, for hosts that have those locales.
TRANSLATIONS = {
    "fr": {
        "rekrutering": "recrutement",
        "omgaan-met-grenzen": "gérer les limites",
        "diversiteit": "diversité",
        "projectbeheer": "gestion de projet",
        "impact": "impact",
        "duurzame-verankering": "ancrage durable",
    },
    "en": {
        "rekrutering": "recruitment",
        "omgaan-met-grenzen": "dealing with boundaries",
        "diversiteit": "diversity",
        "projectbeheer": "project management",
        "impact": "impact",
        "duurzame-verankering": "lasting anchoring",
    },
}


def normalise(name):
    return " ".join(str(name).lower().split())


def source_locale(apps):
    from wagtail.coreutils import get_supported_content_language_variant

    Locale = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.get_or_create(language_code=code)[0]


def seed_themes(apps, schema_editor):
    """The six themes of the film, in the site's language, accepted."""
    import uuid

    Theme = apps.get_model("kenniskring", "Theme")
    locale = source_locale(apps)
    for order, (slug, name) in enumerate(SEED_THEMES, 1):
        if not Theme.objects.filter(locale=locale, slug=slug).exists():
            Theme.objects.create(
                locale=locale,
                translation_key=uuid.uuid4(),
                slug=slug,
                name=name,
                sort_order=order * 10,
                accepted=True,
            )


def translate_seed_themes(apps, schema_editor):
    """French and English names of the six, in the locales the site has."""
    Theme = apps.get_model("kenniskring", "Theme")
    Locale = apps.get_model("wagtailcore", "Locale")
    source = source_locale(apps)
    for code, names in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or locale.pk == source.pk:
            continue
        for theme in Theme.objects.filter(locale=source, slug__in=list(names)):
            Theme.objects.get_or_create(
                translation_key=theme.translation_key,
                locale=locale,
                defaults={
                    "name": names[theme.slug],
                    "slug": theme.slug,
                    "sort_order": theme.sort_order,
                    "accepted": theme.accepted,
                },
            )


class ThemeFinder:
    """Finds (or creates, not accepted) the source-language theme for a tag's name."""

    def __init__(self, apps):
        import uuid

        self.uuid = uuid
        self.Theme = apps.get_model("kenniskring", "Theme")
        self.locale = source_locale(apps)
        self.by_name = {}
        for theme in self.Theme.objects.filter(locale=self.locale):
            self.by_name.setdefault(normalise(theme.name), theme)
            self.by_name.setdefault(theme.slug, theme)
        for slug, aliases in ALIASES.items():
            theme = self.by_name.get(slug)
            if theme is not None:
                for alias in aliases:
                    self.by_name.setdefault(normalise(alias), theme)

    def __call__(self, name):
        from .models.themes import unique_slug

        key = normalise(name)
        theme = self.by_name.get(key) or self.by_name.get(slugify(key))
        if theme is None:
            theme = self.Theme.objects.create(
                locale=self.locale,
                translation_key=self.uuid.uuid4(),
                name=" ".join(str(name).split())[:100],
                slug=unique_slug(key, self.locale.pk, model=self.Theme, max_length=90),
                sort_order=1000,
                accepted=False,
            )
            self.by_name[key] = self.by_name[theme.slug] = theme
        return theme


def move_tags(apps, pairs, through, item_field):
    """Give each item the themes of its tags. `pairs` are (item id, tag name); `through` is
    the new many-to-many table, whose item column is `item_field`."""
    find = ThemeFinder(apps)
    rows = {(item_id, find(name).pk) for item_id, name in pairs}
    through.objects.bulk_create(
        [through(**{f"{item_field}_id": item, "theme_id": theme}) for item, theme in rows],
        batch_size=500,
    )
