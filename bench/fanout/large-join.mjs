// How long joining a large board takes, and what a burst of joins does to another board's live edits.
// Builds a board of --stickies event stickies and --arrows arrows over REST, then --joins times opens /ws, joins
// without lastSeq and times join sent -> snapshot decoded (with --gzip, asking for the compressed snapshot). With
// --burst K, K joins go at once while a second board gets --rate edits/s from one client and one receiver times them
// (in a thread of their own, so that decoding the burst's snapshots does not delay their receipts).
// With --live, one client stays on the large board throughout and moves one of its stickies (awaiting the edit's
// applied) before each join in turn, and once before the burst: every join finds a live room whose board has moved on
// since the join before it, as joins in a running workshop do, instead of an empty room.
// With --coach-off, the notation coach is switched off for the large board before any join: its first reading of the
// board (which the first join of a room starts) is then not part of what the joins cost.
// Usage: node large-join.mjs --url http://127.0.0.1:PORT [--stickies 5000] [--arrows 1000] [--joins 20] [--gzip]
//        [--live] [--coach-off] [--burst 20 --rate 20]
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import WebSocket from 'ws'

const { values: a } = parseArgs({
  options: {
    url: { type: 'string' },
    stickies: { type: 'string', default: '5000' },
    arrows: { type: 'string', default: '1000' },
    joins: { type: 'string', default: '20' },
    burst: { type: 'string', default: '0' },
    rate: { type: 'string', default: '20' },
    gzip: { type: 'boolean', default: false },
    live: { type: 'boolean', default: false },
    'coach-off': { type: 'boolean', default: false }
  }
})
if (!a.url || !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(a.url)) throw new Error('--url http://127.0.0.1:PORT (this machine only)')
const base = a.url.replace(/\/$/, '')
const ws = `${base.replace(/^http/, 'ws')}/ws${a.gzip ? '?snapshot=gzip' : ''}`
const now = () => performance.timeOrigin + performance.now()
const pct = (xs, p) => { const s = [...xs].sort((x, y) => x - y); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : null }

async function post (path, body, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }
  const r = await fetch(base + path, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(60000) })
  if (!r.ok) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`)
  return r.json()
}

async function board (stickies, arrows) {
  const b = await post('/api/boards', { title: 'large join', format: 'free' })
  const ids = Array.from({ length: stickies }, () => randomUUID())
  const ops = ids.map((id, i) => ({ op: 'create', element: { id, kind: 'event', text: `Order ${i} Placed`, x: (i % 100) * 220, y: Math.floor(i / 100) * 180 } }))
  for (let i = 0; i < arrows; i++) ops.push({ op: 'create', element: { kind: 'arrow', from: ids[i], to: ids[i + 1] } })
  for (let i = 0; i < ops.length; i += 500) await post(`/api/boards/${b.id}/ops`, { clientOpId: `setup-${i}`, ops: ops.slice(i, i + 500) }, b.tokens.participant)
  return { ...b, ids }
}

/** With --live: a client that stays on the board and moves one of its stickies whenever asked, until it is applied. */
async function stayOn (b) {
  const waiting = new Map()
  const holder = await join(b, (m) => { const done = waiting.get(m.clientOpId); if (done) { waiting.delete(m.clientOpId); done() } }, b.tokens.participant)
  let n = 0
  return {
    move: () => new Promise((resolve) => {
      const id = `live-${n++}`
      waiting.set(id, resolve)
      holder.socket.send(JSON.stringify({ type: 'ops', clientOpId: id, ops: [{ op: 'update', id: b.ids[n % b.ids.length], set: { x: n } }] }))
    }),
    close: () => holder.socket.close()
  }
}

/** Resolves with the ms from sending the join to having the snapshot decoded, and the snapshot frame's bytes. */
function join (b, onApplied, token = b.tokens.observer) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(ws)
    let sent
    const timer = setTimeout(() => { socket.terminate(); reject(new Error('join timed out')) }, 60000)
    socket.on('open', () => { sent = now(); socket.send(JSON.stringify({ type: 'join', protocol: 3, boardId: b.id, token, clientId: randomUUID() + randomUUID() })) })
    socket.on('message', (data, binary) => {
      if (binary) {
        clearTimeout(timer)
        // decoding the compressed frame is the client's share; count it like the text's parse
        import('node:zlib').then(({ gunzipSync }) => {
          JSON.parse(gunzipSync(data).toString())
          resolve({ ms: now() - sent, bytes: data.length, socket })
        })
        return
      }
      const m = JSON.parse(data.toString())
      if (m.type === 'snapshot') { clearTimeout(timer); resolve({ ms: now() - sent, bytes: data.length, socket }) }
      if (m.type === 'applied' && onApplied) onApplied(m)
    })
    socket.on('error', reject)
  })
}

if (!isMainThread) {
  // the other, busy board: its own thread, so that decoding the burst's snapshots on the main thread does not
  // delay its receipts; the main thread says when the burst starts and ends
  const other = workerData.board
  const lat = { quiet: [], burst: [] }
  let phase = 'quiet'
  const sentAt = new Map()
  const receiver = await join(other, (m) => { const t = sentAt.get(m.clientOpId); if (t && lat[phase]) lat[phase].push(now() - t) })
  const editor = await join(other, null, other.tokens.participant)
  const stickies = (await (await fetch(`${base}/api/boards/${other.id}`, { headers: { authorization: `Bearer ${other.tokens.participant}` } })).json()).elements?.map((e) => e.id) ?? []
  let n = 0
  const tick = setInterval(() => {
    const id = `m${n++}`
    sentAt.set(id, now())
    editor.socket.send(JSON.stringify({ type: 'ops', clientOpId: id, ops: stickies.length ? [{ op: 'update', id: stickies[n % stickies.length], set: { x: n % 1000 } }] : [] }))
  }, 1000 / Number(a.rate))
  parentPort.on('message', (message) => {
    if (message !== 'stop') {
      phase = message
      return
    }
    clearInterval(tick)
    receiver.socket.close()
    editor.socket.close()
    parentPort.postMessage(lat)
  })
  parentPort.postMessage('ready')
} else {
  const big = await board(Number(a.stickies), Number(a.arrows))
  console.error(`board ${big.id}: ${a.stickies} stickies, ${a.arrows} arrows`)
  if (a['coach-off']) await post(`/api/boards/${big.id}/coach`, { enabled: false }, big.tokens.facilitator)
  const live = a.live ? await stayOn(big) : null
  if (Number(a.burst) === 0) {
    const times = []
    let bytes = 0
    for (let i = 0; i < Number(a.joins); i++) {
      if (live) await live.move()
      const r = await join(big)
      times.push(r.ms)
      bytes = r.bytes
      r.socket.close()
    }
    live?.close()
    console.log(JSON.stringify({ joins: times.length, gzip: a.gzip, live: a.live, snapshot_bytes: bytes, p50_ms: pct(times, 0.5), p99_ms: pct(times, 0.99), max_ms: Math.max(...times) }))
  } else {
    // another board, busy: one editor at --rate and one receiver timing every edit, in a thread of their own
    const other = await board(10, 0)
    const worker = new Worker(new URL(import.meta.url), { argv: process.argv.slice(2), workerData: { board: other } })
    const next = () => new Promise((resolve) => worker.once('message', resolve))
    await next() // ready
    await new Promise((resolve) => setTimeout(resolve, 5000))
    if (live) await live.move()
    worker.postMessage('burst')
    const joined = await Promise.all(Array.from({ length: Number(a.burst) }, () => join(big)))
    // the edits during the burst: from its start until 3 s after every join has its snapshot
    await new Promise((resolve) => setTimeout(resolve, 3000))
    worker.postMessage('after')
    const finished = next()
    worker.postMessage('stop')
    const lat = await finished
    await worker.terminate()
    joined.forEach((r) => r.socket.close())
    live?.close()
    const ms = joined.map((r) => r.ms)
    console.log(JSON.stringify({
      burst: ms.length,
      gzip: a.gzip,
      live: a.live,
      coach_off: a['coach-off'],
      join_p50_ms: pct(ms, 0.5),
      join_max_ms: Math.max(...ms),
      other_board_quiet: { n: lat.quiet.length, p50: pct(lat.quiet, 0.5), p99: pct(lat.quiet, 0.99) },
      other_board_during_burst: { n: lat.burst.length, p50: pct(lat.burst, 0.5), p99: pct(lat.burst, 0.99), max: Math.max(...lat.burst) }
    }))
  }
}
