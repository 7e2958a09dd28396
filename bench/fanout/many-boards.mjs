// Many small boards at once: the load of a server hosting --boards boards with --clients live clients each, every
// client moving its own sticky --rate times a second. Written from docs/protocol.md (protocol 3): each client joins
// with the board's participant link and a secret clientId of its own, sends `ops` batches of one `update`, and
// applies every `applied` it receives, checking that `seq` goes up by one. An edit's id and send time travel in its
// clientOpId (`e<id>@<time>`), which every client of the board gets back; the edits sent during the --duration
// seconds after --warmup are measured: delivery latency to the board's other clients (send -> receipt), loss,
// duplicates and seq gaps, and — with --server-pid — the server process's CPU over the same window, from /proc.
// Usage: node many-boards.mjs --url http://127.0.0.1:PORT [--server-pid PID] [--boards 100] [--clients 10]
//        [--rate 2] [--warmup 5] [--duration 20] [--drain 5]
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
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
    drain: { type: 'string', default: '5' }
  }
})
if (!a.url || !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(a.url)) throw new Error('--url http://127.0.0.1:PORT (this machine only)')
const BOARDS = Number(a.boards)
const CLIENTS = Number(a.clients)
const RATE = Number(a.rate)
const WARMUP = Number(a.warmup) * 1000
const DURATION = Number(a.duration) * 1000
const DRAIN = Number(a.drain) * 1000
const PID = a['server-pid']
const base = a.url.replace(/\/$/, '')
const wsUrl = `${base.replace(/^http/, 'ws')}/ws`
const now = () => performance.timeOrigin + performance.now()
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const pct = (xs, p) => { const s = Float64Array.from(xs).sort(); return s.length ? Math.round(100 * s[Math.min(s.length - 1, Math.floor(p * s.length))]) / 100 : null }

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

// every edit sent, by its id: when, and whether it counts (sent within the measured window)
const edits = new Map()
const stats = { rejected: 0, errors: 0, gaps: 0, duplicates: 0, closed: 0, firstProblems: [] }
const latencies = []
const acks = []
const problem = (text) => { if (stats.firstProblems.length < 5) stats.firstProblems.push(text) }

/** One client: joins, keeps the board's seq, counts what it receives; resolves once its snapshot has arrived. */
function client (b, index) {
  return new Promise((resolve, reject) => {
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
    socket.on('close', (code) => { stats.closed++; problem(`closed ${code}`); clearTimeout(timeout); reject(new Error(`closed ${code}`)) })
    socket.on('error', (err) => { clearTimeout(timeout); reject(err) })
  })
}

let nextEdit = 0
let measuring = false
function send (c) {
  if (c.socket.readyState !== WebSocket.OPEN) return
  const t = now()
  const clientOpId = `e${nextEdit++}@${Math.round(t)}`
  edits.set(clientOpId, { t, measured: measuring, received: 0 })
  c.socket.send(JSON.stringify({
    type: 'ops', clientOpId, ops: [{ op: 'update', id: c.sticky, set: { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 2000) } }]
  }))
}

const HZ = (() => { try { return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) } catch { return 100 } })()
/** The server process's CPU seconds so far (its threads included), from /proc. */
function serverCpu () {
  if (!PID) return null
  const stat = fs.readFileSync(`/proc/${PID}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / HZ
}

const load = { before: os.loadavg()[0] }
const boards = []
for (let n = 0; n < BOARDS; n++) boards.push(await board(n))
console.error(`${BOARDS} boards made, joining ${BOARDS * CLIENTS} clients`)
const clients = []
for (const b of boards) clients.push(...await Promise.all(b.stickies.map((_, i) => client(b, i))))
console.error(`${clients.length} clients joined; ${RATE} edits/s each, ${WARMUP / 1000} s warm-up, ${DURATION / 1000} s measured`)

// each client on its own schedule, started at a random point of its first period
const period = 1000 / RATE
for (const c of clients) {
  setTimeout(() => { send(c); c.timer = setInterval(() => send(c), period) }, Math.random() * period)
}
await sleep(WARMUP)
const loop = monitorEventLoopDelay({ resolution: 10 })
loop.enable()
const window = { t: now(), cpu: serverCpu(), own: process.cpuUsage() }
measuring = true
await sleep(DURATION)
measuring = false
clients.forEach((c) => clearInterval(c.timer))
const measured = [...edits.values()].filter((e) => e.measured)
const expected = measured.length * (CLIENTS - 1)
const deadline = now() + DRAIN
while (now() < deadline && measured.reduce((sum, e) => sum + e.received, 0) < expected) await sleep(50)
const seconds = (now() - window.t) / 1000
const cpu = PID ? serverCpu() - window.cpu : null
const own = process.cpuUsage(window.own)
loop.disable()
load.after = os.loadavg()[0]
const delivered = measured.reduce((sum, e) => sum + e.received, 0)

console.log(JSON.stringify({
  boards: BOARDS,
  clients_per_board: CLIENTS,
  rate_per_client: RATE,
  edits_per_s: Math.round(measured.length / (DURATION / 1000)),
  measured_edits: measured.length,
  expected,
  delivered,
  lost: expected - delivered,
  duplicates: stats.duplicates,
  seq_gaps: stats.gaps,
  rejected: stats.rejected,
  errors: stats.errors,
  closed: stats.closed,
  p50_ms: pct(latencies, 0.5),
  p99_ms: pct(latencies, 0.99),
  max_ms: latencies.length ? Math.round(100 * latencies.reduce((m, x) => Math.max(m, x), 0)) / 100 : null,
  ack_p50_ms: pct(acks, 0.5),
  ack_p99_ms: pct(acks, 0.99),
  window_s: Math.round(10 * seconds) / 10,
  server_cpu_pct: cpu == null ? null : Math.round(1000 * cpu / seconds) / 10,
  client_cpu_pct: Math.round((own.user + own.system) / 1e4 / seconds * 10) / 10,
  client_loop_delay_p99_ms: Math.round(loop.percentile(99) / 1e4) / 100,
  load_average: [load.before, load.after],
  problems: stats.firstProblems
}))
await Promise.all(clients.map((c) => new Promise((resolve) => {
  if (c.socket.readyState === WebSocket.CLOSED) return resolve()
  c.socket.removeAllListeners('close')
  c.socket.once('close', resolve)
  c.socket.close(1000)
  setTimeout(() => { c.socket.terminate(); resolve() }, 3000)
})))
