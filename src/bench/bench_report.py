"""
The benchmark's table: figures, ratios to the ceilings, GC pauses per scenario, and each target met
or missed. Run on its own, it prints the table again from target/bench/results.json.
"""
import json
import os
import subprocess
import sys
import time

from bench_tools import GC, JAVA, OUT, RUNS, SECONDS, WARMUP_SECONDS, sh, sql


def fmt(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}"


def ratio(part, whole):
    return None if part is None or not whole else part / whole


def verdict(met):
    return "**met**" if met else "**missed**"


def signing_rows(r):
    lines = ["| arrivals/s | rounds/s | round p50 / p99 / p99.9 ms | POST p50 / p99 / p99.9 ms | errors | rows − successes (per run) "
             "| CPU per round: generator / Firmas / PostgreSQL ms | peak heap MB |", "|---|---|---|---|---|---|---|---|"]
    for rate, o in r["open"].items():
        lines.append(f"| {rate:,} | {fmt(o['rounds_per_s'])} | {fmt(o['p50'], 1)} / {fmt(o['p99'], 1)} / {fmt(o['p999'], 1)} "
                     f"| {fmt(o['post_p50'], 1)} / {fmt(o['post_p99'], 1)} / {fmt(o['post_p999'], 1)} | {o['errors']} "
                     f"| {o['rows_minus_successes']} | {fmt(o['generator_cpu_ms'], 2)} / {fmt(o['server_cpu_ms'], 2)} / "
                     f"{fmt(o['pg_cpu_ms'], 2)} | {fmt(o['heap'])} |")
    if "gatling" in r:
        g = r["gatling"]
        lines.append(f"| {list(r['open'])[0]:,}, Gatling | {fmt(g['rounds_per_s'])} | {fmt(g['p50'], 1)} / {fmt(g['p99'], 1)} / "
                     f"{fmt(g['p999'], 1)} | | {g['errors']} | rows {g['rows']:,} | {fmt(g['generator_cpu_ms'], 2)} / / | |")
    probes = ", ".join(f"{rate:,}/s: p99 {fmt(p99, 1)} ms{'' if not errors else f', {errors} errors'}" for rate, p99, errors in r["probes"])
    lines += ["", f"Highest rate with the round's p99 ≤ 100 ms and no errors: **{r['highest']:,} arrivals/s** "
                  f"(steps of {SECONDS}-s runs measured above{'; probes of ' + os.environ.get('SEARCH_SECONDS', '15') + ' s: ' + probes if probes else ''})."]
    return lines


def work_rows(r):
    c, u, p, a, e, g = r["confirm"], r["update"], r["paper"], r["api"], r["export"], r["growth"]
    sizes = sorted(g)
    return [
        "| scenario | figure | p50 ms | p99 ms | errors |", "|---|---|---|---|---|",
        f"| confirmations, open model ({c['rounds_per_s']:,.0f} rounds/s; the POST p99 {fmt(c['post_p99'], 1)} ms) "
        f"| {r['confirmed']:,} confirmed, rows − successes {c['rows_minus_successes']} | {fmt(c['p50'], 1)} | {fmt(c['p99'], 1)} | {c['errors']} |",
        f"| webhooks for those confirmations, queued meanwhile, then posted to a loopback receiver "
        f"| {fmt(r['deliveries_per_s'])} deliveries/s; "
        f"{r['delivered']:,} delivered, {r['missing']:,} missing, {r['twice']:,} posted twice | | | |",
        f"| shown count behind the database after the confirmations | {fmt(r['lag'], 1)} s | | | |",
        f"| outbox drained at full speed after the signing ({r['drain']['pending']:,} mails waiting, and the officials' "
        f"batches due meanwhile) | {r['drain']['mails']:,} mails at {fmt(r['drain']['per_s'])}/s{unsent(r['drain'])} | | | |",
        f"| watchers: campaign page, 256 connections | {fmt(r['watch']['rate'])} views/s | {fmt(r['watch']['p50'], 2)} | {fmt(r['watch']['p99'], 2)} | {r['watch']['errors']} |",
        f"| the same while an update goes to {u['recipients']:,} signers (before it: {fmt(u['without']['rate'])} views/s, "
        f"p99 {fmt(u['without']['p99'], 2)} ms) | {fmt(u['during']['rate'])} views/s | {fmt(u['during']['p50'], 2)} | {fmt(u['during']['p99'], 2)} | {u['during']['errors']} |",
        f"| update to {u['recipients']:,} opted-in signers, outbox → SMTP sink, nobody watching | {fmt(u['mails_per_s'])} mails/s; "
        f"{u['mailed']:,} mailed in {fmt(u['seconds'])} s (another while watched: {fmt(u['mails_per_s_watched'])}/s) | | | |",
        f"| OSDI API: {a['read']:,} signatures, 100 a page | {fmt(a['seconds'], 1)} s, peak used heap {fmt(a['heap'])} MB | | | |",
        f"| paper import through the console: {p['rows']:,} rows in {p['files']} files | {fmt(p['seconds'], 1)} s "
        f"(checks and imports; the imports alone {fmt(p['import_seconds'], 1)} s) | | | |",
        f"| CSV export of {e['rows']:,} signatures | {fmt(e['seconds'], 1)} s, peak used heap {fmt(e['heap'])} MB | | | |",
        *[f"| campaign page at {size:,} signatures, 16 connections | {fmt(g[size]['rate'])} views/s | {fmt(g[size]['p50'], 2)} "
          f"| {fmt(g[size]['p99'], 2)} | {g[size]['errors']} |" for size in sizes],
        f"| ceiling: static file, 256 connections | {fmt(r['static']['rate'])} req/s | {fmt(r['static']['p50'], 2)} | {fmt(r['static']['p99'], 2)} | {r['static']['errors']} |",
        f"| ceiling: pgbench, the signature's inserts, 32 clients | {fmt(r['pgbench'])} tx/s | | | |",
        f"| boot to ready: first start (records the AOT cache) / later starts from it | {fmt(r['first_boot'], 1)} s / {fmt(r['boot'], 1)} s | | | |",
    ]


def unsent(drain):
    """The drained mails the outbox gave up on or left maybe delivered, if any."""
    return "".join(f"; {count:,} {status}" for status, count in drain["unsent"].items())


def ratio_rows(r):
    rates = list(r["open"])
    lines = ["| ratio | value |", "|---|---|",
             f"| highest rate at p99 ≤ 100 ms ÷ pgbench | {fmt(ratio(r['highest'], r['pgbench']), 2)} |"]
    lines += [f"| rounds/s at {rate:,} arrivals/s ÷ pgbench | {fmt(ratio(r['open'][rate]['rounds_per_s'], r['pgbench']), 2)} |" for rate in rates]
    lines += [f"| watchers ÷ static file | {fmt(ratio(r['watch']['rate'], r['static']['rate']), 2)} |",
              f"| watchers during the update ÷ static file | {fmt(ratio(r['update']['during']['rate'], r['static']['rate']), 2)} |"]
    return lines


def gc_rows(r):
    lines = [f"| scenario | seconds | pauses | max pause ms | pauses > 50 ms | paused ms in all | Firmas CPU s | PostgreSQL CPU s |",
             "|---|---|---|---|---|---|---|---|"]
    for gc in r["gc"]:
        lines.append(f"| {gc['name']} | {fmt(gc['seconds'])} | {gc['count']} | {fmt(gc['max'], 2)} | {gc['over50']} "
                     f"| {fmt(gc['total'], 1)} | {fmt(gc['server_cpu'], 1)} | {fmt(gc['pg_cpu'], 1)} |")
    return lines


def targets(r):
    """The issue's targets (2 cores, load generator included), each with its numbers."""
    at1000 = r["open"].get(1000)
    w, st, u, g = r["watch"], r["static"], r["update"], r["growth"]
    small, large = (g[size] for size in sorted(g))
    heap = max(o["heap"] for o in r["open"].values())
    rows = []

    def add(name, met, numbers):
        rows.append(f"| {name} | {verdict(met)} | {numbers} |")

    if not at1000:
        rows.append("| open-model signing at 1,000 arrivals/s | **not measured** | RATES has no 1000 |")
    else:
        add("open-model signing: round p99 ≤ 100 ms at 1,000 arrivals/s, 0 errors, rows = successes",
            at1000["p99"] is not None and at1000["p99"] <= 100 and at1000["errors"] == 0 and not any(at1000["rows_minus_successes"]),
            f"p99 {fmt(at1000['p99'], 1)} ms (runs {[fmt(p, 1) for p in at1000['p99s']]}), {at1000['errors']} errors, "
            f"rows − successes {at1000['rows_minus_successes']}")
    add("highest rate at p99 ≤ 100 ms ≥ 0.5 × pgbench ceiling", r["highest"] >= 0.5 * r["pgbench"],
        f"{r['highest']:,}/s against {fmt(r['pgbench'])} tx/s: {fmt(ratio(r['highest'], r['pgbench']), 2)}")
    add("watchers ≥ 0.75 × static ceiling, p99 ≤ 50 ms", w["rate"] >= 0.75 * st["rate"] and w["p99"] <= 50,
        f"{fmt(w['rate'])} views/s ÷ {fmt(st['rate'])} = {fmt(ratio(w['rate'], st['rate']), 2)}, p99 {fmt(w['p99'], 1)} ms")
    add("…also while an update mails its signers", u["during"]["rate"] >= 0.75 * st["rate"] and u["during"]["p99"] <= 50,
        f"{fmt(u['during']['rate'])} views/s ÷ {fmt(st['rate'])} = {fmt(ratio(u['during']['rate'], st['rate']), 2)}, "
        f"p99 {fmt(u['during']['p99'], 1)} ms")
    add(f"update mail ≥ 1,000 mails/s to the sink, every recipient once", u["mails_per_s"] >= 1000 and u["mailed"] == u["recipients"],
        f"{fmt(u['mails_per_s'])} mails/s, {u['mailed']:,} of {u['recipients']:,}")
    add("webhooks ≥ 500 deliveries/s to a loopback receiver, none lost",
        r["deliveries_per_s"] >= 500 and r["missing"] == 0 and r["twice"] == 0 and r["queued"] > 0,
        f"{fmt(r['deliveries_per_s'])}/s, {r['missing']:,} missing and {r['twice']:,} twice of {r['queued']:,}")
    add("heap ≤ 512 MB through the surges", heap <= 512, f"peak used {fmt(heap)} MB")
    add("boot ≤ 15 s from the AOT cache", r["boot"] is not None and r["boot"] <= 15, f"{fmt(r['boot'], 1)} s")
    add("page latency flat from 1k to 1M signatures (p99 within 25 %, or 1 ms)",
        large["p99"] <= max(small["p99"] * 1.25, small["p99"] + 1),
        f"p99 {fmt(small['p99'], 2)} ms at the smaller, {fmt(large['p99'], 2)} ms at the larger")
    add("CSV of 1M rows in constant memory (all rows, peak heap ≤ 512 MB)",
        r["export"]["heap"] is not None and r["export"]["heap"] <= 512 and r["export"]["rows"] >= 1_000_000,
        f"{r['export']['rows']:,} rows, peak used heap {fmt(r['export']['heap'])} MB")
    add("shown count ≤ 5 s behind the database", r["lag"] <= 5, f"{fmt(r['lag'], 1)} s")
    return ["| target | | numbers |", "|---|---|---|", *rows]


def run_facts(payara, minutes):
    """What the table's heading says of the run, noted when it ends."""
    java = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    return {"heading": f"Firmas benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, commit "
                       f"{sh('git', 'rev-parse', '--short', 'HEAD').strip()}, {minutes:.0f} minutes",
            "machine": f"Machine: {os.cpu_count()} cores ({cpu}), {java}, Payara Micro {payara}, PostgreSQL "
                       f"{sql('SHOW server_version')} (autovacuum {sql('SHOW autovacuum')}); Firmas with -Xmx512m and the {GC} collector (BENCH_GC); load generator "
                       f"on the same machine; median of {RUNS} runs of {SECONDS} s after {WARMUP_SECONDS} s of warm-up",
            "gc_name": GC}


def report(r):
    lines = [
        r["heading"], r["machine"],
        "", "### Signing, open model (wrk, src/bench/sign-round.lua)", "", *signing_rows(r),
        "", "### The new work, watchers and ceilings", "", *work_rows(r),
        "", "### Ratios to the ceilings", "", *ratio_rows(r),
        "", f"### GC pauses per scenario ({r['gc_name']}; from {OUT}/gc-*.log)", "", *gc_rows(r),
        "", "### Targets", "", *targets(r),
    ]
    table = "\n".join(lines)
    print(table)
    with open(f"{OUT}/results.md", "w") as out:
        out.write(table + "\n")


def with_number_keys(results):
    """JSON keeps the rates and sizes as strings; the table wants them as the numbers they were."""
    for key in ("open", "growth"):
        results[key] = {int(number): figures for number, figures in results[key].items()}
    return results


if __name__ == "__main__":
    report(with_number_keys(json.load(open(sys.argv[1] if len(sys.argv) > 1 else f"{OUT}/results.json"))))
