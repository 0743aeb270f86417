"""Runs the Firmas benchmark scenarios and prints one table. Started by run-benchmarks.sh."""
import base64
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

RUNS = int(os.environ.get("RUNS", "3"))
SECONDS = int(os.environ.get("SECONDS_PER_RUN", "30"))
WARMUP_SECONDS = int(os.environ.get("WARMUP_SECONDS", "120"))
PORT = int(os.environ.get("PORT", "8090"))
SMTP_PORT = int(os.environ.get("SMTP_PORT", "2525"))
DB = "firmas_bench"
BASE = f"http://127.0.0.1:{PORT}"
OUT = "target/bench"
ROOT = f"{OUT}/payara-root"
SURGE = "bench-surge"
GROWTH = "bench-growth"
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
JSTAT = os.path.join(os.environ["JAVA_HOME"], "bin", "jstat") if "JAVA_HOME" in os.environ else "jstat"


def sh(*command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def sql(statement):
    return sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-qtA", "-d", DB, "-c", statement).strip()


def get(path):
    with urllib.request.urlopen(BASE + path, timeout=10) as response:
        return response.read().decode()


def api_count(slug):
    return json.loads(get(f"/api/campaigns/{slug}"))["signatureCount"]


def confirmed(slug):
    return int(sql(f"SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                   f"WHERE c.slug = '{slug}' AND s.status = 'CONFIRMED'"))


def rows():
    return int(sql("SELECT COUNT(*) FROM signature"))


def settled(count):
    """count() once it has stopped changing: requests still in the server when the load stopped are written by then."""
    last, deadline = count(), time.monotonic() + 15
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


# The outbox's settings: as Firmas ships them (at most 50 mails a second, a provider's limit), and
# unthrottled, sending as fast as this machine can while signatures come in.
SHIPPED_OUTBOX = {}
FULL_SPEED_OUTBOX = {"FIRMAS_OUTBOX_RATE_PER_SECOND": "5000", "FIRMAS_OUTBOX_BATCH_SIZE": "500",
                     "FIRMAS_OUTBOX_POLL_MILLIS": "200"}

# One data key for the whole run: every start of the server must read what the previous one wrote.
DATA_KEY = base64.b64encode(os.urandom(32)).decode()
ADMIN = ("bench@firmas.test", "benchmark-admin-password")


class App:
    """Firmas on PostgreSQL, configured the way users configure it."""

    def __init__(self, launcher, jvm_options=(), deploy=True, outbox=SHIPPED_OUTBOX):
        env = dict(os.environ,
                   FIRMAS_DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}", FIRMAS_DB_USER="postgres",
                   FIRMAS_DB_PASSWORD="postgres", FIRMAS_SMTP_HOST="127.0.0.1", FIRMAS_SMTP_PORT=str(SMTP_PORT),
                   FIRMAS_MAIL_FROM="Firmas benchmark <petitions@firmas.test>",
                   FIRMAS_BASE_URL=BASE, FIRMAS_CAMPAIGNS_DIR="src/bench/campaigns", FIRMAS_DATA_DIR=f"{OUT}/data",
                   FIRMAS_DATA_KEY=DATA_KEY, FIRMAS_ADMIN_EMAIL=ADMIN[0], FIRMAS_ADMIN_PASSWORD=ADMIN[1])
        for name in FULL_SPEED_OUTBOX:
            env.pop(name, None)
        env.update(outbox)
        # Every simulated signer comes from 127.0.0.1 without JavaScript: no abuse limit may hold them.
        env.update({f"FIRMAS_LIMIT_{kind}_PER_{period}": "100000000"
                    for kind in ("IP", "DOMAIN", "UNPROVEN", "CAMPAIGN", "MAIL_IP", "MAIL_DOMAIN", "MAIL_PROVIDER") for period in ("MINUTE", "HOUR")})
        started = time.monotonic()
        self.process = subprocess.Popen(
            [JAVA, "-Xmx512m", "-XX:+UseParallelGC", *jvm_options, "-jar", launcher,
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
        watcher.terminate()
        peak = 0.0
        for line in watcher.stdout.read().splitlines()[1:]:
            cells = line.split()
            if len(cells) > 8:
                try:
                    peak = max(peak, (float(cells[2]) + float(cells[3]) + float(cells[5]) + float(cells[7])) / 1024)
                except ValueError:
                    pass
        return peak

    def cpu_seconds(self):
        """User plus system CPU the server process has used so far."""
        fields = open(f"/proc/{self.process.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        # A start that records an AOT cache writes it on the way out, which takes a while.
        self.process.terminate()
        self.process.wait(600)


def payara_launcher():
    """
    Payara Micro unpacked into its root directory, with a launcher jar whose class path lists the
    runtime's jars: the JDK's AOT cache holds only classes loaded from the class path, and the
    plain payara-micro.jar loads its runtime through a class loader of its own.
    """
    micro = os.environ.get("PAYARA_MICRO_JAR") or sorted(glob.glob("target/payara-micro-*.jar"))[-1]
    sh(JAVA, "-jar", micro, "--rootdir", ROOT, "--outputlauncher")
    return os.path.basename(micro)[len("payara-micro-"):-len(".jar")], f"{ROOT}/launch-micro.jar"


def java_feature_version():
    version = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr
    return int(re.search(r'version "(\d+)', version).group(1))


AOT_CACHE = f"{OUT}/firmas.aot"
QUIET_AOT = ["-Xlog:aot=off", "-Xlog:cds=off"]


def started_with_aot_cache(launcher, outbox):
    """
    Installs and starts Firmas the way the faster start of docs/operations.md does: a first start deploys the
    WAR into the root directory and, on Java 25 and newer, records the JDK's AOT cache when it
    stops; later starts run what the root holds (no --deploy: that would deploy it a second time)
    from the cache. Returns the last of RUNS later starts, still running, the first start's boot
    time and the later starts' median; on an older JDK, the first start, None and its boot time.
    """
    if java_feature_version() < 25:
        app = App(launcher, outbox=outbox)
        return app, None, app.boot_seconds
    first = App(launcher, [f"-XX:AOTCacheOutput={AOT_CACHE}", *QUIET_AOT])
    get("/")
    first.stop()
    boots = []
    for run in range(RUNS):
        app = later_start(launcher, outbox)
        boots.append(app.boot_seconds)
        if run < RUNS - 1:
            app.stop()
    return app, first.boot_seconds, median(boots)


def later_start(launcher, outbox):
    """Firmas as the root directory holds it (deployed by a first start), from the AOT cache where there is one."""
    cached = [f"-XX:AOTCache={AOT_CACHE}", *QUIET_AOT] if java_feature_version() >= 25 and os.path.exists(AOT_CACHE) else []
    return App(launcher, cached, deploy=False, outbox=outbox)


def gatling(simulation, users, seconds, tag):
    log = f"{OUT}/{tag}.log"
    rounds_file = f"{OUT}/{tag}.rounds"
    with open(log, "w") as out:
        subprocess.run(["./mvnw", "-Pbenchmark", "gatling:test", f"-Dgatling.simulationClass=org.firmas.bench.{simulation}",
                        f"-DbaseUrl={BASE}", f"-Dusers={users}", f"-Dseconds={seconds}", f"-Dtokens={OUT}/tokens.csv",
                        f"-DroundsFile={rounds_file}"], stdout=out, stderr=subprocess.STDOUT)
    text = open(log).read()
    counts = re.findall(r"^> request count\s*\|\s*([\d,]+)\s*\|\s*([\d,]+)\s*\|\s*([\d,-]+)", text, re.M)
    errors = int(counts[-1][2].replace(",", "").replace("-", "0")) if counts else None
    posts = re.findall(r"^> round / (?:sign|confirm)\s*\|\s*([\d,]+)\s*\|\s*([\d,]+)", text, re.M)
    ok_posts = int(posts[-1][1].replace(",", "")) if posts else None
    done, p50, p99 = (open(rounds_file).read().split() if os.path.exists(rounds_file) else ["0", None, None])
    return {"rounds_per_s": int(done) / seconds, "p50": float(p50) if p50 else None,
            "p99": float(p99) if p99 else None, "errors": errors, "ok_posts": ok_posts}


def sign_rounds(users, seconds, tag):
    """Sign rounds driven by wrk (src/bench/sign-round.lua), one signer per connection."""
    return wrk_rounds("sign-round.lua", users, seconds, tag, f"{tag}-{int(time.time())}", SURGE)


def confirm_rounds(users, seconds, tag, first, count):
    """Confirmation rounds driven by wrk (src/bench/confirm-round.lua) with tokens first .. first + count - 1."""
    return wrk_rounds("confirm-round.lua", users, seconds, tag, f"{OUT}/tokens.csv", str(first), str(count), str(users))


def wrk_rounds(script, users, seconds, tag, *arguments):
    text = sh("wrk", f"-t{users}", f"-c{users}", f"-d{seconds}s", "--timeout", "10s", "-s", f"src/bench/{script}",
              BASE, "--", *arguments)
    with open(f"{OUT}/{tag}.log", "w") as out:
        out.write(text)
    done, ok_posts, unanswered, failures, p50, p99, post_p50, post_p99 = re.search(
        r"ROUNDS (\d+) OK_POSTS (\d+) UNANSWERED_POSTS (\d+) FAILURES (\d+) P50 (-?[\d.]+) P99 (-?[\d.]+) "
        r"POST_P50 (-?[\d.]+) POST_P99 (-?[\d.]+)", text).groups()
    measured = lambda figure: float(figure) if float(figure) >= 0 else None
    return {"rounds_per_s": int(done) / seconds, "p50": measured(p50), "p99": measured(p99), "errors": int(failures),
            "ok_posts": int(ok_posts), "unanswered_posts": int(unanswered),
            "post_p50": measured(post_p50), "post_p99": measured(post_p99)}


def wrk(path, connections, seconds):
    text = sh("wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", BASE + path)
    rate = float(re.search(r"Requests/sec:\s*([\d.]+)", text).group(1))

    def percentile(p):
        value, unit = re.search(rf"^\s*{p}%\s+([\d.]+)(us|ms|s)", text, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    failures = (int(errors.group(1)) if errors else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return {"rate": rate, "p50": percentile(50), "p99": percentile(99), "errors": failures}


def pgbench_ceiling():
    """The same transaction as a signature (signature, two tokens, one outbox mail), straight into PostgreSQL."""
    script = f"{OUT}/signature-insert.sql"
    campaign = sql(f"SELECT id FROM campaign WHERE slug = '{SURGE}'")
    with open(script, "w") as out:
        out.write(f"""BEGIN;
INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, language, status, created_at, mail_count)
  VALUES (nextval('signature_seq'), {campaign}, 'pgbench-' || txid_current(), 'x@example.net', 'Ana', 'Bench', '19148', 'es', 'PENDING', now(), 1);
INSERT INTO signer_token VALUES (md5(random()::text) || md5(random()::text), currval('signature_seq'), 'CONFIRM', now() + interval '7 days');
INSERT INTO signer_token VALUES (md5(random()::text) || md5(random()::text), currval('signature_seq'), 'WITHDRAW', now() + interval '3650 days');
INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, created_at, sent_at, signature_id)
  VALUES (nextval('outbox_message_seq'), '<pgbench-' || txid_current() || '>', 'CONFIRM', 'x@example.net', 's', 't', 'h', 'SENT', 0, now(), now(), now(), currval('signature_seq'));
COMMIT;
""")
    text = sh("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", "32", "-j", "2", "-T", str(min(SECONDS, 20)),
              "-f", script, DB)
    sql("DELETE FROM signature WHERE email_key LIKE 'pgbench-%'")
    sql("DELETE FROM outbox_message WHERE message_id LIKE '<pgbench-%'")
    return float(re.search(r"tps = ([\d.]+)", text).group(1))


def sink_count():
    try:
        return int(open(f"{OUT}/sink.txt").read().split()[0])
    except (OSError, IndexError, ValueError):
        return 0


def mail_rate(messages=20000):
    """Outbox to SMTP sink: queue mails straight into the outbox, time until the sink has them all."""
    before = sink_count()
    sql(f"INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, status, attempts, "
        f"next_attempt_at, created_at) SELECT nextval('outbox_message_seq'), '<bench-' || g || '-' || random() || '>', "
        f"'BATCH', 'official' || g || '@example.org', 'New signatures', 'Batch text', '<p>Batch</p>', 'PENDING', 0, "
        f"now(), now() FROM generate_series(1, {messages}) g")
    started = time.monotonic()
    while sink_count() - before < messages and time.monotonic() - started < 300:
        time.sleep(0.05)
    return (sink_count() - before) / (time.monotonic() - started)


def count_lag(slug):
    """Seconds until the count the site shows equals the confirmed rows in the database."""
    started = time.monotonic()
    while api_count(slug) != confirmed(slug) and time.monotonic() - started < 60:
        time.sleep(0.05)
    return time.monotonic() - started


def add_growth_rows(total):
    have = int(sql(f"SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = '{GROWTH}'"))
    sql(f"INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, language, status, "
        f"created_at, confirmed_at, listed_publicly) SELECT nextval('signature_seq'), c.id, 'growth-' || g || '@example.net', "
        f"'growth-' || g || '@example.net', 'Growth', 'Signer', '19148', 'en', 'CONFIRMED', now(), now(), g % 10 = 0 "
        f"FROM generate_series({have + 1}, {total}) g, campaign c WHERE c.slug = '{GROWTH}'")
    sql("VACUUM ANALYZE signature")
    # Written out now, so the page runs that follow measure the page and not PostgreSQL flushing the new rows.
    sql("CHECKPOINT")
    while api_count(GROWTH) != total:
        time.sleep(0.2)


def console_login():
    """A browser logged in to the console as the benchmark's admin."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    faces_submit(opener, "/organize/login.xhtml", "login", {"email": ADMIN[0], "password": ADMIN[1]}, "submit")
    return opener


def faces_submit(opener, path, form_id, fields, button):
    """Submits a Faces form of the page at path as a browser would; returns the answer's address and body."""
    page = opener.open(BASE + path).read().decode()
    action = re.search(rf'<form id="{form_id}"[^>]*action="([^"]+)"', page).group(1).replace("&amp;", "&")
    state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page).group(1)
    values = {form_id: form_id, f"{form_id}:{button}": button, "jakarta.faces.ViewState": state}
    values.update({f"{form_id}:{name}": value for name, value in fields.items()})
    with opener.open(urllib.request.Request(BASE + action, data=urllib.parse.urlencode(values).encode())) as answer:
        return answer.geturl(), answer.read().decode()


def export_csv(app, slug):
    """Streams the campaign's CSV export from the console, counting its lines."""
    opener = console_login()
    campaign = sql(f"SELECT id FROM campaign WHERE slug = '{slug}'")
    watcher = app.watch_heap()
    started = time.monotonic()
    lines = 0
    with opener.open(f"{BASE}/organize/signatures/{campaign}.csv", timeout=600) as response:
        for _ in response:
            lines += 1
    seconds = time.monotonic() - started
    return {"seconds": seconds, "rows": lines - 1, "heap": app.peak_heap_mb(watcher)}


def update_to_supporters(slug, recipients=100_000):
    """
    An organizer sends an update to 100,000 opted-in signers of a campaign while watchers load the
    campaign page (16 connections, as a busy evening's visitors): the page's p99 without and with
    the send, the mails per second the sink receives meanwhile, and how long all of them take.
    """
    sql(f"UPDATE signature SET wants_updates = TRUE WHERE id IN (SELECT s.id FROM signature s JOIN campaign c "
        f"ON c.id = s.campaign_id WHERE c.slug = '{slug}' AND s.status = 'CONFIRMED' ORDER BY s.id LIMIT {recipients})")
    outbox_drained()
    without = summarize_wrk([wrk(f"/campaigns/{slug}", 16, SECONDS) for _ in range(RUNS)])
    campaign = sql(f"SELECT id FROM campaign WHERE slug = '{slug}'")
    opener = console_login()
    asked, _ = faces_submit(opener, f"/organize/update.xhtml?id={campaign}", "compose", {
        "subjectEn": "The hearing is on Monday", "subjectEs": "La audiencia es el lunes",
        "bodyEn": "Come to the **hearing** in Reading at 10 am.", "bodyEs": "Venga a la **audiencia** en Reading a las 10.",
        "audience": ""}, "askToSend")
    before = sink_count()
    started = time.monotonic()
    faces_submit(opener, asked[len(BASE):], "confirm", {}, "send")
    during = summarize_wrk([wrk(f"/campaigns/{slug}", 16, SECONDS) for _ in range(RUNS)])
    mailed_while_watched = sink_count() - before
    watched_seconds = time.monotonic() - started
    while sink_count() - before < recipients and time.monotonic() - started < 1800:
        time.sleep(1)
    seconds = time.monotonic() - started
    return {"without": without, "during": during, "mails_per_s_watched": mailed_while_watched / watched_seconds,
            "mails_per_s": (sink_count() - before) / seconds, "mailed": sink_count() - before, "seconds": seconds,
            "recipients": recipients}


def main():
    sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)",
       "-c", f"CREATE DATABASE {DB}")
    sink = subprocess.Popen([JAVA, "-cp", "target/test-classes", "org.firmas.bench.SmtpSink", str(SMTP_PORT),
                             f"{OUT}/tokens.csv", f"{OUT}/sink.txt"])
    payara, launcher = payara_launcher()
    app, first_boot, boot = started_with_aot_cache(launcher, SHIPPED_OUTBOX)
    results = {"boot": boot, "first_boot": first_boot}
    try:
        results.update(signing_surges(app))
        app.stop()
        app = later_start(launcher, FULL_SPEED_OUTBOX)
        results.update(signing_while_mail_goes_out_at_full_speed(app))
        results.update(scenarios(app))
    finally:
        app.stop()
        sink.terminate()
    report(payara, results)


def warm_up():
    """
    The JIT and the pools: the server's code runs several times faster once compiled, and a surge
    that lasts is served by compiled code.
    """
    sign_rounds(64, WARMUP_SECONDS, "warmup")
    # The posts the warm-up left unanswered are still being written: the first run must not count them.
    settled(rows)


def signing_surges(app):
    """Sign rounds at 64 and 256 users, and at 64 driven by Gatling, with the outbox as Firmas ships."""
    results = {}
    warm_up()
    for users in (64, 256):
        results[f"sign{users}"], results[f"heap{users}"], results[f"cpu{users}"] = sign_runs(app, users, f"sign-{users}")
    # The same rounds driven by Gatling, whose own JVM costs about as much CPU as the server.
    gatling_runs, gatling_mismatches = [], []
    for run in range(RUNS):
        before = rows()
        outcome = gatling("SignSurge", 64, SECONDS, f"gatling-sign-64-{run}")
        gatling_mismatches.append(settled(rows) - before - (outcome["ok_posts"] or 0))
        gatling_runs.append(outcome)
    results["gatling64"] = summarize(gatling_runs)
    results["gatling64"]["rows_minus_posts"] = gatling_mismatches
    return results


def signing_while_mail_goes_out_at_full_speed(app):
    """
    Sign rounds at 64 users on a server whose outbox may send 5,000 mails a second: the
    confirmation mails the shipped rate left waiting, oldest first, and then those of the new
    signatures go out to the sink during the runs, on the same two cores.
    """
    warm_up()
    mailed_before = sink_count()
    summary, heap, cpu = sign_runs(app, 64, "sign-64-mail")
    rounds = sum(summary["ok_posts"])
    return {"sign64mail": summary, "heap64mail": heap, "cpu64mail": cpu,
            "mails_per_round": (sink_count() - mailed_before) / max(1, rounds)}


def sign_runs(app, users, tag):
    """RUNS runs of sign rounds: their summary, the highest used heap and the median server CPU per round."""
    runs, heaps, mismatches, cpu = [], [], [], []
    for run in range(RUNS):
        before = rows()
        watcher = app.watch_heap()
        cpu_before = app.cpu_seconds()
        outcome = sign_rounds(users, SECONDS, f"{tag}-{run}")
        heaps.append(app.peak_heap_mb(watcher))
        cpu.append((app.cpu_seconds() - cpu_before) * 1000 / max(1, outcome["ok_posts"]))
        stored = settled(rows) - before
        mismatches.append(stored - outcome["ok_posts"] - outcome["unanswered_posts"])
        outcome["rows"] = stored
        runs.append(outcome)
    summary = summarize(runs)
    summary["rows_minus_posts"] = mismatches
    return summary, max(heaps), median(cpu)


def outbox_drained():
    """Waits until no mail is waiting in the outbox, so that what the sink counts next is new."""
    deadline = time.monotonic() + 900
    while int(sql("SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING'")) > 0:
        if time.monotonic() > deadline:
            sys.exit("The outbox still holds mail after 15 minutes: the confirmation and mail figures would be wrong")
        time.sleep(1)


def scenarios(app):
    results = {}
    # The confirmation mails of every signature so far reach the sink, which collects their tokens.
    outbox_drained()
    # Each run (and the warm-up) confirms its own share of the tokens, so no signature is confirmed twice.
    share = (len(open(f"{OUT}/tokens.csv").read().split()) - 1) // (RUNS + 1)
    confirm_rounds(64, 15, "confirm-warmup", 0, share)
    settled(lambda: confirmed(SURGE))
    confirm_runs, confirm_mismatches = [], []
    for run in range(RUNS):
        before = confirmed(SURGE)
        outcome = confirm_rounds(64, SECONDS, f"confirm-{run}", (run + 1) * share, share)
        confirm_mismatches.append(settled(lambda: confirmed(SURGE)) - before - outcome["ok_posts"]
                                  - outcome["unanswered_posts"])
        confirm_runs.append(outcome)
    results["confirm"] = summarize(confirm_runs)
    results["confirm"]["rows_minus_posts"] = confirm_mismatches
    results["lag"] = count_lag(SURGE)
    results["watch"] = summarize_wrk([wrk(f"/campaigns/{SURGE}", 256, SECONDS) for _ in range(RUNS)])
    results["static"] = summarize_wrk([wrk("/static/firmas.css", 256, SECONDS) for _ in range(RUNS)])
    results["pgbench"] = median([pgbench_ceiling() for _ in range(RUNS)])
    results["mail"] = median([mail_rate() for _ in range(RUNS)])
    growth = {}
    for size in (1_000, 1_000_000):
        add_growth_rows(size)
        growth[size] = summarize_wrk([wrk(f"/campaigns/{GROWTH}", 16, min(SECONDS, 15)) for _ in range(RUNS)])
    results["growth"] = growth
    results["export"] = export_csv(app, GROWTH)
    results["update"] = update_to_supporters(GROWTH)
    return results


def summarize(runs):
    return {key: median([run.get(key) for run in runs]) for key in ("rounds_per_s", "p50", "p99", "post_p50", "post_p99")} | {
        "errors": sum(run["errors"] or 0 for run in runs), "rows": [run.get("rows") for run in runs],
        "ok_posts": [run["ok_posts"] for run in runs]}


def summarize_wrk(runs):
    return {key: median([run[key] for run in runs]) for key in ("rate", "p50", "p99")} | {
        "errors": sum(run["errors"] for run in runs)}


def report(payara, r):
    java = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    commit = sh("git", "rev-parse", "--short", "HEAD").strip()
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    pg = sql("SHOW server_version")

    def fmt(value, digits=0):
        return "n/a" if value is None else f"{value:,.{digits}f}"

    s64, s256, c, w, st, g = r["sign64"], r["sign256"], r["confirm"], r["watch"], r["static"], r["growth"]
    sm = r["sign64mail"]
    u = r["update"]
    gs = r["gatling64"]
    lines = [
        f"Firmas benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit {commit}",
        f"Machine: {os.cpu_count()} cores ({cpu}), {java}, Payara Micro {payara}, PostgreSQL {pg}; "
        f"load generator on the same machine; median of {RUNS} runs of {SECONDS} s after {WARMUP_SECONDS} s of warm-up",
        "",
        "| scenario | figure | p50 ms | p99 ms | errors | target |",
        "|---|---|---|---|---|---|",
        f"| sign rounds, 64 users (outbox as shipped: 50 mails/s) | {fmt(s64['rounds_per_s'])} rounds/s | {fmt(s64['p50'], 1)} | {fmt(s64['p99'], 1)} | {s64['errors']} | ≥ 1,000/s, p99 ≤ 100 ms |",
        f"| sign rounds, 256 users (outbox as shipped) | {fmt(s256['rounds_per_s'])} rounds/s | {fmt(s256['p50'], 1)} | {fmt(s256['p99'], 1)} | {s256['errors']} | ≥ 1,000/s, p99 ≤ 100 ms |",
        f"| sign rounds, 64 users, while the outbox sends at up to 5,000 mails/s ({fmt(r['mails_per_round'], 1)} mails per round) | {fmt(sm['rounds_per_s'])} rounds/s | {fmt(sm['p50'], 1)} | {fmt(sm['p99'], 1)} | {sm['errors']} | |",
        f"| rows stored − successful POSTs − POSTs unanswered at the stop (per run) | 64: {s64['rows_minus_posts']}, 256: {s256['rows_minus_posts']}, "
        f"64 with mail: {sm['rows_minus_posts']} | | | | all 0 |",
        f"| the POST alone in the sign rounds above (the wait after pressing Sign), p50 / p99 ms | 64: {fmt(s64['post_p50'], 1)} / {fmt(s64['post_p99'], 1)}, "
        f"256: {fmt(s256['post_p50'], 1)} / {fmt(s256['post_p99'], 1)}, 64 with mail: {fmt(sm['post_p50'], 1)} / {fmt(sm['post_p99'], 1)} | | | | |",
        f"| sign rounds, 64 users, driven by Gatling | {fmt(gs['rounds_per_s'])} rounds/s | {fmt(gs['p50'], 1)} | {fmt(gs['p99'], 1)} | {gs['errors']} | |",
        f"| rows stored − successful POSTs, Gatling (per run) | {gs['rows_minus_posts']} | | | | all 0 |",
        f"| confirm rounds, 64 users | {fmt(c['rounds_per_s'])} rounds/s | {fmt(c['p50'], 1)} | {fmt(c['p99'], 1)} | {c['errors']} | |",
        f"| signatures confirmed − successful confirm POSTs − unanswered (per run) | {c['rows_minus_posts']} | | | | all 0 |",
        f"| watchers: campaign page, 256 connections | {fmt(w['rate'])} views/s | {fmt(w['p50'], 2)} | {fmt(w['p99'], 2)} | {w['errors']} | ≥ 5,000/s, p99 ≤ 50 ms |",
        f"| ceiling: static file, 256 connections | {fmt(st['rate'])} req/s | {fmt(st['p50'], 2)} | {fmt(st['p99'], 2)} | {st['errors']} | |",
        f"| page views ÷ static ceiling | {fmt(w['rate'] / st['rate'], 2)} | | | | ≥ 0.5 |",
        f"| ceiling: pgbench, the signature's inserts, 32 clients | {fmt(r['pgbench'])} tx/s | | | | |",
        f"| sign rounds (256) ÷ pgbench ceiling | {fmt(s256['rounds_per_s'] / r['pgbench'], 2)} | | | | |",
        f"| mail: outbox → SMTP sink | {fmt(r['mail'])} messages/s | | | | ≥ 1,000/s |",
        f"| shown count behind the database after the surge | {fmt(r['lag'], 1)} s | | | | ≤ 5 s |",
        f"| campaign page, 1,000 signatures, 16 connections | {fmt(g[1_000]['rate'])} views/s | {fmt(g[1_000]['p50'], 2)} | {fmt(g[1_000]['p99'], 2)} | {g[1_000]['errors']} | same as at 1M |",
        f"| campaign page, 1,000,000 signatures, 16 connections | {fmt(g[1_000_000]['rate'])} views/s | {fmt(g[1_000_000]['p50'], 2)} | {fmt(g[1_000_000]['p99'], 2)} | {g[1_000_000]['errors']} | same as at 1k |",
        f"| server CPU per sign round | 64: {fmt(r['cpu64'], 2)} ms, 256: {fmt(r['cpu256'], 2)} ms, "
        f"64 while the outbox sends (its mails included): {fmt(r['cpu64mail'], 2)} ms | | | | |",
        f"| peak used heap during the surge (-Xmx512m) | 64: {fmt(r['heap64'])} MB, 256: {fmt(r['heap256'])} MB, "
        f"64 with mail: {fmt(r['heap64mail'])} MB | | | | ≤ 512 MB |",
        f"| boot to ready, first start (deploys, records the JDK's AOT cache) | {fmt(r['first_boot'], 1)} s | | | | |",
        f"| boot to ready, later starts (from the AOT cache) | {fmt(r['boot'], 1)} s | | | | ≤ 15 s |",
        f"| CSV export of {r['export']['rows']:,} signatures (console, logged in) | {fmt(r['export']['seconds'], 1)} s, "
        f"peak used heap {fmt(r['export']['heap'])} MB | | | | constant memory |",
        f"| campaign page, 16 connections, while an update goes to {u['recipients']:,} opted-in signers | {fmt(u['during']['rate'])} views/s "
        f"(without the send: {fmt(u['without']['rate'])}) | {fmt(u['during']['p50'], 2)} | {fmt(u['during']['p99'], 2)} "
        f"(without: {fmt(u['without']['p99'], 2)}) | {u['during']['errors']} | p99 within 2× of without |",
        f"| update to {u['recipients']:,} signers: outbox → SMTP sink (outbox at up to 5,000 mails/s) | {fmt(u['mails_per_s_watched'])} mails/s "
        f"while watched, {fmt(u['mails_per_s'])} mails/s overall; {u['mailed']:,} mailed in {fmt(u['seconds'])} s | | | | every recipient once |",
    ]
    table = "\n".join(lines)
    print(table)
    with open(f"{OUT}/results.md", "w") as out:
        out.write(table + "\n")


if __name__ == "__main__":
    main()
