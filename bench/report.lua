-- wrk script: send the optional session cookie, and print one machine-readable line.
-- With BENCH_WORDS (a file of URL-encoded words), each request appends a word drawn at
-- random to the address (which ends in "q="): a new search nearly every time.
local cookie = os.getenv("BENCH_COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end

local words = {}
local words_file = os.getenv("BENCH_WORDS")
if words_file and words_file ~= "" then
  for line in io.lines(words_file) do
    if line ~= "" then words[#words + 1] = line end
  end
  -- Each thread has its own Lua state: seed each differently.
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  request = function()
    return wrk.format(nil, wrk.path .. words[math.random(#words)])
  end
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH %d %.1f %.1f %.1f %.1f %d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, bad))
end
