-- What the round scripts (sign-round.lua, confirm-round.lua) share. A round GETs a page, POSTs
-- one of its forms with the view state and action the page gave (a 302 is success; a 200 would
-- be a validation failure), and GETs the page the redirect names. Run with one connection per
-- thread (-t N -c N), so each thread's state is one visitor's. Per thread, these globals count:
-- rounds_taken (milliseconds of each completed round), post_waits (milliseconds of each answered
-- POST), posted (POSTs sent), answered_posts, ok_posts (answered with the 302) and failures.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } firmas_timespec;
  int clock_gettime(int clock, firmas_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("firmas_timespec")

local rounds = { threads = {} }

function rounds.millis()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

function rounds.encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- The rest of the tag that holds the text marker (from the marker to its ">"), or nil. A plain
-- search: a pattern such as '<input[^>]*name="..."' tries every input of the page and backtracks
-- through each, which took half of wrk's CPU, and wrk shares the two cores with the server.
local function tag_at(body, marker)
  local at = body:find(marker, 1, true)
  return at and body:match("^[^>]*>", at)
end

-- Installs wrk's request and response for rounds on the form with id form_id: page() gives the
-- path of the page to open, post(view_state) the form body, headers the headers of every request.
-- Without next_arrival, a round starts as soon as the last one ends (a closed model). With it, an
-- open model: next_arrival() gives the time (rounds.millis) at which the next signer arrives, wrk
-- waits until then, and the round is timed from that moment, so a round that had to wait for the
-- connection's previous one counts the wait, as a signer arriving at a busy server would.
function rounds.run(form_id, page, post, headers, next_arrival)
  local post_headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  for name, value in pairs(headers) do post_headers[name] = value end
  local step, started, posted_at, action, view_state, next_page, arrival = "page"
  rounds_taken, post_waits, posted, answered_posts, ok_posts, failures = {}, {}, 0, 0, 0, 0

  local function fail()
    failures = failures + 1
    step = "page"
  end

  if next_arrival then
    -- wrk asks before every request, and before the verifying call of request() at its start
    -- does not: so that call takes no arrival from the schedule.
    function delay()
      if step ~= "page" then return 0 end
      arrival = arrival or next_arrival()
      return math.max(0, math.floor(arrival - rounds.millis()))
    end
  end

  function request()
    if step == "page" then
      started = arrival or rounds.millis()
      arrival = nil
      return wrk.format("GET", page(), headers)
    elseif step == "post" then
      posted = posted + 1
      posted_at = rounds.millis()
      return wrk.format("POST", action, post_headers, post(view_state))
    else
      return wrk.format("GET", next_page, headers)
    end
  end

  function response(status, response_headers, body)
    if step == "page" then
      local form = status == 200 and tag_at(body, '<form id="' .. form_id .. '"')
      local state = form and tag_at(body, 'name="jakarta.faces.ViewState"')
      action = form and form:match('action="([^"]+)"')
      view_state = state and state:match('value="([^"]*)"')
      if not (action and view_state) then return fail() end
      -- A browser never sends the fragment (the form lands on its error summary); neither does a signer here.
      action = action:gsub("&amp;", "&"):gsub("#.*$", "")
      step = "post"
    elseif step == "post" then
      answered_posts = answered_posts + 1
      table.insert(post_waits, rounds.millis() - posted_at)
      next_page = status == 302 and (response_headers["Location"] or response_headers["location"])
      if not next_page then return fail() end
      ok_posts = ok_posts + 1
      next_page = next_page:gsub("^https?://[^/]+", "")
      step = "follow"
    else
      if status ~= 200 then return fail() end
      table.insert(rounds_taken, rounds.millis() - started)
      step = "page"
    end
  end
end

-- An open model's schedule for this thread, or nil for a closed one: rate arrivals a second over
-- all thread_count threads (one connection each), spread evenly, this thread taking every
-- thread_count-th, from a moment shortly after the start so that no burst opens the run.
function rounds.arrivals(rate, thread_count)
  if not rate then return nil end
  local interval = 1000 * thread_count / rate
  local first = rounds.millis() + 100 + (thread_number - 1) * 1000 / rate
  local taken = 0
  return function()
    taken = taken + 1
    return first + (taken - 1) * interval
  end
end

-- wrk's setup, in the main state: numbers each thread (= each connection with -t N -c N).
function rounds.setup(thread)
  thread:set("thread_number", #rounds.threads + 1)
  table.insert(rounds.threads, thread)
end

-- wrk's done, in the main state. POSTs still on their way when the time was up are counted
-- apart: wrk writes each request as soon as it is built, so the server takes them, but nobody
-- reads the answer. Besides whole rounds, it gives the wait for the POST alone (after pressing
-- Sign or Confirm; the two GETs are pages kept for a second), timed the same way. wrk's own
-- latency figures are not used here: wrk 4.1 adds samples of its own to correct for requests a
-- closed loop never sent, so they describe an open load, not these signers.
function rounds.done(summary)
  local all, waits, posts, failed, unanswered = {}, {}, 0, 0, 0
  for _, thread in ipairs(rounds.threads) do
    for _, ms in ipairs(thread:get("rounds_taken")) do table.insert(all, ms) end
    for _, ms in ipairs(thread:get("post_waits")) do table.insert(waits, ms) end
    posts = posts + thread:get("ok_posts")
    failed = failed + thread:get("failures")
    unanswered = unanswered + thread:get("posted") - thread:get("answered_posts")
  end
  table.sort(all)
  table.sort(waits)
  -- -1 says there was nothing to measure.
  local function percentile(sorted, p)
    return #sorted == 0 and -1 or sorted[math.max(1, math.ceil(#sorted * p / 100))]
  end
  local errors = summary.errors
  io.write(string.format("ROUNDS %d OK_POSTS %d UNANSWERED_POSTS %d FAILURES %d P50 %.1f P99 %.1f POST_P50 %.1f POST_P99 %.1f"
      .. " P999 %.1f POST_P999 %.1f\n",
      #all, posts, unanswered, failed + errors.connect + errors.read + errors.write + errors.timeout,
      percentile(all, 50), percentile(all, 99), percentile(waits, 50), percentile(waits, 99),
      percentile(all, 99.9), percentile(waits, 99.9)))
end

return rounds
