// Stormwall for the shared fan-out harness (../shared/fanout, adapters/INTERFACE.md), written from docs/protocol.md:
// protocol 3, a secret clientId per connection, join -> welcome + snapshot, every edit one `ops` batch holding one
// `update` of a sticky's x and y, every receipt one `applied`. The edit's id and send time travel in its clientOpId,
// which every receiver gets back in the `applied`.
//
// The server is the built jar (backend/target/stormwall.jar) on a fresh database of the PostgreSQL at
// 127.0.0.1:5432 (user postgres, trust auth or PGPASSWORD), created per run and dropped at stop; or whatever --url
// names. Options (bench.mjs --opt K=V):
//   jar=PATH        the jar to run (default: this repository's backend/target/stormwall.jar)
//   heap=SIZE       the server's -Xmx (default: the JVM's own choice)
//   jvm=ARGS        more JVM arguments, space separated
//   args=ARGS       more server arguments, space separated (e.g. --stormwall.collab.edits-per-second=1000)
//   deflate=0       clients don't offer permessage-deflate (browsers always offer it, so the default does too)
//   coach=off       the facilitator switches the notation coach off for the board (to see what the coach costs)
import { execFileSync, spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import WebSocket from 'ws'
import { spawnServer, waitFor, withTimeout } from '../../../shared/fanout/lib/util.mjs'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const REPO = path.resolve(HERE, '../..')
const DEFAULT_JAR = path.join(REPO, 'backend/target/stormwall.jar')
const PG = { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'postgres' }
const PROTOCOL = 3
const BATCH_LIMIT = 500 // ops per batch (docs/protocol.md, Limits)

async function sql (query, database = 'postgres') {
  const client = new pg.Client({ ...PG, database, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await client.query(query)
  } finally {
    await client.end()
  }
}

const words = (text) => (text ? String(text).split(/\s+/).filter(Boolean) : [])
const httpOf = (url) => url.replace(/^ws/, 'http').replace(/\/ws$/, '')
const wsOf = (url) => `${url.replace(/^http/, 'ws').replace(/\/$/, '')}/ws`

async function postJson (url, body, token) {
  const headers = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(30000) })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text)
}

/** The edit's id and send time, carried by the batch's clientOpId ("e<id>@<t>") to every receiver. */
const opIdOf = (id, t) => `e${id}@${t}`
function editOf (clientOpId) {
  const at = clientOpId.indexOf('@')
  if (clientOpId[0] !== 'e' || at < 0) return null
  return { id: Number(clientOpId.slice(1, at)), t: Number(clientOpId.slice(at + 1)) }
}

export default {
  name: 'stormwall',
  description: 'Stormwall jar on PostgreSQL (fsync on): every batch committed before anyone is told; ws client of protocol 3',
  auxProcessComm: 'postgres',

  versions (options = {}) {
    const versions = { ws: JSON.parse(fs.readFileSync(path.join(HERE, 'node_modules/ws/package.json'), 'utf8')).version }
    versions.java = String(spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr ?? '').split('\n')[1]?.trim() ?? null
    // the repository's commit, which built the default jar; a jar given with --opt jar=… says its own in its name
    try { versions['repository HEAD'] = execFileSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() } catch {}
    try {
      versions.postgresql = execFileSync('psql', ['-h', PG.host, '-U', PG.user, '-tAc', 'select version()'], { encoding: 'utf8', timeout: 5000 }).trim()
      versions['postgresql fsync/synchronous_commit'] = execFileSync('psql', ['-h', PG.host, '-U', PG.user, '-tAc',
        "select current_setting('fsync') || '/' || current_setting('synchronous_commit')"], { encoding: 'utf8', timeout: 5000 }).trim()
    } catch {}
    versions.jar = options.jar ?? DEFAULT_JAR
    return versions
  },

  async unavailable (options = {}) {
    const jar = options.jar ?? DEFAULT_JAR
    if (!fs.existsSync(jar)) return `no jar at ${jar}: build it with ./mvnw -q -DskipUi -DskipTests -pl backend -am package`
    try {
      const { fsync, sync } = (await sql("select current_setting('fsync') as fsync, current_setting('synchronous_commit') as sync")).rows[0]
      // synchronous_commit off answers a commit before its WAL is flushed: a batch could be told and then lost
      if (fsync !== 'on' || sync === 'off') {
        return `PostgreSQL at ${PG.host}:${PG.port} runs with fsync ${fsync}, synchronous_commit ${sync}: the comparison needs durable commits`
      }
    } catch (err) {
      return `PostgreSQL at ${PG.host}:${PG.port} as ${PG.user}: ${err.message}`
    }
    return null
  },

  async startServer ({ host, port, logFile, options = {} }) {
    const database = `sw_fanout_${process.pid}_${port}`
    await sql(`drop database if exists ${database}`)
    await sql(`create database ${database}`)
    const jvm = [...(options.heap ? [`-Xmx${options.heap}`] : []), ...words(options.jvm)]
    const env = {
      ...process.env,
      SPRING_DATASOURCE_URL: `jdbc:postgresql://${PG.host}:${PG.port}/${database}`,
      SPRING_DATASOURCE_USERNAME: PG.user,
      SPRING_DATASOURCE_PASSWORD: process.env.PGPASSWORD ?? ''
    }
    let server
    try {
      server = await spawnServer({
        command: 'java',
        args: [...jvm, '-jar', options.jar ?? DEFAULT_JAR, `--server.address=${host}`, `--server.port=${port}`, ...words(options.args)],
        env,
        host,
        port,
        logFile,
        readyTimeoutMs: 120000,
        stopGraceMs: 15000
      })
      const url = `http://${host}:${port}`
      const healthy = await waitFor(async () => {
        try { return (await fetch(`${url}/actuator/health`, { signal: AbortSignal.timeout(2000) })).ok } catch { return false }
      }, 60000, 200)
      if (!healthy) throw new Error(`${url}/actuator/health did not answer UP within 60 s`)
      return {
        pid: server.pid,
        url,
        async stats () {
          const r = await sql('select count(*)::int as batches, coalesce(sum(octet_length(ops::text)), 0)::bigint as bytes from op_log', database)
          return { db_rows: r.rows[0].batches, db_bytes: Number(r.rows[0].bytes) }
        },
        async stop () {
          const res = await server.stop()
          await sql(`drop database if exists ${database} with (force)`)
          return res
        }
      }
    } catch (err) {
      await server?.stop().catch(() => {})
      await sql(`drop database if exists ${database} with (force)`).catch(() => {})
      throw err
    }
  },

  /** A fresh board (format "free") with one event sticky per key; its participant link is what every client joins with. */
  async prepare ({ url, keys, options = {} }) {
    const base = httpOf(url)
    const board = await postJson(`${base}/api/boards`, { title: 'fan-out', format: 'free' })
    if (options.coach === 'off') await postJson(`${base}/api/boards/${board.id}/coach`, { enabled: false }, board.tokens.facilitator)
    const token = board.tokens.participant
    const ids = {}
    for (let from = 0; from < keys.length; from += BATCH_LIMIT) {
      const ops = keys.slice(from, from + BATCH_LIMIT).map((key, i) => {
        ids[key] = randomUUID()
        const n = from + i
        return { op: 'create', element: { id: ids[key], kind: 'event', text: `Note ${key}`, x: (n % 50) * 200, y: Math.floor(n / 50) * 150 } }
      })
      await postJson(`${base}/api/boards/${board.id}/ops`, { clientOpId: `setup-${from}`, ops }, token)
    }
    return { doc: board.id, prepared: { token, ids } }
  },

  async connect ({ url, doc, role, onRemoteEdit, timeoutMs, options = {}, prepared }) {
    const socket = new WebSocket(wsOf(httpOf(url)), { perMessageDeflate: options.deflate !== '0', maxPayload: 64 * 1024 * 1024 })
    // The client's copy of the wall, kept as a browser keeps it: elements by id, and the last seq applied.
    const elements = new Map()
    let seq = 0
    let origin = null
    const problems = []
    let joined
    const ready = new Promise((resolve, reject) => { joined = { resolve, reject } })

    const apply = (ops) => {
      for (const op of ops) {
        if (op.op === 'create') elements.set(op.element.id, op.element)
        else if (op.op === 'update') {
          const element = elements.get(op.id)
          if (element) Object.assign(element, op.set, { version: op.version })
        } else if (op.op === 'delete') elements.delete(op.id)
      }
    }

    socket.on('message', (data) => {
      const message = JSON.parse(data.toString())
      switch (message.type) {
        case 'welcome':
          origin = message.origin
          seq = message.seq
          if (message.catchUp === 'none') joined.resolve()
          break
        case 'snapshot':
          for (const element of message.elements) elements.set(element.id, element)
          seq = message.seq
          joined.resolve()
          break
        case 'applied':
          if (message.seq <= seq) break
          if (message.seq !== seq + 1) problems.push(`gap: seq ${seq} then ${message.seq}`)
          seq = message.seq
          apply(message.ops)
          if (onRemoteEdit && message.origin !== origin) {
            const edit = editOf(message.clientOpId)
            if (edit) onRemoteEdit(edit)
          }
          break
        case 'rejected':
        case 'error':
          problems.push(`${message.type} ${message.code}${message.clientOpId ? ` (${message.clientOpId})` : ''}: ${message.message}`)
          if (problems.length <= 3) process.stderr.write(`stormwall client: ${problems.at(-1)}\n`)
          break
        default:
          break // participants, presence, checks: not part of the measurement
      }
    })
    socket.on('close', (code, reason) => joined.reject(new Error(`closed ${code} ${reason}`)))
    socket.on('error', (err) => joined.reject(err))
    socket.on('open', () => socket.send(JSON.stringify({
      type: 'join', protocol: PROTOCOL, boardId: doc, token: prepared.token, clientId: randomUUID() + randomUUID()
    })))
    await withTimeout(ready, timeoutMs, `stormwall join of ${doc}`)

    return {
      sendEdit ({ id, key, x, y, t }) {
        socket.send(JSON.stringify({
          type: 'ops', clientOpId: opIdOf(id, t), ops: [{ op: 'update', id: prepared.ids[key], set: { x, y } }]
        }))
      },
      async close () {
        if (problems.length > 3) process.stderr.write(`stormwall client (${role}): ${problems.length} problems in all\n`)
        if (socket.readyState === WebSocket.CLOSED) return
        await withTimeout(new Promise((resolve) => { socket.once('close', resolve); socket.close(1000) }), 3000, 'close').catch(() => socket.terminate())
      }
    }
  }
}
