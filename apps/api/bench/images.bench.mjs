// The image job on a 2725×2225 phone-sized JPEG, and the same resize set with jimp (pure JavaScript) for scale.
// Run with `pnpm --filter @tarodan/api bench:images [-- --runs=N]`: it builds the API first and imports the compiled
// pipeline from dist/, so it measures exactly what the worker runs. Prints figures only; nothing here asserts timings.
import { availableParallelism, cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Jimp } from 'jimp';
import sharp from 'sharp';
import { renderImage } from '../dist/modules/media/image-renderer.js';
import { jpegWithGps } from '../dist/modules/media/media-test-images.js';
import { LISTING_PHOTO_SIZES } from '../dist/modules/media/variant-plan.js';

const WIDTH = 2725;
const HEIGHT = 2225;
const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length))) : 5;

const input = await jpegWithGps(WIDTH, HEIGHT);

/** Decode once, then each box size fitted inside and encoded as JPEG quality 80, as the job does for its fallback. */
async function jimpResizeSet(bytes) {
  const image = await Jimp.read(bytes);
  const outputs = [];
  for (const size of LISTING_PHOTO_SIZES) {
    const resized = image.clone().scaleToFit({ w: size, h: size });
    outputs.push(await resized.getBuffer('image/jpeg', { quality: 80 }));
  }
  return outputs;
}

const cases = [
  {
    name: 'sharp: image job (4 sizes × AVIF+WebP+JPEG, blurhash, colour)',
    run: async () => (await renderImage(input, { sizes: LISTING_PHOTO_SIZES, fit: 'inside' })).variants,
  },
  {
    name: 'sharp: same job, JPEG only (4 sizes)',
    run: async () =>
      (await renderImage(input, { sizes: LISTING_PHOTO_SIZES, fit: 'inside', formats: ['jpeg'] })).variants,
  },
  {
    name: 'jimp 1.6: 4 sizes, JPEG only',
    run: () => jimpResizeSet(input),
  },
];

async function measure({ name, run }) {
  await run(); // warm-up: loads codecs, fills caches
  const times = [];
  let bytes = 0;
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const outputs = await run();
    times.push(performance.now() - start);
    files = outputs.length;
    bytes = outputs.reduce((sum, output) => sum + (output.body ?? output).length, 0);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return {
    name,
    mean,
    min: Math.min(...times),
    max: Math.max(...times),
    opsPerSec: 1000 / mean,
    files,
    bytes,
  };
}

console.log(
  `Image pipeline benchmark: ${WIDTH}×${HEIGHT} JPEG (${(input.length / 1024).toFixed(0)} KiB, GPS EXIF), ` +
    `${RUNS} timed runs after one warm-up each`,
);
console.log(
  `node ${process.version}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips}), ` +
    `${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}\n`,
);
const results = [];
for (const benchCase of cases) results.push(await measure(benchCase));

const rows = results.map((r) => [
  r.name,
  r.mean.toFixed(0),
  `${r.min.toFixed(0)}–${r.max.toFixed(0)}`,
  r.opsPerSec.toFixed(2),
  String(r.files),
  (r.bytes / 1024).toFixed(0),
]);
const header = ['case', 'ms/op', 'range ms', 'ops/s', 'files', 'KiB out'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const [job, sharpJpeg, jimp] = results;
console.log(
  `\nratio, same resize set (JPEG only): sharp ${(sharpJpeg.opsPerSec / jimp.opsPerSec).toFixed(1)}× jimp's ops/s`,
);
console.log(
  `ratio, full job (12 files: AVIF+WebP+JPEG) vs jimp's 4 JPEGs: ${(job.opsPerSec / jimp.opsPerSec).toFixed(2)}×`,
);
