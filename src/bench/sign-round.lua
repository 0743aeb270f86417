-- A signing surge through the real form, for wrk with one connection per thread (-t N -c N):
-- each connection is one signer after another. A round GETs the campaign page, POSTs its form with
-- the view state and action the page gave (a 302 is success; a 200 would be a validation failure),
-- and GETs the thank-you page the redirect names. Every round signs with a fresh address.
--   wrk -t64 -c64 -d15s -s src/bench/sign-round.lua http://127.0.0.1:8090 -- <run tag> <campaign>
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } firmas_timespec;
  int clock_gettime(int clock, firmas_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("firmas_timespec")

local function millis()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local LANGUAGE = { ["Accept-Language"] = "es-US,es;q=0.9,en;q=0.5" }
local POST_HEADERS = { ["Accept-Language"] = LANGUAGE["Accept-Language"],
                       ["Content-Type"] = "application/x-www-form-urlencoded" }

-- Runs in the main state: numbers each thread so their addresses never collide.
local threads = {}
function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

-- Per thread (= per connection) from here on.
local tag, campaign
local step, started, action, view_state, thanks
signed = 0
rounds = {}      -- milliseconds of each completed round, read by done()
ok_posts = 0
answered_posts = 0
failures = 0

function init(args)
  tag, campaign = args[1] or tostring(os.time()), args[2] or "bench-surge"
  step = "page"
end

function request()
  if step == "page" then
    started = millis()
    return wrk.format("GET", "/campaigns/" .. campaign, LANGUAGE)
  elseif step == "sign" then
    signed = signed + 1   -- also the number of POSTs sent: wrk writes each request as soon as it is built
    local email = string.format("bench-%s-%d-%d@example.net", tag, thread_number, signed)
    local form = "sign=sign&sign%3AfirstName=Ana&sign%3AlastName=Benchmark&sign%3Aemail=" .. encode(email)
        .. "&sign%3Azip=19148&sign%3Asubmit=Firmar&jakarta.faces.ViewState=" .. encode(view_state)
    return wrk.format("POST", action, POST_HEADERS, form)
  else
    return wrk.format("GET", thanks, LANGUAGE)
  end
end

local function fail()
  failures = failures + 1
  step = "page"
end

function response(status, headers, body)
  if step == "page" then
    local form = status == 200 and body:match('<form id="sign"[^>]*>')
    local state = status == 200 and body:match('<input[^>]*name="jakarta.faces.ViewState"[^>]*>')
    action = form and form:match('action="([^"]+)"')
    view_state = state and state:match('value="([^"]*)"')
    if not (action and view_state) then return fail() end
    action = action:gsub("&amp;", "&")
    step = "sign"
  elseif step == "sign" then
    answered_posts = answered_posts + 1
    thanks = status == 302 and (headers["Location"] or headers["location"])
    if not thanks then return fail() end
    ok_posts = ok_posts + 1
    thanks = thanks:gsub("^https?://[^/]+", "")
    step = "thanks"
  else
    if status ~= 200 then return fail() end
    table.insert(rounds, millis() - started)
    step = "page"
  end
end

-- Main state again: one line the benchmark script reads.
function done(summary, latency, requests)
  local all, posts, failed, unanswered = {}, 0, 0, 0
  for _, thread in ipairs(threads) do
    for _, ms in ipairs(thread:get("rounds")) do table.insert(all, ms) end
    posts = posts + thread:get("ok_posts")
    failed = failed + thread:get("failures")
    -- POSTs still on their way when the time was up: the server takes them, wrk never hears back.
    unanswered = unanswered + thread:get("signed") - thread:get("answered_posts")
  end
  table.sort(all)
  local function percentile(p)
    return #all == 0 and 0 or all[math.max(1, math.ceil(#all * p / 100))]
  end
  io.write(string.format("ROUNDS %d OK_POSTS %d UNANSWERED_POSTS %d FAILURES %d P50 %.1f P99 %.1f\n",
      #all, posts, unanswered, failed + summary.errors.connect + summary.errors.read + summary.errors.write
          + summary.errors.timeout, percentile(50), percentile(99)))
end
