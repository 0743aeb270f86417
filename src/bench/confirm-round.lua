-- Confirmation rounds through the real page (see rounds.lua): each connection opens one
-- confirmation link after another, presses Confirm and ends on the "confirmed" page.
-- The tokens come from the SMTP sink's file; this run takes lines first .. first + count - 1,
-- dealt round-robin to the threads, so no two runs confirm the same signature.
--   wrk -t64 -c64 -d15s -s src/bench/confirm-round.lua http://127.0.0.1:8090 -- tokens.csv <first> <count> 64
-- Given a rate as well, signers open their links at that rate instead (an open model).
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local shared = require("rounds")

setup = shared.setup
done = shared.done

function init(args)
  local file, first, count, thread_count = args[1], tonumber(args[2]), tonumber(args[3]), tonumber(args[4])
  local mine, line_number, next_token = {}, 0, 0
  for line in io.lines(file) do
    local index = line_number - 1 - first   -- line 0 is the header
    if index >= 0 and index < count and index % thread_count == thread_number - 1 then
      table.insert(mine, line)
    end
    line_number = line_number + 1
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
    shared.arrivals(tonumber(args[5]), thread_count))
end
