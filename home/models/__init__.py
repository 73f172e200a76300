from .events import EventPage, ProgrammeItem, Workshop
from .pages import ContentPage, FilmPage, HomePage, KnowledgeClipPage
from .registrations import Registration, RegistrationAttempt
from .snippets import ContactPerson, FooterText, Partner, SiteSettings

__all__ = [
    "ContactPerson",
    "ContentPage",
    "EventPage",
    "FilmPage",
    "FooterText",
    "HomePage",
    "KnowledgeClipPage",
    "Partner",
    "ProgrammeItem",
    "Registration",
    "RegistrationAttempt",
    "SiteSettings",
    "Workshop",
]
