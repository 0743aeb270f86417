"""Runs the Firmas benchmark scenarios and prints one table. Started by run-benchmarks.sh."""
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
from bench_tools import *  # noqa: E402,F403 (the scenarios' shared vocabulary)
import bench_report  # noqa: E402

RATES = [int(rate) for rate in os.environ.get("RATES", "500,1000,1500").split(",")]
SEARCH_SECONDS = int(os.environ.get("SEARCH_SECONDS", "15"))
SEARCH_STEP = int(os.environ.get("SEARCH_STEP", "100"))
P99_LIMIT_MS = 100
CONFIRM_RATE = int(os.environ.get("CONFIRM_RATE", "1000"))
GROWTH_ROWS = int(os.environ.get("GROWTH_ROWS", "1000000"))
UPDATE_RECIPIENTS = int(os.environ.get("UPDATE_RECIPIENTS", "100000"))
API_SIGNATURES = int(os.environ.get("API_SIGNATURES", "100000"))
PAPER_ROWS = int(os.environ.get("PAPER_ROWS", "10000"))
GATLING_CHECK = os.environ.get("GATLING_CHECK") == "1"

# Each scenario's wall-clock window, so that the GC pauses it suffered can be read from the log afterwards.
WINDOWS = []


class Window:
    """A scenario's span: its name, wall-clock start and end, and the server's and PostgreSQL's CPU over it."""

    def __init__(self, name, app):
        self.name, self.app = name, app

    def __enter__(self):
        self.start, self.cpu, self.pg = now_ms(), self.app.cpu_seconds(), postgres_cpu_seconds()
        return self

    def __exit__(self, *failure):
        self.end = now_ms()
        self.server_cpu, self.pg_cpu = self.app.cpu_seconds() - self.cpu, postgres_cpu_seconds() - self.pg
        WINDOWS.append(self)


def payara_launcher():
    """
    Payara Micro unpacked into its root directory, with a launcher jar whose class path lists the
    runtime's jars: the JDK's AOT cache holds only classes loaded from the class path.
    """
    micro = os.environ["PAYARA_MICRO_JAR"]
    sh(JAVA, "-jar", micro, "--rootdir", ROOT, "--outputlauncher")
    return os.path.basename(micro)[len("payara-micro-"):-len(".jar")], f"{ROOT}/launch-micro.jar"


AOT_CACHE = f"{OUT}/firmas.aot"
# A first round of the webhook senders a day after the start: deliveries queue and wait.
WEBHOOKS_HELD = {"FIRMAS_WEBHOOKS_POLL_MILLIS": str(24 * 3600 * 1000)}
QUIET_AOT = ["-Xlog:aot=off", "-Xlog:cds=off"]


def java_feature_version():
    version = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr
    return int(re.search(r'version "(\d+)', version).group(1))


def started_with_aot_cache(launcher):
    """
    A first start deploys the WAR into the root directory and, on Java 25 and newer, records the
    JDK's AOT cache when it stops; RUNS later starts run what the root holds (from the cache).
    Returns the last of them, still running, with the first start's boot time and the later
    starts' median.
    """
    first = App(launcher, [f"-XX:AOTCacheOutput={AOT_CACHE}", *QUIET_AOT] if java_feature_version() >= 25 else [])
    get("/")
    first.stop()
    boots = []
    for run in range(RUNS):
        app = later_start(launcher, SHIPPED_OUTBOX)
        boots.append(app.boot_seconds)
        if run < RUNS - 1:
            app.stop()
    return app, first.boot_seconds, median(boots)


def later_start(launcher, outbox):
    cached = [f"-XX:AOTCache={AOT_CACHE}", *QUIET_AOT] if os.path.exists(AOT_CACHE) else []
    return App(launcher, cached, deploy=False, outbox=outbox)


def connections_for(rate):
    """Enough connections that a connection's next signer rarely waits for its last (one thread each)."""
    return max(32, min(256, rate // 6))


def open_signing(app, rate, seconds, tag):
    """Signers arriving at rate a second for seconds: the round, the POST, rows against successes, CPU per round."""
    before, watcher = rows(), app.watch_heap()
    cpu, pg = app.cpu_seconds(), postgres_cpu_seconds()
    outcome = wrk_rounds("sign-round.lua", connections_for(rate), seconds, tag, f"{tag}-{int(time.time())}", SURGE,
                         str(rate), str(connections_for(rate)))
    rounds = max(1, outcome["rounds_per_s"] * seconds)
    outcome["server_cpu_ms"] = (app.cpu_seconds() - cpu) * 1000 / rounds
    outcome["pg_cpu_ms"] = (postgres_cpu_seconds() - pg) * 1000 / rounds
    outcome["heap"] = app.peak_heap_mb(watcher)
    stored = settled(rows) - before
    outcome["rows"] = stored
    outcome["rows_minus_successes"] = stored - outcome["ok_posts"] - outcome["unanswered_posts"]
    return outcome


def summarize(runs):
    keys = ("rounds_per_s", "p50", "p99", "p999", "post_p50", "post_p99", "post_p999", "generator_cpu_ms",
            "server_cpu_ms", "pg_cpu_ms")
    return {key: median([run.get(key) for run in runs]) for key in keys} | {
        "errors": sum(run["errors"] for run in runs), "heap": max(run.get("heap") or 0 for run in runs),
        "rows_minus_successes": [run.get("rows_minus_successes") for run in runs],
        "p99s": [run["p99"] for run in runs]}


def signing(app):
    """The open model: a warm-up, RUNS runs at each rate, then the highest rate whose round p99 stays within the limit."""
    with Window("warm-up", app):
        open_signing(app, RATES[0], WARMUP_SECONDS, "warmup")
    results = {}
    for rate in RATES:
        with Window(f"signing at {rate:,}/s", app):
            results[rate] = summarize([open_signing(app, rate, SECONDS, f"open-{rate}-{run}") for run in range(RUNS)])
    with Window("search for the highest rate with round p99 ≤ 100 ms", app):
        highest, probes = highest_rate(app, results)
    return {"open": results, "highest": highest, "probes": probes}


def highest_rate(app, measured):
    """
    A short step search: the measured rates bracket the answer (or rates 500 apart above them do),
    then halving the bracket down to SEARCH_STEP. A rate passes when its round p99 is within the
    limit with no errors (for the measured rates: the median run's p99).
    """
    passes = lambda outcome: outcome["p99"] is not None and outcome["p99"] <= P99_LIMIT_MS and outcome["errors"] == 0
    probes = []

    def probe(rate):
        outcome = open_signing(app, rate, SEARCH_SECONDS, f"search-{rate}")
        probes.append((rate, outcome["p99"], outcome["errors"]))
        return passes(outcome)

    good = [rate for rate, outcome in measured.items() if passes(outcome)]
    low = max(good, default=0)
    bad = [rate for rate in measured if rate > low]
    high = min(bad) if bad else None
    while high is None and len(probes) < 3:
        if probe(low + 500):
            low += 500
        else:
            high = low + 500
    while high is not None and high - low > SEARCH_STEP:
        middle = (low + high) // 2 // 10 * 10
        if probe(middle):
            low = middle
        else:
            high = middle
    return low, probes


def gatling_cross_check(app, rate):
    """The same open signing driven by Gatling (its JVM, started for the run, and Maven's counted as the generator)."""
    rounds_file = f"{OUT}/gatling-{rate}.rounds"
    before = rows()
    text, cpu = run_generator(["./mvnw", "-Pbenchmark", "gatling:test", "-Dgatling.simulationClass=org.firmas.bench.SignSurge",
                               f"-DbaseUrl={BASE}", f"-Drate={rate}", f"-Dseconds={SECONDS}", f"-DroundsFile={rounds_file}"])
    with open(f"{OUT}/gatling-{rate}.log", "w") as out:
        out.write(text)
    done, p50, p99, p999 = (open(rounds_file).read().split() if os.path.exists(rounds_file) else ["0", None, None, None])
    counts = re.findall(r"^> request count\s*\|\s*([\d,]+)\s*\|\s*([\d,]+)\s*\|\s*([\d,-]+)", text, re.M)
    return {"rounds_per_s": int(done) / SECONDS, "p50": p50 and float(p50), "p99": p99 and float(p99),
            "p999": p999 and float(p999), "errors": int(counts[-1][2].replace(",", "").replace("-", "0")) if counts else None,
            "generator_cpu_ms": cpu * 1000 / max(1, int(done)), "rows": settled(rows) - before}


def drain_outbox():
    """
    Every mail the signing left waiting, sent at full speed: mails a second to the sink, from the
    restart to the sink's last message, and any the outbox gave up on or left maybe delivered.
    """
    pending, before, started_ms = outbox_pending(), sink_count(), now_ms()
    deadline = time.monotonic() + 900
    while outbox_unsettled() > 0:
        if time.monotonic() > deadline:
            sys.exit("The outbox still holds mail after 15 minutes: the figures that follow would be wrong")
        time.sleep(0.5)
    mails = settled(sink_count) - before
    last_ms = stat_file(f"{OUT}/sink.txt")[2]
    unsent = dict(line.split("|") for line in sql("SELECT status, COUNT(*) FROM outbox_message "
                                                   "WHERE status NOT IN ('SENT', 'PENDING', 'SENDING') GROUP BY status").split())
    return {"pending": pending, "mails": mails, "per_s": mails / max(0.001, (last_ms - started_ms) / 1000),
            "unsent": {status: int(count) for status, count in unsent.items()}}


def add_webhook_endpoint(slug):
    """A signature.confirmed endpoint on the campaign, added through its console page, posting to the receiver."""
    opener = console_login()
    faces_submit(opener, f"/organize/webhooks.xhtml?id={campaign_id(slug)}", "add",
                 {"url": f"http://127.0.0.1:{HOOK_PORT}/firmas", "signatureConfirmed": "on"}, "addEndpoint")
    if sql(f"SELECT COUNT(*) FROM webhook_endpoint WHERE campaign_id = {campaign_id(slug)}") == "0":
        sys.exit("The webhook endpoint was not added")


def confirmations(app):
    """
    Signers open their confirmation links at CONFIRM_RATE a second (tokens the sink collected),
    each confirmation queueing a webhook delivery the server, started with its senders held, keeps:
    the rounds, the newly confirmed rows against the successes, and how long the count the site
    shows took to catch up.
    """
    add_webhook_endpoint(SURGE)
    tokens = len(open(f"{OUT}/tokens.csv").read().split()) - 1
    # A tenth more than the run's arrivals: each connection has its own share, and runs out of none.
    wanted = CONFIRM_RATE * SECONDS * 11 // 10
    if tokens < wanted:
        print(f"Only {tokens} confirmation tokens for {wanted} confirmations; the run confirms what there is", file=sys.stderr)
    threads = connections_for(CONFIRM_RATE)
    deal_tokens(min(tokens, wanted), threads)
    before = confirmed(SURGE)
    with Window(f"confirmations at {CONFIRM_RATE:,}/s", app):
        outcome = wrk_rounds("confirm-round.lua", threads, SECONDS, "confirm", f"{OUT}/tokens-", str(threads), str(CONFIRM_RATE))
        newly = settled(lambda: confirmed(SURGE)) - before
        outcome["rows_minus_successes"] = newly - outcome["ok_posts"] - outcome["unanswered_posts"]
    return {"confirm": outcome, "confirmed": newly, "queued": int(sql("SELECT COUNT(*) FROM webhook_delivery WHERE status = 'PENDING'")),
            "lag": count_lag(SURGE)}


def webhook_drain(app, queued):
    """
    The deliveries the confirmations queued, posted by a server started with the senders as shipped:
    deliveries a second from the receiver's first to its last, and how many are missing or came twice.
    """
    # The receiver has seen nothing before this start (the endpoint was added with the senders held),
    # and the senders began while the server was still starting: everything it counts is theirs.
    with Window("webhooks for those confirmations", app):
        deadline = time.monotonic() + 600
        while stat_file(f"{OUT}/hooks.txt")[1] < queued and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(1)
    posts, delivered, first, last = stat_file(f"{OUT}/hooks.txt")
    return {"delivered": delivered, "missing": queued - delivered, "twice": posts - delivered,
            "deliveries_per_s": delivered / max(0.001, (last - first) / 1000)}


def deal_tokens(count, threads):
    """The first count tokens the sink collected, dealt round-robin into one file per wrk thread."""
    collected = open(f"{OUT}/tokens.csv").read().split()[1:count + 1]
    for thread in range(1, threads + 1):
        with open(f"{OUT}/tokens-{thread}.txt", "w") as out:
            out.write("".join(token + "\n" for token in collected[thread - 1::threads]))


def count_lag(slug):
    """Seconds until the count the site shows equals the confirmed rows in the database."""
    started = time.monotonic()
    while api_count(slug) != confirmed(slug) and time.monotonic() - started < 60:
        time.sleep(0.05)
    return time.monotonic() - started


def pgbench_ceiling():
    """The same transaction as a signature (signature, two tokens, one outbox mail), straight into PostgreSQL."""
    script = f"{OUT}/signature-insert.sql"
    with open(script, "w") as out:
        out.write(f"""BEGIN;
INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, language, status, created_at, mail_count)
  VALUES (nextval('signature_seq'), {campaign_id(SURGE)}, 'pgbench-' || txid_current(), 'x@example.net', 'Ana', 'Bench', '19148', 'es', 'PENDING', now(), 1);
INSERT INTO signer_token VALUES (md5(random()::text) || md5(random()::text), currval('signature_seq'), 'CONFIRM', now() + interval '7 days');
INSERT INTO signer_token VALUES (md5(random()::text) || md5(random()::text), currval('signature_seq'), 'WITHDRAW', now() + interval '3650 days');
INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, created_at, sent_at, signature_id)
  VALUES (nextval('outbox_message_seq'), '<pgbench-' || txid_current() || '>', 'CONFIRM', 'x@example.net', 's', 't', 'h', 'SENT', 0, now(), now(), now(), currval('signature_seq'));
COMMIT;
""")
    text = sh("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-c", "32", "-j", "2", "-T", str(SECONDS), "-f", script, DB)
    sql("DELETE FROM signature WHERE email_key LIKE 'pgbench-%'")
    sql("DELETE FROM outbox_message WHERE message_id LIKE '<pgbench-%'")
    return float(re.search(r"tps = ([\d.]+)", text).group(1))


def ceilings(app):
    results = {}
    # Both paths warm first: the server was started again a minute ago, and the JIT has not met them yet.
    for path in (f"/campaigns/{SURGE}", "/static/firmas.css"):
        wrk(path, 256, min(SECONDS, 10))
    with Window("watchers (campaign page, 256 connections)", app):
        results["watch"] = summarize_wrk([wrk(f"/campaigns/{SURGE}", 256, SECONDS) for _ in range(RUNS)])
    with Window("ceiling: static file", app):
        results["static"] = summarize_wrk([wrk("/static/firmas.css", 256, SECONDS) for _ in range(RUNS)])
    with Window("ceiling: pgbench", app):
        results["pgbench"] = median([pgbench_ceiling() for _ in range(RUNS)])
    return results


def paper_import(app, slug):
    """PAPER_ROWS typed-up paper signatures through the console's paper page, in files of at most 5,000 rows."""
    campaign, opener = campaign_id(slug), console_login()
    files, row = [], 0
    while row < PAPER_ROWS:
        lines = ["sheet_code,event_name,event_date,event_place,collected_by,name,zip,email"]
        for _ in range(min(5000, PAPER_ROWS - row)):
            row += 1
            serial = "".join("0123456789ABCDEFGHJKMNPQRSTVWXYZ"[(row // 25) >> (5 * i) & 31] for i in range(6))
            lines.append(f"F{campaign}-{serial},Parish fair,{datetime.date.today()},Reading,Marta Ruiz,Ana Papel,19148,"
                         f"paper-{os.getpid()}-{row}@example.net")
        files.append(("\n".join(lines) + "\n").encode())
    imported_before = int(sql(f"SELECT COUNT(*) FROM signature WHERE paper_import_id IS NOT NULL AND campaign_id = {campaign}"))
    started, importing = time.monotonic(), 0.0
    with Window(f"paper import of {PAPER_ROWS:,} rows", app):
        for number, content in enumerate(files):
            page = opener.open(f"{BASE}/organize/paper.xhtml?id={campaign}").read().decode()
            preview = faces_upload(opener, page, "check", "file", f"sheets-{number}.csv", content, "check")
            if 'id="import"' not in preview:
                with open(f"{OUT}/paper-preview.html", "w") as out:
                    out.write(preview)
                sys.exit(f"The paper page would not import the file, see {OUT}/paper-preview.html")
            began = time.monotonic()
            faces_upload(opener, preview, "import", "file", f"sheets-{number}.csv", content, "import")
            importing += time.monotonic() - began
    imported = int(sql(f"SELECT COUNT(*) FROM signature WHERE paper_import_id IS NOT NULL AND campaign_id = {campaign}")) - imported_before
    return {"rows": imported, "seconds": time.monotonic() - started, "import_seconds": importing, "files": len(files)}


def add_growth_rows(total):
    """
    Confirmed signatures written straight into the table, as plain values (the server reads
    unencrypted ones as they are), and as delivered to the officials in an earlier batch, as a
    campaign's signatures are by the time there are a million of them.
    """
    have = int(sql(f"SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = '{GROWTH}'"))
    batch = sql(f"INSERT INTO delivery_batch (id, campaign_id, created_at, signature_count, total_count, final_batch) "
                f"SELECT nextval('delivery_batch_seq'), id, now(), {total - have}, {total}, FALSE FROM campaign "
                f"WHERE slug = '{GROWTH}' RETURNING id").split()[0]
    sql(f"INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, language, status, "
        f"created_at, confirmed_at, listed_publicly, batch_id) SELECT nextval('signature_seq'), c.id, 'growth-' || g || '@example.net', "
        f"'growth-' || g || '@example.net', 'Growth', 'Signer', '19148', 'en', 'CONFIRMED', now(), now(), g % 10 = 0, {batch} "
        f"FROM generate_series({have + 1}, {total}) g, campaign c WHERE c.slug = '{GROWTH}'")
    sql("VACUUM ANALYZE signature")
    # Written out now, so the page runs that follow measure the page and not PostgreSQL flushing the new rows.
    sql("CHECKPOINT")
    while api_count(GROWTH) != total:
        time.sleep(0.2)


def growth(app):
    pages = {}
    for size in (1_000, GROWTH_ROWS):
        add_growth_rows(size)
        with Window(f"campaign page at {size:,} signatures", app):
            pages[size] = summarize_wrk([wrk(f"/campaigns/{GROWTH}", 16, min(SECONDS, 15)) for _ in range(RUNS)])
    return pages


def export_csv(app, slug):
    """Streams the campaign's CSV export from the console, counting its lines."""
    opener, watcher = console_login(), app.watch_heap()
    started = time.monotonic()
    lines = 0
    with Window("CSV export", app), opener.open(f"{BASE}/organize/signatures/{campaign_id(slug)}.csv", timeout=600) as response:
        for _ in response:
            lines += 1
    return {"seconds": time.monotonic() - started, "rows": lines - 1, "heap": app.peak_heap_mb(watcher)}


def api_key():
    """A key of the admin's, written as the console's API keys page writes one (only its SHA-256 is kept)."""
    token = os.urandom(32).hex()
    sql(f"INSERT INTO api_key (id, account_id, label, token_hash, trusted, created_at) SELECT nextval('api_key_seq'), id, "
        f"'benchmark', '{hashlib.sha256(token.encode()).hexdigest()}', FALSE, now() FROM organizer_account "
        f"WHERE email = '{ADMIN[0]}'")
    return token


def api_reading(app, slug):
    """API_SIGNATURES signatures read through the OSDI API, 100 a page, oldest first: time and the server's heap."""
    headers, path = {"OSDI-API-Token": api_key()}, f"/api/osdi/v1/petitions/{campaign_id(slug)}/signatures"
    watcher, started, read = app.watch_heap(), time.monotonic(), 0
    with Window(f"OSDI API, {API_SIGNATURES:,} signatures", app):
        for page in range(1, API_SIGNATURES // 100 + 1):
            answer = json.loads(get(f"{path}?per_page=100&page={page}", headers, timeout=60))
            read += len(answer["_embedded"]["osdi:signatures"])
    return {"read": read, "seconds": time.monotonic() - started, "heap": app.peak_heap_mb(watcher)}


def update_to_supporters(app, slug):
    """
    An organizer sends an update to UPDATE_RECIPIENTS opted-in signers (opted in by SQL), with
    nobody on the site: the mails a second, and that every recipient got one. Then another to the
    same signers while 256 watchers load the campaign page: the page without and with a send going
    out (the senders give way to the visitors), and the mails a second meanwhile.
    """
    sql(f"UPDATE signature SET wants_updates = TRUE WHERE id IN (SELECT s.id FROM signature s JOIN campaign c "
        f"ON c.id = s.campaign_id WHERE c.slug = '{slug}' AND s.status = 'CONFIRMED' ORDER BY s.id LIMIT {UPDATE_RECIPIENTS})")
    opener = console_login()
    before = sink_count()
    started = time.monotonic()
    with Window(f"update to {UPDATE_RECIPIENTS:,} signers, nobody watching", app):
        send_update(opener, slug)
        while sink_count() - before < UPDATE_RECIPIENTS and time.monotonic() - started < 1800:
            time.sleep(0.5)
        seconds, mailed = time.monotonic() - started, settled(sink_count, 3) - before
    with Window("watchers, no update", app):
        without = summarize_wrk([wrk(f"/campaigns/{slug}", 256, SECONDS) for _ in range(RUNS)])
    before, started = sink_count(), time.monotonic()
    with Window(f"watchers while another update goes to {UPDATE_RECIPIENTS:,} signers", app):
        send_update(opener, slug)
        during = summarize_wrk([wrk(f"/campaigns/{slug}", 256, SECONDS) for _ in range(RUNS)])
        mailed_while_watched, watched_seconds = sink_count() - before, time.monotonic() - started
    return {"without": without, "during": during, "mails_per_s_watched": mailed_while_watched / watched_seconds,
            "mails_per_s": mailed / seconds, "mailed": mailed, "seconds": seconds, "recipients": UPDATE_RECIPIENTS}


def send_update(opener, slug):
    """Composes an update to every opted-in signer in the console and confirms the send."""
    asked, _ = faces_submit(opener, f"/organize/update.xhtml?id={campaign_id(slug)}", "compose", {
        "subject_en": "The hearing is on Monday", "subject_es": "La audiencia es el lunes",
        "body_en": "Come to the **hearing** in Reading at 10 am.", "body_es": "Venga a la **audiencia** en Reading a las 10.",
        "audience": ""}, "askToSend")
    faces_submit(opener, asked[len(BASE):], "confirm", {}, "send")


def main():
    sh("psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {DB} WITH (FORCE)",
       "-c", f"CREATE DATABASE {DB}")
    helpers = [subprocess.Popen([JAVA, "-Xmx128m", "-cp", "target/test-classes", "org.firmas.bench.SmtpSink", str(SMTP_PORT),
                                 f"{OUT}/tokens.csv", f"{OUT}/sink.txt"]),
               subprocess.Popen([JAVA, "-Xmx128m", "-cp", "target/test-classes", "org.firmas.bench.WebhookReceiver",
                                 str(HOOK_PORT), f"{OUT}/hooks.txt"])]
    app = None
    try:
        payara, launcher = payara_launcher()
        app, first_boot, boot = started_with_aot_cache(launcher)
        results = {"boot": boot, "first_boot": first_boot}
        results.update(signing(app))
        if GATLING_CHECK:
            with Window(f"Gatling at {RATES[0]:,}/s", app):
                results["gatling"] = gatling_cross_check(app, RATES[0])
        app.stop()
        # Again from the AOT cache, now with the outbox as fast as the machine allows: what the
        # signing left waiting goes out (the tokens the confirmations need), and the update after it.
        app = later_start(launcher, FULL_SPEED_OUTBOX)
        with Window("outbox drained at full speed", app):
            results["drain"] = drain_outbox()
        # Again, with the webhook senders held, so the confirmations' deliveries wait, then once
        # more as shipped: the senders' own pace on what a surge left them.
        app.stop()
        app = later_start(launcher, FULL_SPEED_OUTBOX | WEBHOOKS_HELD)
        results.update(confirmations(app))
        app.stop()
        app = later_start(launcher, FULL_SPEED_OUTBOX)
        results.update(webhook_drain(app, results["queued"]))
        results.update(ceilings(app))
        results["paper"] = paper_import(app, SURGE)
        results["growth"] = growth(app)
        results["export"] = export_csv(app, GROWTH)
        results["api"] = api_reading(app, GROWTH)
        results["update"] = update_to_supporters(app, GROWTH)
    finally:
        if app and app.process.poll() is None:
            app.stop()
        for helper in helpers:
            helper.terminate()
    pauses = gc_pauses()
    results["gc"] = [{"name": window.name, "seconds": (window.end - window.start) / 1000, "server_cpu": window.server_cpu,
                      "pg_cpu": window.pg_cpu} | gc_between(pauses, window.start, window.end) for window in WINDOWS]
    # From the script's start, the build included.
    results.update(bench_report.run_facts(payara, (time.time() - float(os.environ.get("BENCH_STARTED", time.time()))) / 60))
    # Kept, so that the table can be printed again from them (python3 src/bench/bench_report.py).
    with open(f"{OUT}/results.json", "w") as out:
        json.dump(results, out)
    bench_report.report(results)


if __name__ == "__main__":
    main()
