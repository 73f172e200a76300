"""The demo's privacy statement: a plain page that says what this site keeps, how long and
why, in the three languages, chosen in the site settings. Only what the site really does;
who is responsible for the processing is for the partners to add (the page says so)."""

from wagtail.models import Locale, Site

from home.models import ContentPage, SiteSettings

from .public import add_page, stream
from .translations import translate_page

TEXT = {
    "nl": {
        "title": "Privacyverklaring",
        "slug": "privacy",
        "intro": "Welke gegevens Kennisplein bewaart, hoe lang en waarom.",
        "sections": [
            (
                "Als je je inschrijft voor de studievoormiddag",
                "We bewaren je naam, e-mailadres, organisatie, rol, je twee workshopkeuzes, je "
                "opmerking en de taal waarin je je inschreef. We gebruiken ze alleen om de "
                "studievoormiddag te organiseren en je over je inschrijving te mailen. Zes "
                "maanden na het evenement wissen we je naam, e-mailadres, organisatie en "
                "opmerking; we tellen dan alleen nog hoeveel mensen per workshop en per rol "
                "kwamen. Met de link in je bevestigingsmail kun je annuleren en je gegevens "
                "meteen laten wissen.",
            ),
            (
                "Als je lid bent van de kenniskring",
                "We bewaren je account (naam, e-mailadres, gebruikersnaam), je project en je "
                "rol, wat je schrijft (reflecties, die van je project zijn, forumvragen, "
                "antwoorden, ervaringen en reacties), de aanmeldingen van je project voor "
                "netwerkdagen, wat je volgt, je keuzes voor e-mails, je agendalink en "
                "mislukte aanmeldpogingen (om het raden van wachtwoorden te stoppen). Alleen "
                "leden en partners zien de kenniskring, elk wat bij zijn project, regio of "
                "rol hoort. Een uitnodiging die niet gebruikt wordt, wissen we als ze "
                "verloopt.",
            ),
            (
                "Onderzoek",
                "Onderzoekers van de partners mogen het leermateriaal exporteren voor "
                "onderzoek. In die export staan nooit namen of e-mailadressen: elke persoon "
                "krijgt een vaste schuilnaam. Een project kan een reflectie markeren als niet "
                "voor onderzoek; die staat dan niet in de export. Elke export van "
                "persoonsgegevens wordt bijgehouden: wie, wanneer, wat en hoeveel rijen.",
            ),
            (
                "Voorbeeldtekst",
                "Dit is de voorbeeldtekst van de demo. De partners vullen aan wie "
                "verantwoordelijk is voor de verwerking en hoe je hen bereikt.",
            ),
        ],
    },
    "fr": {
        "title": "Déclaration de confidentialité",
        "slug": "confidentialite",
        "intro": "Quelles données Kennisplein conserve, combien de temps et pourquoi.",
        "sections": [
            (
                "Si tu t'inscris à la matinée d'étude",
                "Nous conservons ton nom, ton adresse e-mail, ton organisation, ton rôle, tes "
                "deux choix d'atelier, ta remarque et la langue de ton inscription. Nous les "
                "utilisons uniquement pour organiser la matinée d'étude et t'écrire au sujet "
                "de ton inscription. Six mois après l'événement, nous effaçons ton nom, ton "
                "adresse e-mail, ton organisation et ta remarque ; nous ne comptons plus que "
                "le nombre de personnes par atelier et par rôle. Avec le lien de ton e-mail de "
                "confirmation, tu peux annuler et faire effacer tes données tout de suite.",
            ),
            (
                "Si tu es membre du cercle de connaissances",
                "Nous conservons ton compte (nom, adresse e-mail, nom d'utilisateur), ton "
                "projet et ton rôle, ce que tu écris (réflexions, qui appartiennent à ton "
                "projet, questions du forum, réponses, expériences et réactions), les "
                "inscriptions de ton projet aux journées de réseau, ce que tu suis, tes choix "
                "d'e-mails, ton lien d'agenda et les tentatives de connexion échouées (pour "
                "empêcher de deviner les mots de passe). Seuls les membres et les partenaires "
                "voient le cercle, chacun ce qui relève de son projet, de sa région ou de son "
                "rôle. Une invitation non utilisée est effacée quand elle expire.",
            ),
            (
                "Recherche",
                "Les chercheurs des partenaires peuvent exporter le matériel d'apprentissage "
                "pour la recherche. Cet export ne contient jamais de noms ni d'adresses "
                "e-mail : chaque personne reçoit un pseudonyme fixe. Un projet peut marquer "
                "une réflexion comme ne pas pour la recherche ; elle n'est alors pas dans "
                "l'export. Chaque export de données personnelles est enregistré : qui, quand, "
                "quoi et combien de lignes.",
            ),
            (
                "Texte d'exemple",
                "Ceci est le texte d'exemple de la démo. Les partenaires précisent qui est "
                "responsable du traitement et comment les joindre.",
            ),
        ],
    },
    "en": {
        "title": "Privacy statement",
        "slug": "privacy",
        "intro": "Which data Kennisplein keeps, for how long and why.",
        "sections": [
            (
                "If you register for the study morning",
                "We keep your name, e-mail address, organisation, role, your two workshop "
                "choices, your note and the language you registered in. We use them only to "
                "organise the study morning and to e-mail you about your registration. Six "
                "months after the event we erase your name, e-mail address, organisation and "
                "note; we then only count how many people came per workshop and per role. "
                "With the link in your confirmation e-mail you can cancel and have your data "
                "erased at once.",
            ),
            (
                "If you are a member of the knowledge circle",
                "We keep your account (name, e-mail address, username), your project and "
                "role, what you write (reflections, which belong to your project, forum "
                "questions, answers, experiences and comments), your project's sign-ups for "
                "network days, what you follow, your e-mail choices, your calendar link and "
                "failed login attempts (to stop passwords being guessed). Only members and "
                "partners see the knowledge circle, each what belongs to their project, region "
                "or role. An invitation that is never used is erased when it expires.",
            ),
            (
                "Research",
                "The partners' researchers may export the learning material for research. "
                "That export never contains names or e-mail addresses: every person gets a "
                "fixed pseudonym. A project can mark a reflection as not for research; it is "
                "then left out of the export. Every export of personal data is recorded: who, "
                "when, what and how many rows.",
            ),
            (
                "Example text",
                "This is the demo's example text. The partners add who is responsible for "
                "the processing and how to reach them.",
            ),
        ],
    },
}


def body(code):
    blocks = []
    for heading, text in TEXT[code]["sections"]:
        blocks += [("heading", {"text": heading, "level": "h2"}), ("paragraph", f"<p>{text}</p>")]
    return stream(*blocks)


def fields(code):
    text = TEXT[code]
    return {key: text[key] for key in ("title", "slug", "intro")} | {"body": body(code)}


def build(demo):
    home = demo.objects["home"]
    page, created = add_page(home, ContentPage(**fields("nl")))
    for code in ("fr", "en"):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None and home.get_translation_or_none(locale) is not None:
            translate_page(page, locale, fields(code))
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if settings.privacy_page_id is None:
        settings.privacy_page = page
        settings.save()
    if created:
        demo.log("Created the privacy statement.")
