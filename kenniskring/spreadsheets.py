"""Cells of an exported spreadsheet that a spreadsheet program cannot run as a formula."""

# What Excel and LibreOffice read as the start of a formula (tab and carriage return too:
# some programs drop them and read on).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value, with a leading apostrophe when typed text would start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
