"""Reading the stack's PostgreSQL database from the tests."""

import psycopg

from .stack import DATABASE_URL


def rows(stack, query, params=()):
    with psycopg.connect(DATABASE_URL) as connection:
        return connection.execute(query, params).fetchall()
