"""What the benchmark scenarios share: settings, the database, Firmas's process, wrk and the GC log."""
import base64
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

RUNS = int(os.environ.get("RUNS", "3"))
SECONDS = int(os.environ.get("SECONDS_PER_RUN", "20"))
WARMUP_SECONDS = int(os.environ.get("WARMUP_SECONDS", "90"))
PORT = int(os.environ.get("PORT", "8090"))
SMTP_PORT = int(os.environ.get("SMTP_PORT", "2525"))
HOOK_PORT = int(os.environ.get("HOOK_PORT", "8091"))
DB = "firmas_bench"
BASE = f"http://127.0.0.1:{PORT}"
OUT = "target/bench"
ROOT = f"{OUT}/payara-root"
SURGE = "bench-surge"
GROWTH = "bench-growth"
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
JSTAT = os.path.join(os.environ["JAVA_HOME"], "bin", "jstat") if "JAVA_HOME" in os.environ else "jstat"

# BENCH_GC picks the server's collector, so that runs can compare them; parallel is what every
# documented start uses (docs/operations.md).
COLLECTORS = {"parallel": "-XX:+UseParallelGC", "g1": "-XX:+UseG1GC", "zgc": "-XX:+UseZGC",
              "serial": "-XX:+UseSerialGC", "shenandoah": "-XX:+UseShenandoahGC"}
GC = os.environ.get("BENCH_GC", "parallel").lower()
if GC not in COLLECTORS:
    sys.exit(f"BENCH_GC={GC}: choose one of {', '.join(COLLECTORS)}")


def sh(*command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def sql(statement):
    return sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-qtA", "-d", DB, "-c", statement).strip()


def get(path, headers=None, timeout=10):
    with urllib.request.urlopen(urllib.request.Request(BASE + path, headers=headers or {}), timeout=timeout) as response:
        return response.read().decode()


def api_count(slug):
    return json.loads(get(f"/api/campaigns/{slug}"))["signatureCount"]


def campaign_id(slug):
    return int(sql(f"SELECT id FROM campaign WHERE slug = '{slug}'"))


def confirmed(slug):
    return int(sql(f"SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                   f"WHERE c.slug = '{slug}' AND s.status = 'CONFIRMED'"))


def rows():
    return int(sql("SELECT COUNT(*) FROM signature"))


def settled(count, seconds=15):
    """count() once it has stopped changing: requests still in the server when the load stopped are written by then."""
    last, deadline = count(), time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = count()
        if now == last:
            return now
        last = now
    return last


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def now_ms():
    return int(time.time() * 1000)


def postgres_cpu_seconds():
    """
    User plus system CPU of every PostgreSQL process now running, and of those that have ended
    (counted in the postmaster's figures for its reaped children).
    """
    total = 0
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            text = open(stat).read()
        except OSError:
            continue
        if "(postgres)" in text:
            fields = text.rsplit(")", 1)[1].split()
            total += sum(int(cell) for cell in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


# The outbox's settings: as Firmas ships them (at most 50 mails a second, a provider's limit), and
# unthrottled, sending as fast as this machine can. Each sender waits on the mail server's four
# answers to every mail: twice the shipped senders keep the cores busy rather than waiting.
SHIPPED_OUTBOX = {}
FULL_SPEED_OUTBOX = {"FIRMAS_OUTBOX_RATE_PER_SECOND": "5000", "FIRMAS_OUTBOX_BATCH_SIZE": "500",
                     "FIRMAS_OUTBOX_POLL_MILLIS": "200", "FIRMAS_OUTBOX_SENDERS": "8"}

# One data key for the whole run: every start of the server must read what the previous one wrote.
DATA_KEY = base64.b64encode(os.urandom(32)).decode()
ADMIN = ("bench@firmas.test", "benchmark-admin-password")


class App:
    """Firmas on PostgreSQL, configured the way users configure it, with its GC logged."""

    def __init__(self, launcher, jvm_options=(), deploy=True, outbox=SHIPPED_OUTBOX):
        """outbox: FIRMAS_* settings of this start (the outbox's, and any other the scenario needs)."""
        env = dict(os.environ,
                   FIRMAS_DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}", FIRMAS_DB_USER="postgres",
                   FIRMAS_DB_PASSWORD="postgres", FIRMAS_SMTP_HOST="127.0.0.1", FIRMAS_SMTP_PORT=str(SMTP_PORT),
                   FIRMAS_MAIL_FROM="Firmas benchmark <petitions@firmas.test>",
                   FIRMAS_BASE_URL=BASE, FIRMAS_CAMPAIGNS_DIR="src/bench/campaigns", FIRMAS_DATA_DIR=f"{OUT}/data",
                   FIRMAS_DATA_KEY=DATA_KEY, FIRMAS_ADMIN_EMAIL=ADMIN[0], FIRMAS_ADMIN_PASSWORD=ADMIN[1],
                   # The webhook receiver listens on loopback, over plain http.
                   FIRMAS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES="true")
        for name in FULL_SPEED_OUTBOX:
            env.pop(name, None)
        env.update(outbox)
        # Every simulated signer comes from 127.0.0.1 without JavaScript: no abuse limit may hold them.
        env.update({f"FIRMAS_LIMIT_{kind}_PER_{period}": "100000000"
                    for kind in ("IP", "DOMAIN", "UNPROVEN", "CAMPAIGN", "MAIL_IP", "MAIL_DOMAIN", "MAIL_PROVIDER") for period in ("MINUTE", "HOUR")})
        # Pauses are read from the log afterwards, per scenario (timemillis: the wall clock the scenarios note).
        gc_log = [f"-Xlog:gc*:file={OUT}/gc-%p.log:timemillis,uptime,level,tags:filecount=0"]
        jfr = ([f"-XX:StartFlightRecording=filename={OUT}/firmas-%p.jfr,settings=profile"]
               if os.environ.get("BENCH_JFR") else [])
        started = time.monotonic()
        self.process = subprocess.Popen(
            [JAVA, "-Xmx512m", COLLECTORS[GC], *gc_log, *jfr, *jvm_options, "-jar", launcher,
             *(["--deploy", "target/firmas.war", "--contextroot", "/"] if deploy else []), "--port", str(PORT), "--nocluster",
             "--prebootcommandfile", "src/main/payara/pre-boot-commands.asadmin"],
            env=env, stdout=open(f"{OUT}/server.log", "a"), stderr=subprocess.STDOUT)
        while True:
            try:
                get(f"/campaigns/{SURGE}")
                break
            except Exception:
                # Payara Micro keeps running when the application fails to deploy: give up after a while.
                if self.process.poll() is not None or time.monotonic() - started > 180:
                    self.process.kill()
                    sys.exit(f"Firmas did not start, see {OUT}/server.log")
                time.sleep(0.1)
        self.boot_seconds = time.monotonic() - started

    def watch_heap(self):
        return subprocess.Popen([JSTAT, "-gc", str(self.process.pid), "250"], stdout=subprocess.PIPE, text=True)

    @staticmethod
    def peak_heap_mb(watcher):
        """
        The highest used heap (survivors, eden, old) jstat saw. Columns a collector has not (ZGC's
        survivors) show "-" and count nothing.
        """
        watcher.terminate()
        lines = watcher.stdout.read().splitlines()
        if not lines:
            return None
        names = lines[0].split()
        used = [names.index(name) for name in ("S0U", "S1U", "EU", "OU") if name in names]
        peak = 0.0
        for line in lines[1:]:
            cells = line.split()
            if len(cells) == len(names):
                peak = max(peak, sum(float(cells[i]) for i in used if cells[i] != "-") / 1024)
        return peak

    def cpu_seconds(self):
        """User plus system CPU the server process has used so far."""
        fields = open(f"/proc/{self.process.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        # A start that records an AOT cache writes it on the way out, which takes a while.
        self.process.terminate()
        self.process.wait(600)


def run_generator(command):
    """Runs a load generator to its end: its output and the CPU seconds it used, its children included."""
    with open(f"{OUT}/generator.out", "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    return open(f"{OUT}/generator.out").read(), usage.ru_utime + usage.ru_stime


def wrk_rounds(script, connections, seconds, tag, *arguments):
    """Rounds through a form driven by wrk and a script of src/bench (one connection per thread)."""
    text, cpu = run_generator(["wrk", f"-t{connections}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
                               "-s", f"src/bench/{script}", BASE, "--", *arguments])
    with open(f"{OUT}/{tag}.log", "w") as out:
        out.write(text)
    found = re.search(r"ROUNDS (\d+) OK_POSTS (\d+) UNANSWERED_POSTS (\d+) FAILURES (\d+) P50 (-?[\d.]+) P99 (-?[\d.]+) "
                      r"POST_P50 (-?[\d.]+) POST_P99 (-?[\d.]+) P999 (-?[\d.]+) POST_P999 (-?[\d.]+)", text)
    if not found:
        sys.exit(f"wrk gave no rounds, see {OUT}/{tag}.log")
    done, ok_posts, unanswered, failures, p50, p99, post_p50, post_p99, p999, post_p999 = found.groups()
    measured = lambda figure: float(figure) if float(figure) >= 0 else None
    return {"rounds_per_s": int(done) / seconds, "p50": measured(p50), "p99": measured(p99), "p999": measured(p999),
            "errors": int(failures), "ok_posts": int(ok_posts), "unanswered_posts": int(unanswered),
            "post_p50": measured(post_p50), "post_p99": measured(post_p99), "post_p999": measured(post_p999),
            "generator_cpu_ms": cpu * 1000 / max(1, int(done))}


def wrk(path, connections, seconds):
    """Plain requests for one address (wrk's own latencies, corrected for coordinated omission)."""
    text, _ = run_generator(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", BASE + path])
    rate = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))

    def percentile(p):
        value, unit = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s)", text, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    failures = (int(errors.group(1)) if errors else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return {"rate": rate, "p50": percentile(50), "p99": percentile(99), "errors": failures}


def summarize_wrk(runs):
    return {key: median([run[key] for run in runs]) for key in ("rate", "p50", "p99")} | {
        "errors": sum(run["errors"] for run in runs)}


def stat_file(path):
    """The numbers a sink or receiver writes every half second (FiguresFile), or zeros before its first write."""
    try:
        return [int(cell) for cell in open(path).read().split()]
    except OSError:
        return [0, 0, 0, 0]


def sink_count():
    return stat_file(f"{OUT}/sink.txt")[0]


def outbox_pending():
    return int(sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'"))


def outbox_unsettled():
    """Mails waiting or in a sender's hands."""
    return int(sql("SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')"))


# A pause line of any collector: Parallel and G1 under [gc] ("Pause Young (...) 120M->20M(512M) 7.1ms"),
# ZGC under [gc,phases] ("y: Pause Mark Start 0.01ms"), and ZGC's allocation stalls under [gc], which
# stop the requests that allocate as surely. The decorations come first, each in brackets.
DECORATIONS = re.compile(r"^((?:\[[^\]]*\])+)\s*(.*)$")
PAUSE = re.compile(r"\b(?:Pause|Allocation Stall)\b.*?([\d.]+)ms\s*$")


def gc_pauses():
    """Every pause and allocation stall in the GC logs of this run: (wall-clock ms when logged, ms)."""
    pauses = []
    for log in glob.glob(f"{OUT}/gc-*.log"):
        for line in open(log, errors="replace"):
            found = DECORATIONS.match(line)
            pause = found and PAUSE.search(found.group(2))
            if pause:
                decorations = [cell.strip() for cell in found.group(1)[1:-1].split("][")]
                wall = next((cell[:-2] for cell in decorations if re.fullmatch(r"\d+ms", cell)), None)
                if wall and decorations[-1] in ("gc", "gc,phases"):
                    pauses.append((int(wall), float(pause.group(1))))
    return pauses


def gc_between(pauses, start_ms, end_ms):
    """Max pause, pauses over 50 ms and their total, in one scenario's window."""
    inside = [ms for at, ms in pauses if start_ms <= at <= end_ms]
    return {"max": max(inside, default=0.0), "over50": sum(1 for ms in inside if ms > 50), "count": len(inside),
            "total": sum(inside)}


def console_login():
    """A browser logged in to the console as the benchmark's admin."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    faces_submit(opener, "/organize/login.xhtml", "login", {"email": ADMIN[0], "password": ADMIN[1]}, "submit")
    return opener


def form_of(page, form_id):
    """The action and view state of a Faces form in a page."""
    action = re.search(rf'<form id="{form_id}"[^>]*action="([^"]+)"', page).group(1).replace("&amp;", "&")
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    return action, state


def faces_submit(opener, path, form_id, fields, button):
    """Submits a Faces form of the page at path as a browser would; returns the answer's address and body."""
    action, state = form_of(opener.open(BASE + path).read().decode(), form_id)
    values = {form_id: form_id, f"{form_id}:{button}": button, "jakarta.faces.ViewState": state}
    values.update({f"{form_id}:{name}": value for name, value in fields.items()})
    with opener.open(urllib.request.Request(BASE + action, data=urllib.parse.urlencode(values).encode()), timeout=600) as answer:
        return answer.geturl(), answer.read().decode()


def faces_upload(opener, page, form_id, file_field, file_name, content, button):
    """Submits a multipart Faces form of an already loaded page with one file; returns the answer's body."""
    action, state = form_of(page, form_id)
    boundary = "firmas-bench-" + os.urandom(8).hex()
    parts = []
    for name, value in ((form_id, form_id), (f"{form_id}:{button}", button), ("jakarta.faces.ViewState", state)):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{form_id}:{file_field}"; filename="{file_name}"\r\n'
                 f'Content-Type: text/csv\r\n\r\n'.encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(BASE + action, data=b"".join(parts),
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with opener.open(request, timeout=600) as answer:
        return answer.read().decode()
