"""The migrations that move the free tags and the vote's fixed list onto the one theme
vocabulary, on data made by the old code: every tag finds a theme, none is lost."""

import pytest

from tests.migrations import fully_migrated_afterwards, migrate  # noqa: F401 (a fixture)

BEFORE = [
    ("kenniskring", "0008_network_day_public_page"),
    ("kenniskring_forum", "0005_bounded_post_text"),
    ("kenniskring_learning", "0004_impact_notes_on_source_days"),
    ("home", "0012_event_example_past_and_members_day"),
    ("search", "0003_searchdocument_theme_ids"),
]
AFTER = [
    ("kenniskring", "0009_themes"),
    ("kenniskring_forum", "0006_themes_from_the_vocabulary"),
    ("kenniskring_learning", "0005_themes_from_the_vocabulary"),
    ("home", "0013_clip_themes_from_the_vocabulary"),
    ("search", "0004_themes_from_the_vocabulary"),
]


pytestmark = pytest.mark.usefixtures("fully_migrated_afterwards")


def old_data(apps):
    """Tags and votes as the old code stored them: free tags through taggit, the vote's
    value from a fixed list."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("nl", "fr", "en"):
        Locale.objects.get_or_create(language_code=code)
    User = apps.get_model("auth", "User")
    Page = apps.get_model("wagtailcore", "Page")
    Tag = apps.get_model("taggit", "Tag")
    ContentType = apps.get_model("contenttypes", "ContentType")
    user = User.objects.create(username="lid")
    project = apps.get_model("kenniskring", "BuddyProjectPage").objects.first()
    tags = {
        name: Tag.objects.create(name=name, slug=name.replace(" ", "-"))
        for name in ("grenzen", "omgaan met grenzen", "Werving", "matching", "verankering")
    }
    forum = "kenniskring_forum"
    Question = apps.get_model(forum, "Question")
    Experience = apps.get_model(forum, "Experience")
    fields = {"author": user, "project": project, "text": "<p>.</p>"}
    question = Question.objects.create(title="Geld lenen?", **fields)
    other = Question.objects.create(title="Bereikbaarheid?", **fields)
    experience = Experience.objects.create(title="Een etentje", **fields)
    QuestionTag = apps.get_model(forum, "QuestionTag")
    for item, names in ((question, ["grenzen", "Werving"]), (other, ["omgaan met grenzen"])):
        for name in names:
            QuestionTag.objects.create(content_object=item, tag=tags[name])
    apps.get_model(forum, "ExperienceTag").objects.create(
        content_object=experience, tag=tags["matching"]
    )
    LearningQuestion = apps.get_model("kenniskring_learning", "LearningQuestion")
    learning = LearningQuestion.objects.create(project=project, question="Hoe verankeren?")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="kenniskring_learning", model="learningquestion"
    )
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    for name in ("verankering", "matching"):
        TaggedItem.objects.create(content_type=content_type, object_id=learning.pk, tag=tags[name])
    # A clip, tagged through its own table.
    film = Page.objects.get(depth=1)
    clip = apps.get_model("home", "KnowledgeClipPage").objects.create(
        title="Grenzen",
        slug="grenzen",
        path=film.path + "9999",
        depth=2,
        locale=Locale.objects.get(language_code="nl"),
        text="<p>.</p>",
        content_type=ContentType.objects.get_or_create(app_label="home", model="knowledgeclippage")[
            0
        ],
    )
    apps.get_model("home", "ClipTheme").objects.create(content_object=clip, tag=tags["grenzen"])
    # Halfway votes from the fixed list.
    day = apps.get_model("kenniskring", "NetworkDayPage").objects.first()
    ThemeVote = apps.get_model("kenniskring", "ThemeVote")
    for value in ("recruitment", "boundaries", "anchoring", "project_management"):
        ThemeVote.objects.create(day=day, project=project, theme=value)
    return {
        "question": question.pk,
        "other": other.pk,
        "experience": experience.pk,
        "learning": learning.pk,
        "clip": clip.pk,
    }


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_free_tags_and_votes_move_onto_the_vocabulary_and_none_is_lost(tree):
    apps = migrate(BEFORE)
    made = old_data(apps)
    apps = migrate(AFTER)

    Theme = apps.get_model("kenniskring", "Theme")
    nl = apps.get_model("wagtailcore", "Locale").objects.get(language_code="nl")

    def slugs(model, pk):
        return sorted(model.objects.get(pk=pk).themes.values_list("slug", flat=True))

    Question = apps.get_model("kenniskring_forum", "Question")
    # "grenzen" and "omgaan met grenzen" are one theme; "Werving" is recruitment.
    assert slugs(Question, made["question"]) == ["omgaan-met-grenzen", "rekrutering"]
    assert slugs(Question, made["other"]) == ["omgaan-met-grenzen"]
    Experience = apps.get_model("kenniskring_forum", "Experience")
    assert slugs(Experience, made["experience"]) == ["matching"]
    LearningQuestion = apps.get_model("kenniskring_learning", "LearningQuestion")
    assert slugs(LearningQuestion, made["learning"]) == ["duurzame-verankering", "matching"]
    KnowledgeClipPage = apps.get_model("home", "KnowledgeClipPage")
    assert slugs(KnowledgeClipPage, made["clip"]) == ["omgaan-met-grenzen"]
    votes = apps.get_model("kenniskring", "ThemeVote").objects.values_list("theme__slug", flat=True)
    assert sorted(votes) == [
        "duurzame-verankering",
        "omgaan-met-grenzen",
        "projectbeheer",
        "rekrutering",
    ]

    # Everything points at the Dutch rows; the unknown tag became one theme, not accepted.
    assert not Theme.objects.exclude(locale=nl).filter(questions__isnull=False).exists()
    matching = Theme.objects.get(slug="matching")
    assert matching.locale_id == nl.pk and not matching.accepted
    # The six themes of the film, accepted, in Dutch, French and English.
    six = Theme.objects.filter(locale=nl, accepted=True).values_list("slug", flat=True)
    assert sorted(six) == [
        "diversiteit",
        "duurzame-verankering",
        "impact",
        "omgaan-met-grenzen",
        "projectbeheer",
        "rekrutering",
    ]
    french = Theme.objects.get(locale__language_code="fr", slug="omgaan-met-grenzen")
    assert french.name == "gérer les limites"
    assert french.translation_key == Theme.objects.get(locale=nl, slug=french.slug).translation_key
