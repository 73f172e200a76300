"""The public pages in French and English, made the way wagtail-localize makes a translation
(`copy_for_translation`) and then written out in each language. A translation that exists is
left alone, so an editor's changes are never overwritten.
"""

import re

from django.db import transaction
from wagtail.models import Locale

from home.demo import facts
from home.models import FooterText, Partner

from .public import page_link, stream

LANGUAGES = ("fr", "en")
FIRST_SENTENCE = re.compile(r".+?[.?!](?=\s|$)")

HOME = {
    "fr": {
        "title": "Kennisplein",
        "intro": "<p>Un buddy est un·e bénévole qui se tient aux côtés d'une personne en "
        "situation de pauvreté : quelqu'un avec qui parler, avec qui entreprendre quelque "
        "chose, pour agrandir à nouveau son propre réseau.</p><p>De 2019 à 2022, 28 projets "
        "buddy ont appris les uns des autres au sein d'un réseau apprenant formé de trois "
        "réseaux régionaux, avec le soutien de SAM vzw, d'Odisee et de TAO/De Link. Sur "
        "Kennisplein, vous trouverez ce qu'ils ont découvert ensemble : le film <i>Van buddy "
        "tot community</i>, de courtes capsules par thème et la matinée d'étude. Les projets "
        "poursuivent leur travail dans le cercle de connaissances, réservé à ses membres.</p>",
    },
    "en": {
        "title": "Kennisplein",
        "intro": "<p>A buddy is a volunteer who stands beside someone living in poverty: "
        "someone to talk to, to do things with, to make one's own network a little bigger "
        "again.</p><p>From 2019 to 2022, 28 buddy projects learned from each other "
        "in a learning network of three regional networks, supported by SAM vzw, Odisee "
        "and TAO/De Link. On Kennisplein you will find what they discovered together: the "
        "film <i>Van buddy tot community</i> (From buddy to community), short knowledge clips "
        "on each theme and the study morning. The projects carry on in the closed knowledge "
        "circle.</p>",
    },
}


def about_body(language, contacts, news=None, study=None):
    study_link = page_link(study, f"<i>{facts.STUDY_TITLE}</i>")
    text = {
        "fr": {
            "p0": "<p>Au cœur de ce projet, il y a un réseau apprenant. Trois organisations, "
            "SAM vzw, Odisee et TAO vzw (TAO/De Link), unissent leurs forces, chacune avec "
            "son propre "
            "apport. Ensemble, elles veulent favoriser de plusieurs manières l'apprentissage "
            "autour du modèle de travail de l'« ami personnel », aussi appelé « méthode en "
            "duo » : un·e bénévole qui, comme buddy, se tient aux côtés d'une personne en "
            "situation de pauvreté. Le résultat se voit dans le film <i>Van buddy tot "
            "community</i>.</p>",
            "h1": "Un réseau apprenant",
            "p1": "<p>Un réseau qui veut apprendre avant tout de la pratique a besoin d'un "
            "environnement d'apprentissage sûr. Cela fonctionne en petits groupes, et en "
            "donnant aux organisations la possibilité de venir à deux, en duo. L'expérience "
            "de SAM montre que le mieux est de s'organiser par région : les rencontres sont "
            "alors faciles d'accès, les groupes restent petits et l'accompagnement est actif "
            "et intense.</p><p>C'est pourquoi les 28 projets buddy ont travaillé en trois "
            "réseaux régionaux de neuf à dix projets, qui se sont réunis six fois chacun. S'y "
            "ajoutaient trois moments nationaux pour tous les projets ensemble : une journée "
            "de lancement en 2019, une journée à mi-parcours en 2020 et une journée de "
            "clôture en 2022.</p><p>Pour chacune de ces journées, le groupe de pilotage "
            "examine avec soin si des « tandems » peuvent aussi participer : un buddy avec "
            "une personne en situation de pauvreté.</p>",
            "timeline": "Le déroulement du projet",
            "items": [
                (
                    "Journée de lancement",
                    "<p>La journée part à la recherche des défis prévisibles : au départ, ils "
                    "forment le cœur du contenu du réseau apprenant. La recherche d'Odisee "
                    f"{study_link} montre que travailler avec les réseaux personnels a des "
                    "forces, mais aussi des faiblesses potentielles, des opportunités, des "
                    "menaces et des conditions préalables.</p><p>Les partenaires présentent ce "
                    "que l'on sait déjà grâce à la recherche et aux expériences antérieures, "
                    "ainsi que des facteurs critiques de succès et des modèles qui invitent à "
                    "réfléchir à son propre projet. Avec les participants, ils déterminent les "
                    "défis auxquels leurs projets peuvent s'attendre : des points d'attention "
                    "généraux, des points d'attention propres au modèle de l'« ami "
                    "personnel », et des questions, points de discussion et pièges que les "
                    "participants voient eux-mêmes. Le réseau s'appuie ainsi au maximum sur la "
                    "recherche, les pratiques antérieures et l'expérience des projets.</p>",
                ),
                (
                    "Journées régionales du réseau",
                    "<p>Six fois par région. Les projets peuvent "
                    "proposer d'accueillir les autres : un lieu différent à chaque fois offre "
                    "des occasions d'apprendre en plus. L'ordre du jour suit les questions "
                    "d'apprentissage des projets, et l'on poursuit les exercices donnés lors de "
                    "la journée précédente. Une journée dure une demi-journée ou une journée "
                    "entière et compte idéalement quatre parties : le projet hôte se présente "
                    "sur place, des intervenants extérieurs inspirent, les pratiques font de "
                    "l'intervision (apprendre au niveau de l'action) et l'impact est suivi "
                    "(apprendre au niveau du projet).</p>",
                ),
                (
                    "Journée à mi-parcours",
                    "<p>À mi-parcours vient un apport commun "
                    "supplémentaire. Tous les porteurs de projet se retrouvent en un lieu "
                    "central, échangent et apprennent d'une région à l'autre, et y trouvent "
                    "aussi de l'inspiration. Ils choisissent avec les partenaires les thèmes "
                    "pour lesquels ils souhaitent un soutien supplémentaire.</p>",
                ),
                (
                    "Journée de clôture et matinée d'étude",
                    "<p>Tout est rassemblé et présenté lors "
                    "d'une rencontre finale ouverte aussi à un public plus large : une matinée "
                    "d'étude avec le film <i>Van buddy tot community</i>.</p>",
                ),
                (
                    "Journée du travail social contre la pauvreté",
                    "<p>Au campus de "
                    "Schaerbeek, Kristien Nys et Joris Van Puyenbroeck présentent le projet "
                    "buddy à des étudiants, extraits du film à l'appui.</p>",
                ),
            ],
            "h2": "Ce que chaque partenaire apporte",
            "p2": "<ul><li><b>SAM vzw</b> accompagne les réseaux et leur processus "
            "d'apprentissage.</li><li><b>Odisee</b> relie le réseau à la recherche, propose "
            "des exercices de réflexion et traite le matériel d'apprentissage, de sorte que "
            "chaque projet constitue le portfolio de son parcours. L'analyse de ce matériel "
            "apporte des enseignements aux projets et organisations qui voudront travailler "
            "avec des buddies à l'avenir.</li><li><b>TAO/De Link</b> apporte le point de vue "
            "des personnes en situation de pauvreté.</li></ul>",
            "p3": "<p>Kennisplein (www.kennisplein.be) est l'environnement d'apprentissage en "
            "ligne du réseau. Dans le cercle de connaissances, fermé au public, les projets "
            "partagent leurs expériences, construisent leur portfolio et se posent des "
            "questions sur un forum. Seuls les projets participants et les partenaires y ont "
            "accès.</p>",
            "contact": "Des questions sur le projet ?",
        },
        "en": {
            "p0": "<p>At the heart of this project is a learning network. Three organisations, "
            "SAM vzw, Odisee and TAO vzw (TAO/De Link), join forces, each bringing something "
            "of its own. "
            "Together they want to promote learning, in several ways, about the working model "
            "of the 'personal friend', also called the 'duo method': a volunteer who stands "
            "beside someone living in poverty as a buddy. You can see the result in the film "
            "<i>Van buddy tot community</i>.</p>",
            "h1": "A learning network",
            "p1": "<p>A network that above all wants to learn from practice needs a safe "
            "learning environment. That works in small groups, and by giving organisations the "
            "chance to take part with two people, as a pair. SAM's experience is that this is "
            "best organised by region: the meetings are then easy to reach, the groups stay "
            "small and the guidance is active and intense.</p><p>That is why the 28 buddy "
            "projects worked in three regional networks of nine or ten projects, each meeting "
            "six times. On top of that there were three national moments for all projects "
            "together: a start day in 2019, a halfway day in 2020 and a closing day in "
            "2022.</p><p>For each of these days the steering group carefully weighs whether "
            "'tandems' may take part as well: a buddy together with a person living in "
            "poverty.</p>",
            "timeline": "How the project went",
            "items": [
                (
                    "Start day",
                    "<p>The day looks for predictable challenges: at the start they form the "
                    "core of the learning network's content. The Odisee study "
                    f"{study_link} shows that working with personal networks has strengths, "
                    "but also potential weaknesses, opportunities, threats and "
                    "preconditions.</p><p>The partners present what is already known from "
                    "research and earlier experience, as well as critical success factors and "
                    "models that challenge people to reflect on their own project. Together "
                    "with the participants they decide which challenges their projects can "
                    "expect: general points of attention, points of attention specific to the "
                    "'personal friend' model, and questions, points of discussion and pitfalls "
                    "that the participants see themselves. In this way the network builds as "
                    "closely as possible on research, earlier practice and the projects' own "
                    "experience.</p>",
                ),
                (
                    "Regional network days",
                    "<p>Six times per region. Projects can offer to "
                    "host the others: a different place each time offers extra chances to "
                    "learn. The agenda follows the projects' learning questions, and work "
                    "continues on the assignments given at the previous network day. A network "
                    "day lasts half a day or a whole day and ideally has four parts: the host "
                    "project presents itself on site, outside speakers inspire, practices meet "
                    "for peer review (learning at the level of action) and the impact is "
                    "followed up (learning at the level of the project).</p>",
                ),
                (
                    "Halfway day",
                    "<p>Halfway there is extra common input. All project "
                    "leaders meet in a central place, exchange and learn across the regions, "
                    "and find inspiration there too. They help decide on which themes they want "
                    "extra support.</p>",
                ),
                (
                    "Closing day and study morning",
                    "<p>Everything is brought together and "
                    "presented at a closing meeting that is also open to a wider public: a "
                    "study morning with the film <i>Van buddy tot community</i>.</p>",
                ),
                (
                    "Social work day against poverty",
                    "<p>At the Schaerbeek campus, Kristien "
                    "Nys and Joris Van Puyenbroeck present the buddy project to students, with "
                    "excerpts from the film.</p>",
                ),
            ],
            "h2": "What each partner brings",
            "p2": "<ul><li><b>SAM vzw</b> guides the networks and their learning "
            "process.</li><li><b>Odisee</b> links the network to research, sets reflection "
            "assignments and processes the learning material, so that each project builds a "
            "portfolio of its learning path. Analysing this material will give insights to "
            "projects and organisations that want to work with buddies in the future.</li>"
            "<li><b>TAO/De Link</b> brings the perspective of people living in poverty to the "
            "table.</li></ul>",
            "p3": "<p>Kennisplein (www.kennisplein.be) is the network's online learning "
            "environment. In the closed knowledge circle the projects share experiences, build "
            "their portfolios and ask each other questions in a forum. Only the participating "
            "projects and the partners can enter.</p>",
            "contact": "Questions about the project?",
        },
    }[language]
    dates = [
        (facts.START_DAY.isoformat(), ""),
        (None, "2019–2022"),
        (None, "2020"),
        (facts.END_DAY.isoformat(), ""),
        (facts.SAW_DAY.isoformat(), ""),
    ]
    items = [
        {"date": date, "date_label": label, "title": title, "text": body}
        for (date, label), (title, body) in zip(dates, text["items"], strict=True)
    ]
    if news is not None:
        items[-1]["text"] += f"<p>{page_link(news, news.title)}</p>"
    return stream(
        ("heading", {"text": facts.PROJECT_TITLE, "level": "h2"}),
        ("paragraph", text["p0"]),
        ("heading", {"text": text["h1"], "level": "h2"}),
        ("paragraph", text["p1"]),
        ("timeline", {"heading": text["timeline"], "items": items}),
        ("heading", {"text": text["h2"], "level": "h2"}),
        ("paragraph", text["p2"]),
        ("heading", {"text": "Kennisplein", "level": "h2"}),
        ("paragraph", text["p3"]),
        ("contact_person", {"heading": text["contact"], "person": contacts[0].pk}),
        ("contact_person", {"heading": "", "person": contacts[1].pk}),
    )


ABOUT = {
    "fr": {
        "title": "À propos du projet",
        "slug": "a-propos-du-projet",
        "intro": "Trois organisations et 28 projets buddy ont appris les uns des autres "
        "pendant trois ans : comment renforcer le réseau personnel des personnes en "
        "situation de pauvreté ?",
        "listing_summary": "Le réseau apprenant, ses étapes et l'apport des partenaires.",
    },
    "en": {
        "title": "About the project",
        "slug": "about-the-project",
        "intro": "Three organisations and 28 buddy projects learned from each other for three "
        "years: how do you strengthen the personal network of people living in poverty?",
        "listing_summary": "The learning network, its stages and what the partners bring.",
    },
}


def buddy_body(language, film):
    text = {
        "fr": {
            "p1": "<p>Vivre dans la pauvreté, c'est souvent avoir, en plus des soucis "
            "d'argent, peu de monde autour de soi : l'isolement social. Beaucoup de projets "
            "de buddy veulent y remédier.</p>",
            "h1": "Un·e bénévole qui écoute",
            "p2": "<p>Un buddy est un·e bénévole qui offre une oreille attentive. Le réseau "
            "d'apprentissage appelle cette façon de travailler le modèle « ami personnel » "
            "ou la « méthode du duo ».</p>"
            "<p>Derrière les buddies se tient un·e professionnel·le du social, qui va à la "
            "rencontre des gens, recrute des buddies, gère le projet et travaille à un effet "
            "durable. Ancrer un projet de buddy dans les services ordinaires n'est pas "
            "facile.</p>",
            "cta_title": "Voir le film",
            "cta_text": "Porteurs de projet et buddies racontent eux-mêmes comment fonctionne "
            "le travail de buddy.",
            "cta_button": "Vers Van buddy tot community",
        },
        "en": {
            "p1": "<p>Living in poverty often means, besides money worries, having few "
            "people around you: social isolation. Many buddy projects want to change that.</p>",
            "h1": "A volunteer who listens",
            "p2": "<p>A buddy is a volunteer who offers a listening ear. The learning "
            "network calls this way of working the 'personal friend' model or the 'duo method'.</p>"
            "<p>Behind the buddies stands a social professional, who reaches out to people, "
            "recruits buddies, manages the project and works towards a lasting effect. "
            "Building a buddy project into the regular services is not easy.</p>",
            "cta_title": "Watch the film",
            "cta_text": "Project leaders and buddies tell in their own words how buddy work "
            "is done.",
            "cta_button": "Go to Van buddy tot community",
        },
    }[language]
    return stream(
        ("paragraph", text["p1"]),
        ("heading", {"text": text["h1"], "level": "h2"}),
        ("paragraph", text["p2"]),
        (
            "call_to_action",
            {
                "title": text["cta_title"],
                "text": text["cta_text"],
                "page": film.pk,
                "url": "",
                "button_label": text["cta_button"],
            },
        ),
    )


BUDDY = {
    "fr": {
        "title": "Qu'est-ce que le travail de buddy ?",
        "slug": "qu-est-ce-que-le-travail-de-buddy",
        "intro": "Un buddy est un·e bénévole qui se tient aux côtés d'une personne en "
        "situation de pauvreté.",
        "listing_summary": "Ce qu'est un buddy, et qui se tient derrière les buddies.",
    },
    "en": {
        "title": "What is buddy work?",
        "slug": "what-is-buddy-work",
        "intro": "A buddy is a volunteer who stands beside someone living in poverty.",
        "listing_summary": "What a buddy is, and who stands behind the buddies.",
    },
}

FILM = {
    "fr": {
        "title": "Van buddy tot community",
        "slug": "du-buddy-a-la-communaute",
        "purpose": "<p>Le film est un outil pédagogique pour les professionnels du social "
        "qui envisagent de lancer un projet buddy. Il ne montre pas seulement les buddies, "
        "mais aussi le professionnel qui se tient derrière eux : celui qui va à la rencontre "
        "des gens, recrute des bénévoles, gère le projet et travaille à un effet durable."
        "</p><p>Le film montre ainsi comment le travail de buddy s'inscrit dans un récit plus "
        "large de quartiers solidaires et de collaboration.</p>",
        "listing_summary": "Porteurs de projet et buddies racontent trois années de travail "
        "de buddy.",
    },
    "en": {
        "title": "Van buddy tot community",
        "slug": "from-buddy-to-community",
        "purpose": "<p>The film is teaching material for social professionals who are "
        "thinking of starting a buddy project. It shows not only the buddies but also the "
        "professional behind them: who reaches out to people, recruits volunteers, manages "
        "the project and works towards a lasting effect.</p><p>In this way the film also "
        "shows how buddy work fits into a wider story of caring neighbourhoods and "
        "cooperation.</p>",
        "listing_summary": "Project leaders and buddies talk about three years of buddy work.",
    },
}

# Knowledge clips by their Dutch slug: title, slug, text, discussion questions.
CLIPS = {
    "rekrutering": {
        "fr": (
            "Recrutement",
            "recrutement",
            "Comment trouver des bénévoles qui veulent et peuvent être buddy, et comment "
            "atteindre les personnes pour qui un buddy fait la différence ?",
            [
                "Par quels canaux votre projet a-t-il trouvé ses buddies ? Qui "
                "n'atteignez-vous pas ainsi ?",
                "Comment expliquer ce que fait un buddy sans trop promettre ?",
            ],
        ),
        "en": (
            "Recruitment",
            "recruitment",
            "How do you find volunteers who want to be and can be a buddy, and how do you "
            "reach the people for whom a buddy makes a difference?",
            [
                "Through which channels did your project find its buddies? Whom do you not "
                "reach that way?",
                "How do you explain what a buddy does without promising too much?",
            ],
        ),
    },
    "omgaan-met-grenzen": {
        "fr": (
            "Gérer les limites",
            "gerer-les-limites",
            "Un buddy est un ami, pas un travailleur social. Mais où se trouve la limite, et "
            "que faire quand cela devient difficile ?",
            [
                "Quels accords buddy et participant concluent-ils au début dans votre projet ?",
                "À qui un buddy peut-il s'adresser quand une demande devient trop lourde ?",
            ],
        ),
        "en": (
            "Dealing with boundaries",
            "dealing-with-boundaries",
            "A buddy is a friend, not a social worker. But where is the line, and what do "
            "you do when things get hard?",
            [
                "What do buddy and participant agree on at the start in your project?",
                "Whom can a buddy turn to when a request becomes too heavy?",
            ],
        ),
    },
    "diversiteit": {
        "fr": (
            "Diversité",
            "diversite",
            "Buddies et participants peuvent différer par l'âge, l'origine, la langue et "
            "l'expérience. Comment s'y prendre, et que cela peut-il apporter ?",
            [
                "Vos buddies ressemblent-ils aux personnes que vous voulez atteindre ? "
                "Est-ce nécessaire ?",
                "Quelles différences rendent un duo plus fort ?",
            ],
        ),
        "en": (
            "Diversity",
            "diversity",
            "Buddies and participants may differ in age, background, language and "
            "experience. How do you deal with that, and what can it bring?",
            [
                "Do your buddies resemble the people you want to reach? Do they have to?",
                "Which differences make a pair stronger?",
            ],
        ),
    },
    "projectbeheer": {
        "fr": (
            "Gestion de projet",
            "gestion-de-projet",
            "Derrière un projet buddy se trouve un professionnel du social qui en assure "
            "notamment la gestion administrative. Que demande ce travail, et comment le "
            "garder faisable ?",
            [
                "Combien de temps demande le suivi d'un duo dans votre projet ?",
                "Quel enregistrement est nécessaire, et lequel peut disparaître ?",
            ],
        ),
        "en": (
            "Project management",
            "project-management",
            "Behind a buddy project there is a social professional who, among other "
            "things, runs its administration. What does that work ask, and how do you keep "
            "it manageable?",
            [
                "How much time does following up one pair take in your project?",
                "Which records are needed, and which can go?",
            ],
        ),
    },
    "impact": {
        "fr": (
            "Impact",
            "impact",
            "Qu'est-ce qui change pour quelqu'un qui reçoit un buddy ? Et comment le rendre "
            "visible, même quand il s'agit de petits pas ?",
            [
                "Comment remarquez-vous que le réseau d'un participant s'agrandit ?",
                "Quelles histoires en disent plus que les chiffres ?",
            ],
        ),
        "en": (
            "Impact",
            "impact",
            "What changes for someone who gets a buddy? And how do you make it visible, "
            "even when it comes to small steps?",
            [
                "How do you notice that a participant's network is growing?",
                "Which stories say more than figures?",
            ],
        ),
    },
    "duurzame-verankering": {
        "fr": (
            "Ancrage durable",
            "ancrage-durable",
            "Un projet avec une subvention temporaire : comment faire en sorte que le "
            "travail de buddy continue d'exister et trouve sa place dans le fonctionnement "
            "habituel de l'organisation ?",
            [
                "Que restera-t-il de votre travail de buddy quand la subvention du projet "
                "s'arrêtera ?",
                "Avec quels partenaires du quartier ou de la commune peut-il continuer ?",
            ],
        ),
        "en": (
            "Lasting roots",
            "lasting-roots",
            "A project with a temporary grant: how do you make sure buddy work keeps "
            "existing and finds a place in the everyday work of the organisation?",
            [
                "What will remain of your buddy work when the project grant stops?",
                "With which partners in the neighbourhood or the municipality can it go on?",
            ],
        ),
    },
}

EVENT = {
    "fr": {
        "title": facts.EVENT_TITLE,
        "slug": "matinee-d-etude",
        "audience": "Porteurs de projet et un public plus large",
        "intro": "<p>Le gouvernement flamand a financé 28 projets buddy pendant trois ans. Il "
        "a demandé à Odisee, De Link et SAM de soutenir ces projets par un réseau apprenant "
        "et des intervisions. Lors de cette matinée d'étude, nous présentons avec les "
        "porteurs de projet ce que nous avons appris, et nous montrons le film <i>Van buddy "
        "tot community</i>.</p><p>On demande de plus en plus aux professionnels du social de "
        "renforcer le réseau de personnes en situation de vulnérabilité et d'accorder l'aide "
        "formelle et informelle. À côté de leur travail habituel, ils développent, entre "
        "autres à l'appel des pouvoirs publics, des initiatives de bénévolat : ils lancent "
        "des projets buddy, soutiennent les aidants proches, travaillent à des quartiers "
        "solidaires ou se lancent dans le coaching familial.</p><p>Les structures dans "
        "lesquelles travaillent les professionnels du social changent aussi. Les pouvoirs "
        "publics demandent une plus grande intégration du travail social dans le secteur du "
        "bien-être et de la santé. « Community » et « care » ne sont plus des "
        "opposés.</p><p>Nous en faisons une matinée interactive, en dialogue avec des "
        "porteurs de projet, des participants, le public et les décideurs politiques. Nous "
        "abordons les thèmes à l'aide de capsules, et faisons le lien avec de nouveaux défis "
        "comme les quartiers solidaires et le coaching familial.</p>",
        "questions": "<ul><li>Comment le travail de buddy trouve-t-il sa place parmi les "
        "nouvelles missions du travail social, et comment s'accorder ?</li><li>Qui est au "
        "centre pour une personne en situation de pauvreté, et chacun sait-il encore qui a "
        "quel mandat ?</li><li>Professionnels et experts du vécu peuvent-ils, ensemble, "
        "transformer une aide morcelée en solutions durables ?</li></ul>",
        "listing_summary": "Présentation du film, capsules en dialogue et trois ateliers.",
        "programme": [
            ("Accueil", ""),
            (
                facts.PROGRAMME_FILM_ITEM,
                "<ul><li>Bienvenue : la place du travail de buddy "
                "dans le travail social.</li><li>Capsules sur le recrutement, la gestion des "
                "limites, la diversité, la gestion de projet, l'impact et l'ancrage "
                "durable.</li><li>Pour chaque thème, les partenaires dialoguent avec la "
                "salle.</li></ul>",
            ),
            (
                "Ateliers",
                "<p>Un seul tour : vous suivez l'atelier de votre premier ou de "
                "votre second choix.</p>",
            ),
        ],
        "workshops": [
            (
                facts.WORKSHOP_TITLES[0],
                "<p>Dans une organisation hybride, les bénévoles ne sont pas simplement mis à "
                "contribution : ils sont une part essentielle du fonctionnement, avec une offre "
                "qui complète celle des professionnels. Les intervisions ont aussi abordé les "
                "limites du bénévolat : où les personnes en situation de vulnérabilité, les "
                "bénévoles et les professionnels posent-ils leurs balises ? Comment nomment-ils "
                "et entretiennent-ils ces relations ?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[1],
                "<p>Comment construire autour des parents et des enfants un réseau informel qui "
                "soutient ? Comment avoir ce réseau en vue : ce qui fait sa force, ce qu'il peut "
                "faire et ce qu'il ne peut pas faire ? Et comment éviter une pression trop forte "
                "ou des attentes trop élevées envers ce réseau informel, par exemple de la part "
                "des professionnels ?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[2],
                "<p>Dans une commune, une ville ou une région, plusieurs projets peuvent être "
                "en cours en même temps. Chacun a son angle propre, par exemple à partir d'un "
                "secteur ou d'un domaine, ou d'un public cible particulier. Mais ils partagent "
                "souvent des points, des principes de départ ou de fonctionnement. Collaborer en "
                "est un : comment travailler avec différentes organisations dans un projet et "
                "d'un projet à l'autre ? Où trouver des points d'accroche, et comment garder "
                "cette collaboration et la concertation praticables ?</p>",
            ),
        ],
    },
    "en": {
        "title": facts.EVENT_TITLE,
        "slug": "study-morning",
        "audience": "Project leaders and a wider public",
        "intro": "<p>The Flemish government funded 28 buddy projects for three years. It "
        "asked Odisee, De Link and SAM to support these projects with a learning network and "
        "peer review. On this study morning we present, together with the project leaders, "
        "what we learned, and we show the film <i>Van buddy tot community</i>.</p><p>Social "
        "professionals are more and more often asked to strengthen the networks of people in "
        "vulnerable situations and to align formal and informal help. Alongside their regular "
        "work, and partly in answer to calls from policy makers, they build up volunteer "
        "work: they set up buddy projects, support informal carers, work on caring "
        "neighbourhoods or start family coaching.</p><p>The structures in which social "
        "professionals work are changing too. Policy pushes for more integration of social "
        "work into the welfare and health sector. 'Community' and 'care' are no longer "
        "opposites.</p><p>We make it an interactive morning, in conversation with project "
        "leaders, participants, the public and policy makers. We discuss the themes with the "
        "help of knowledge clips, and link them to new challenges such as caring "
        "neighbourhoods and family coaching.</p>",
        "questions": "<ul><li>How does buddy work find its place among the new tasks of "
        "social work, and how do you coordinate?</li><li>Who is at the centre for someone "
        "in poverty, and does everyone still know who has which mandate?</li><li>Can "
        "professionals and experts by experience together turn fragmented help into "
        "solutions that last?</li></ul>",
        "listing_summary": "The film, knowledge clips in dialogue and three workshops.",
        "programme": [
            ("Welcome", ""),
            (
                facts.PROGRAMME_FILM_ITEM,
                "<ul><li>Welcome: the role of buddy work "
                "in social work.</li><li>Knowledge clips on recruitment, dealing with "
                "boundaries, diversity, project management, impact and lasting roots.</li>"
                "<li>For each theme the partners enter into dialogue with the "
                "audience.</li></ul>",
            ),
            (
                "Workshops",
                "<p>One round: you follow the workshop of your first or second choice.</p>",
            ),
        ],
        "workshops": [
            (
                facts.WORKSHOP_TITLES[0],
                "<p>In a hybrid organisation, volunteers are not simply called in: they are an "
                "essential part of the work, with an offer that complements that of the "
                "professionals. The peer reviews also touched on the limits of volunteering: "
                "where do people in vulnerable situations, volunteers and professionals set "
                "their markers? How do they name and maintain these relationships?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[1],
                "<p>How do you build a supportive informal network around parents and children? "
                "How do you get that network in view: what makes it strong, what it can do and "
                "what it cannot? And how do you avoid too much pressure or too high expectations "
                "of the informal network, for instance from professionals?</p>",
            ),
            (
                facts.WORKSHOP_TITLES[2],
                "<p>In one municipality, city or region, several projects can be running at the "
                "same time. Each has its own angle, for instance from a sector or field, or "
                "from a particular target group. Yet they often share points, starting or "
                "working principles. Working together is one of them: how do you work with "
                "different organisations within a project and across projects? Where do you "
                "find points of contact, and how do you keep that collaboration and "
                "consultation workable?</p>",
            ),
        ],
    },
}


STUDY = {
    "fr": {
        "title": facts.STUDY_TITLE,
        "slug": "recherche-persoonlijke-netwerkversterking",
        "intro": "Une recherche d'Odisee sur le travail avec les réseaux personnels des "
        "personnes en situation de pauvreté. Le réseau apprenant en est parti.",
        "paragraph": "<p>La recherche montre que travailler avec les réseaux personnels a "
        "plusieurs forces, mais aussi des faiblesses potentielles, des opportunités, des "
        "menaces et des conditions préalables.</p><p>Lors de la journée de lancement du "
        "réseau apprenant, le 25 juin 2019, elle a servi de point de départ avec les "
        "expériences antérieures : les participants ont déterminé les défis prévisibles de "
        "leurs projets. Odisee relie aussi son rapport sur le réseau apprenant à des "
        "recherches antérieures.</p>",
        "listing_summary": "La recherche d'Odisee sur laquelle le réseau apprenant s'est appuyé.",
    },
    "en": {
        "title": facts.STUDY_TITLE,
        "slug": "study-persoonlijke-netwerkversterking",
        "intro": "A study by Odisee on working with the personal networks of people living in "
        "poverty. The learning network started from it.",
        "paragraph": "<p>The study shows that working with personal networks has several "
        "strengths, but also potential weaknesses, opportunities, threats and "
        "preconditions.</p><p>At the learning network's start day, 25 June 2019, it was the "
        "starting point together with earlier experience: the participants decided which "
        "predictable challenges their projects could expect. Odisee also links its report on "
        "the learning network to earlier research.</p>",
        "listing_summary": "The Odisee study the learning network built on.",
    },
}

NEWS_INDEX = {
    "fr": {
        "title": "Actualités",
        "slug": "actualites",
        "intro": "Ce que le réseau apprenant et ses partenaires ont fait : activités et "
        "actualités.",
    },
    "en": {
        "title": "News",
        "slug": "news",
        "intro": "What the learning network and its partners did: activities and news.",
    },
}

# The title is a name (S1:33): it stays Dutch, like the event's.
NEWS = {
    "fr": {
        "title": facts.NEWS_TITLE,
        "slug": "buddywerk-uitgelegd-aan-studenten",
        "place": "Campus de Schaerbeek",
        "intro": "Lors de la journée d'action et de réflexion sur la pauvreté du domaine "
        "d'études Travail social (SAW), Kristien Nys et Joris Van Puyenbroeck ont présenté le "
        "projet buddy à des étudiants.",
        "paragraphs": [
            "<p>En amont de la Journée mondiale du refus de la misère, le 17 octobre, le domaine "
            "d'études Travail social (Sociaal-Agogisch Werk, SAW) organise chaque année une "
            "journée d'action et de réflexion sur la pauvreté. En 2022, elle a eu lieu le 14 "
            "octobre, au campus de Schaerbeek. Kristien Nys et Joris Van Puyenbroeck y ont "
            "présenté le projet buddy aux étudiants.</p>",
            "<p>Les personnes en situation de pauvreté ont souvent, en plus des soucis "
            "d'argent, à faire face à l'isolement social. De nombreuses initiatives buddy "
            "essaient d'y remédier en cherchant un·e bénévole qui offre une oreille attentive. "
            "Mais ancrer une telle initiative dans les services ordinaires n'est pas simple : "
            "notre reportage vidéo l'avait déjà montré.</p>",
            "<p>Dans l'atelier, Kristien et Joris ont montré des extraits du film. Des "
            "personnes qui ont l'expérience de la pauvreté et des bénévoles buddy y racontent "
            "ce qu'est le travail de buddy, comment ils gèrent les limites et ce qu'est pour "
            "eux un « duo fort » (« sterk duowerk »). Avec les étudiants, ils ont discuté du "
            "rôle qu'ils peuvent y jouer en tant que futurs professionnels.</p>",
        ],
        "cta": (
            "Le film",
            "Les extraits viennent du film sur trois années de travail de buddy.",
            "Vers Van buddy tot community",
        ),
    },
    "en": {
        "title": facts.NEWS_TITLE,
        "slug": "buddywerk-uitgelegd-aan-studenten",
        "place": "Schaerbeek campus",
        "intro": "At the action and reflection day on poverty of the Social Work study area "
        "(SAW), Kristien Nys and Joris Van Puyenbroeck presented the buddy project to "
        "students.",
        "paragraphs": [
            "<p>In the run-up to the International Day for the Eradication of Poverty on 17 "
            "October, the Social Work study area (Sociaal-Agogisch Werk, SAW) holds an action "
            "and reflection day on poverty every year. In 2022 it took place on 14 October, at "
            "the Schaerbeek campus. Kristien Nys and Joris Van Puyenbroeck presented the buddy "
            "project to the students there.</p>",
            "<p>People living in poverty often face social isolation on top of money worries. "
            "Many buddy schemes try to do something about it by finding a volunteer who "
            "offers a listening ear. But anchoring such a scheme in regular services is no "
            "easy task, as our video report had already shown.</p>",
            "<p>In the workshop, Kristien and Joris showed excerpts from the film, in which "
            "people with experience of poverty and buddy workers tell what buddy work is, how "
            "they deal with boundaries and what a 'strong duo' (\"sterk duowerk\") means to "
            "them. With the students they discussed what their role in it can be as future "
            "professionals.</p>",
        ],
        "cta": (
            "The film",
            "The excerpts come from the film about three years of buddy work.",
            "Go to Van buddy tot community",
        ),
    },
}


def news_body(language, film):
    data = NEWS[language]
    title, text, button = data["cta"]
    return stream(
        *[("paragraph", paragraph) for paragraph in data["paragraphs"]],
        (
            "call_to_action",
            {"title": title, "text": text, "page": film.pk, "url": "", "button_label": button},
        ),
    )


def translate_news(demo, locale, code, film_t):
    """The news listing and its first item; None, None when the demo made no news."""
    index = demo.objects.get("page:news_index")
    news = demo.objects.get("page:news")
    if index is None or news is None:
        return None
    translate_page(index, locale, NEWS_INDEX[code])
    data = NEWS[code]
    news_t, _created = translate_page(
        news,
        locale,
        {key: data[key] for key in ("title", "slug", "place", "intro")}
        | {"body": news_body(code, film_t)},
    )
    return news_t


CAMPUS = {"fr": "Campus de Schaerbeek", "en": "Schaerbeek campus"}
PARTNERS = {
    "SAM vzw": {
        "fr": "SAM accompagne les trois réseaux régionaux. Il alterne l'expertise extérieure, "
        "la réflexion sur son propre projet et l'échange entre les projets.",
        "en": "SAM guides the three regional networks. It alternates outside expertise with "
        "reflection on one's own project and exchange between the projects.",
    },
    "Odisee": {
        "fr": "Odisee relie le réseau à la recherche. Après chaque journée, il pose des "
        "questions ciblées et propose des exercices de réflexion, traite ce que les projets "
        "apprennent et en fait un rapport.",
        "en": "Odisee connects the network with research. After every network day it asks "
        "focused questions and sets reflection assignments, processes what the projects "
        "learn and writes a report about it.",
    },
    "TAO/De Link": {
        "fr": "TAO/De Link participe à de nombreuses journées et apporte le regard des "
        "personnes en situation de pauvreté : comment vivent-elles un projet buddy, et "
        "qu'est-ce qui compte pour elles ?",
        "en": "TAO/De Link takes part in many network days and brings in the view of people "
        "living in poverty: how do they experience a buddy project, and what matters to "
        "them?",
    },
}


FOOTER = {
    "nl": "<p>Kennisplein is de leeromgeving van het lerend netwerk van buddyprojecten, met "
    "SAM vzw, Odisee en TAO/De Link.</p>",
    "fr": "<p>Kennisplein est l'environnement d'apprentissage du réseau apprenant des projets "
    "buddy, avec SAM vzw, Odisee et TAO/De Link.</p>",
    "en": "<p>Kennisplein is the learning environment of the learning network of buddy "
    "projects, with SAM vzw, Odisee and TAO/De Link.</p>",
}


def translate_footer(locale, code):
    source = FooterText.objects.filter(locale=Locale.get_default()).first()
    if source is None:
        source = FooterText.objects.create(locale=Locale.get_default(), text=FOOTER["nl"])
    translate_snippet(source, locale, {"text": FOOTER[code]})


def translate_snippet(instance, locale, fields):
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    translation = instance.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def translate_snippets(demo, locale, code):
    contacts = {}
    for name in ("Joris Van Puyenbroeck", "Kristien Nys"):
        contacts[name] = translate_snippet(
            demo.objects[f"contact:{name}"],
            locale,
            {"location": CAMPUS[code]},
        )
    for partner in Partner.objects.filter(locale=Locale.get_default()):
        if partner.name in PARTNERS:
            translate_snippet(partner, locale, {"contribution": PARTNERS[partner.name][code]})
    translate_footer(locale, code)
    return contacts


def translate_page(page, locale, fields):
    """The page's translation into `locale`: made and written once, then left alone."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation.specific.__class__.objects.get(pk=translation.pk), True


def translate_language(demo, code):
    locale = Locale.objects.get(language_code=code)
    home = demo.objects["home"]
    about = demo.objects["page:about"]
    film = demo.objects["page:film"]
    event = demo.objects["page:event"]
    buddy = home.get_children().filter(slug="wat-is-buddywerk").first()

    people = translate_snippets(demo, locale, code)
    joris, kristien = people["Joris Van Puyenbroeck"], people["Kristien Nys"]
    home_t, home_created = translate_page(home, locale, HOME[code])
    about_t, about_created = translate_page(
        about,
        locale,
        ABOUT[code]
        | {
            "body": about_body(code, [joris, kristien]),
            "contact_person": joris if about.contact_person_id else None,
        },
    )
    film_t, _created = translate_page(
        film, locale, FILM[code] | {"contact_person": kristien if film.contact_person_id else None}
    )
    news_t = translate_news(demo, locale, code, film_t)
    study = demo.objects.get("page:study")
    study_t = None
    if study is not None:
        data = STUDY[code]
        study_t, _created = translate_page(
            study,
            locale,
            {key: data[key] for key in ("title", "slug", "intro", "listing_summary")}
            | {"body": stream(("paragraph", data["paragraph"]))},
        )
    if about_created:
        # The timeline links to the study and the news item, translated only now.
        about_t.body = about_body(code, [joris, kristien], news=news_t, study=study_t)
        about_t.save_revision().publish()
    for clip in film.get_children().specific():
        if clip.slug in CLIPS:
            title, slug, text, questions = CLIPS[clip.slug][code]
            translate_page(
                clip,
                locale,
                {
                    "title": title,
                    "slug": slug,
                    "text": f"<p>{text}</p>",
                    "discussion_questions": "<ul>"
                    + "".join(f"<li>{q}</li>" for q in questions)
                    + "</ul>",
                    "listing_summary": FIRST_SENTENCE.match(text).group(0),
                },
            )
    if buddy is not None:
        translate_page(buddy.specific, locale, BUDDY[code] | {"body": buddy_body(code, film_t)})
    data = EVENT[code]
    event_t, event_created = translate_page(
        event,
        locale,
        {
            key: data[key]
            for key in (
                "title",
                "slug",
                "audience",
                "intro",
                "questions",
                "listing_summary",
            )
        },
    )
    if event_created:
        for item, (title, description) in zip(
            event_t.programme_items.all(), data["programme"], strict=False
        ):
            item.title, item.description = title, description
            item.save()
        for workshop, (title, description) in zip(
            event_t.workshops.all(), data["workshops"], strict=False
        ):
            workshop.title, workshop.description = title, description
            workshop.save()
        event_t.save_revision().publish()
    if home_created and home.featured_film_id:
        home_t = home_t.__class__.objects.get(pk=home_t.pk)  # it has children now
        home_t.featured_film = film_t
        home_t.save_revision().publish()
    if home_created:
        demo.log(f"Translated the public pages into {code}.")


@transaction.atomic
def build(demo):
    for code in LANGUAGES:
        translate_language(demo, code)
