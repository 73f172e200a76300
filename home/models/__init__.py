from .events import EventPage, ProgrammeItem, Workshop
from .news import NewsIndexPage, NewsPage
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
    "NewsIndexPage",
    "NewsPage",
    "Partner",
    "ProgrammeItem",
    "Registration",
    "RegistrationAttempt",
    "SiteSettings",
    "Workshop",
]
