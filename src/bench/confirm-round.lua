-- Confirmation rounds through the real page (see rounds.lua): each connection opens one
-- confirmation link after another, presses Confirm and ends on the "confirmed" page.
-- The tokens come from the SMTP sink's file, dealt by the benchmark script into one file per
-- thread (<prefix><thread number>.txt), so no two threads or runs confirm the same signature and
-- no thread reads the others' lines at its start.
--   wrk -t64 -c64 -d15s -s src/bench/confirm-round.lua http://127.0.0.1:8090 -- target/bench/tokens- 64 [arrivals a second]
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local shared = require("rounds")

setup = shared.setup
done = shared.done

function init(args)
  local prefix, thread_count = args[1], tonumber(args[2])
  local mine, next_token = {}, 0
  for line in io.lines(prefix .. thread_number .. ".txt") do
    table.insert(mine, line)
  end
  shared.run("confirm",
    function()
      next_token = next_token + 1
      -- When this thread's share has run out, an unknown link's page has no Confirm form, so
      -- the round fails rather than confirm a signature twice.
      return "/confirm/" .. (mine[next_token] or "share-used-up")
    end,
    function(view_state)
      return "confirm=confirm&confirm%3Asubmit=Confirm&jakarta.faces.ViewState=" .. shared.encode(view_state)
    end,
    {},
    shared.arrivals(tonumber(args[3]), thread_count))
end
