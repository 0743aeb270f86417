#!/usr/bin/env node
// Audits pages of a running Firmas in every language: Lighthouse, axe-core, the Nu HTML Checker,
// every request the browser makes, and whether the page fits the screen's width. Prints one table,
// writes a JSON report, and exits non-zero when a page misses a threshold.
//
//   node audit.mjs [--languages en,es] [--runs 3] [--report audit-report.json] [--session NAME=VALUE]
//                  BASE_URL PATH...
//
// A PATH starting with + is loaded with the session cookie of --session (a logged-in organizer's).
// Console pages (under /organize/) get axe-core, the Nu checker, the request list and the width
// check but no Lighthouse, whose SEO audit marks down the console's noindex and whose runs would
// double the audit's time. Lighthouse's performance is measured in the first language only: a page
// loads the same styles, images and no scripts in every language, and its runs are most of the
// audit's time; the other categories are scored in every language.
//
// Run it from the folder where `npm ci` installed package.json (see docs/quality.md).
import {spawn} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {defaultConfig} from 'lighthouse';
import {chromium} from 'playwright-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const WITHOUT_PERFORMANCE = CATEGORIES.filter(category => category !== 'performance');
// The audits the performance score is made of (the metrics), and the request list.
const PERFORMANCE_AUDITS = [...defaultConfig.categories.performance.auditRefs.filter(ref => ref.weight > 0)
  .map(ref => ref.id), 'network-requests'];
const MIN_SCORE = 95;
// Lighthouse's default form factor is mobile; axe also looks at the desktop layout.
const VIEWPORTS = {mobile: {width: 412, height: 823}, desktop: {width: 1280, height: 800}};

const options = parseArguments(process.argv.slice(2));
const base = new URL(options.base);

// Chromium and its launchers put profiles and lock folders under TMPDIR: keep them in our own.
const scratch = path.resolve(path.dirname(options.report), 'audit-tmp');
mkdirSync(scratch, {recursive: true});
process.env.TMPDIR = scratch;

// Chromium looks up Google hosts in the background; only the app's host resolves.
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${base.hostname}`];

const targets = options.paths.flatMap(written => options.languages.map(language => {
  const loggedIn = written.startsWith('+');
  const page = written.replace(/^\+/, '');
  return {page, language, loggedIn, inConsole: page.startsWith('/organize/'), measuresPerformance: language === options.languages[0],
    url: withLanguage(new URL(page.replace(/^\//, ''), base), language).href};
}));
if (targets.some(target => target.loggedIn) && !options.session) usage('logged-in pages (+PATH) need --session NAME=VALUE');

try {
  const started = Date.now();
  const seconds = {};
  const timed = async (name, work) => {
    const start = Date.now();
    const result = await work();
    seconds[name] = Math.round((Date.now() - start) / 1000);
    return result;
  };
  // Lighthouse runs alone: other work on the CPU would cost performance points.
  const [vnu, axe] = await Promise.all([timed('vnu', () => validate(targets)),
    timed('axe', () => runAxe(targets))]);
  const lh = await timed('lighthouse', () => runLighthouse(targets.filter(target => !target.inConsole)));
  const pages = targets.map(target => judge(target, vnu.get(target.url), axe.get(target.url), lh.get(target.url)));
  const report = {
    base: base.href,
    date: new Date().toISOString(),
    seconds: {...seconds, total: Math.round((Date.now() - started) / 1000)},
    chromium: await chromiumVersion(),
    lighthouse: require('lighthouse/package.json').version,
    axe: require('axe-core/package.json').version,
    vnu: require('vnu-jar/package.json').version,
    thresholds: {lighthouse: MIN_SCORE, lighthouseRuns: options.runs, axeViolations: 0, vnuErrors: 0,
      thirdPartyRequests: 0, pageWidth: 'at most the viewport\'s'},
    passed: pages.every(page => page.failures.length === 0),
    pages,
  };
  writeFileSync(options.report, JSON.stringify(report, null, 2) + '\n');
  printTable(report);
  console.log(`Report: ${options.report} (${report.seconds.total} s)`);
  process.exitCode = report.passed ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

function parseArguments(args) {
  const parsed = {languages: ['en', 'es'], runs: 3, report: 'audit-report.json', paths: []};
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      if (i + 1 >= args.length) usage(`${args[i]} needs a value`);
      return args[++i];
    };
    switch (args[i]) {
      case '--languages': parsed.languages = value().split(',').filter(Boolean); break;
      case '--runs': parsed.runs = Number.parseInt(value(), 10); break;
      case '--report': parsed.report = path.resolve(value()); break;
      case '--session': {
        const [name, ...rest] = value().split('=');
        parsed.session = {name, value: rest.join('=')};
        break;
      }
      default:
        if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
        if (parsed.base === undefined) parsed.base = args[i]; else parsed.paths.push(args[i]);
    }
  }
  if (parsed.base === undefined || parsed.paths.length === 0) usage('give the base URL and at least one page');
  if (!(parsed.runs >= 1) || parsed.runs % 2 === 0) usage('--runs must be an odd number, so a median is one run');
  parsed.report = path.resolve(parsed.report);
  return parsed;
}

function usage(problem) {
  console.error(`${problem}\nusage: node audit.mjs [--languages en,es] [--runs 3] [--report FILE] [--session NAME=VALUE] `
    + 'BASE_URL [+]PATH...');
  process.exit(2);
}

function withLanguage(url, language) {
  url.searchParams.set('lang', language);
  return url;
}

/**
 * The Nu HTML Checker over every page in one JVM: errors by URL. The checker fetches pages itself
 * but cannot send a session cookie, so logged-in pages are fetched here and checked as files.
 */
async function validate(pages) {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const inputs = new Map();
  const folder = path.join(scratch, 'vnu');
  mkdirSync(folder, {recursive: true});
  for (const [index, page] of pages.entries()) {
    if (page.loggedIn) {
      const response = await fetch(page.url, {headers: {Cookie: cookieHeader(), 'Accept-Language': page.language},
        redirect: 'manual'});
      const file = path.join(folder, `page-${index}.html`);
      writeFileSync(file, response.status === 200 ? await response.text() : `HTTP ${response.status}`);
      inputs.set(page.url, file);
    } else {
      inputs.set(page.url, page.url);
    }
  }
  // Without the property the checker refuses loopback addresses as forbidden hosts.
  const {code, stdout, stderr} = await run(java, ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', jar,
    '--errors-only', '--format', 'json', '--stdout', ...inputs.values()]);
  let messages;
  try {
    messages = JSON.parse(stdout).messages;
  } catch {
    throw new Error(`vnu exited with ${code} and no JSON report:\n${stdout}\n${stderr}`);
  }
  const byInput = new Map([...inputs].map(([url, input]) => [input, url]));
  const errors = new Map(pages.map(page => [page.url, []]));
  for (const message of messages) {
    const input = message.url?.startsWith('file:') ? fileURLToPath(message.url) : message.url;
    const list = errors.get(byInput.get(input));
    const error = {type: message.type, message: message.message, line: message.lastLine, extract: message.extract};
    // A message about no page of ours (the checker itself failing) counts against all of them.
    if (list) list.push(error); else errors.forEach(all => all.push(error));
  }
  return errors;
}

function cookieHeader() {
  return `${options.session.name}=${options.session.value}`;
}

/**
 * axe-core in each viewport, recording every request the page makes. The page loads once, in the
 * first viewport, and is resized for the next: the layout and media queries follow the new width
 * without a second load, which would double the time axe takes.
 */
async function runAxe(pages) {
  const axeSource = require.resolve('axe-core/axe.min.js');
  const browser = await chromium.launch({executablePath: CHROMIUM, args: chromeFlags});
  const results = new Map();
  const [first, ...others] = Object.entries(VIEWPORTS);
  try {
    for (const {url, loggedIn, language} of pages) {
      const result = {status: {}, violations: [], requests: [], widths: {}};
      // The pages' Content-Security-Policy forbids inline script, axe's injection included; the
      // audit itself is allowed past it. Requests are still recorded as the page makes them.
      const context = await browser.newContext({viewport: first[1], bypassCSP: true, locale: language});
      if (loggedIn) {
        await context.addCookies([{...options.session, url: base.origin, httpOnly: true}]);
      }
      const page = await context.newPage();
      page.on('request', request => result.requests.push(request.url()));
      const response = await page.goto(url, {waitUntil: 'load'});
      await page.addScriptTag({path: axeSource});
      for (const [viewportName, viewport] of [first, ...others]) {
        await page.setViewportSize(viewport);
        result.status[viewportName] = response?.status() ?? 0;
        // A page wider than the screen scrolls sideways: on a phone, the whole page is hard to read.
        result.widths[viewportName] = {viewport: viewport.width,
          page: await page.evaluate(() => document.scrollingElement.scrollWidth)};
        const axeResult = await page.evaluate(() => window.axe.run());
        for (const violation of axeResult.violations) {
          result.violations.push({viewport: viewportName, id: violation.id, impact: violation.impact,
            help: violation.help, nodes: violation.nodes.map(node => node.target.join(' '))});
        }
      }
      await context.close();
      results.set(url, result);
    }
  } finally {
    await browser.close();
  }
  return results;
}

/**
 * Lighthouse on one Chromium, in the default mobile form factor. A page whose performance is measured
 * runs up to `options.runs` times: the first run scores every category, the others only what the
 * performance score is made of. The runs stop once a majority of them fall on one side of the bar, as
 * further ones could not move the median across it: with three, the third runs only when the first
 * two disagree. Any other page runs once, without performance.
 */
async function runLighthouse(pages) {
  const chrome = await chromeLauncher.launch({chromePath: CHROMIUM, chromeFlags});
  const results = new Map();
  try {
    for (const {url, measuresPerformance} of pages) {
      const runs = [];
      const wanted = measuresPerformance ? options.runs : 1;
      for (let i = 0; i < wanted && !(measuresPerformance && performanceDecided(runs)); i++) {
        const scope = i > 0 ? {onlyAudits: PERFORMANCE_AUDITS}
          : {onlyCategories: measuresPerformance ? CATEGORIES : WITHOUT_PERFORMANCE};
        // The full-page screenshot only illustrates the HTML report and costs a second or more per run.
        const {lhr} = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error',
          disableFullPageScreenshot: true, ...scope});
        runs.push(lhr);
      }
      results.set(url, summarize(runs, measuresPerformance));
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** Whether the runs so far settle which side of the bar the median of all `options.runs` falls on. */
function performanceDecided(runs) {
  const scores = runs.map(lhr => score(lhr.categories.performance));
  const majority = (options.runs + 1) / 2;
  return scores.includes(null) || scores.filter(value => value >= MIN_SCORE).length >= majority
    || scores.filter(value => value < MIN_SCORE).length >= majority;
}

/**
 * The median of `options.runs` scores when all ran; when fewer settled it, the bound on that median
 * they give on their side of the bar (the lower of two passing runs, the higher of two failing ones).
 */
function median(values) {
  const majority = (options.runs + 1) / 2;
  const ascending = [...values].sort((a, b) => a - b);
  const passing = values.filter(value => value >= MIN_SCORE).length >= majority;
  return passing ? ascending[ascending.length - majority] : ascending[majority - 1];
}

function summarize(runs, measuresPerformance) {
  const scores = {};
  for (const category of measuresPerformance ? CATEGORIES : WITHOUT_PERFORMANCE) {
    // Performance varies with the machine's load, so it is the median of all runs; the others come from the first.
    const perRun = (category === 'performance' ? runs : runs.slice(0, 1)).map(lhr => score(lhr.categories[category]));
    // A run without a score (Lighthouse failed) fails the category.
    const value = perRun.includes(null) ? null : category === 'performance' ? median(perRun) : perRun[0];
    scores[category] = {score: value, runs: perRun};
  }
  // The metrics of the median run say where performance points went.
  const medianRun = runs.find(lhr => score(lhr.categories.performance) === scores.performance?.score) ?? runs[0];
  const metrics = !measuresPerformance ? {} : Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
    'cumulative-layout-shift', 'speed-index'].map(id => [id, medianRun.audits[id]?.displayValue ?? null]));
  const failing = new Map(runs.flatMap(failingAudits).map(audit => [`${audit.category}/${audit.id}`, audit]));
  return {
    scores,
    metrics,
    finalUrls: [...new Set(runs.map(lhr => lhr.finalDisplayedUrl))],
    runtimeErrors: runs.filter(lhr => lhr.runtimeError).map(lhr => lhr.runtimeError.message),
    requests: runs.flatMap(lhr => (lhr.audits['network-requests']?.details?.items ?? []).map(item => item.url)),
    failingAudits: [...failing.values()],
  };
}

function score(category) {
  return category?.score == null ? null : Math.round(category.score * 100);
}

/** Audits that cost points outside performance, to say what to fix. */
function failingAudits(lhr) {
  return CATEGORIES.filter(category => category !== 'performance' && lhr.categories[category]).flatMap(category =>
    lhr.categories[category].auditRefs
      .filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map(ref => ({category, id: ref.id, title: lhr.audits[ref.id].title})));
}

function judge(target, vnuErrors, axe, lh) {
  const lhRequests = lh?.requests ?? [];
  const thirdParty = [...new Set([...axe.requests, ...lhRequests])].filter(url => isThirdParty(url));
  const failures = [];
  for (const [viewport, status] of Object.entries(axe.status)) {
    if (status !== 200) failures.push(`HTTP ${status} in the ${viewport} browser`);
  }
  for (const [viewport, width] of Object.entries(axe.widths)) {
    if (width.page > width.viewport) failures.push(`page ${width.page} px wide in the ${width.viewport} px ${viewport} viewport`);
  }
  for (const category of lh ? Object.keys(lh.scores) : []) {
    const {score: value, runs} = lh.scores[category];
    if (value === null || value < MIN_SCORE) {
      failures.push(`Lighthouse ${category} ${value} < ${MIN_SCORE} (runs ${runs.map(String).join(', ')})`);
    }
  }
  (lh?.runtimeErrors ?? []).forEach(message => failures.push(`Lighthouse error: ${message}`));
  axe.violations.forEach(v => failures.push(`axe ${v.id} (${v.viewport}): ${v.help} at ${v.nodes.join(', ')}`));
  vnuErrors.forEach(e => failures.push(`vnu${e.line ? ` line ${e.line}` : ''}: ${e.message}`));
  thirdParty.forEach(url => failures.push(`third-party request ${url}`));
  return {
    page: target.page, language: target.language, inConsole: target.inConsole, url: target.url, httpStatus: axe.status,
    widths: axe.widths,
    lighthouse: lh ? {...lh.scores, performanceMetrics: lh.metrics, finalUrls: lh.finalUrls,
      failingAudits: lh.failingAudits} : null,
    axe: {violations: axe.violations},
    vnu: {errors: vnuErrors},
    requests: {total: new Set([...axe.requests, ...lhRequests]).size, thirdParty},
    failures,
  };
}

function isThirdParty(url) {
  const parsed = new URL(url);
  // data: and blob: URLs are made inside the page; they reach no host.
  return !['data:', 'blob:', 'about:'].includes(parsed.protocol) && parsed.origin !== base.origin;
}

function printTable(report) {
  const header = ['page', 'lang', 'perf (runs)', 'a11y', 'bp', 'seo', 'axe', 'vnu', '3rd-party', 'width m/d', 'result'];
  const performance = scored => scored ? `${scored.score} (${scored.runs.map(String).join(' ')})` : '-';
  const lighthouse = page => page.lighthouse ? [performance(page.lighthouse.performance),
    page.lighthouse.accessibility.score, page.lighthouse['best-practices'].score, page.lighthouse.seo.score] : ['-', '-', '-', '-'];
  const rows = report.pages.map(page => [page.page.replace(/\/confirm\/[^/?]+/, '/confirm/<token>'), page.language,
    ...lighthouse(page), page.axe.violations.length, page.vnu.errors.length, page.requests.thirdParty.length,
    `${page.widths.mobile?.page}/${page.widths.desktop?.page}`,
    page.failures.length === 0 ? 'pass' : 'FAIL'].map(String));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
  const line = cells => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  console.log(`Chromium ${report.chromium}, Lighthouse ${report.lighthouse}, axe-core ${report.axe}, vnu ${report.vnu}`);
  console.log(line(header));
  rows.forEach(row => console.log(line(row)));
  for (const page of report.pages.filter(page => page.failures.length > 0)) {
    console.log(`\n${page.page} [${page.language}]:`);
    page.failures.forEach(failure => console.log(`  - ${failure}`));
  }
}

async function chromiumVersion() {
  const {stdout} = await run(CHROMIUM, ['--version']);
  return stdout.trim().split(/\s+/)[1];
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: here, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', code => resolve({code, stdout, stderr}));
  });
}
