// The median (min–max) over repeats per adapter and N of a run.mjs report's raw results (its .jsonl), for every
// adapter in it. run.mjs's own summary groups runs by the --adapters argument, so an adapter given by path (ours)
// appears only in its "Every run" table; this prints the same columns for all of them.
// Usage: node summary.mjs results.jsonl
import fs from 'node:fs'

const file = process.argv[2]
if (!file) throw new Error('usage: node summary.mjs results.jsonl')
const runs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))
function spread (values) {
  const xs = values.filter((x) => typeof x === 'number').sort((a, b) => a - b)
  if (!xs.length) return '–'
  const mid = xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2
  return xs.length > 1 ? `${fmt(mid)} (${fmt(xs[0])}–${fmt(xs[xs.length - 1])})` : fmt(mid)
}

const columns = [
  ['loss %', 'loss_pct'], ['dups', 'dups'], ['p50', 'p50_ms'], ['p99', 'p99_ms'], ['first p50', 'first_p50_ms'],
  ['all-N p99', 'all_n_p99_ms'], ['server CPU %', 'server_cpu_pct'], ['DB CPU %', 'aux_cpu_pct'],
  ['server peak RSS MiB', 'server_peak_rss_mib'], ['machine busy %', 'machine_busy_pct']
]
console.log(`| adapter | N | runs | ${columns.map(([title]) => title).join(' | ')} |`)
console.log(`|---|--:|--:|${columns.map(() => '--:').join('|')}|`)
const keys = [...new Set(runs.map((r) => `${r.N}\t${r.adapter}`))].sort((a, b) => parseInt(a) - parseInt(b))
for (const key of keys) {
  const [N, adapter] = key.split('\t')
  const group = runs.filter((r) => r.adapter === adapter && String(r.N) === N)
  console.log(`| ${adapter} | ${N} | ${group.length} | ${columns.map(([, field]) => spread(group.map((r) => r[field]))).join(' | ')} |`)
}
