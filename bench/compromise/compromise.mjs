// The compromise half of `make bench-compromise`: times the compromise npm
// library's comparable work over the same articles in one node process.
// Per article: nlp(text) (tokenise, tag, sentences) and its quotations(),
// people(), places() and organizations() selections with their offsets.
// compromise has no speaker attribution and no reported speech without
// quotation marks, so this is less work than our detector does.
//
//	node bench/compromise/compromise.mjs articles.jsonl   (COMPROMISE_DIR: its node_modules)
import fs from 'fs'
import { createRequire } from 'module'
import { resolve } from 'path'

const require = createRequire(resolve(process.env.COMPROMISE_DIR || 'build/compromise/node_modules') + '/')
const nlp = require('compromise')
const version = nlp.version

const path = process.argv[2]
const arts = fs.readFileSync(path, 'utf8').split('\n').filter(l => l.trim() !== '').map((l, i) => {
  const a = JSON.parse(l)
  if (typeof a.text !== 'string' || a.text === '') throw new Error(`${path} line ${i + 1}: no "text"`)
  return a
})

function work (text) {
  const doc = nlp(text)
  const opt = { offset: true, terms: false, text: true }
  return [doc.quotations().json(opt).length, doc.people().json(opt).length + doc.places().json(opt).length + doc.organizations().json(opt).length]
}

// Warm-up, not timed: the first articles (at most 20) once, so the lexicon is
// loaded and the JIT has compiled the hot paths.
for (const a of arts.slice(0, 20)) work(a.text)
let quotes = 0; let ents = 0
const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint()
for (const a of arts) {
  const [q, e] = work(a.text)
  quotes += q; ents += e
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9
const c = process.cpuUsage(c0)
console.log(JSON.stringify({ tool: 'compromise', version, articles: arts.length, seconds: wall, cpu_seconds: (c.user + c.system) / 1e6, quotes, entities: ents }))
