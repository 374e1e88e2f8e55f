import { readFileSync } from 'node:fs';
import { screenRequest } from './src/index.ts';
const edits = JSON.parse(readFileSync('../shared/data/prompts/benign_edit/ggip2p_instruct_target.json','utf8')).map((x:any)=>x.sentence as string);
const coco = readFileSync('../shared/data/prompts/benign_t2i/coco_10k.csv','utf8').split('\n').slice(1).filter(Boolean).map(l=>l.split(',').slice(2,-1).join(',').replace(/^"|"$/g,''));
async function fp(list: string[], mode: 'edit'|'generate', name: string) {
  let n=0; const bad: string[]=[];
  for (const t of list) { const d = await screenRequest(t,{mode}); if (d.verdict!=='allow') { n++; if (bad.length<40) bad.push(d.verdict+' | '+t+' | '+d.categories.filter(c=>c.score>=0.5&&c.category!=='real_person').flatMap(c=>c.evidence.map(e=>e.kind==='text'?c.category+':'+e.term:'')).join(' ')); } }
  console.log(name, n, '/', list.length, (n/list.length).toFixed(4)); for (const b of bad) console.log('   ', b);
}
await fp(edits, 'edit', 'benign_edit');
await fp(coco, 'generate', 'coco');
