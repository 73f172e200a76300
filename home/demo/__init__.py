"""Demo content: each module builds its part of the demo site, idempotently.

A step is a function ``build(demo)`` that creates what is missing and leaves what exists
(an editor's changes are never overwritten). Steps share objects through ``demo.objects``.
"""

from dataclasses import dataclass, field
from typing import Any


@dataclass
class DemoContext:
    password: str
    stdout: Any
    port: int | None = None
    objects: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)

    def log(self, message):
        self.stdout.write(message)
