import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { readFileSync, writeFileSync } from 'node:fs';
let svg = readFileSync('dist/map/story-map.svg', 'utf8');
const vars = { sea: '#dfeaf3', land: '#f4f1ea', stroke: '#a9a39a', kursk: '#b3261e', ink: '#1a1a1a', ink2: '#4a4a4a', paper: '#fff' };
svg = svg.replace(/@media[^}]*}}/, '').replace(/var\(--(\w+)\)/g, (_, k) => (vars as any)[k]).replace(/<text[\s\S]*?<\/text>/g, '');
for (const w of [720, 1080, 1440]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: w } }).render().asPng();
  writeFileSync(`/tmp/exp/map-${w}.png`, png);
  const webp = await sharp(png).webp({ quality: 75 }).toBuffer();
  writeFileSync(`/tmp/exp/map-${w}.webp`, webp);
  const pq = await sharp(png).png({ palette: true, colours: 16, compressionLevel: 9 }).toBuffer();
  writeFileSync(`/tmp/exp/map-${w}-q.png`, pq);
  const avif = await sharp(png).avif({ quality: 50 }).toBuffer();
  console.log(w, png.length, webp.length, pq.length, avif.length);
}
