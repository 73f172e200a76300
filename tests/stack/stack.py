# ruff: noqa: S603, S607  (starts nginx, gunicorn, redis-server, psql and manage.py)
"""The production stack on this machine: `make stack` and `make stack-test`.

Debian's nginx (deploy/nginx/kennisplein.conf, rendered here with TLS on a high port and its
own prefix, pid and temp paths) in front of two gunicorn servers and the task worker, on
PostgreSQL (a database of its own, built afresh: migrations, the demo and the volume data at
its smallest scale) and a redis-server of its own, with the production settings. Everything
runs as the current user under one temporary folder; nothing needs root.

    python -m tests.stack.stack     # `make stack`: prints the address, runs until Ctrl-C

Environment: STACK_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/kennisplein_stack),
STACK_SCALE (volume scale, default 0.01), DEMO_PASSWORD (default kennisplein).
"""

import hashlib
import json
import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
TEMPLATE = ROOT / "deploy" / "nginx" / "kennisplein.conf"
FIXTURES = Path(__file__).resolve().parent / "fixtures.py"
DATABASE_URL = os.environ.get(
    "STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennisplein_stack"
)
SCALE = os.environ.get("STACK_SCALE", "0.01")
PASSWORD = os.environ.get("DEMO_PASSWORD", "kennisplein")
ACCEL_PREFIX = "/_private/"
APP_WORKERS = 2
# Debian's programs the stack runs (sbin: nginx is there, and not on every user's PATH).
PROGRAMS = {
    "nginx": shutil.which("nginx") or "/usr/sbin/nginx",
    "redis-server": "redis-server",
    "openssl": "openssl",
    "psql": "psql",
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, what, seconds=90):
    """Poll `condition()` until it holds; fail after `seconds` naming `what`."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"Stack: {what} not ready after {seconds} s")
        time.sleep(0.1)


def render(template, values):
    """The ${KP_*} placeholders filled in, as envsubst does with their names listed."""

    def value(match):
        return values[match.group(1)]

    return re.sub(r"\$\{(KP_[A-Z_]+)\}", value, template)


class Stack:
    def __init__(self, report=print):
        self.report = report
        self.dir = Path(tempfile.mkdtemp(prefix="kennisplein-stack-"))
        self.media = self.dir / "media"
        self.private = self.dir / "private"
        self.logs = self.dir / "logs"
        for folder in (self.media, self.private, self.logs, self.dir / "nginx" / "tmp"):
            folder.mkdir(parents=True)
        self.port = free_port()
        self.http_port = free_port()
        self.redis_port = free_port()
        self.smtp_port = free_port()  # nothing listens: the worker's mail is refused, retried
        self.app_ports = {"a": free_port(), "b": free_port()}
        self.processes = {}
        self.fixtures = {}
        self.certificate = self.dir / "nginx" / "stack.crt"
        self.password = PASSWORD

    # Addresses -----------------------------------------------------------------------------

    @property
    def url(self):
        return f"https://127.0.0.1:{self.port}"

    def app_url(self, name):
        return f"http://127.0.0.1:{self.app_ports[name]}"

    @property
    def env(self):
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "kennisplein_site.settings.production",
            "SECRET_KEY": "stack-only-" + "0" * 50,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": DATABASE_URL,
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "MEDIA_ROOT": str(self.media),
            "PRIVATE_ROOT": str(self.private),
            "PRIVATE_FILES_SERVE": "x-accel",
            "PRIVATE_FILES_ACCEL_PREFIX": ACCEL_PREFIX,
            "TRUSTED_PROXY_COUNT": "1",
            "KENNISPLEIN_RELEASE": "stack",
            "WAGTAILADMIN_BASE_URL": self.url,
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.smtp_port),
            "EMAIL_USE_TLS": "false",
            "DEMO_PASSWORD": PASSWORD,
            "LOG_LEVEL": "ERROR",
        }

    # Building ------------------------------------------------------------------------------

    def manage(self, *args):
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            text=True,
            capture_output=True,
        )
        if result.returncode:
            raise RuntimeError(f"Stack: manage.py {args[0]} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def prepare(self):
        """A fresh database with the demo and the volume data, static files, the test's
        own files and event, and a certificate for 127.0.0.1."""
        missing = [name for name, path in PROGRAMS.items() if not shutil.which(path)]
        if missing:
            raise RuntimeError(
                f"Stack: {', '.join(missing)} missing (apt-get install nginx-light "
                "redis-server openssl postgresql-client)"
            )
        name = DATABASE_URL.rsplit("/", 1)[1]
        server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
        subprocess.run(
            ["psql", server, "-q", "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'],
            check=True,
            capture_output=True,
        )
        subprocess.run(["psql", server, "-qc", f'CREATE DATABASE "{name}"'], check=True)
        self.step("migrate", "migrate", "--noinput", "-v0")
        self.step("demo and volume data", "generate_volume", "--scale", SCALE, "--force")
        self.step("static files", "collectstatic", "--noinput", "-v0")
        code = FIXTURES.read_text()
        out = self.step("stack fixtures", "shell", "--no-imports", "-c", code)
        self.fixtures = json.loads(out.strip().splitlines()[-1])
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
                "-keyout", str(self.certificate.with_suffix(".key")),
                "-out", str(self.certificate),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip

    def step(self, what, *args):
        started = time.monotonic()
        out = self.manage(*args)
        self.report(f"Stack: {what} in {time.monotonic() - started:.1f} s")
        return out

    # Running -------------------------------------------------------------------------------

    def spawn(self, name, command):
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (closed in stop_one)
        self.processes[name] = (
            subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            ),
            log,
        )

    def start(self):
        started = time.monotonic()
        self.spawn(
            "redis",
            [
                PROGRAMS["redis-server"],
                "--port", str(self.redis_port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", str(self.dir),
            ],
        )  # fmt: skip
        wait_until(self.redis_answers, "redis-server")
        for name in self.app_ports:
            self.start_app(name)
        self.spawn("worker", [PYTHON, "manage.py", "db_worker", "--no-reload", "--interval", "0.5"])
        self.write_nginx_config()
        nginx = PROGRAMS["nginx"]
        conf = self.dir / "nginx" / "nginx.conf"
        error_log = self.logs / "nginx-error.log"
        self.spawn(
            "nginx",
            [nginx, "-p", str(self.dir / "nginx"), "-c", str(conf), "-e", str(error_log)],
        )
        wait_until(lambda: self.answers(self.url + "/nl/"), "nginx")
        for name in ("worker", "nginx"):
            if self.processes[name][0].poll() is not None:
                raise RuntimeError(f"Stack: {name} stopped at start:\n{self.log_tail(name)}")
        self.report(f"Stack: started in {time.monotonic() - started:.1f} s at {self.url}/")

    def start_app(self, name):
        self.spawn(
            f"app-{name}",
            [
                str(BIN / "gunicorn"), "kennisplein_site.wsgi",
                "--workers", str(APP_WORKERS), "--worker-class", "sync",
                "--bind", f"127.0.0.1:{self.app_ports[name]}",
                "--timeout", "60", "--log-level", "warning",
            ],
        )  # fmt: skip
        wait_until(
            lambda: self.answers(self.app_url(name) + "/nl/", {"X-Forwarded-Proto": "https"}),
            f"app server {name}",
        )

    def kill(self, name):
        """Kill a process and all it started at once, as a crash would (SIGKILL)."""
        process, log = self.processes.pop(name)
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait(timeout=30)
        log.close()

    def stop_one(self, name):
        process, log = self.processes.pop(name)
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        log.close()

    def stop(self):
        for name in ("nginx", "worker", "app-a", "app-b", "redis"):
            if name in self.processes:
                self.stop_one(name)

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write_nginx_config(self):
        nginx = self.dir / "nginx"
        upstream = " ".join(
            f"server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;"
            for port in self.app_ports.values()
        )
        site = render(
            TEMPLATE.read_text(),
            {
                "KP_SERVER_NAME": "127.0.0.1 localhost",
                "KP_LISTEN": f"127.0.0.1:{self.port} ssl",
                "KP_HTTP_LISTEN": f"127.0.0.1:{self.http_port}",
                "KP_CERTIFICATE": str(self.certificate),
                "KP_CERTIFICATE_KEY": str(self.certificate.with_suffix(".key")),
                "KP_UPSTREAM": upstream,
                "KP_STATIC_ROOT": str(ROOT / "staticfiles"),
                "KP_MEDIA_ROOT": str(self.media),
                "KP_PRIVATE_ROOT": str(self.private),
            },
        )
        (nginx / "kennisplein.conf").write_text(site)
        temp = nginx / "tmp"
        # As root (a CI container), the workers would become `nobody`; keep the current user.
        user = "user root;\n" if os.geteuid() == 0 else ""
        (nginx / "nginx.conf").write_text(
            f"{user}worker_processes 1;\n"
            f"pid {nginx / 'nginx.pid'};\n"
            "daemon off;\n"
            f"error_log {self.logs / 'nginx-error.log'} warn;\n"
            "events { worker_connections 512; }\n"
            "http {\n"
            "    include /etc/nginx/mime.types;\n"
            "    default_type application/octet-stream;\n"
            f"    access_log {self.logs / 'nginx-access.log'};\n"
            f"    client_body_temp_path {temp / 'body'};\n"
            f"    proxy_temp_path {temp / 'proxy'};\n"
            f"    fastcgi_temp_path {temp / 'fastcgi'};\n"
            f"    uwsgi_temp_path {temp / 'uwsgi'};\n"
            f"    scgi_temp_path {temp / 'scgi'};\n"
            f"    include {nginx / 'kennisplein.conf'};\n"
            "}\n"
        )

    # Probes --------------------------------------------------------------------------------

    def redis_answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.redis_port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def ssl_context(self):
        return ssl.create_default_context(cafile=str(self.certificate))

    def answers(self, url, headers=None):
        request = urllib.request.Request(url, headers=headers or {})
        context = self.ssl_context() if url.startswith("https") else None
        try:
            with urllib.request.urlopen(request, timeout=5, context=context) as response:  # noqa: S310
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def log_tail(self, name, lines=40):
        path = self.logs / f"{name}.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def file_digest(self, name):
        return hashlib.sha256((self.private / name).read_bytes()).hexdigest()


def main():
    stack = Stack()
    try:
        stack.prepare()
        stack.start()
        print(
            f"\nKennisplein's stack runs at {stack.url}/ (nginx, self-signed certificate: "
            f"{stack.certificate})\n"
            f"  app servers {stack.app_url('a')} and {stack.app_url('b')}, the task worker, "
            f"redis-server on port {stack.redis_port}\n"
            f"  demo accounts: redacteur, partner, onderzoeker, lid, lid2 (password {PASSWORD})\n"
            f"  logs in {stack.logs}\nCtrl-C stops it.",
            flush=True,
        )
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while all(process.poll() is None for process, _ in stack.processes.values()):
            time.sleep(1)
        stopped = [name for name, (p, _) in stack.processes.items() if p.poll() is not None]
        print(f"Stack: {', '.join(stopped)} stopped; stopping the rest.", flush=True)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        stack.stop()
        stack.remove()


if __name__ == "__main__":
    sys.exit(main())
