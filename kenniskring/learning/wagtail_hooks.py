from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.permissions import register_permission_policy

from ..access import is_partner
from ..sections import Section
from . import personal_data
from .access import assignments_for, can_export, own_project
from .admin_views import (
    AssignmentIndexView,
    ReflectionEditView,
    ReflectionIndexView,
    ReflectionInspectView,
    ReflectionPermissionPolicy,
)
from .models import Challenge, LearningQuestion, Reflection, ReflectionAssignment

register_permission_policy(Reflection, ReflectionPermissionPolicy(Reflection))


class AssignmentViewSet(ModelViewSet):
    name = "kenniskring_assignments"
    url_prefix = "kenniskring/opdrachten"
    model = ReflectionAssignment
    icon = "tasks"
    index_view_class = AssignmentIndexView
    form_fields = ["day", "title", "intro", "questions", "due_date"]
    list_display = ["title", "region_name", "day", "due_date"]
    menu_label = _("Reflectieopdrachten")


class ReflectionViewSet(ModelViewSet):
    """Partners read submitted reflections here and may change who reads them (see
    admin_views); only the project itself writes them (on the site)."""

    name = "kenniskring_reflections"
    url_prefix = "kenniskring/reflecties"
    model = Reflection
    index_view_class = ReflectionIndexView
    inspect_view_class = ReflectionInspectView
    edit_view_class = ReflectionEditView
    icon = "doc-full"
    form_fields = ["visibility"]
    list_display = ["project", "assignment", "status", "visibility", "updated_at"]
    list_filter = ["status", "visibility"]
    inspect_view_enabled = True
    menu_label = _("Reflecties")


class LearningQuestionViewSet(ModelViewSet):
    name = "kenniskring_learning_questions"
    url_prefix = "kenniskring/leervragen"
    model = LearningQuestion
    icon = "help"
    form_fields = ["project", "question", "explanation", "themes", "days"]
    list_display = ["question", "project", "created_at"]
    menu_label = _("Leervragen")


class ChallengeViewSet(ModelViewSet):
    name = "kenniskring_challenges"
    url_prefix = "kenniskring/uitdagingen"
    model = Challenge
    icon = "warning"
    form_fields = ["category", "scope", "text", "themes", "project", "day"]
    list_display = ["__str__", "category", "scope", "project"]
    list_filter = ["category", "scope"]
    menu_label = _("Uitdagingen")


class LearningViewSetGroup(ModelViewSetGroup):
    items = (AssignmentViewSet, ReflectionViewSet, LearningQuestionViewSet, ChallengeViewSet)
    menu_label = _("Leermateriaal")
    menu_icon = "doc-full-inverse"
    menu_order = 310


@hooks.register("register_admin_viewset")
def register_viewsets():
    return LearningViewSetGroup()


@hooks.register("kenniskring_sections")
def learning_sections(request):
    project = own_project(request.user)
    found = [
        Section(
            _("Reflecties"),
            reverse("kenniskring_learning:reflections"),
            _("De reflectieopdrachten van de netwerkdagen en jullie antwoorden."),
            order=10,
        ),
        Section(
            _("Leervragen"),
            reverse("kenniskring_learning:learning_questions"),
            _("De vragen die de projecten samen willen uitzoeken."),
            order=50,
        ),
        Section(
            _("Voorspelbare uitdagingen"),
            reverse("kenniskring_learning:challenges"),
            _("Sterktes, valkuilen en randvoorwaarden, verzameld sinds de startdag."),
            order=60,
        ),
    ]
    if project is not None:
        found.append(
            Section(
                _("Ons portfolio"),
                reverse("kenniskring_learning:portfolio", args=[project.slug]),
                _("Het leertraject van jullie project, van dag tot dag."),
                order=20,
            )
        )
    if is_partner(request.user):
        found.append(
            Section(
                _("Portfolio's"),
                reverse("kenniskring_learning:portfolio_index"),
                _("Het leertraject van elk project, per regio."),
                order=20,
            )
        )
    if can_export(request.user):
        found.append(
            Section(
                _("Onderzoeksexport"),
                reverse("kenniskring_learning:export"),
                _("Alle reflecties, leervragen, uitdagingen en aanwezigheden downloaden."),
                order=80,
            )
        )
    return found


@hooks.register("kenniskring_day_panels")
def learning_day_panel(request, day):
    # What was given or planned for the source day, in every language (no query more).
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return render_to_string(
        "kenniskring_learning/includes/day_panel.html",
        {
            # A member sees those of their own region and of the national moments.
            "assignments": assignments_for(request.user)
            .filter(day__translation_key=day.translation_key, day__locale__language_code=source)
            .order_by("due_date"),
            "questions": LearningQuestion.objects.filter(
                days__translation_key=day.translation_key, days__locale__language_code=source
            ).select_related("project"),
            "project": own_project(request.user),
            "day": day,
        },
        request=request,
    )


@hooks.register("kenniskring_home_panels")
def learning_home_panels(request, home):
    from .home import member_panels, partner_panels

    if home.project is not None:
        return member_panels(request, home)
    if home.is_partner:
        return partner_panels(request, home)
    return []


@hooks.register("register_log_actions")
def register_export_log_action(actions):
    from .views.export import EXPORT_ACTION

    actions.register_action(
        EXPORT_ACTION,
        _("Onderzoeksexport"),
        _("Leermateriaal gedownload voor onderzoek"),
    )


@hooks.register("kenniskring_theme_sections")
def learning_theme_sections(request, theme):
    """Learning questions and challenges on a theme, for members and partners."""
    from kenniskring import access

    if not access.can_enter(request.user):
        return None
    questions_url = reverse("kenniskring_learning:learning_questions")
    board_url = reverse("kenniskring_learning:challenges")
    items = [
        {"title": question.question, "url": questions_url}
        for question in LearningQuestion.objects.filter(themes=theme).order_by("-created_at")
    ] + [
        {"title": str(challenge), "url": board_url}
        for challenge in Challenge.objects.filter(themes=theme).order_by("created_at", "pk")
    ]
    return {
        "key": "learning",
        "heading": _("Leervragen en uitdagingen"),
        "items": items,
        "order": 40,
    }


@hooks.register("kenniskring_personal_data")
def learning_personal_data(user):
    return personal_data.parts(user)
