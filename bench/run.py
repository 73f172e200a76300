# ruff: noqa: S603, S607, S608  (a local benchmark: runs psql, manage.py, gunicorn and wrk)
"""`make bench`: the pages people use, under load, on PostgreSQL with the volume data.

Builds (once) a separate database with the demo and `generate_volume`, collects the static
files, starts gunicorn with sync workers (2 × cores + 1) and the production settings (Redis
cache and sessions), then drives each address with wrk from a second process on 127.0.0.1
at 10 concurrent connections. Writes the table into docs/performance.md and prints it.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/kennisplein_bench),
BENCH_REDIS_URL (default redis://127.0.0.1:6379/5), BENCH_SECONDS per address (default 10),
BENCH_CONNECTIONS (default 10), BENCH_PORT (default 8100), BENCH_REBUILD=1 to start afresh,
BENCH_SCALE for generate_volume (default 1), BENCH_ONLY=word to run only the addresses whose
page or visitor contains it (printed, docs/performance.md left alone).
"""

import datetime
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kennisplein_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
PORT = int(os.environ.get("BENCH_PORT", "8100"))
WORKERS = 2 * (os.cpu_count() or 1) + 1
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "kennisplein_site.settings.production",
    "SECRET_KEY": "bench-only-not-secret",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": REDIS_URL,
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_HSTS_SECONDS": "0",
    "MEDIA_ROOT": str(ROOT / "bench" / "media"),
    "LOG_LEVEL": "ERROR",
}

# Member pages are asked for by the demo partner, who may see every project's material.
PUBLIC = [
    ("home", "/nl/"),
    ("film", "/nl/van-buddy-tot-community/"),
    ("clip", "/nl/van-buddy-tot-community/volume-clip-001/"),
    ("event", "/nl/studievoormiddag/"),  # took place: no form
    ("event with form", "/nl/voorbeeldevenement/"),
    ("project index", "/nl/projecten/"),
    ("project", "/nl/projecten/volume-project-0001/"),
]
MEMBER = [
    ("region", "/nl/kenniskring/volume-001/"),
    ("network day", "/nl/kenniskring/volume-001/dag-001/"),
    ("portfolio", "/nl/kenniskring/portfolio/volume-project-0001/"),
    ("forum list", "/nl/kenniskring/forum/"),
    ("forum thread", None),  # the question with the most answers, found after the build
]
SEARCH = ("search", "/nl/zoeken/?q=buddy")
# Anonymous searches: a word in nearly every document, a rare one, two words (each cached
# after the first request), and a new word each time from a word list (never cached).
SEARCH_ANONYMOUS = [
    ("anonymous, cached, often", "/nl/zoeken/?q=buddy"),
    ("anonymous, cached, rare", "/nl/zoeken/?q=studievoormiddag"),
    ("anonymous, cached, two words", "/nl/zoeken/?q=buddy+grenzen"),
    ("anonymous, uncached (word list)", "/nl/zoeken/?q={word}"),
]
ONLY = os.environ.get("BENCH_ONLY", "")
SCALE = os.environ.get("BENCH_SCALE", "1")
WORDS = ROOT / "bench" / "media" / "words.txt"


def manage(*args, capture=False):
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=ENV,
        check=True,
        text=True,
        capture_output=capture,
    )
    return result.stdout if capture else None


def shell(code):
    return manage("shell", "--no-imports", "-c", code, capture=True).strip().splitlines()[-1]


def prepare():
    name = DATABASE_URL.rsplit("/", 1)[1]
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    if os.environ.get("BENCH_REBUILD") == "1":
        subprocess.run(["psql", server, "-qc", f"DROP DATABASE IF EXISTS {name}"], check=True)
    exists = subprocess.run(
        ["psql", server, "-tAc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {name}"], check=True)
    print(f"Database {name}: migrating …", flush=True)
    manage("migrate", "--noinput", "-v0")
    has_volume = shell("from kenniskring.volume import exists; print(int(exists()))")
    if has_volume != "1":
        started = time.monotonic()
        manage("generate_volume", "--force", "--scale", SCALE)
        print(f"Volume data built in {time.monotonic() - started:.0f} s.", flush=True)
    manage("collectstatic", "--noinput", "-v0")


def session_cookie(username):
    """A logged-in session in the bench's Redis, as the browser would hold it."""
    key = shell(
        "from django.contrib.auth import get_user_model, BACKEND_SESSION_KEY, "
        "HASH_SESSION_KEY, SESSION_KEY\n"
        "from django.contrib.sessions.backends.cache import SessionStore\n"
        f"u = get_user_model().objects.get(username='{username}')\n"
        "s = SessionStore()\n"
        "s[SESSION_KEY] = str(u.pk)\n"
        "s[BACKEND_SESSION_KEY] = 'django.contrib.auth.backends.ModelBackend'\n"
        "s[HASH_SESSION_KEY] = u.get_session_auth_hash()\n"
        "s.save()\n"
        "print(s.session_key)"
    )
    return f"sessionid={key}"


# Words of the public Dutch documents: the uncached searches draw from them.
WORD_SQL = """
SELECT word FROM ts_stat($$
  SELECT to_tsvector('simple', title || ' ' || left(text, 2000)) FROM search_searchdocument
  WHERE audience = 'public' AND restrictions = '' AND language = 'nl'
$$) WHERE length(word) > 3 ORDER BY ndoc DESC LIMIT 20000
"""


def word_list():
    """One URL-encoded word a line, for bench/report.lua to pick from at random."""
    words = subprocess.run(
        ["psql", DATABASE_URL, "-tAc", WORD_SQL], check=True, capture_output=True, text=True
    ).stdout.split()
    WORDS.parent.mkdir(parents=True, exist_ok=True)
    WORDS.write_text("".join(f"{urllib.parse.quote(word)}\n" for word in words))
    return len(words)


def busiest_thread():
    pk = shell(
        "from django.db.models import Count\n"
        "from kenniskring.forum.models import Question\n"
        "print(Question.objects.annotate(n=Count('answers')).order_by('-n', 'pk').first().pk)"
    )
    return f"/nl/kenniskring/forum/vragen/{pk}/"


def static_address():
    manifest = ROOT / "staticfiles" / "staticfiles.json"
    import json

    paths = json.loads(manifest.read_text())["paths"]
    return "/static/" + paths["home/css/site.css"]


def start_server():
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "kennisplein_site.wsgi",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=ENV,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/nl/", timeout=5)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer on port {PORT}")


def load(path, cookie=""):
    url = f"http://127.0.0.1:{PORT}{path}"
    env = {**os.environ, "BENCH_COOKIE": cookie}
    if "{word}" in path:
        url = url.replace("{word}", "")
        env["BENCH_WORDS"] = str(WORDS)
    command = ["wrk", "-t2", f"-c{CONNECTIONS}", "--timeout", "10s", "-s", "bench/report.lua"]
    subprocess.run([*command, "-d2s", url], cwd=ROOT, env=env, capture_output=True, check=True)
    out = subprocess.run(
        [*command, f"-d{SECONDS}s", url],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("BENCH "))
    _, requests, rate, p50, p95, p99, bad = line.split()
    return {
        "requests": int(requests),
        "rate": float(rate),
        "p50": float(p50),
        "p95": float(p95),
        "p99": float(p99),
        "bad": int(bad),
    }


def cases(member_cookie):
    thread = busiest_thread()
    rows = []
    for name, path in PUBLIC:
        rows.append((name, "anonymous (page cache)", path, ""))
        rows.append((name, "anonymous, uncached", path + "?bench=1", ""))
        rows.append((name, "logged in", path, member_cookie))
    for name, path in MEMBER:
        rows.append((name, "member", path or thread, member_cookie))
    rows.append((SEARCH[0], "anonymous", SEARCH[1], ""))
    rows.append((SEARCH[0], "logged in", SEARCH[1], member_cookie))
    rows.extend((SEARCH[0], who, path, "") for who, path in SEARCH_ANONYMOUS)
    lid = session_cookie("lid")
    rows.append((SEARCH[0], "member (lid)", SEARCH[1], lid))
    # Members' searches are kept per visitor key: a new word each time is never kept.
    uncached = "/nl/zoeken/?q={word}"
    rows.append((SEARCH[0], "logged in, uncached (word list)", uncached, member_cookie))
    rows.append((SEARCH[0], "member (lid), uncached (word list)", uncached, lid))
    rows.append(("static file (ceiling)", "anonymous", static_address(), ""))
    return [row for row in rows if ONLY in row[0] or ONLY in row[1]]


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    return f"{os.cpu_count()} cores ({cpu}){memory}, Python {platform.python_version()}"


def table(results):
    lines = [
        "| page | who | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for (name, who, _path, _cookie), r in results:
        lines.append(
            f"| {name} | {who} | {r['rate']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | "
            f"{r['p99']:.1f} | {r['bad']} |"
        )
    return "\n".join(lines)


def write_doc(text):
    doc = DOC.read_text() if DOC.exists() else f"# Performance\n\n{START}\n{END}\n"
    if START not in doc:
        doc += f"\n{START}\n{END}\n"
    before, rest = doc.split(START, 1)
    after = rest.split(END, 1)[1]
    DOC.write_text(f"{before}{START}\n{text}\n{END}{after}")


def main():
    if not shutil.which("wrk"):
        raise SystemExit("make bench needs wrk: apt-get install wrk")
    prepare()
    print(f"{word_list()} words for the uncached searches.", flush=True)
    cookie = session_cookie("partner")
    server = start_server()
    try:
        results = []
        for case in cases(cookie):
            name, who, path, case_cookie = case
            print(f"{name:<22} {who:<24} {path}", flush=True)
            results.append((case, load(path, case_cookie)))
    finally:
        server.terminate()
        server.wait()
    when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = (
        f"Measured {when} by `make bench` on {machine()}.\n"
        f"gunicorn {WORKERS} sync workers, production settings (PostgreSQL "
        f"`{DATABASE_URL.rsplit('/', 1)[1]}`, Redis cache and sessions, whitenoise), "
        f"volume data at scale {SCALE}; wrk, {CONNECTIONS} connections, {SECONDS} s per address "
        f"after 2 s of warm-up, from a second process on 127.0.0.1. Logged in = the demo "
        f"partner.\n\n{table(results)}"
    )
    if not ONLY:
        write_doc(text)
    print()
    print(text)


if __name__ == "__main__":
    main()
