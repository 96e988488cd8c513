-- wrk script for bench/run.py's scale query that searches a different word each time:
-- each request takes the next path of the file named after "--" (one path per line),
-- each thread starting at its own place in the list. The results line is p95.lua's.
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
dofile(here .. "p95.lua")

local threads = 0
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end

local paths, position = {}, 1
function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  position = ((first or 0) * math.floor(#paths / 2)) % #paths + 1
end

function request()
  local path = paths[position]
  position = position % #paths + 1
  return wrk.format("GET", path)
end
