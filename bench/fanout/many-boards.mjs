// Many small boards at once: the load of a server hosting --boards boards with --clients live clients each, every
// client moving its own sticky --rate times a second. Written from docs/protocol.md (protocol 3): each client joins
// with the board's participant link and a secret clientId of its own, sends `ops` batches of one `update`, and
// applies every `applied` it receives, checking that `seq` goes up by one. An edit's id and send time travel in its
// clientOpId (`e<id>@<time>`), which every client of the board gets back; the edits sent during the --duration
// seconds after --warmup are measured: delivery latency to the board's other clients (send -> receipt), loss,
// duplicates and seq gaps, and — with --server-pid — the server process's CPU over the same window, from /proc.
// The clients run in --workers child processes, each holding whole boards, so that one event loop does not hold up
// a thousand sockets (one process could not keep up with 2,000 edits/s); send and receipt times are comparable
// across the processes (performance.timeOrigin + performance.now()).
// Usage: node many-boards.mjs --url http://127.0.0.1:PORT [--server-pid PID] [--boards 100] [--clients 10]
//        [--rate 2] [--warmup 5] [--duration 20] [--drain 5] [--workers 4]
import { execFileSync, fork } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import WebSocket from 'ws'

const { values: a } = parseArgs({
  options: {
    url: { type: 'string' },
    'server-pid': { type: 'string' },
    boards: { type: 'string', default: '100' },
    clients: { type: 'string', default: '10' },
    rate: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '5' },
    duration: { type: 'string', default: '20' },
    drain: { type: 'string', default: '5' },
    workers: { type: 'string', default: '4' },
    worker: { type: 'boolean', default: false }
  }
})
if (!a.url || !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(a.url)) throw new Error('--url http://127.0.0.1:PORT (this machine only)')
const CLIENTS = Number(a.clients)
const base = a.url.replace(/\/$/, '')
const now = () => performance.timeOrigin + performance.now()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

if (a.worker) await worker()
else await main()

async function main () {
  const BOARDS = Number(a.boards)
  const WORKERS = Math.max(1, Math.min(Number(a.workers), BOARDS))
  const PID = a['server-pid']
  const pct = (xs, p) => { const s = Float64Array.from(xs).sort(); return s.length ? Math.round(100 * s[Math.min(s.length - 1, Math.floor(p * s.length))]) / 100 : null }
  const HZ = (() => { try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) } catch { return 100 } })()
  /** The CPU seconds of a process so far (its threads included), from /proc. */
  const cpuOf = (pid) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / HZ
  }

  const load = { before: os.loadavg()[0] }
  const boards = []
  for (let n = 0; n < BOARDS; n++) boards.push(await board(n))
  console.error(`${BOARDS} boards made, joining ${BOARDS * CLIENTS} clients in ${WORKERS} processes`)

  const here = fileURLToPath(import.meta.url)
  const args = ['--worker', '--url', base, '--clients', a.clients, '--rate', a.rate]
  const workers = Array.from({ length: WORKERS }, (_, w) => {
    const child = fork(here, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    const replies = []
    const waiting = []
    child.on('message', (m) => { const next = waiting.shift(); if (next) next(m); else replies.push(m) })
    child.on('exit', (code) => { if (code) waiting.splice(0).forEach((next) => next({ failed: `worker exited with ${code}` })) })
    const ask = (m) => new Promise((resolve) => { waiting.push(resolve); child.send(m) })
    return { child, ask, boards: boards.filter((_, i) => i % WORKERS === w) }
  })
  const all = async (m) => {
    const answers = await Promise.all(workers.map((w) => w.ask(typeof m === 'function' ? m(w) : m)))
    const failed = answers.find((r) => r.failed)
    if (failed) throw new Error(failed.failed)
    return answers
  }
  await all((w) => ({ join: w.boards }))
  console.error(`${BOARDS * CLIENTS} clients joined; ${a.rate} edits/s each, ${a.warmup} s warm-up, ${a.duration} s measured`)
  await all({ start: true })
  await sleep(Number(a.warmup) * 1000)
  const window = { t: now(), cpu: PID ? cpuOf(PID) : null, clients: workers.reduce((sum, w) => sum + cpuOf(w.child.pid), 0) }
  await all({ measure: true })
  await sleep(Number(a.duration) * 1000)
  await all({ stop: true })
  const seconds = (now() - window.t) / 1000
  const cpu = PID ? cpuOf(PID) - window.cpu : null
  const clientCpu = workers.reduce((sum, w) => sum + cpuOf(w.child.pid), 0) - window.clients
  const results = await all({ drain: Number(a.drain) * 1000 })
  await all({ close: true })
  load.after = os.loadavg()[0]

  const sum = (field) => results.reduce((total, r) => total + r[field], 0)
  const latencies = results.flatMap((r) => r.latencies)
  const acks = results.flatMap((r) => r.acks)
  const measured = sum('measured')
  console.log(JSON.stringify({
    boards: BOARDS,
    clients_per_board: CLIENTS,
    rate_per_client: Number(a.rate),
    edits_per_s: Math.round(measured / Number(a.duration)),
    measured_edits: measured,
    expected: measured * (CLIENTS - 1),
    delivered: sum('delivered'),
    lost: measured * (CLIENTS - 1) - sum('delivered'),
    duplicates: sum('duplicates'),
    seq_gaps: sum('gaps'),
    rejected: sum('rejected'),
    errors: sum('errors'),
    closed: sum('closed'),
    p50_ms: pct(latencies, 0.5),
    p99_ms: pct(latencies, 0.99),
    max_ms: latencies.length ? Math.round(100 * latencies.reduce((m, x) => Math.max(m, x), 0)) / 100 : null,
    ack_p50_ms: pct(acks, 0.5),
    ack_p99_ms: pct(acks, 0.99),
    window_s: Math.round(10 * seconds) / 10,
    server_cpu_pct: cpu == null ? null : Math.round(1000 * cpu / seconds) / 10,
    client_processes: WORKERS,
    client_cpu_pct: Math.round(1000 * clientCpu / seconds) / 10,
    client_loop_delay_p99_ms: Math.max(...results.map((r) => r.loopDelayP99)),
    load_average: [load.before, load.after],
    problems: results.flatMap((r) => r.problems).slice(0, 5)
  }))
}

async function post (path, body, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const r = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60000) })
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`)
  return r.json()
}

/** A board (format "free") with one event sticky per client: each client moves its own. */
async function board (n) {
  const b = await post('/api/boards', { title: `many boards ${n}`, format: 'free' })
  const stickies = Array.from({ length: CLIENTS }, () => randomUUID())
  const ops = stickies.map((id, i) => ({ op: 'create', element: { id, kind: 'event', text: `Sticky ${i}`, x: i * 220, y: 0 } }))
  await post(`/api/boards/${b.id}/ops`, { clientOpId: 'setup', ops }, b.tokens.participant)
  return { id: b.id, token: b.tokens.participant, stickies }
}

/** The clients of some boards, driven by the main process: join, start, measure, stop, drain, close. */
async function worker () {
  const RATE = Number(a.rate)
  const wsUrl = `${base.replace(/^http/, 'ws')}/ws`
  // every edit sent, by its id: when, and whether it counts (sent within the measured window)
  const edits = new Map()
  const stats = { rejected: 0, errors: 0, gaps: 0, duplicates: 0, closed: 0, problems: [] }
  const latencies = []
  const acks = []
  const problem = (text) => { if (stats.problems.length < 5) stats.problems.push(text) }
  const clients = []
  const loop = monitorEventLoopDelay({ resolution: 10 })
  let nextEdit = 0
  let measuring = false
  let closing = false

  /** One client: joins, keeps the board's seq, counts what it receives; resolves once its snapshot has arrived. */
  const client = (b, index) => new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl)
    const c = { socket, board: b, sticky: b.stickies[index], seq: 0, origin: null, timer: null }
    const timeout = setTimeout(() => { socket.terminate(); reject(new Error(`join of ${b.id} timed out`)) }, 60000)
    socket.on('open', () => socket.send(JSON.stringify({
      type: 'join', protocol: 3, boardId: b.id, token: b.token, clientId: randomUUID() + randomUUID(), name: `Client ${index}`
    })))
    socket.on('message', (data) => {
      const m = JSON.parse(data.toString())
      if (m.type === 'welcome') {
        c.origin = m.origin
        c.seq = m.seq
        if (m.catchUp === 'none') { clearTimeout(timeout); resolve(c) }
      } else if (m.type === 'snapshot') {
        c.seq = m.seq
        clearTimeout(timeout)
        resolve(c)
      } else if (m.type === 'applied') {
        if (m.seq <= c.seq) { if (edits.has(m.clientOpId)) stats.duplicates++; return }
        if (m.seq !== c.seq + 1) { stats.gaps++; problem(`gap on ${b.id}: seq ${c.seq} then ${m.seq}`) }
        c.seq = m.seq
        const edit = edits.get(m.clientOpId)
        if (!edit || !edit.measured) return
        const ms = now() - edit.t
        if (m.origin === c.origin) acks.push(ms)
        else { latencies.push(ms); edit.received++ }
      } else if (m.type === 'rejected' || m.type === 'error') {
        if (m.type === 'rejected') stats.rejected++
        else stats.errors++
        problem(`${m.type} ${m.code}: ${m.message}`)
      }
    })
    socket.on('close', (code) => {
      clearTimeout(timeout)
      if (!closing) { stats.closed++; problem(`closed ${code}`) }
      reject(new Error(`closed ${code}`))
    })
    socket.on('error', (err) => { clearTimeout(timeout); reject(err) })
  })

  const send = (c) => {
    if (c.socket.readyState !== WebSocket.OPEN) return
    const t = now()
    const clientOpId = `e${process.pid}.${nextEdit++}@${Math.round(t)}`
    edits.set(clientOpId, { t, measured: measuring, received: 0 })
    c.socket.send(JSON.stringify({
      type: 'ops', clientOpId, ops: [{ op: 'update', id: c.sticky, set: { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 2000) } }]
    }))
  }

  const steps = {
    async join ({ join }) {
      for (const b of join) clients.push(...await Promise.all(b.stickies.map((_, i) => client(b, i))))
    },
    start () {
      // each client on its own schedule, started at a random point of its first period
      const period = 1000 / RATE
      for (const c of clients) setTimeout(() => { send(c); c.timer = setInterval(() => send(c), period) }, Math.random() * period)
    },
    measure () { measuring = true; loop.enable() },
    stop () { measuring = false; loop.disable(); clients.forEach((c) => clearInterval(c.timer)) },
    async drain ({ drain }) {
      const measured = [...edits.values()].filter((e) => e.measured)
      const expected = measured.length * (CLIENTS - 1)
      const received = () => measured.reduce((sum, e) => sum + e.received, 0)
      const deadline = now() + drain
      while (now() < deadline && received() < expected) await sleep(50)
      return {
        measured: measured.length, delivered: received(), latencies, acks, ...stats,
        loopDelayP99: Math.round(loop.percentile(99) / 1e4) / 100
      }
    },
    async close () {
      closing = true
      await Promise.all(clients.map((c) => new Promise((resolve) => {
        if (c.socket.readyState === WebSocket.CLOSED) return resolve()
        c.socket.once('close', resolve)
        c.socket.close(1000)
        setTimeout(() => { c.socket.terminate(); resolve() }, 3000)
      })))
    }
  }
  process.on('message', async (m) => {
    try {
      const step = Object.keys(m)[0]
      const answer = await steps[step](m)
      process.send(answer ?? { ok: true })
      if (step === 'close') process.exit(0)
    } catch (err) {
      process.send({ failed: String(err?.message ?? err) })
    }
  })
}
