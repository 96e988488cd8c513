"""Load-test the portal under gunicorn and record the numbers (``make bench``).

Run it from anywhere::

    make bench                        # or: .venv/bin/python bench/run.py
    BENCH_DURATION=5 make bench       # shorter wrk runs (seconds, default 10)
    BENCH_CONNECTIONS=16 BENCH_THREADS=4 make bench
    .venv/bin/python bench/run.py --only registrations   # just the registration rush
    .venv/bin/python bench/run.py --only scale           # just the scale scenario

What it does:

1. finds ``wrk`` (as root with apt-get it installs Debian's package; otherwise exit 2);
2. prepares its own database, ``var/bench/db.sqlite3`` (``BENCH_DATABASE_URL`` to use
   another), with ``migrate`` and the idempotent ``load_demo_data`` under the dev
   settings, and runs ``collectstatic`` under the production settings;
3. starts gunicorn (2 workers, ``portal.settings.production``, DEBUG off) on a free port,
   twice: run "cached" with the page cache on (the normal configuration, emptied first)
   and run "uncached" with ``PAGE_CACHE_ENABLED=false``;
4. in each run, requests every scenario once or twice (checking for 200 and, with the
   cache on, for ``X-Page-Cache: hit``), then loads it with wrk (``bench/p95.lua`` prints
   the latency percentiles); any non-2xx/3xx response fails the run;
5. reads the resident memory of each gunicorn worker after each run's load;
6. counts the SQL queries of each page with the cache off (``bench/measure_queries.py``);
7. runs the registration rush on PostgreSQL (below);
8. runs the scale scenario on SQLite and on PostgreSQL (below);
9. writes ``var/bench/latest.json`` and prints a table and the targets on stdout.

The registration rush: 400 distinct members, each logged in with a session of their own,
POST once to ``/registrations/register/<offering>/`` for one event with 100 places and a
waiting list, at the same time (``BENCH_REGISTRATION_CONCURRENCY`` requests in flight,
default 100), through gunicorn (2 workers, production settings, page cache on). It needs
PostgreSQL: it drops and recreates its own database, ``bench_registrations`` on
127.0.0.1:5432 as user postgres (``BENCH_POSTGRES_URL`` to change it; the database's
name must start with ``bench``), migrates it and prepares the event and the members with
``bench/registrations.py``. It reports attempts per second and the latency of one
attempt (queueing included), then checks in the database: exactly 100 confirmed, 300 on
the waiting list, 400 registrations, no member with two, and every response a redirect
to the event page. Without a reachable PostgreSQL it is reported as skipped and the rest
of the bench is unaffected. ``--only registrations`` runs it alone (no wrk needed) and
writes ``var/bench/registrations.json`` instead of ``latest.json``.

The scale scenario: the directory's faceted searches over 100,000 professionals and
20,000 investment opportunities, on SQLite (``var/bench/scale.sqlite3``, deleted and made
again) and on PostgreSQL (``bench_scale`` on 127.0.0.1:5432 as user postgres, dropped and
recreated; ``BENCH_SCALE_POSTGRES_URL`` to change it, its name must start with ``bench``).
Each database is migrated, gets the demo site (``load_demo_data``: the directory page,
sectors, organisations), then the bulk data of ``bench/scale.py generate``
(deterministic; the time of each step is reported). gunicorn (2 workers, production
settings, page cache off, ``SEARCH_BACKEND=database``) serves ``SCALE_QUERIES``: on the
professionals and on the opportunities page, a text query with two filters and a
filter-only query, and the text query on the JSON API. Each query is requested five times
in a row, every answer checked (200, at least one result shown), then two at a time so
that both workers have served it, then loaded with wrk one connection at a time and with
the bench's connections; a query slower than 2 s (or a quarter of ``BENCH_DURATION``) is
not given to wrk, which would complete too few: its five sequential requests are the
measurement. The target: every query's p95 under 100 ms, on each database. Without
PostgreSQL that half is reported as skipped. One more query, shown beside the target but
not held to it, searches the professionals for a different word on each request
(``bench/varied.lua``, 400 words from ``scale.py words``): more words than a worker
remembers (``search.facet_index.MATCHES_KEPT``), so it measures the full-text search
itself rather than a remembered match.
``BENCH_SCALE_REUSE=1`` keeps a database that already holds the generated data (it is
still migrated, so that a new index applies); ``BENCH_SCALE_DATABASES=sqlite`` (or
``postgresql``) measures one database only; ``BENCH_SCALE_PROFESSIONALS`` and
``BENCH_SCALE_OPPORTUNITIES`` shrink the data for a quick try. ``--only scale`` runs it
alone (no other page, no registration rush) and writes ``var/bench/scale.json``.

Progress goes to stderr, gunicorn's own log to ``var/bench/gunicorn-<run>.log``. The exit
status is 0 when the measurement completed, even if a target is missed (a wrong
registration outcome is a missed target); 1 when the harness failed (server did not
start, error responses to the page loads, the registration rush could not be prepared or
run, a scale query failing or finding nothing: the report is still written then); 2 for
a setup problem.

Adding a scenario (later issues): append a ``Scenario`` to ``SCENARIOS``. ``path`` is a
URL path, or a function that receives the running ``Server`` and returns one (see
``find_news_page``). ``cached=True`` marks a page the page cache stores: it is measured
with the cache on and off, its cache hit is verified, its queries are counted and it is
held to the page targets. ``cached=False`` scenarios are measured in the cached run only
(plus the floor, ``/healthz``, which every run measures for its ratios).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import http.client
import json
import math
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "bench"
VAR_BENCH = ROOT / "var" / "bench"
PAGE_CACHE_DIR = ROOT / "var" / "cache" / "pages"
BIN = ROOT / ".venv" / "bin"
PYTHON = BIN / "python"
LUA_SCRIPT = BENCH_DIR / "p95.lua"
VARIED_SCRIPT = BENCH_DIR / "varied.lua"  # a different path each request (scale)
QUERY_SCRIPT = BENCH_DIR / "measure_queries.py"
REGISTRATION_SCRIPT = BENCH_DIR / "registrations.py"
SCALE_SCRIPT = BENCH_DIR / "scale.py"
RESULT_FILE = VAR_BENCH / "latest.json"
REGISTRATION_RESULT_FILE = VAR_BENCH / "registrations.json"
SCALE_RESULT_FILE = VAR_BENCH / "scale.json"

WORKERS = 2
HOST = "127.0.0.1"
STARTUP_TIMEOUT = 30
STOP_TIMEOUT = 10
WARM_REQUESTS = 2 * WORKERS  # so that each worker has probably served the page once

# Targets from the issue.
CACHED_RATIO_MIN = 0.5
UNCACHED_P50_MAX_MS = 15.0
UNCACHED_QUERIES_MAX = 15
WORKER_RSS_MAX_MB = 150.0

# The registration rush (issue: 400 attempts from distinct members for 100 places).
REGISTRATION_MEMBERS = 400
REGISTRATION_CAPACITY = 100
REGISTRATION_CONCURRENCY = 100  # requests in flight at once (BENCH_REGISTRATION_CONCURRENCY)
REGISTRATION_TIMEOUT = 60  # seconds for one attempt
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bench_registrations"

# The scale scenario (issue: 100,000 professionals, 20,000 opportunities, p95 < 100 ms).
SCALE_PROFESSIONALS = 100_000
SCALE_OPPORTUNITIES = 20_000
SCALE_P95_MAX_MS = 100.0
SCALE_DATABASES = ("sqlite", "postgresql")
SCALE_SQLITE_PATH = VAR_BENCH / "scale.sqlite3"
DEFAULT_SCALE_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/bench_scale"
SCALE_GENERATE_TIMEOUT = 3600  # seconds for the data generation of one database
SCALE_WRK_TIMEOUT = 30  # seconds: gunicorn's own worker timeout
SCALE_SLOW_MS = 2000  # a request slower than this is timed by sequential GETs, not wrk


class HarnessError(Exception):
    """The benchmark itself failed (exit 1)."""


class SetupError(Exception):
    """The benchmark cannot start: missing tool or bad configuration (exit 2)."""


def log(message):
    print(f"==> {message}", file=sys.stderr, flush=True)


# --- Scenarios -----------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    name: str
    path: str | Callable[[Server], str]
    cached: bool  # a page the page cache stores (measured with the cache on and off)


@dataclass(frozen=True)
class Run:
    name: str
    page_cache: bool


def find_news_page(server: Server) -> str:
    """The path of one live news page, from the pages API (a DB query as fallback)."""
    url = f"{server.base_url}/api/v2/pages/?type=blog.NewsPage&fields=_,html_url&limit=1"
    status, _headers, body = http_get(url)
    if status == 200:
        items = json.loads(body).get("items", [])
        if items:
            html_url = items[0].get("meta", {}).get("html_url") or items[0].get("html_url")
            if html_url:
                return urlsplit(html_url).path
    log(f"pages API answered {status} without a news page; asking the database")
    code = (
        "from urllib.parse import urlsplit\n"
        "from blog.models import NewsPage\n"
        "page = NewsPage.objects.live().public().order_by('pk').first()\n"
        "print(urlsplit(page.full_url).path if page else '')\n"
    )
    output = run_command(
        [str(PYTHON), "manage.py", "shell", "-c", code], server.env, "find a news page"
    )
    path = output.strip().splitlines()[-1] if output.strip() else ""
    if not path.startswith("/"):
        raise HarnessError("No live news page found in the bench database.")
    return path


FLOOR = "healthz"
SCENARIOS: list[Scenario] = [
    Scenario(FLOOR, "/healthz", cached=False),
    Scenario("home", "/", cached=True),
    Scenario("news_index", "/news/", cached=True),
    Scenario("news_page", find_news_page, cached=True),
]
RUNS = [Run("cached", page_cache=True), Run("uncached", page_cache=False)]


def scenarios_for(run: Run) -> list[Scenario]:
    if run.page_cache:
        return SCENARIOS
    return [s for s in SCENARIOS if s.name == FLOOR or s.cached]


# --- Configuration -------------------------------------------------------------------


@dataclass(frozen=True)
class Config:
    duration: int
    connections: int
    threads: int
    database_url: str
    media_root: str
    redis_url: str
    postgres_url: str
    registration_concurrency: int
    scale_postgres_url: str
    scale_professionals: int
    scale_opportunities: int
    scale_reuse: bool
    scale_databases: tuple
    secret_key: str = field(repr=False)


def env_positive_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value.removesuffix("s"))
    except ValueError:
        raise SetupError(f"{name} must be a whole number, not {value!r}.") from None
    if number < 1:
        raise SetupError(f"{name} must be at least 1, not {number}.")
    return number


def env_postgres_url(name, default):
    """A postgres:// URL naming a database the bench may drop and recreate."""
    url = os.environ.get(name) or default
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise SetupError(f"{name} must be a postgres:// URL, not {url!r}.")
    if not parts.path.lstrip("/").startswith("bench"):
        # The bench drops and recreates this database: never one that other tools use.
        raise SetupError(
            f"{name} must name a database whose name starts with 'bench' "
            f"(it is dropped and recreated), not {parts.path.lstrip('/')!r}."
        )
    return url


def read_config():
    connections = env_positive_int("BENCH_CONNECTIONS", 8)
    threads = env_positive_int("BENCH_THREADS", 2)
    if connections < threads:
        raise SetupError("BENCH_CONNECTIONS must be at least BENCH_THREADS (wrk needs that).")
    postgres_url = env_postgres_url("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    scale_postgres_url = env_postgres_url("BENCH_SCALE_POSTGRES_URL", DEFAULT_SCALE_POSTGRES_URL)
    if urlsplit(scale_postgres_url).path == urlsplit(postgres_url).path:
        raise SetupError("BENCH_SCALE_POSTGRES_URL and BENCH_POSTGRES_URL must differ.")
    scale_databases = tuple(
        os.environ.get("BENCH_SCALE_DATABASES", "").replace(",", " ").split() or SCALE_DATABASES
    )
    if not set(scale_databases) <= set(SCALE_DATABASES):
        raise SetupError(
            f"BENCH_SCALE_DATABASES lists {' '.join(scale_databases)!r}; "
            f"known: {' '.join(SCALE_DATABASES)}."
        )
    return Config(
        duration=env_positive_int("BENCH_DURATION", 10),
        connections=connections,
        threads=threads,
        database_url=os.environ.get("BENCH_DATABASE_URL")
        or f"sqlite:///{VAR_BENCH / 'db.sqlite3'}",
        media_root=os.environ.get("BENCH_MEDIA_ROOT") or str(VAR_BENCH / "media"),
        # Only a REDIS_URL the user set; an empty value also overrides one in .env.
        redis_url=os.environ.get("REDIS_URL", ""),
        postgres_url=postgres_url,
        registration_concurrency=env_positive_int(
            "BENCH_REGISTRATION_CONCURRENCY", REGISTRATION_CONCURRENCY
        ),
        scale_postgres_url=scale_postgres_url,
        scale_professionals=env_positive_int("BENCH_SCALE_PROFESSIONALS", SCALE_PROFESSIONALS),
        scale_opportunities=env_positive_int("BENCH_SCALE_OPPORTUNITIES", SCALE_OPPORTUNITIES),
        scale_reuse=os.environ.get("BENCH_SCALE_REUSE", "").strip().lower() in ("1", "true", "yes"),
        scale_databases=scale_databases,
        secret_key=secrets.token_urlsafe(50),
    )


def common_env(config):
    env = dict(os.environ)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        DATABASE_URL=config.database_url,
        MEDIA_ROOT=config.media_root,
        REDIS_URL=config.redis_url,
        PYTHONUNBUFFERED="1",
    )
    return env


def dev_env(config):
    return {**common_env(config), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}


def production_env(config, page_cache=True):
    return {
        **common_env(config),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": config.secret_key,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "PAGE_CACHE_ENABLED": "true" if page_cache else "false",
    }


# --- Helpers -------------------------------------------------------------------------


def run_command(cmd, env, what, timeout=600):
    """Run a command in the project directory; return its stdout or raise HarnessError."""
    try:
        result = subprocess.run(
            cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise HarnessError(f"{what}: timed out after {timeout} s") from None
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-30:])
        raise HarnessError(f"{what} failed (exit {result.returncode}):\n{tail}")
    return result.stdout


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # a redirect is reported as its own status, not followed


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def http_get(url, timeout=10):
    """GET without proxies or redirects: (status, headers, body)."""
    try:
        with _OPENER.open(url, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def git_commit():
    if not shutil.which("git"):
        return None
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


# --- Steps ---------------------------------------------------------------------------


def ensure_wrk():
    wrk = shutil.which("wrk")
    if wrk:
        return wrk
    apt_get = shutil.which("apt-get")
    if os.geteuid() != 0 or not apt_get:
        raise SetupError(
            "wrk is not installed. Install Debian's package as root: apt-get install -y wrk"
        )
    log("wrk not found: installing it with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt_get, "install", "-y", "--no-install-recommends", "wrk"]
    if subprocess.run(install, env=env, check=False).returncode != 0:
        subprocess.run([apt_get, "update"], env=env, check=False)
        if subprocess.run(install, env=env, check=False).returncode != 0:
            raise SetupError("apt-get could not install wrk; install it by hand.")
    wrk = shutil.which("wrk")
    if not wrk:
        raise SetupError("wrk is still not on PATH after apt-get install.")
    return wrk


def prepare_database(config):
    VAR_BENCH.mkdir(parents=True, exist_ok=True)
    manage = [str(PYTHON), "manage.py"]
    log(f"migrating the bench database ({urlsplit(config.database_url).scheme})")
    run_command([*manage, "migrate", "--noinput"], dev_env(config), "migrate")
    log("loading the demo data (idempotent)")
    run_command([*manage, "load_demo_data"], dev_env(config), "load_demo_data")
    collect_static(config)


def collect_static(config):
    VAR_BENCH.mkdir(parents=True, exist_ok=True)
    manage = [str(PYTHON), "manage.py"]
    log("collecting static files (production settings)")
    run_command([*manage, "collectstatic", "--noinput"], production_env(config), "collectstatic")


def empty_page_cache(config):
    shutil.rmtree(PAGE_CACHE_DIR, ignore_errors=True)
    if config.redis_url:
        code = "from portal.cache import purge_page_cache; purge_page_cache()"
        run_command(
            [str(PYTHON), "manage.py", "shell", "-c", code],
            production_env(config),
            "purge the page cache in Redis",
        )


class Server:
    """gunicorn in its own process group; use as a context manager so it always stops."""

    def __init__(self, run: Run, config: Config, extra_env=None):
        self.run = run
        self.env = {**production_env(config, page_cache=run.page_cache), **(extra_env or {})}
        self.port = free_port()
        self.base_url = f"http://{HOST}:{self.port}"
        self.log_path = VAR_BENCH / f"gunicorn-{run.name}.log"
        self.process = None
        self._log_file = None

    def __enter__(self):
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self):
        cmd = [
            str(BIN / "gunicorn"),
            "portal.wsgi:application",
            "--workers",
            str(WORKERS),
            "--bind",
            f"{HOST}:{self.port}",
            "--no-control-socket",
            "--graceful-timeout",
            "5",
        ]
        log(f"starting gunicorn ({self.run.name} run) on {self.base_url}")
        self._log_file = self.log_path.open("w")
        self.process = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # own process group: Ctrl-C does not reach it directly
        )
        self.wait_until_ready()

    def wait_until_ready(self):
        deadline = time.monotonic() + STARTUP_TIMEOUT
        last_problem = "no answer"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise HarnessError(
                    f"gunicorn exited with status {self.process.returncode} while starting."
                    f"\n{self.log_tail()}"
                )
            try:
                status, _headers, _body = http_get(f"{self.base_url}/healthz", timeout=2)
            except OSError as error:
                last_problem = str(error)
            else:
                if status == 200:
                    return
                last_problem = f"HTTP {status}"
            time.sleep(0.2)
        raise HarnessError(
            f"gunicorn did not answer /healthz with 200 within {STARTUP_TIMEOUT} s "
            f"({last_problem}).\n{self.log_tail()}"
        )

    def stop(self):
        if self.process is None:
            return
        if self.process.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                self.process.wait()
        # Workers left behind by a killed master share its process group.
        self._signal(signal.SIGKILL)
        if self._log_file:
            self._log_file.close()
        self.process = None

    def _signal(self, signum):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signum)

    def log_tail(self, lines=40):
        if self._log_file:
            self._log_file.flush()
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return ""
        tail = "\n".join(text.splitlines()[-lines:])
        return f"--- last lines of {self.log_path} ---\n{tail}"

    def worker_pids(self):
        master = self.process.pid
        pids = []
        for children in Path(f"/proc/{master}/task").glob("*/children"):
            pids += [int(pid) for pid in children.read_text().split()]
        if pids:
            return sorted(set(pids))
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == master:
                pids.append(int(stat.parent.name))
        return sorted(pids)

    def worker_rss_mb(self):
        sizes = []
        for pid in self.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            match = re.search(r"^VmRSS:\s+(\d+)\s+kB", status, re.MULTILINE)
            if match:
                sizes.append(round(int(match.group(1)) / 1024, 1))
        if not sizes:
            raise HarnessError("Could not read the resident memory of the gunicorn workers.")
        return sizes


def warm(server, scenario, path, timeout=10):
    """Request a URL until each worker has likely served it; report cache headers."""
    url = server.base_url + path
    cache_headers = []
    for _ in range(WARM_REQUESTS):
        status, headers, body = http_get(url, timeout=timeout)
        if status != 200:
            snippet = body[:300].decode("utf-8", "replace")
            raise HarnessError(
                f"{scenario.name}: GET {path} answered {status} in the {server.run.name} run, "
                f"not 200.\n{snippet}\n{server.log_tail()}"
            )
        cache_headers.append(headers.get("X-Page-Cache"))
    return cache_headers


WRK_RESULT = re.compile(r"^BENCH_RESULT (\{.*\})$", re.MULTILINE)
WRK_RPS = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
WRK_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_SOCKET_ERRORS = re.compile(r"Socket errors:.*")


def run_wrk(wrk, config, server, scenario, path, connections=None, timeout=None, paths=None):
    """Load one URL. ``connections=1`` measures one request at a time: the render time.
    ``timeout`` (seconds) replaces wrk's 2 s, after which a request counts as an error.
    ``paths`` (a file of one path per line) makes each request take the next of them."""
    threads = 1 if connections == 1 else config.threads
    cmd = [
        wrk,
        f"-t{threads}",
        f"-c{connections or config.connections}",
        f"-d{config.duration}s",
        *([f"--timeout={timeout}s"] if timeout else []),
        "--latency",
        "-s",
        str(VARIED_SCRIPT if paths else LUA_SCRIPT),
        server.base_url + path,
        *(["--", str(paths)] if paths else []),
    ]
    log(
        f"wrk {scenario.name} {path} ({server.run.name} run, "
        f"{connections or config.connections} connections, {config.duration} s)"
    )
    try:
        result = subprocess.run(
            cmd, capture_output=True, text=True, timeout=config.duration + 60, check=False
        )
    except subprocess.TimeoutExpired:
        raise HarnessError(f"wrk did not finish for {path}.") from None
    output = result.stdout
    if result.returncode != 0:
        raise HarnessError(f"wrk failed for {path} (exit {result.returncode}):\n{result.stderr}")
    summary_match, rps_match = WRK_RESULT.search(output), WRK_RPS.search(output)
    if not summary_match or not rps_match:
        raise HarnessError(f"Could not parse wrk's output for {path}:\n{output}")
    summary = json.loads(summary_match.group(1))
    non_2xx = WRK_NON_2XX.search(output)
    bad = max(int(non_2xx.group(1)) if non_2xx else 0, summary["status_errors"])
    if bad:
        raise HarnessError(
            f"{scenario.name}: {bad} of {summary['requests']} responses to GET {path} were "
            f"errors (non-2xx/3xx) in the {server.run.name} run; the numbers are worthless."
            f"\n{server.log_tail()}"
        )
    if summary["requests"] == 0:
        raise HarnessError(f"wrk completed no request for {path}.")
    socket_errors = {
        key: summary[key] for key in ("connect_errors", "read_errors", "write_errors", "timeouts")
    }
    if any(socket_errors.values()):
        log(f"warning: {WRK_SOCKET_ERRORS.search(output).group(0)}")
    return {
        "rps": round(float(rps_match.group(1)), 1),
        "p50_ms": round(summary["p50_us"] / 1000, 2),
        "p95_ms": round(summary["p95_us"] / 1000, 2),
        "p99_ms": round(summary["p99_us"] / 1000, 2),
        "requests": summary["requests"],
        "socket_errors": socket_errors,
    }


def benchmark_run(wrk, config, run, paths):
    """One gunicorn start: warm and load every scenario of the run; read worker memory."""
    if run.page_cache:
        empty_page_cache(config)
    results = {}
    with Server(run, config) as server:
        for scenario in scenarios_for(run):
            if scenario.name not in paths:
                path = scenario.path if isinstance(scenario.path, str) else scenario.path(server)
                paths[scenario.name] = path
            path = paths[scenario.name]
            headers = warm(server, scenario, path)
            result = {}
            if scenario.cached and run.page_cache:
                result["cache_headers"] = headers[:2]
                result["cache_hit"] = headers[1] == "hit"
                if not result["cache_hit"]:
                    log(f"warning: second GET {path} was not a page cache hit: {headers[:2]}")
            elif scenario.cached:
                result["cache_off_verified"] = not any(headers)
                if any(headers):
                    log(f"warning: GET {path} carried X-Page-Cache with the cache off")
            result.update(run_wrk(wrk, config, server, scenario, path))
            if scenario.cached and not run.page_cache:
                # With 8 connections on 2 workers a request mostly waits in the queue; the
                # render-time target is measured one request at a time.
                single = run_wrk(wrk, config, server, scenario, path, connections=1)
                result["render_p50_ms"] = single["p50_ms"]
                result["render_p95_ms"] = single["p95_ms"]
            results[scenario.name] = result
        rss = server.worker_rss_mb()
    floor_rps = results[FLOOR]["rps"]
    for result in results.values():
        result["ratio_of_floor"] = round(result["rps"] / floor_rps, 3) if floor_rps else None
    return results, rss


def count_queries(config, paths):
    log("counting queries per page (page cache off)")
    output = run_command(
        [str(PYTHON), str(QUERY_SCRIPT), *paths],
        production_env(config, page_cache=False),
        "query count",
    )
    counts = json.loads(output.strip().splitlines()[-1])
    for path, result in counts.items():
        if result["status"] != 200:
            raise HarnessError(f"Query count: GET {path} answered {result['status']}, not 200.")
    return counts


# --- Registration rush (PostgreSQL) --------------------------------------------------


class NoPostgres(Exception):
    """PostgreSQL cannot be reached: what needs it is skipped, not failed."""


def recreate_postgres_database(url):
    """Drop and create one of the bench's own PostgreSQL databases (raise NoPostgres if no
    server answers)."""
    try:
        import psycopg
        from psycopg import sql
    except ImportError:
        raise NoPostgres("psycopg is not installed") from None
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance_url = urlunsplit(parts._replace(path="/postgres", query="", fragment=""))
    where = f"{parts.hostname or 'localhost'}:{parts.port or 5432}"
    try:
        connection = psycopg.connect(maintenance_url, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        first_line = (str(error).strip().splitlines() or ["no answer"])[0]
        raise NoPostgres(f"no PostgreSQL at {where} ({first_line})") from None
    log(f"recreating the PostgreSQL database {name} on {where}")
    try:
        with connection:
            drop = sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name))
            if connection.info.server_version >= 130000:
                drop += sql.SQL(" WITH (FORCE)")  # a leftover connection must not block it
            connection.execute(drop)
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        raise HarnessError(f"Could not recreate the database {name} on {where}: {error}") from None


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(round(len(sorted_values) * fraction, 6)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def post_registration(server, setup, login, start):
    """One member's attempt: (status or error name, Location path, seconds)."""
    body = urlencode({"csrfmiddlewaretoken": login["csrf"]}).encode()
    headers = {
        # Set by hand: the production cookies are Secure-only, and this is plain HTTP.
        "Cookie": f"{setup['session_cookie']}={login['session']}; "
        f"{setup['csrf_cookie']}={login['csrf']}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    start.wait()
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, server.port, timeout=REGISTRATION_TIMEOUT)
    try:
        connection.request("POST", setup["register_path"], body, headers)
        response = connection.getresponse()
        response.read()
        status, location = response.status, response.getheader("Location") or ""
    except (OSError, http.client.HTTPException) as error:
        status, location = type(error).__name__, ""
    finally:
        connection.close()
    return status, urlsplit(location).path, time.perf_counter() - started


def rush(server, setup, concurrency):
    """Every member POSTs once, ``concurrency`` at a time, all released together."""
    logins = setup["logins"]
    start = threading.Event()
    log(
        f"registration rush: {len(logins)} members, {setup['capacity']} places, "
        f"{concurrency} requests in flight"
    )
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = [pool.submit(post_registration, server, setup, login, start) for login in logins]
        time.sleep(0.2)  # let the first threads reach the start line
        began = time.perf_counter()
        start.set()
        results = [future.result() for future in futures]
        wall = time.perf_counter() - began
    statuses = {}
    errors = 0
    for status, location, _seconds in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        # A success is a redirect to the event; one to the login page is a failure too.
        if status != 302 or location != setup["event_path"]:
            errors += 1
    latencies = sorted(seconds * 1000 for _status, _location, seconds in results)
    return {
        "attempts": len(results),
        "concurrency": concurrency,
        "wall_s": round(wall, 3),
        "attempts_per_s": round(len(results) / wall, 1) if wall else None,
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(latencies[-1], 2),
        "responses": dict(sorted(statuses.items())),
        "errors": errors,
    }


def registration_rush(config):
    """The registration rush on PostgreSQL: its result, with ``status`` measured or skipped."""
    base = {
        "database": "postgresql",
        "members": REGISTRATION_MEMBERS,
        "capacity": REGISTRATION_CAPACITY,
        "concurrency": config.registration_concurrency,
    }
    try:
        recreate_postgres_database(config.postgres_url)
    except NoPostgres as reason:
        log(f"registration rush skipped: {reason}")
        return {**base, "status": "skipped", "reason": str(reason)}
    pg_config = dataclasses.replace(config, database_url=config.postgres_url)
    helper = [str(PYTHON), str(REGISTRATION_SCRIPT)]
    log("migrating the PostgreSQL bench database")
    run_command([str(PYTHON), "manage.py", "migrate", "--noinput"], dev_env(pg_config), "migrate")
    log(f"publishing an event with {REGISTRATION_CAPACITY} places, {REGISTRATION_MEMBERS} members")
    output = run_command(
        [
            *helper,
            "setup",
            "--members",
            str(REGISTRATION_MEMBERS),
            "--capacity",
            str(REGISTRATION_CAPACITY),
        ],
        production_env(pg_config),  # the same SECRET_KEY as gunicorn: it signs the sessions
        "registration setup",
    )
    setup = json.loads(output.strip().splitlines()[-1])
    empty_page_cache(pg_config)
    try:
        with Server(Run("registrations", page_cache=True), pg_config) as server:
            scenario = Scenario("event_page", setup["event_path"], cached=True)
            warm(server, scenario, setup["event_path"])  # the event is live; workers connected
            result = rush(server, setup, config.registration_concurrency)
            if result["errors"]:
                log(f"warning: {result['errors']} attempts failed: {result['responses']}")
    finally:
        empty_page_cache(pg_config)  # leave no page of this site in the shared store
    output = run_command(
        [*helper, "check", "--offering", str(setup["offering_id"])],
        production_env(pg_config),
        "registration check",
    )
    outcome = json.loads(output.strip().splitlines()[-1])
    return {
        **base,
        "status": "measured",
        "path": setup["register_path"],
        **result,
        "outcome": outcome,
    }


def registration_target(registrations):
    members, capacity = REGISTRATION_MEMBERS, REGISTRATION_CAPACITY
    label = (
        f"{members} simultaneous registrations for {capacity} places (PostgreSQL): "
        f"{capacity} confirmed, {members - capacity} waiting, no error, no duplicate"
    )
    if registrations is None or registrations["status"] == "skipped":
        reason = registrations["reason"] if registrations else "not run"
        return {"label": label, "values": {"skipped": reason}, "pass": None}
    if registrations["status"] != "measured":
        return {"label": label, "values": {"error": registrations["error"]}, "pass": False}
    outcome = registrations["outcome"]
    values = {
        "confirmed": outcome["confirmed"],
        "waitlisted": outcome["waitlisted"],
        "total": outcome["total"],
        "errors": registrations["errors"],
        "duplicates": outcome["duplicate_members"],
        "members without one": outcome["members_without_registration"],
    }
    return {
        "label": label,
        "values": values,
        "pass": values
        == {
            "confirmed": capacity,
            "waitlisted": members - capacity,
            "total": members,
            "errors": 0,
            "duplicates": 0,
            "members without one": 0,
        },
    }


def run_registration_rush(config):
    """The rush, or its failure as a result (so that the other numbers are still written)."""
    try:
        return registration_rush(config)
    except HarnessError as error:
        log(f"registration rush FAILED: {error}")
        return {"database": "postgresql", "status": "failed", "error": str(error)}


# --- Scale: directory searches over 100,000 professionals (SQLite and PostgreSQL) --------


@dataclass(frozen=True)
class ScaleQuery:
    name: str
    page: str  # "professionals" or "opportunities": the directory page it searches
    params: tuple  # (name, value) pairs of the query string
    api: bool = False  # the JSON API (/api/v2/directory/<page>/) rather than the page
    # Each request searches the next of the scale words (SCALE_WORDS of them, from the
    # professionals' own texts), more than a worker remembers: the full-text search
    # answers every request. Shown beside the target, not held to it (see the README).
    varied: bool = False

    def path(self, directory_path, word=None):
        if self.api:
            base = f"/api/v2/directory/{self.page}/"
        elif self.page == "opportunities":
            base = f"{directory_path}opportunities/"
        else:
            base = directory_path
        params = (("q", word or "<word>"), *self.params) if self.varied else self.params
        return f"{base}?{urlencode(params, safe='<>')}"


# Text queries use words common in headlines and summaries; each filter narrows the hits
# a lot, and every query has hits (checked before loading). Anonymous requests: what the
# public audience may see (a member's residence is members-only unless made public).
SCALE_QUERIES = [
    ScaleQuery(
        "professionals: text + 2 filters",
        "professionals",
        (("q", "engineer"), ("origin", "NG"), ("language", "yo")),
    ),
    ScaleQuery(
        "professionals: filters only", "professionals", (("sector", "health"), ("origin", "SN"))
    ),
    ScaleQuery(
        "opportunities: text + 2 filters",
        "opportunities",
        (("q", "solar"), ("country", "KE"), ("instrument", "equity")),
    ),
    ScaleQuery(
        "opportunities: filters only", "opportunities", (("sector", "energy"), ("country", "SN"))
    ),
    ScaleQuery(
        "API professionals: text + 2 filters",
        "professionals",
        (("q", "engineer"), ("origin", "NG"), ("language", "yo")),
        api=True,
    ),
    ScaleQuery("professionals: a different word each time", "professionals", (), varied=True),
]
# How many words the varied query goes through: well over the 128 a worker's copy of the
# facets remembers (search.facet_index.MATCHES_KEPT), so none is remembered when it comes
# round again.
SCALE_WORDS = 400
VARIED_PATHS_FILE = VAR_BENCH / "scale-varied-paths.txt"
# The database search backend, whatever the environment says about Elasticsearch.
SCALE_ENV = {"SEARCH_BACKEND": "database", "ELASTICSEARCH_URL": ""}
RESULT_SUMMARY = re.compile(rb'class="result-summary"[^>]*>([^<]*)<')


def scale_database_url(config, database):
    if database == "sqlite":
        return f"sqlite:///{SCALE_SQLITE_PATH}"
    return config.scale_postgres_url


def scale_words(db_config):
    """SCALE_WORDS words common in the public professionals' texts (scale.py words)."""
    output = run_command(
        [str(PYTHON), str(SCALE_SCRIPT), "words", "--count", str(SCALE_WORDS)],
        {**dev_env(db_config), **SCALE_ENV},
        "scale words",
        timeout=300,
    )
    words = json.loads(output.strip().splitlines()[-1])
    if len(words) < SCALE_WORDS:
        raise HarnessError(f"The scale data has only {len(words)} words to search.")
    return words


def scale_status(db_config):
    """What the scale database holds (scale.py status), or None if it cannot tell."""
    try:
        output = run_command(
            [str(PYTHON), str(SCALE_SCRIPT), "status"],
            {**dev_env(db_config), **SCALE_ENV},
            "scale status",
            timeout=120,
        )
    except HarnessError:
        return None
    return json.loads(output.strip().splitlines()[-1])


def timed_command(cmd, env, what, timeout=600):
    began = time.perf_counter()
    output = run_command(cmd, env, what, timeout=timeout)
    return output, round(time.perf_counter() - began, 1)


def prepare_scale_database(config, database, db_config):
    """Recreate, migrate, load the demo site, generate the scale data; return the timings
    and what scale.py made. Raise NoPostgres when PostgreSQL cannot be reached."""
    if config.scale_reuse:
        status = scale_status(db_config)
        if (
            status
            and status["professionals"] == config.scale_professionals
            and status["opportunities"] >= config.scale_opportunities
        ):
            log(f"scale ({database}): reusing the generated database (BENCH_SCALE_REUSE)")
            # New migrations (an index, say) apply to the data already there.
            _output, migrate_s = timed_command(
                [str(PYTHON), "manage.py", "migrate", "--noinput"],
                {**dev_env(db_config), **SCALE_ENV},
                "migrate",
                timeout=SCALE_GENERATE_TIMEOUT,
            )
            return {"reused": True, "migrate_s": migrate_s, **status}
    if database == "sqlite":
        VAR_BENCH.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SCALE_SQLITE_PATH}{suffix}").unlink(missing_ok=True)
    else:
        recreate_postgres_database(db_config.database_url)
    env = {**dev_env(db_config), **SCALE_ENV}
    manage = [str(PYTHON), "manage.py"]
    log(f"scale ({database}): migrating")
    _output, migrate_s = timed_command([*manage, "migrate", "--noinput"], env, "migrate")
    log(f"scale ({database}): loading the demo site")
    _output, demo_s = timed_command([*manage, "load_demo_data"], env, "load_demo_data")
    log(
        f"scale ({database}): generating {config.scale_professionals:,} professionals and "
        f"{config.scale_opportunities:,} opportunities"
    )
    output, generate_s = timed_command(
        [
            str(PYTHON),
            str(SCALE_SCRIPT),
            "generate",
            "--professionals",
            str(config.scale_professionals),
            "--opportunities",
            str(config.scale_opportunities),
        ],
        env,
        "scale data generation",
        timeout=SCALE_GENERATE_TIMEOUT,
    )
    generated = json.loads(output.strip().splitlines()[-1])
    log(f"scale ({database}): generated in {generate_s:.1f} s: {generated['seconds']}")
    return {
        "reused": False,
        "migrate_s": migrate_s,
        "demo_data_s": demo_s,
        "generate_s": generate_s,
        **generated,
    }


def scale_get(server, query, path):
    """One timed GET, which must answer 200 and show results: (milliseconds, hits)."""
    began = time.perf_counter()
    status, _headers, body = http_get(server.base_url + path, timeout=SCALE_WRK_TIMEOUT)
    elapsed_ms = (time.perf_counter() - began) * 1000
    if status != 200:
        raise HarnessError(
            f"GET {path} answered {status}, not 200."
            f"\n{body[:300].decode('utf-8', 'replace')}\n{server.log_tail()}"
        )
    if query.api:
        hits = json.loads(body)["count"]
    else:
        match = RESULT_SUMMARY.search(body)
        digits = re.sub(r"\D", "", match.group(1).decode()) if match else ""
        if not digits:
            raise HarnessError(f"GET {path} shows no result count.")
        hits = int(digits)
    if hits < 1:
        raise HarnessError(f"GET {path} found nothing: the query needs hits to measure.")
    return elapsed_ms, hits


def wait_until_idle(server, fast_ms=200, limit_s=120):
    """Wait for the requests wrk left queued: /healthz answers fast twice in a row."""
    deadline = time.monotonic() + limit_s
    fast = 0
    while fast < 2 and time.monotonic() < deadline:
        began = time.perf_counter()
        with contextlib.suppress(OSError):
            http_get(f"{server.base_url}/healthz", timeout=SCALE_WRK_TIMEOUT)
        fast = fast + 1 if (time.perf_counter() - began) * 1000 < fast_ms else 0


def warm_every_worker(server, query, paths, rounds=3):
    """Requests ``WORKERS`` at a time, a few times over: while one worker is busy the
    next request goes to another, so each has made its copy of the facets before the
    measurement (sequential GETs may all land on the same worker)."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for round_number in range(rounds):
            wanted = [paths[(round_number * WORKERS + i) % len(paths)] for i in range(WORKERS)]
            list(pool.map(lambda path: scale_get(server, query, path), wanted))


def measure_scale_query(wrk, config, server, query, path, paths=None):
    """GET the query a few times (checking each answer), then load it with wrk, unless
    one request takes so long that wrk would complete too few: then the sequential GETs
    are the measurement. ``paths``: the varied query's list, requested in turn."""
    samples = []
    for number in range(1 + WARM_REQUESTS):
        elapsed_ms, hits = scale_get(server, query, paths[number] if paths else path)
        samples.append(elapsed_ms)
    result = {"path": path, "hits": hits, "sequential_ms": [round(ms, 1) for ms in samples]}
    warm_every_worker(server, query, paths or [path])
    if paths:
        VARIED_PATHS_FILE.write_text("".join(f"{each}\n" for each in paths))
    ordered = sorted(samples)
    slow_ms = min(SCALE_SLOW_MS, config.duration * 1000 / 4)
    if percentile(ordered, 0.5) > slow_ms:
        log(
            f"scale {query.name}: {percentile(ordered, 0.5):,.0f} ms a request, too slow for "
            f"wrk: the {len(samples)} sequential GETs are the measurement"
        )
        p50, p95 = round(percentile(ordered, 0.5), 2), round(percentile(ordered, 0.95), 2)
        return {
            **result,
            "method": f"{len(samples)} GETs",
            "rps": None,
            "p50_ms": p50,
            "p95_ms": p95,
            "single_p50_ms": p50,
            "single_p95_ms": p95,
        }
    scenario = Scenario(query.name, path, cached=False)
    # One at a time first, on idle workers; a slow search must be measured, not dropped
    # as a wrk timeout (2 s). After the load, the workers still have a queue to serve.
    varied = VARIED_PATHS_FILE if paths else None
    single = run_wrk(
        wrk, config, server, scenario, path, 1, timeout=SCALE_WRK_TIMEOUT, paths=varied
    )
    loaded = run_wrk(wrk, config, server, scenario, path, timeout=SCALE_WRK_TIMEOUT, paths=varied)
    wait_until_idle(server)
    return {
        **result,
        "method": "wrk",
        **loaded,
        "single_p50_ms": single["p50_ms"],
        "single_p95_ms": single["p95_ms"],
        "single_rps": single["rps"],
    }


def measure_scale_database(wrk, config, database):
    """One database: prepare it, then measure each query (page cache off). A query that
    fails is recorded with its error; the others are still measured."""
    base = {"database": database}
    db_config = dataclasses.replace(config, database_url=scale_database_url(config, database))
    try:
        generation = prepare_scale_database(config, database, db_config)
    except NoPostgres as reason:
        log(f"scale ({database}) skipped: {reason}")
        return {**base, "status": "skipped", "reason": str(reason)}
    directory_path = generation.get("directory_path")
    if not directory_path:
        raise HarnessError(f"scale ({database}): the database has no live directory page.")
    queries = {}
    run = Run(f"scale-{database}", page_cache=False)
    with Server(run, db_config, extra_env=SCALE_ENV) as server:
        for query in SCALE_QUERIES:
            path = query.path(directory_path)
            try:
                paths = None
                if query.varied:
                    words = scale_words(db_config)
                    paths = [query.path(directory_path, word) for word in words]
                queries[query.name] = measure_scale_query(wrk, config, server, query, path, paths)
            except (HarnessError, OSError) as error:  # OSError: no answer in time
                log(f"scale ({database}) {query.name} FAILED: {error}")
                queries[query.name] = {"path": path, "error": str(error)}
        rss = server.worker_rss_mb()
    return {
        **base,
        "status": "measured",
        "generation": generation,
        "queries": queries,
        "worker_rss_mb": rss,
    }


def run_scale(wrk, config):
    """The scale scenario on each database; a failure is recorded, not raised."""
    results = {
        "professionals": config.scale_professionals,
        "opportunities": config.scale_opportunities,
        "page_cache": False,
        "databases": {},
    }
    for database in config.scale_databases:
        try:
            results["databases"][database] = measure_scale_database(wrk, config, database)
        except HarnessError as error:
            log(f"scale ({database}) FAILED: {error}")
            results["databases"][database] = {
                "database": database,
                "status": "failed",
                "error": str(error),
            }
    return results


def scale_targets(scale, connections):
    """One target per database: every query's p95 under SCALE_P95_MAX_MS."""
    targets = {}
    for database in SCALE_DATABASES:
        label = (
            f"scale ({database}): every directory search p95 < {SCALE_P95_MAX_MS:g} ms "
            f"({connections} connections, page cache off)"
        )
        result = (scale or {}).get("databases", {}).get(database)
        if result is None or result["status"] == "skipped":
            reason = result["reason"] if result else "not run"
            target = {"label": label, "values": {"skipped": reason}, "pass": None}
        elif result["status"] != "measured":
            first_line = result["error"].splitlines()[0]
            target = {"label": label, "values": {"error": first_line}, "pass": False}
        else:
            held = {query.name for query in SCALE_QUERIES if not query.varied}
            values = {
                name: data["p95_ms"] if "error" not in data else "error"
                for name, data in result["queries"].items()
                if name in held
            }
            target = {
                "label": label,
                "threshold": SCALE_P95_MAX_MS,
                "values": values,
                "pass": all(
                    not isinstance(v, str) and v < SCALE_P95_MAX_MS for v in values.values()
                ),
            }
        targets[f"scale_p95_{database}"] = target
    return targets


def render_scale(scale, config):
    head = (
        f"Scale: {scale['professionals']:,} professionals, {scale['opportunities']:,} "
        f"opportunities, page cache off, wrk -t{config['threads']} -c{config['connections']} "
        f"-d{config['duration_s']}s (and -c1)"
    )
    out = [head]
    rows, errors = [], []
    for database, result in scale["databases"].items():
        if result["status"] == "skipped":
            out.append(f"  {database}: skipped: {result['reason']}")
            continue
        if result["status"] != "measured":
            out.append(f"  {database}: FAILED: {result['error'].splitlines()[0]}")
            continue
        generation = result["generation"]
        if generation.get("reused"):
            out.append(
                f"  {database}: reused the database generated earlier (migrate "
                f"{generation['migrate_s']:.0f} s)"
            )
        else:
            steps = generation["seconds"]
            out.append(
                f"  {database}: migrate {generation['migrate_s']:.0f} s, demo site "
                f"{generation['demo_data_s']:.0f} s, bulk generation {generation['generate_s']:.0f}"
                f" s ({generation['search_records']:,} search records, "
                f"{generation['search_facets']:,} facets; "
                + ", ".join(f"{step} {seconds:g}" for step, seconds in steps.items())
                + " s)"
            )
        for name, data in result["queries"].items():
            if "error" in data:
                errors.append(f"  {database} {name}: FAILED: {data['error'].splitlines()[0]}")
                rows.append((database, name, *["-"] * 7, "error", data["path"]))
                continue
            rows.append(
                (
                    database,
                    name,
                    format(data["hits"], ","),
                    format_number(data["rps"], ",.1f"),
                    format_number(data["p50_ms"], ".2f"),
                    format_number(data["p95_ms"], ".2f"),
                    format_number(data["single_p50_ms"], ".2f"),
                    format_number(data["single_p95_ms"], ".2f"),
                    format_number(data["sequential_ms"][0], ".0f"),
                    data["method"],
                    data["path"],
                )
            )
    if rows:
        headers = (
            "database",
            "query",
            "hits",
            "req/s",
            "p50 ms",
            "p95 ms",
            "1-conn p50",
            "1-conn p95",
            "1st GET",
            "by",
            "path",
        )
        out += ["", *format_rows(headers, rows, left={0, 1, 9, 10}), *errors]
        out.append(
            "  1st GET: each query's first request (ms). A worker's first search of a kind "
            "also loads that kind's facets into its memory."
        )
        if any(query.varied for query in SCALE_QUERIES):
            out.append(
                f"  A different word each time: each request searches the next of "
                f"{SCALE_WORDS} words of the professionals' texts, more than a worker "
                "remembers, so the full-text search answers every one (hits: the first "
                "word's). Shown beside the target, not held to it."
            )
    return out


def format_rows(headers, rows, left):
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]

    def line(cells):
        return "  ".join(
            str(cell).ljust(w) if i in left else str(cell).rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *(line(row) for row in rows)]


# --- Report --------------------------------------------------------------------------


def evaluate_targets(scenarios, rss_by_run, registrations, scale, connections):
    pages = [name for name, data in scenarios.items() if data["cached"]]

    def run_values(run, key):
        return {
            name: scenarios[name]["runs"][run].get(key)
            for name in pages
            if run in scenarios[name]["runs"]
        }

    ratios = run_values("cached", "ratio_of_floor")
    p50s = run_values("uncached", "render_p50_ms")
    queries = run_values("uncached", "queries")
    hits = run_values("cached", "cache_hit")
    all_rss = [mb for sizes in rss_by_run.values() for mb in sizes]
    return {
        "cached_rps_ratio": {
            "label": f"cached pages req/s >= {CACHED_RATIO_MIN:.0%} of /healthz",
            "threshold": CACHED_RATIO_MIN,
            "values": ratios,
            "pass": all(v is not None and v >= CACHED_RATIO_MIN for v in ratios.values()),
        },
        "uncached_p50_ms": {
            "label": f"uncached pages p50 <= {UNCACHED_P50_MAX_MS:g} ms (one request at a time)",
            "threshold": UNCACHED_P50_MAX_MS,
            "values": p50s,
            "pass": all(v <= UNCACHED_P50_MAX_MS for v in p50s.values()),
        },
        "uncached_queries": {
            "label": f"uncached pages <= {UNCACHED_QUERIES_MAX} queries",
            "threshold": UNCACHED_QUERIES_MAX,
            "values": queries,
            "pass": all(v is not None and v <= UNCACHED_QUERIES_MAX for v in queries.values()),
        },
        "worker_rss_mb": {
            "label": f"each gunicorn worker < {WORKER_RSS_MAX_MB:g} MB resident",
            "threshold": WORKER_RSS_MAX_MB,
            "values": rss_by_run,
            "pass": bool(all_rss) and all(mb < WORKER_RSS_MAX_MB for mb in all_rss),
        },
        "page_cache_hits": {
            "label": "second anonymous GET of each page is a page cache hit",
            "values": hits,
            "pass": all(hits.values()),
        },
        "registration_outcome": registration_target(registrations),
        **scale_targets(scale, connections),
    }


def format_number(value, spec):
    return "-" if value is None else format(value, spec)


def target_detail(values):
    parts = []
    for key, value in values.items():
        if isinstance(value, list):
            shown = ", ".join(f"{mb:g}" for mb in value) + " MB"
        elif isinstance(value, bool):
            shown = "yes" if value else "no"
        elif isinstance(value, str):
            shown = value
        else:
            shown = format_number(value, "g")
        parts.append(f"{key} {shown}")
    return "; ".join(parts)


def verdict(target):
    return {True: "PASS", False: "FAIL", None: "SKIP"}[target["pass"]]


def render_registrations(registrations):
    head = "Registration rush (PostgreSQL)"
    if registrations["status"] == "skipped":
        return [f"{head}: skipped: {registrations['reason']}"]
    if registrations["status"] != "measured":
        return [f"{head}: FAILED: {registrations['error'].splitlines()[0]}"]
    outcome = registrations["outcome"]
    return [
        f"{head}: {registrations['attempts']} members at once for {registrations['capacity']} "
        f"places, {registrations['concurrency']} in flight, POST {registrations['path']}",
        f"  {registrations['attempts_per_s']:,.1f} attempts/s ({registrations['wall_s']:.2f} s"
        f" in all)  p50 {registrations['p50_ms']:.2f} ms  p95 {registrations['p95_ms']:.2f} ms"
        f"  p99 {registrations['p99_ms']:.2f} ms  max {registrations['max_ms']:.2f} ms",
        f"  {outcome['confirmed']} confirmed, {outcome['waitlisted']} waiting, "
        f"{outcome['total']} registrations, {registrations['errors']} errors "
        f"(responses {registrations['responses']}), "
        f"{outcome['duplicate_members']} members registered twice",
    ]


def render_registration_report(report):
    target = report["targets"]["registration_outcome"]
    return "\n".join(
        [
            f"{report_heading(report)}  gunicorn {WORKERS} workers",
            "",
            *render_registrations(report["registrations"]),
            "",
            "Target:",
            f"  {verdict(target)}  {target['label']}",
            f"        {target_detail(target['values'])}",
            "",
            f"Written to {REGISTRATION_RESULT_FILE.relative_to(ROOT)}",
        ]
    )


def render_table(report):
    rows = []
    for name, data in report["scenarios"].items():
        for run_name, result in data["runs"].items():
            rows.append(
                (
                    name,
                    data["path"],
                    run_name,
                    format_number(result["rps"], ",.1f"),
                    format_number(result["p50_ms"], ".2f"),
                    format_number(result["p95_ms"], ".2f"),
                    format_number(result["ratio_of_floor"], ".2f"),
                    format_number(result.get("render_p50_ms"), ".2f"),
                    format_number(result.get("queries"), "d"),
                )
            )
    headers = (
        "scenario",
        "path",
        "run",
        "req/s",
        "p50 ms",
        "p95 ms",
        "× floor",
        "1-conn p50",
        "queries",
    )
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    left = {0, 1, 2}

    def line(cells):
        return "  ".join(
            str(cell).ljust(w) if i in left else str(cell).rjust(w)
            for i, (cell, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    cfg = report["config"]
    out = [
        f"{report_heading(report)}  gunicorn {cfg['workers']} workers  "
        f"wrk -t{cfg['threads']} -c{cfg['connections']} -d{cfg['duration_s']}s",
        "",
        line(headers),
        line(["-" * w for w in widths]),
        *(line(row) for row in rows),
        "",
        *render_registrations(report["registrations"]),
        "",
        *render_scale(report["scale"], cfg),
        "",
        "Targets:",
    ]
    for target in report["targets"].values():
        out.append(f"  {verdict(target)}  {target['label']}")
        out.append(f"        {target_detail(target['values'])}")
    out.append("")
    out.append(f"Written to {RESULT_FILE.relative_to(ROOT)}")
    return "\n".join(out)


def report_heading(report):
    """The first line of a report: when, which commit, on what machine."""
    machine = report["machine"]
    return (
        f"Benchmark {report['timestamp']}  commit {report['git_commit'] or '-'}  "
        f"{machine['nproc']} CPUs ({machine['cpu_model'] or 'unknown model'}; "
        f"Python loop {machine['python_loop_ms']:g} ms; load {machine['load_at_start']:g})"
    )


def cpu_model():
    """The processor's name as Linux's /proc/cpuinfo gives it, or platform's guess."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or None


def python_loop_ms():
    """The best of 5 runs of a fixed pure-Python loop, in ms: how fast one CPU runs this
    Python. Machines of the same kind differ by up to 2× here, and so do the latencies;
    this figure lets runs on different machines be compared (lower is faster)."""
    best = math.inf
    for _ in range(5):
        start = time.perf_counter()
        total = 0
        for number in range(1_000_000):
            total += number % 7
        best = min(best, time.perf_counter() - start)
    return round(best * 1000, 1)


def machine_info(load_at_start):
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model(),
        "python_loop_ms": python_loop_ms(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_at_start": round(load_at_start, 2),
    }


def build_report(
    config, paths, run_results, rss_by_run, queries, registrations, scale, load_at_start
):
    scenarios = {}
    for scenario in SCENARIOS:
        runs = {}
        for run in RUNS:
            result = run_results[run.name].get(scenario.name)
            if result is None:
                continue
            if scenario.cached and not run.page_cache:
                result["queries"] = queries[paths[scenario.name]]["queries"]
            runs[run.name] = result
        scenarios[scenario.name] = {
            "path": paths[scenario.name],
            "cached": scenario.cached,
            "runs": runs,
        }
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "machine": machine_info(load_at_start),
        "config": {
            "workers": WORKERS,
            "duration_s": config.duration,
            "connections": config.connections,
            "threads": config.threads,
            "database": urlsplit(config.database_url).scheme,
            "page_cache_store": "redis" if config.redis_url else "files",
        },
        "scenarios": scenarios,
        "worker_rss_mb": rss_by_run.get("cached", []),
        "worker_rss_mb_by_run": rss_by_run,
        "registrations": registrations,
        "scale": scale,
        "targets": evaluate_targets(
            scenarios, rss_by_run, registrations, scale, config.connections
        ),
    }


def bench_config(config):
    return {
        "workers": WORKERS,
        "duration_s": config.duration,
        "connections": config.connections,
        "threads": config.threads,
    }


def build_scale_report(config, scale, load_at_start):
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "machine": machine_info(load_at_start),
        "config": bench_config(config),
        "scale": scale,
        "targets": scale_targets(scale, config.connections),
    }


def render_scale_report(report):
    out = [
        f"{report_heading(report)}  gunicorn {WORKERS} workers",
        "",
        *render_scale(report["scale"], report["config"]),
        "",
        "Targets:",
    ]
    for target in report["targets"].values():
        out.append(f"  {verdict(target)}  {target['label']}")
        out.append(f"        {target_detail(target['values'])}")
    out += ["", f"Written to {SCALE_RESULT_FILE.relative_to(ROOT)}"]
    return "\n".join(out)


def build_registration_report(registrations, load_at_start):
    return {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "machine": machine_info(load_at_start),
        "config": {"workers": WORKERS},
        "registrations": registrations,
        "targets": {"registration_outcome": registration_target(registrations)},
    }


# --- Main ----------------------------------------------------------------------------


def check_load():
    load_at_start = os.getloadavg()[0]
    if load_at_start > 0.5 * (os.cpu_count() or 1):
        log(f"warning: the machine is busy (load {load_at_start:.1f}); numbers will be noisy")
    return load_at_start


def raise_if_failed(registrations=None, scale=None):
    if registrations and registrations["status"] == "failed":
        raise HarnessError(f"registration rush: {registrations['error']}")
    for database, result in ((scale or {}).get("databases") or {}).items():
        if result["status"] == "failed":
            raise HarnessError(f"scale ({database}): {result['error']}")
        for name, data in result.get("queries", {}).items():
            if "error" in data:
                raise HarnessError(f"scale ({database}) {name}: {data['error']}")


def benchmark_registrations():
    """``--only registrations``: the rush alone, written to its own file."""
    config = read_config()
    load_at_start = check_load()
    collect_static(config)  # the event page that warms the workers needs the manifest
    registrations = run_registration_rush(config)
    report = build_registration_report(registrations, load_at_start)
    REGISTRATION_RESULT_FILE.parent.mkdir(parents=True, exist_ok=True)
    REGISTRATION_RESULT_FILE.write_text(json.dumps(report, indent=2) + "\n")
    print(render_registration_report(report))
    raise_if_failed(registrations)


def benchmark_scale():
    """``--only scale``: the scale scenario alone, written to its own file."""
    config = read_config()
    wrk = ensure_wrk()
    load_at_start = check_load()
    collect_static(config)  # the production pages need the static files' manifest
    scale = run_scale(wrk, config)
    report = build_scale_report(config, scale, load_at_start)
    SCALE_RESULT_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCALE_RESULT_FILE.write_text(json.dumps(report, indent=2) + "\n")
    print(render_scale_report(report))
    raise_if_failed(scale=scale)


def benchmark():
    config = read_config()
    wrk = ensure_wrk()
    load_at_start = check_load()
    prepare_database(config)
    paths = {}
    run_results, rss_by_run = {}, {}
    for run in RUNS:
        run_results[run.name], rss_by_run[run.name] = benchmark_run(wrk, config, run, paths)
    page_paths = [paths[s.name] for s in SCENARIOS if s.cached]
    queries = count_queries(config, page_paths)
    registrations = run_registration_rush(config)
    scale = run_scale(wrk, config)
    report = build_report(
        config, paths, run_results, rss_by_run, queries, registrations, scale, load_at_start
    )
    RESULT_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULT_FILE.write_text(json.dumps(report, indent=2) + "\n")
    print(render_table(report))
    raise_if_failed(registrations, scale)


def _terminate(signum, frame):
    raise SystemExit(128 + signum)  # unwinds through the finally blocks: gunicorn stops


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only",
        choices=["registrations", "scale"],
        help="run only this scenario (written to var/bench/registrations.json or scale.json)",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.only == "registrations":
            benchmark_registrations()
        elif args.only == "scale":
            benchmark_scale()
        else:
            benchmark()
    except SetupError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2
    except HarnessError as error:
        print(f"bench: FAILED: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("bench: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
