"""Who may see and do what with the learning material; built only on `kenniskring.access`."""

from kenniskring import access
from kenniskring.models import Role


def own_project(user):
    return access.member_project(user)


def is_own(user, project):
    mine = access.member_project(user)
    return mine is not None and project is not None and mine.pk == project.pk


def sees_all_of(user, project):
    """Members of the project and partners see all of a project's learning material."""
    return access.is_partner(user) or is_own(user, project)


def can_read_reflection(user, reflection):
    """The project reads its own drafts; partners read what a project submitted; the whole
    kenniskring reads what a project submitted and shared with it."""
    if not access.can_enter(user):
        return False
    if is_own(user, reflection.project):
        return True
    if access.is_partner(user):
        return reflection.is_submitted
    return reflection.is_shared


def assignments_for(user):
    """The assignments the user sees (with their place): partners every one; a member those
    of their own region and of the national moments; nobody else any."""
    from .models import ReflectionAssignment

    if not access.can_enter(user):
        return ReflectionAssignment.objects.none()
    if access.is_partner(user):
        return ReflectionAssignment.objects.with_place()
    project = own_project(user)
    return ReflectionAssignment.objects.for_region(project.region_id if project else None)


def can_see_assignment(user, assignment):
    """The rule of `assignments_for`, for one assignment."""
    if not access.can_enter(user):
        return False
    if access.is_partner(user):
        return True
    project = own_project(user)
    return assignment.region_id is None or (
        project is not None and assignment.region_id == project.region_id
    )


def can_manage_assignments(user):
    return access.is_partner(user)


def can_export(user):
    """Researchers (Odisee), partners whose profile an editor marked for the research export,
    and editors given the export permission; nobody else."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser or user.has_perm("kenniskring_learning.export_research"):
        return True
    member = getattr(user, "kenniskring_member", None)
    return (
        access.is_partner(user)
        and member is not None
        and (member.role == Role.RESEARCHER or member.research_export)
    )
