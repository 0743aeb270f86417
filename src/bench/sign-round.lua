-- A signing surge through the real form (see rounds.lua): each connection is one signer after
-- another, each round signing the campaign with a fresh address and ending on the thank-you page.
--   wrk -t64 -c64 -d15s -s src/bench/sign-round.lua http://127.0.0.1:8090 -- <run tag> <campaign>
-- Given a rate and the thread count as well, signers arrive at that rate instead (an open model):
--   wrk -t128 -c128 -d30s -s src/bench/sign-round.lua http://127.0.0.1:8090 -- <run tag> <campaign> 1000 128
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local shared = require("rounds")

setup = shared.setup
done = shared.done

local tag, campaign

function init(args)
  tag, campaign = args[1] or tostring(os.time()), args[2] or "bench-surge"
  shared.run("sign",
    function() return "/campaigns/" .. campaign end,
    function(view_state)
      -- posted already counts this POST: the address is new in every round.
      local email = string.format("bench-%s-%d-%d@example.net", tag, thread_number, posted)
      return "sign=sign&sign%3AfirstName=Ana&sign%3AlastName=Benchmark&sign%3Aemail=" .. shared.encode(email)
          .. "&sign%3Azip=19148&sign%3Asubmit=Firmar&jakarta.faces.ViewState=" .. shared.encode(view_state)
    end,
    { ["Accept-Language"] = "es-US,es;q=0.9,en;q=0.5" },
    shared.arrivals(tonumber(args[3]), tonumber(args[4])))
end
