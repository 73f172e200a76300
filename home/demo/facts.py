"""Facts of the two source texts (../shared/seeds/) that the demo shows exactly as given.

Names are names: the demo (in every language) and tests/home/test_demo_facts.py both read
them from here, so a name is never retyped or paraphrased. See docs/content.md.
"""

import datetime

# S2:1, the study morning on the end day of the learning network.
EVENT_TITLE = "Van buddy tot community: voorstelling van onze film over buddyprojecten"
EVENT_KIND = "Studievoormiddag"
EVENT_DATE = datetime.date(2022, 4, 21)  # S1:28
EVENT_START = datetime.time(8, 30)  # S2:47
EVENT_END = datetime.time(13, 0)  # S2:55

# S2:47-55: (start, end, title) of the programme.
PROGRAMME = [
    (datetime.time(8, 30), datetime.time(9, 0), "Onthaal"),
    (
        datetime.time(9, 0),
        datetime.time(10, 45),
        "Fragmenten van de film ‘Van buddy tot community’",
    ),
    (datetime.time(11, 0), datetime.time(13, 0), "Workshops"),
]
PROGRAMME_FILM_ITEM = PROGRAMME[1][2]

# S2:67, 73, 77 in the form issue 19 fixes (en dash in the first, no "?" or ", etc.").
WORKSHOP_TITLES = [
    "Uitwisseling en verdieping over de relatie professionals–vrijwilligers",
    "Rol van een netwerk in de versterking van gezinnen (ouders, kinderen) in een armoedesituatie",
    "Hoe verschillende projecten op elkaar laten inhaken: buddywerk – lokale gezinscoaches – "
    "zorgzame buurten – 1 gezin 1 plan",
]

# S1:3 and S1:18.
PROJECT_TITLE = "Intervisieprojecten: Persoonlijke netwerkversterking bij mensen in armoede"
STUDY_TITLE = "Persoonlijke netwerkversterking bij mensen in armoede"

FILM_TITLE = "Van buddy tot community"  # S2:25
FILM_DIRECTOR = "Margot Mot"  # S2:27

# S1:55-68. The sources give no job titles: the demo shows none.
CONTACTS = [
    {
        "name": "Joris Van Puyenbroeck",
        "phone": "02/240.68.40",
        "email": "joris.vanpuyenbroeck@odisee.be",
        "location": "Campus Schaarbeek",
    },
    {
        "name": "Kristien Nys",
        "phone": "02/240.68.40",
        "email": "kristien.nys@odisee.be",
        "location": "Campus Schaarbeek",
    },
]

COPYRIGHT = "Kenniscentrum Gezinswetenschappen"  # S1:70

# S1:13-35: the three national moments and the SAW day.
START_DAY = datetime.date(2019, 6, 25)
END_DAY = EVENT_DATE
SAW_DAY = datetime.date(2022, 10, 14)

# S1:33-35: the news item about the SAW day.
NEWS_TITLE = "Buddywerk uitgelegd aan studenten op SAW Dag tegen armoede"
SAW_PLACE = "Campus Schaarbeek"
SAW_PEOPLE = "Kristien Nys en Joris Van Puyenbroeck"
