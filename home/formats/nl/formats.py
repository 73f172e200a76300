# Dates and times as Flemish readers write them: "zaterdag 1 maart 2030", "09.30".
DATE_FORMAT = "l j F Y"
TIME_FORMAT = "H.i"
