# Dates and times as British readers write them: "Saturday 1 March 2030", "09:30".
DATE_FORMAT = "l j F Y"
TIME_FORMAT = "H:i"
