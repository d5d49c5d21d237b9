// Summarises bench/compromise/run.sh's results: the median seconds (wall
// and CPU) of each tool, tokens per second on our token count (the same
// texts for both), and the ratio.
import fs from 'fs'

const rows = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.trim() !== '').map(l => JSON.parse(l))
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const ours = rows.filter(r => r.tool === 'quotebench'); const theirs = rows.filter(r => r.tool === 'compromise')
const tokens = ours[0].tokens; const articles = ours[0].articles
const line = (name, rs) => {
  const w = median(rs.map(r => r.seconds)); const c = median(rs.map(r => r.cpu_seconds))
  console.log(`${name.padEnd(22)} median ${w.toFixed(3)} s wall, ${c.toFixed(3)} s CPU: ${Math.round(tokens / w).toLocaleString('en')} tokens/s, ${Math.round(tokens / c).toLocaleString('en')} tokens/CPU-s, ${(articles / w).toFixed(1)} articles/s`)
  return [w, c]
}
const [ow, oc] = line('quotebench detect', ours)
const [tw, tc] = line(`compromise ${theirs[0].version}`, theirs)
console.log(`ratio (quotebench / compromise): ${(tw / ow).toFixed(1)}x wall, ${(tc / oc).toFixed(1)}x CPU  (${articles} articles, ${tokens} tokens, ${ours.length} runs)`)
