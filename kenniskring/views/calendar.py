from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.html import strip_tags
from django.utils.translation import gettext
from icalendar import Calendar, Event
from wagtail.models import Locale

from .. import access
from ..models import CalendarToken, NetworkDayPage, RegionPage


def _event(day, request, stamp):
    event = Event()
    event.add("uid", f"netwerkdag-{day.translation_key}@kennisplein")
    title = day.title
    if day.date_is_example:
        title = gettext("%(title)s (voorbeelddatum)") % {"title": title}
    event.add("summary", title)
    event.add("dtstart", day.starts_at())
    event.add("dtend", day.ends_at())
    event.add("dtstamp", stamp)
    location = ", ".join(part for part in [day.venue, " ".join(day.address.split())] if part)
    if location:
        event.add("location", location)
    if day.part_inspiration:
        event.add("description", strip_tags(day.part_inspiration))
    event.add("url", day.get_full_url(request))
    return event


def calendar_response(days, request, filename, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Kennisplein//Kenniskring//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for day in days:
        calendar.add_component(_event(day, request, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    patch_cache_control(response, private=True, no_store=True)
    return response


def day_calendar(request, day):
    """One network day as an .ics download (served through the page, so access applies)."""
    return calendar_response([day], request, f"{day.slug}.ics", day.title)


def days_for(user):
    """A member's region's network days and the national moments; partners get every day."""
    days = NetworkDayPage.objects.live().filter(locale=Locale.get_default())
    if not access.is_partner(user):
        project = access.member_project(user)
        national = days.exclude(moment=NetworkDayPage.REGIONAL)
        if project is None:
            days = national
        else:
            regional = NetworkDayPage.objects.none()
            for region_page in RegionPage.objects.filter(
                region_id=project.region_id, locale=Locale.get_default()
            ):
                regional = regional | days.child_of(region_page)
            days = national | regional
    return days.order_by("date", "start_time")


def feed(request, token):
    """The personal calendar address: 404 for a wrong or revoked token, or a former member."""
    calendar_token = (
        CalendarToken.objects.select_related("user").filter(token=token).first() if token else None
    )
    if calendar_token is None or not access.can_enter(calendar_token.user):
        raise Http404
    return calendar_response(
        days_for(calendar_token.user), request, "kenniskring.ics", "Kenniskring"
    )
