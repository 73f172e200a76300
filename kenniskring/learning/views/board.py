from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, IntegerField, Prefetch, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from kenniskring import access as base_access
from kenniskring.models import BuddyProjectPage, NetworkDayPage, themes_prefetch

from .. import access
from ..forms import AgendaForm, ChallengeForm, CommentForm, ImpactNoteForm, LearningQuestionForm
from ..models import Challenge, ChallengeComment, ImpactNote, LearningQuestion, QuestionSupport
from . import PER_PAGE, paginate, refused, render


def learning_questions(request):
    """All learning questions (they set the agenda, so every member sees them); add your own."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    project = access.own_project(request.user)
    form = None
    if project is not None:
        form = LearningQuestionForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            question = form.save(commit=False)
            question.project = project
            question.created_by = request.user
            question.save()
            form.save_m2m()
            messages.success(request, _("Je leervraag is toegevoegd."))
            return redirect("kenniskring_learning:learning_questions")
    elif request.method == "POST":
        return refused(request, _("Alleen leden van een project stellen leervragen."))
    questions = paginate(
        request,
        LearningQuestion.objects.select_related("project")
        .prefetch_related(themes_prefetch(), Prefetch("days", NetworkDayPage.objects.live()))
        .annotate(support_count=Count("supports"))
        .order_by("-created_at", "-pk"),
        PER_PAGE,
    )
    supported = set()
    if project is not None:
        supported = set(
            QuestionSupport.objects.filter(
                project=project, question__in=[question.pk for question in questions]
            ).values_list("question_id", flat=True)
        )
    return render(
        request,
        "kenniskring_learning/learning_questions.html",
        {
            "questions": questions,
            "page_obj": questions,
            "form": form,
            "project": project,
            "supported": supported,
            "is_partner": base_access.is_partner(request.user),
        },
    )


def support(request, pk):
    """'This is ours too': a project marks (or unmarks) another project's learning question."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    question = get_object_or_404(LearningQuestion, pk=pk)
    project = access.own_project(request.user)
    if project is None or request.method != "POST":
        return refused(request, _("Alleen leden van een project duiden een vraag aan."))
    if question.project_id != project.pk:
        existing = QuestionSupport.objects.filter(question=question, project=project)
        if existing.exists():
            existing.delete()
        else:
            try:
                with transaction.atomic():
                    QuestionSupport.objects.create(question=question, project=project)
            except IntegrityError:
                pass
    return redirect("kenniskring_learning:learning_questions")


def agenda(request, pk):
    """Partners put a learning question on the agenda of network days."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    if not base_access.is_partner(request.user):
        return refused(request, _("Alleen partners zetten leervragen op de agenda."))
    question = get_object_or_404(LearningQuestion.objects.select_related("project"), pk=pk)
    form = AgendaForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("De agenda is bewaard."))
        return redirect("kenniskring_learning:learning_questions")
    return render(
        request, "kenniskring_learning/agenda_form.html", {"form": form, "question": question}
    )


def day_questions(request, day_id):
    """The learning questions a network day takes up."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    day = get_object_or_404(NetworkDayPage.objects.live(), pk=day_id).source_day
    questions = day.agenda_questions.select_related("project").prefetch_related(themes_prefetch())
    return render(
        request,
        "kenniskring_learning/day_questions.html",
        {
            "day": day,
            "questions": questions,
            "assignments": access.assignments_for(request.user).filter(day=day),
        },
    )


def challenges(request):
    """The board of predictable challenges, grouped by category."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    form = ChallengeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        challenge = form.save(commit=False)
        challenge.author = request.user
        challenge.project = access.own_project(request.user)
        challenge.save()
        form.save_m2m()
        messages.success(request, _("De uitdaging staat op het bord."))
        return redirect("kenniskring_learning:challenges")
    categories = Challenge.Category.choices
    # Pages follow the board's order (the categories as listed), not the alphabet.
    board_order = Case(
        *[
            When(category=value, then=Value(place))
            for place, (value, _label) in enumerate(categories)
        ],
        output_field=IntegerField(),
    )
    page = paginate(
        request,
        Challenge.objects.select_related("project")
        .prefetch_related(
            themes_prefetch(),
            Prefetch(
                "comments", queryset=ChallengeComment.objects.select_related("project", "author")
            ),
        )
        .alias(board_order=board_order)
        .order_by("board_order", "created_at", "pk"),
        PER_PAGE,
    )
    groups = {value: [] for value, _label in categories}
    for challenge in page:
        groups[challenge.category].append(challenge)
    # A page shows the categories it holds; the first page also those that are still empty.
    empty = set()
    if page.number == 1:
        filled = set(Challenge.objects.order_by().values_list("category", flat=True).distinct())
        empty = {value for value, _label in categories if value not in filled}
    board = [
        (value, label, groups[value])
        for value, label in categories
        if groups[value] or value in empty
    ]
    return render(
        request,
        "kenniskring_learning/challenges.html",
        {"board": board, "page_obj": page, "form": form, "comment_form": CommentForm()},
    )


def comment(request, pk):
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    challenge = get_object_or_404(Challenge, pk=pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.challenge = challenge
        item.author = request.user
        item.project = access.own_project(request.user)
        item.save()
        messages.success(request, _("Je reactie is geplaatst."))
        return redirect("kenniskring_learning:challenges")
    return render(
        request,
        "kenniskring_learning/comment_form.html",
        {"form": form, "challenge": challenge},
    )


def impact(request, day_id, slug):
    """A project's impact follow-up for a day; partners add observations."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    # Notes belong to the source day, whichever translation's address was used.
    day = get_object_or_404(NetworkDayPage.objects.live(), pk=day_id).source_day
    project = BuddyProjectPage.objects.filter(slug=slug).order_by("pk").first()
    if project is None:
        return refused(request)
    own = access.is_own(request.user, project)
    partner = base_access.is_partner(request.user)
    if not (own or partner):
        return refused(request, _("Alleen het project zelf en de partners zien deze notities."))
    if own:
        note = ImpactNote.objects.filter(day=day, project=project, kind=ImpactNote.PROJECT).first()
        instance = note or ImpactNote(day=day, project=project, kind=ImpactNote.PROJECT)
    else:
        instance = ImpactNote(day=day, project=project, kind=ImpactNote.OBSERVATION)
    form = ImpactNoteForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        note = form.save(commit=False)
        note.author = request.user
        try:
            with transaction.atomic():
                note.save()
        except IntegrityError:
            form.add_error(None, _("Je project schreef intussen al een notitie; kijk ze na."))
        else:
            messages.success(request, _("De notitie is bewaard."))
            return redirect("kenniskring_learning:impact", day_id=day.pk, slug=project.slug)
    notes = ImpactNote.objects.filter(day=day, project=project).select_related("author")
    return render(
        request,
        "kenniskring_learning/impact_form.html",
        {"form": form, "day": day, "project": project, "notes": notes, "own": own},
    )
