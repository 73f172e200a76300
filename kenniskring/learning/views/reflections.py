from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from kenniskring import access as base_access
from kenniskring.serving import serve_private_file

from .. import access, conf
from ..forms import AssignmentForm, ReflectionForm, initial_answers
from ..models import (
    Reflection,
    ReflectionAssignment,
    ReflectionAttachment,
)
from . import PER_PAGE, paginate, refused, render


def overview(request):
    """A member's assignments with their project's state; partners see every assignment."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    project = access.own_project(request.user)
    # One page of assignments, newest first; the reflections below are those of this page.
    assignments = paginate(
        request,
        access.assignments_for(request.user).filter(day__live=True).order_by("-due_date", "-pk"),
        PER_PAGE,
    )
    on_page = [assignment.pk for assignment in assignments]
    mine = {}
    if project is not None:
        mine = {
            r.assignment_id: r
            for r in Reflection.objects.filter(project=project, assignment__in=on_page).only(
                "id", "assignment_id", "status", "visibility", "project_id"
            )
        }
    shared = (
        Reflection.objects.filter(status=Reflection.SUBMITTED, assignment__in=on_page)
        .select_related("project")
        .with_assignment()
        .order_by("-submitted_at", "-pk")
    )
    if not base_access.is_partner(request.user):
        shared = shared.filter(visibility="kenniskring")
    rows = [(assignment, mine.get(assignment.pk)) for assignment in assignments]
    return render(
        request,
        "kenniskring_learning/reflection_overview.html",
        {
            "rows": rows,
            "page_obj": assignments,
            "project": project,
            "reflections": shared,
            "is_partner": base_access.is_partner(request.user),
        },
    )


def write(request, assignment_id):
    """The member's form for their own project's reflection: save a draft or submit."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    assignment = get_object_or_404(ReflectionAssignment.objects.with_place(), pk=assignment_id)
    project = access.own_project(request.user)
    if project is None:
        return refused(request, _("Alleen leden van een project schrijven een reflectie."))
    if not access.can_see_assignment(request.user, assignment):
        return refused(request, _("Deze opdracht is voor de projecten van een andere regio."))
    reflection = (
        Reflection.objects.filter(assignment=assignment, project=project)
        .prefetch_related("attachments")
        .first()
    )
    questions = assignment.question_list
    max_mb = conf.get("MAX_ATTACHMENT_MB")
    if request.method == "POST":
        # A submitted reflection is already read by others: a change to it is a new
        # submission, checked as one, never a draft that would be shown half-written.
        wants_submit = request.POST.get("action") == "submit"
        submitted = reflection is not None and reflection.is_submitted
        action = ReflectionForm.SUBMIT if wants_submit or submitted else ReflectionForm.DRAFT
        form = ReflectionForm(
            request.POST, request.FILES, questions=questions, action=action, max_mb=max_mb
        )
        if form.is_valid():
            saved = _save(request, assignment, project, form, action)
            if saved is not None:
                if action == ReflectionForm.SUBMIT:
                    messages.success(request, _("Je reflectie is ingediend. Dank je wel."))
                else:
                    messages.success(request, _("Je concept is bewaard."))
                return redirect("kenniskring_learning:reflection", pk=saved.pk)
            form.add_error(
                None,
                _(
                    "Deze reflectie werd intussen al bewaard, door jou of iemand van je project. "
                    "Je tekst staat hieronder nog; kijk hem na en bewaar opnieuw."
                ),
            )
            form.data = form.data.copy()
            form.data["version"] = _current_version(assignment, project)
    else:
        initial = {"version": reflection.version if reflection else 0}
        if reflection is not None:
            initial.update(initial_answers(questions, reflection.answers))
            initial["visibility"] = reflection.visibility
            initial["not_for_research"] = reflection.not_for_research
        form = ReflectionForm(initial=initial, questions=questions, max_mb=max_mb)
    return render(
        request,
        "kenniskring_learning/reflection_form.html",
        {
            "assignment": assignment,
            "project": project,
            "reflection": reflection,
            "form": form,
        },
    )


def _current_version(assignment, project):
    return (
        Reflection.objects.filter(assignment=assignment, project=project)
        .values_list("version", flat=True)
        .first()
        or 0
    )


def _save(request, assignment, project, form, action):
    """Store a new version; None when someone saved in between (a double or stale submit)."""
    answers = form.answers()
    visibility = form.cleaned_data["visibility"]
    not_for_research = form.cleaned_data["not_for_research"]
    expected = form.cleaned_data["version"]
    try:
        with transaction.atomic():
            reflection = (
                Reflection.objects.select_for_update()
                .filter(assignment=assignment, project=project)
                .first()
            )
            if reflection is None:
                if expected != 0:
                    return None
                reflection = Reflection.objects.create(
                    assignment=assignment, project=project, answers=answers
                )
            elif reflection.version != expected:
                # The same content posted twice (a double click) is simply already done.
                same = (
                    reflection.answers == answers
                    and reflection.visibility == visibility
                    and reflection.not_for_research == not_for_research
                )
                if same and (action == ReflectionForm.DRAFT or reflection.is_submitted):
                    return reflection
                return None
            reflection.answers = answers
            reflection.visibility = visibility
            reflection.not_for_research = not_for_research
            if action == ReflectionForm.SUBMIT:
                reflection.status = Reflection.SUBMITTED
                reflection.submitted_at = reflection.submitted_at or timezone.now()
            reflection.save_as_new_version(request.user)
            for upload, content_type in form.cleaned_data["attachments"]:
                ReflectionAttachment.objects.create(
                    reflection=reflection,
                    file=upload,
                    name=upload.name[:200],
                    content_type=content_type,
                    size=upload.size,
                    uploaded_by=request.user,
                )
    except IntegrityError:
        return None
    return reflection


def _readable(request, pk):
    reflection = get_object_or_404(
        Reflection.objects.select_related("project").with_assignment(), pk=pk
    )
    return reflection, access.can_read_reflection(request.user, reflection)


def detail(request, pk):
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    reflection, allowed = _readable(request, pk)
    if not allowed:
        return refused(request, _("Deze reflectie is niet gedeeld met de hele kenniskring."))
    own = access.is_own(request.user, reflection.project)
    versions = None
    if own:
        versions = reflection.versions.select_related("saved_by")
    elif access.sees_all_of(request.user, reflection.project):
        # Partners follow the submitted versions, not the project's drafts in between.
        versions = reflection.versions.filter(status=Reflection.SUBMITTED).select_related(
            "saved_by"
        )
    return render(
        request,
        "kenniskring_learning/reflection_detail.html",
        {
            "reflection": reflection,
            "versions": versions,
            "can_edit": own,
        },
    )


def attachment(request, pk, attachment_id):
    """An attachment is only ever served here, after the same check as its reflection."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    reflection, allowed = _readable(request, pk)
    if not allowed:
        return refused(request)
    item = get_object_or_404(ReflectionAttachment, pk=attachment_id, reflection=reflection)
    return serve_private_file(request, item.file, item.name, content_type=item.content_type)


def assignment_form(request, pk=None):
    """Partners give and change assignments from the site."""
    if not base_access.can_enter(request.user):
        return base_access.refuse(request)
    if not access.can_manage_assignments(request.user):
        return refused(request, _("Alleen partners geven reflectieopdrachten."))
    instance = get_object_or_404(ReflectionAssignment, pk=pk) if pk else None
    initial = {}
    if instance is None and request.GET.get("dag", "").isdigit():
        initial["day"] = int(request.GET["dag"])
    form = AssignmentForm(request.POST or None, instance=instance, initial=initial)
    if request.method == "POST" and form.is_valid():
        assignment = form.save(commit=False)
        if instance is None:
            assignment.created_by = request.user
        assignment.save()
        messages.success(request, _("De opdracht is bewaard."))
        return redirect("kenniskring_learning:reflections")
    return render(
        request,
        "kenniskring_learning/assignment_form.html",
        {"form": form, "assignment": instance},
    )
