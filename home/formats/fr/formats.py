# Dates and times as French readers write them: "samedi 1 mars 2030", "9 h 30".
DATE_FORMAT = "l j F Y"
TIME_FORMAT = r"G \h i"
