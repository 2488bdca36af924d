-- One request type of the Knee Rehab Records load benchmark, chosen by the SCENARIO environment variable.
-- Inputs come from the files bench/seed.sh and bench/run.sh write into BENCH_DATA:
--   clinician token, patient tokens (one per line, in the order of bench_patients.txt), patient ids,
--   signed evaluation ids, the bench clinician's drafts with their versions, and search strings.
-- Prints one machine-readable RESULT line at the end; bench/run.sh turns those into the results table.

local scenario = os.getenv("SCENARIO")
local data = os.getenv("BENCH_DATA")
local threads = {}
local thread_count = 0

local function lines(name)
  local out = {}
  local f = assert(io.open(data .. "/" .. name, "r"), "missing " .. name)
  for line in f:lines() do
    if line ~= "" then out[#out + 1] = line end
  end
  f:close()
  return out
end

local function split(text)
  local parts = {}
  for part in string.gmatch(text, "%S+") do parts[#parts + 1] = part end
  return parts
end

function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  threads[#threads + 1] = thread
end

-- per-thread state (each wrk thread has its own Lua state)
local items = {}
local next_item = 1
local clinician
local clinician_cookie
local patient_cookies = {}
local patient_tokens = {}
local patients = {}
local versions = {}
local chart_ids = {}
local queries = {}
conflicts = 0 -- global: done() reads it from each thread
local sent = 0
local run_id = tostring(os.time())

function init(args)
  tid = tonumber(wrk.thread:get("tid")) or 1
  local nthreads = tonumber(os.getenv("WRK_THREADS")) or 2
  clinician = "Bearer " .. lines("token_clinician.txt")[1]
  if scenario == "chart-session" or scenario == "portal-session" then
    -- as a browser reaches the pages: the encrypted session cookie of the code flow instead of a token
    -- each line is a whole header, "Cookie: q_session=...", as bench/src/OpenLoop.java reads it too
    clinician_cookie = lines("cookie_clinician.txt")[1]:gsub("^Cookie: ", "")
    for _, line in ipairs(lines("cookie_patients.txt")) do
      patient_cookies[#patient_cookies + 1] = (line:gsub("^Cookie: ", ""))
    end
  end
  if scenario == "search" then
    items = lines("search_queries.txt")
  elseif scenario == "chart" or scenario == "chart-session" then
    items = lines("patient_ids.txt")
  elseif scenario == "evaluation" then
    items = lines("evaluation_ids.txt")
  elseif scenario == "step" then
    -- each thread owns its own share of the drafts, so two threads never race on one version
    local i = 0
    for _, line in ipairs(lines("drafts.txt")) do
      local id, version = line:match("^(%d+)%s+(%d+)")
      if i % nthreads == tid - 1 then
        items[#items + 1] = id
        versions[id] = tonumber(version)
      end
      i = i + 1
    end
  elseif scenario == "portal-session" then
    for i = 1, #patient_cookies do items[i] = i end
  elseif scenario == "portal" or scenario == "session" or scenario == "mixed" then
    patient_tokens = lines("token_patients.txt")
    for _, line in ipairs(lines("bench_patients.txt")) do
      local p = split(line)
      patients[#patients + 1] = {username = p[1], exercises = p[4]}
    end
    for i = 1, #patient_tokens do items[i] = i end
    if scenario == "mixed" then
      chart_ids = lines("patient_ids.txt")
      queries = lines("search_queries.txt")
    end
  else
    items = {"-"}
  end
  -- threads start at different places in the rotation
  next_item = ((tid - 1) * 7919) % #items + 1
end

local function take()
  local item = items[next_item]
  next_item = next_item % #items + 1
  return item
end

-- The mixed run (bench/mixed.sh): out of every ten requests three portal pages, two session logs, two charts,
-- one search, one new patient and one exercise list, so reads and the three audited writes interleave.
local function mixed()
  local slot = sent % 10
  if slot <= 2 then
    return wrk.format("GET", "/portal", {["Authorization"] = "Bearer " .. patient_tokens[take()], ["Accept"] = "text/html"})
  elseif slot <= 4 then
    local k = take()
    local body = string.format('{"submissionId":"mixed-%s-%d-%d","sessionDate":"%s","exercisesDone":[%s],"painBefore":%d,"painAfter":%d}',
      run_id, tid, sent, os.date("!%Y-%m-%d"), patients[k].exercises, 2 + sent % 3, 1 + sent % 3)
    return wrk.format("POST", "/api/v1/me/sessions",
      {["Authorization"] = "Bearer " .. patient_tokens[k], ["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
  elseif slot <= 6 then
    return wrk.format("GET", "/clinic/patients/" .. chart_ids[sent % #chart_ids + 1], {["Authorization"] = clinician, ["Accept"] = "text/html"})
  elseif slot == 7 then
    return wrk.format("GET", "/clinic/patients?q=" .. queries[sent % #queries + 1], {["Authorization"] = clinician, ["Accept"] = "text/html"})
  elseif slot == 8 then
    local body = string.format('{"givenName":"Mixed","familyName":"Run %s %d %d","dateOfBirth":"1990-04-12","sex":"FEMALE","affectedSide":"LEFT"}',
      run_id, tid, sent)
    return wrk.format("POST", "/api/v1/patients",
      {["Authorization"] = clinician, ["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
  end
  return wrk.format("GET", "/api/v1/exercises", {["Authorization"] = clinician, ["Accept"] = "application/json"})
end

function request()
  sent = sent + 1
  if scenario == "mixed" then
    return mixed()
  elseif scenario == "search" then
    return wrk.format("GET", "/clinic/patients?q=" .. take(), {["Authorization"] = clinician, ["Accept"] = "text/html"})
  elseif scenario == "chart" then
    return wrk.format("GET", "/clinic/patients/" .. take(), {["Authorization"] = clinician, ["Accept"] = "text/html"})
  elseif scenario == "chart-session" then
    return wrk.format("GET", "/clinic/patients/" .. take(), {["Cookie"] = clinician_cookie, ["Accept"] = "text/html"})
  elseif scenario == "portal-session" then
    return wrk.format("GET", "/portal", {["Cookie"] = patient_cookies[take()], ["Accept"] = "text/html"})
  elseif scenario == "evaluation" then
    return wrk.format("GET", "/clinic/evaluations/" .. take(), {["Authorization"] = clinician, ["Accept"] = "text/html"})
  elseif scenario == "step" then
    local id = take()
    local body = string.format('{"version":%d,"complete":true,"alignment":"FLARED","side":"LEFT","notes":"Ribs flare on the left, bench save %d"}',
      versions[id], sent)
    return wrk.format("PUT", "/api/v1/evaluations/" .. id .. "/steps/ribcage",
      {["Authorization"] = clinician, ["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
  elseif scenario == "portal" then
    local k = take()
    return wrk.format("GET", "/portal", {["Authorization"] = "Bearer " .. patient_tokens[k], ["Accept"] = "text/html"})
  elseif scenario == "session" then
    local k = take()
    local body = string.format('{"submissionId":"bench-%s-%d-%d","sessionDate":"%s","exercisesDone":[%s],"painBefore":%d,"painAfter":%d}',
      run_id, tid, sent, os.date("!%Y-%m-%d"), patients[k].exercises, 2 + sent % 3, 1 + sent % 3)
    return wrk.format("POST", "/api/v1/me/sessions",
      {["Authorization"] = "Bearer " .. patient_tokens[k], ["Content-Type"] = "application/json", ["Accept"] = "application/json"}, body)
  elseif scenario == "exercises-api" then
    return wrk.format("GET", "/api/v1/exercises", {["Authorization"] = clinician, ["Accept"] = "application/json"})
  elseif scenario == "exercises-page" then
    return wrk.format("GET", "/clinic/exercises", {["Authorization"] = clinician, ["Accept"] = "text/html"})
  end
  error("unknown SCENARIO " .. tostring(scenario))
end

bad = 0 -- global: answers other than 2xx/3xx (a 409 on a save is counted apart)

function response(status, headers, body)
  if status >= 400 and not (scenario == "step" and status == 409) then
    bad = bad + 1
  end
  if scenario == "step" then
    if status == 200 then
      -- the saved evaluation comes back with its new version: the next save of it starts from there
      -- by name, not position: the field order of the JSON is not part of the API (a draft has no
      -- addenda, so its only "id" and "version" are its own)
      local id = body:match('"id":(%d+)')
      local version = body:match('"version":(%d+)')
      if id and version then versions[id] = tonumber(version) end
    elseif status == 409 then
      conflicts = conflicts + 1
    end
  end
end

function done(summary, latency, requests)
  local c409, statuses = 0, 0
  for _, t in ipairs(threads) do
    c409 = c409 + (tonumber(t:get("conflicts")) or 0)
    statuses = statuses + (tonumber(t:get("bad")) or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  -- errors: failed answers plus socket errors and requests that got no answer within the timeout
  local errors = e.connect + e.read + e.write + e.timeout + statuses
  io.write(string.format("RESULT %s requests=%d seconds=%.2f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f errors=%d conflicts=%d\n",
    scenario, summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors, c409))
end
