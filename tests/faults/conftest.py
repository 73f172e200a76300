"""Real parts that fail: a redis-server of the test's own, started on a free port, then
stopped, killed or paused; the caches and sessions configured as in production."""

import shutil
import signal
import socket
import subprocess
import time

import pytest

from home import cache_backends
from kennisplein_site.settings.base import redis_cache_settings


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, seconds=10):
    """Wait for `condition()` to hold, checking often; fail after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {seconds} s: {condition.__doc__}")
        time.sleep(0.02)


class RedisServer:
    def __init__(self, tmp_path):
        self.port = free_port()
        self.dir = tmp_path
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def answers(self):
        """redis-server answers PING"""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self.answers)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=10)
        self.process = None

    def pause(self):
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process is not None:
        server.resume()
        server.stop()


@pytest.fixture
def production_caches(settings, redis_server):
    """Caches and sessions as production sets them, on the test's own Redis, with the page
    cache on. The fail-open pause is 0 here so that a restarted Redis is used at once."""
    for name, value in redis_cache_settings(redis_server.url, "test").items():
        setattr(settings, name, value)
    for cache in settings.CACHES.values():
        cache["RETRY_AFTER"] = 0
    settings.KENNISPLEIN_PAGE_CACHE_SECONDS = 300
    cache_backends._down_until.clear()
    yield redis_server
    cache_backends._down_until.clear()


class QueuedMail:
    """Mail through the database task queue, as in production, and its worker."""

    def __init__(self, settings):
        self.settings = settings

    def smtp(self, backend):
        self.settings.EMAIL_BACKEND = backend

    def work(self):
        """What `db_worker` does: everything due, then stop."""
        from django.core.management import call_command

        call_command("db_worker", batch=True, startup_delay=False, verbosity=0)

    def later(self):
        """The retry delay has passed: what the worker put off is due now."""
        from django.utils import timezone
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())

    def waiting(self):
        """How many mail tasks wait for the worker."""
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.filter(
            status="READY", task_path="kenniskring.tasks.send_messages"
        ).count()


@pytest.fixture
def queued_mail(settings, transactional_db, django_db_serialized_rollback):
    """The database task queue; `later()` makes the retries due (nothing waits in tests).
    Committed for real: the worker closes its database connection after each task."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.KENNISKRING_MAIL_RETRY_SECONDS = [3600, 3600, 3600]
    return QueuedMail(settings)
