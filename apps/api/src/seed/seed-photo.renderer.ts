import sharp from 'sharp';

// Listing photos for the development catalog, drawn from SVG: a studio-like gradient backdrop, a simple toy
// silhouette, the brand and the line. No binary fixtures in the repository, and no real product photos.

export const seedPhotoShapes = [
  'car',
  'figure',
  'bricks',
  'train',
  'doll',
  'plane',
  'plush',
  'card',
  'robot',
] as const;
export type SeedPhotoShape = (typeof seedPhotoShapes)[number];

export interface SeedPhotoSpec {
  shape: SeedPhotoShape;
  /** Index into the palettes; any integer. */
  palette: number;
  /** Big text at the top, e.g. `Hot Wheels`. */
  brand: string;
  /** The toy under it, e.g. `’71 Datsun 510`. */
  model: string;
  /** The line under the model, e.g. `Treasure Hunt · 1:64`. */
  caption: string;
  /** 0 = front, 1 = mirrored, 2 = close-up, 3 = tilted: the same toy from another side. */
  view: number;
}

/** Backdrop top, backdrop bottom, toy body, toy accent, text. */
const PALETTES: readonly (readonly [string, string, string, string, string])[] = [
  ['#fdf0d5', '#f4a259', '#c1121f', '#003049', '#3d1f0f'],
  ['#e0f2fe', '#7dd3fc', '#1d4ed8', '#facc15', '#0c2340'],
  ['#fef9c3', '#fde047', '#166534', '#f97316', '#3b2f05'],
  ['#ede9fe', '#a78bfa', '#f59e0b', '#1f2937', '#2e1065'],
  ['#dcfce7', '#4ade80', '#7c2d12', '#fef3c7', '#052e16'],
  ['#ffe4e6', '#fb7185', '#0f766e', '#fde68a', '#4c0519'],
  ['#f1f5f9', '#94a3b8', '#dc2626', '#111827', '#0f172a'],
  ['#1e293b', '#0f172a', '#f97316', '#e2e8f0', '#f8fafc'],
  ['#ecfeff', '#22d3ee', '#be123c', '#f8fafc', '#083344'],
  ['#fff7ed', '#fdba74', '#1e3a8a', '#f43f5e', '#431407'],
  ['#f5f5f4', '#d6d3d1', '#15803d', '#facc15', '#1c1917'],
  ['#312e81', '#1e1b4b', '#fbbf24', '#f472b6', '#eef2ff'],
];

export const SEED_PHOTO_SIZE = 800;

type RawImage = { data: Buffer; info: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

/**
 * Renders listing photos from a small pool of scenes (backdrop + toy, one per shape, palette and view), each drawn
 * once; the brand and line are stamped on per photo. Drawing a scene costs about 5× stamping one.
 */
export class SeedPhotoRenderer {
  private readonly scenes = new Map<string, Promise<RawImage>>();

  /** Distinct scenes drawn so far. */
  get sceneCount(): number {
    return this.scenes.size;
  }

  /** A JPEG of `SEED_PHOTO_SIZE` px square. */
  async render(spec: SeedPhotoSpec): Promise<Buffer> {
    const scene = await this.scene(spec);
    return sharp(scene.data, { raw: scene.info })
      .composite([{ input: Buffer.from(captionSvg(spec)) }])
      .jpeg({ quality: 86, chromaSubsampling: '4:4:4' })
      .toBuffer();
  }

  private scene(spec: SeedPhotoSpec): Promise<RawImage> {
    const key = `${spec.shape}/${paletteOf(spec.palette).join()}/${viewOf(spec.view)}`;
    let scene = this.scenes.get(key);
    if (!scene) {
      scene = sharp(Buffer.from(sceneSvg(spec)))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
        .then(({ data, info }) => ({
          data,
          info: { width: info.width, height: info.height, channels: info.channels },
        }));
      this.scenes.set(key, scene);
    }
    return scene;
  }
}

const paletteOf = (index: number) =>
  PALETTES[((index % PALETTES.length) + PALETTES.length) % PALETTES.length]!;
const viewOf = (view: number) => ((view % 4) + 4) % 4;
const SVG_OPEN = `<svg xmlns="http://www.w3.org/2000/svg" width="${SEED_PHOTO_SIZE}" height="${SEED_PHOTO_SIZE}" viewBox="0 0 960 960">`;

/** The whole photo as one SVG (the scene with its text): for looking at a design. */
export function seedPhotoSvg(spec: SeedPhotoSpec): string {
  return sceneSvg(spec).replace(/<\/svg>$/, `${captionSvg(spec).slice(SVG_OPEN.length)}`);
}

function sceneSvg(spec: SeedPhotoSpec): string {
  const [top, bottom, body, accent] = paletteOf(spec.palette);
  const view = viewOf(spec.view);
  const scale = view === 2 ? 1.35 : 1;
  const flip = view === 1 ? -1 : 1;
  const tilt = view === 3 ? -8 : 0;
  const toy = SHAPES[spec.shape](body, accent);
  const transform = `translate(480 560) rotate(${tilt}) scale(${flip * scale} ${scale}) translate(-480 -560)`;
  return `${SVG_OPEN}
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0.35" y2="1">
      <stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/>
    </linearGradient>
    <radialGradient id="light" cx="0.5" cy="0.42" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
    <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#000000" stop-opacity="0.35"/><stop offset="1" stop-color="#000000" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="shine" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.45"/><stop offset="0.5" stop-color="#ffffff" stop-opacity="0"/>
    </linearGradient>
  </defs>
  <rect width="960" height="960" fill="url(#bg)"/>
  <rect width="960" height="960" fill="url(#light)"/>
  <path d="M0 700 Q480 650 960 700 L960 960 L0 960 Z" fill="#000000" fill-opacity="0.06"/>
  <ellipse cx="480" cy="${view === 2 ? 770 : 735}" rx="${300 * scale}" ry="${34 * scale}" fill="url(#shadow)"/>
  <g transform="${transform}">${toy}</g>
</svg>`;
}

/** Brand, line and the sample-photo mark on a transparent layer. */
function captionSvg(spec: SeedPhotoSpec): string {
  const [, , body, , ink] = paletteOf(spec.palette);
  const font = 'DejaVu Sans, Liberation Sans, sans-serif';
  return `${SVG_OPEN}
  <text x="64" y="118" font-family="${font}" font-size="${fitFont(spec.brand, 74, 820, 0.7)}" font-weight="bold" fill="${ink}" letter-spacing="1">${escapeXml(spec.brand)}</text>
  <rect x="64" y="142" width="120" height="8" rx="4" fill="${body}"/>
  <text x="64" y="842" font-family="${font}" font-size="${fitFont(spec.model, 44, 830, 0.7)}" font-weight="bold" fill="${ink}">${escapeXml(spec.model)}</text>
  <text x="64" y="890" font-family="${font}" font-size="${fitFont(spec.caption, 32, 830)}" fill="${ink}" fill-opacity="0.85">${escapeXml(spec.caption)}</text>
  <text x="896" y="930" text-anchor="end" font-family="${font}" font-size="20" fill="${ink}" fill-opacity="0.55">TARODAN · örnek görsel</text>
</svg>`;
}

/** Shrinks the font so that a long name still fits its width (DejaVu Sans: ~0.6 em a character, bold ~0.7). */
function fitFont(text: string, preferred: number, width: number, em = 0.6): number {
  return Math.max(22, Math.min(preferred, Math.floor(width / (Math.max(1, text.length) * em))));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const OUTLINE = 'stroke="#000000" stroke-opacity="0.35" stroke-width="4"';

const wheel = (cx: number, cy: number, r: number, rim: string) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#1f2937"/><circle cx="${cx}" cy="${cy}" r="${r * 0.55}" fill="${rim}"/>` +
  `<circle cx="${cx}" cy="${cy}" r="${r * 0.15}" fill="#374151"/>`;

/** Each toy is drawn around (480, 560) and rests on y ≈ 730. */
const SHAPES: Record<SeedPhotoShape, (body: string, accent: string) => string> = {
  car: (body, accent) => `
    <path d="M170 640 L185 560 Q200 525 260 515 L360 505 Q420 430 520 425 L610 425 Q680 430 730 500 L790 515 Q830 525 835 565 L840 640 Z" fill="${body}" ${OUTLINE}/>
    <path d="M385 505 Q430 450 510 448 L515 505 Z M540 448 L605 448 Q650 452 690 505 L540 505 Z" fill="#cbd5e1" fill-opacity="0.9"/>
    <path d="M185 560 L835 565 L838 590 L180 590 Z" fill="${accent}" fill-opacity="0.85"/>
    <path d="M200 530 Q400 500 800 530 L800 545 Q400 515 200 545 Z" fill="url(#shine)"/>
    <rect x="805" y="575" width="30" height="16" rx="5" fill="#fde68a"/>
    <rect x="178" y="575" width="22" height="14" rx="4" fill="#ef4444"/>
    ${wheel(300, 650, 72, '#d1d5db')}${wheel(700, 650, 72, '#d1d5db')}`,
  figure: (body, accent) => `
    <rect x="380" y="700" width="200" height="36" rx="10" fill="#111827" fill-opacity="0.85"/>
    <rect x="420" y="560" width="50" height="150" rx="20" fill="${accent}" ${OUTLINE}/>
    <rect x="490" y="560" width="50" height="150" rx="20" fill="${accent}" ${OUTLINE}/>
    <path d="M400 380 L560 380 L575 575 L385 575 Z" fill="${body}" ${OUTLINE}/>
    <rect x="340" y="390" width="50" height="170" rx="22" fill="${body}" ${OUTLINE} transform="rotate(12 365 390)"/>
    <rect x="570" y="390" width="50" height="170" rx="22" fill="${body}" ${OUTLINE} transform="rotate(-12 595 390)"/>
    <circle cx="397" cy="400" r="30" fill="${body}" ${OUTLINE}/><circle cx="563" cy="400" r="30" fill="${body}" ${OUTLINE}/>
    <path d="M430 420 L530 420 L520 480 L440 480 Z" fill="${accent}" fill-opacity="0.8"/>
    <rect x="388" y="540" width="184" height="24" rx="6" fill="#111827" fill-opacity="0.75"/>
    <rect x="470" y="544" width="20" height="16" rx="3" fill="#facc15"/>
    <rect x="416" y="668" width="58" height="44" rx="12" fill="#111827"/><rect x="486" y="668" width="58" height="44" rx="12" fill="#111827"/>
    <circle cx="480" cy="320" r="62" fill="#f1c7a5" ${OUTLINE}/>
    <path d="M418 310 Q480 230 542 310 L542 290 Q480 220 418 290 Z" fill="${accent}"/>
    <circle cx="460" cy="322" r="8" fill="#111827"/><circle cx="500" cy="322" r="8" fill="#111827"/>
    <path d="M462 350 Q480 360 498 350" stroke="#7c2d12" stroke-width="4" fill="none"/>`,
  bricks: (body, accent) => {
    const brick = (x: number, y: number, w: number, color: string) => {
      const studs = Array.from({ length: Math.round(w / 80) }, (_, i) => {
        const cx = x + 40 + i * 80;
        return `<rect x="${cx - 26}" y="${y - 26}" width="52" height="30" rx="8" fill="${color}" ${OUTLINE}/>`;
      }).join('');
      return `${studs}<rect x="${x}" y="${y}" width="${w}" height="110" rx="10" fill="${color}" ${OUTLINE}/><rect x="${x + 8}" y="${y + 8}" width="${w - 16}" height="30" rx="8" fill="url(#shine)"/>`;
    };
    return brick(240, 620, 480, body) + brick(320, 484, 320, accent) + brick(400, 348, 160, body);
  },
  train: (body, accent) => `
    <rect x="120" y="712" width="720" height="14" fill="#6b7280"/>
    ${Array.from({ length: 9 }, (_, i) => `<rect x="${140 + i * 80}" y="722" width="40" height="12" fill="#78350f"/>`).join('')}
    <rect x="200" y="500" width="400" height="150" rx="70" fill="${body}" ${OUTLINE}/>
    <rect x="560" y="400" width="210" height="250" rx="12" fill="${body}" ${OUTLINE}/>
    <rect x="540" y="380" width="250" height="32" rx="8" fill="${accent}" ${OUTLINE}/>
    <rect x="595" y="440" width="70" height="70" rx="8" fill="#e0f2fe"/><rect x="680" y="440" width="60" height="70" rx="8" fill="#e0f2fe"/>
    <rect x="250" y="430" width="56" height="80" fill="#1f2937"/><rect x="238" y="416" width="80" height="22" rx="6" fill="#1f2937"/>
    <circle cx="420" cy="495" r="30" fill="${accent}" ${OUTLINE}/>
    <path d="M180 650 L150 700 L220 700 Z" fill="#374151"/>
    <rect x="190" y="636" width="620" height="26" fill="${accent}" fill-opacity="0.9"/>
    ${wheel(290, 680, 42, '#b91c1c')}${wheel(410, 680, 42, '#b91c1c')}${wheel(530, 680, 42, '#b91c1c')}${wheel(690, 680, 42, '#b91c1c')}
    <rect x="280" y="672" width="420" height="14" rx="7" fill="#9ca3af"/>`,
  doll: (body, accent) => `
    <ellipse cx="480" cy="722" rx="120" ry="18" fill="#111827" fill-opacity="0.6"/>
    <rect x="455" y="620" width="24" height="100" rx="10" fill="#f5d0b5"/><rect x="485" y="620" width="24" height="100" rx="10" fill="#f5d0b5"/>
    <path d="M480 420 L620 660 Q480 690 340 660 Z" fill="${body}" ${OUTLINE}/>
    <path d="M360 640 Q480 665 600 640 L610 660 Q480 690 350 660 Z" fill="${accent}" fill-opacity="0.8"/>
    <rect x="440" y="390" width="80" height="110" rx="30" fill="${body}" ${OUTLINE}/>
    <rect x="402" y="410" width="28" height="150" rx="14" fill="#f5d0b5" transform="rotate(14 416 410)"/>
    <rect x="530" y="410" width="28" height="150" rx="14" fill="#f5d0b5" transform="rotate(-14 544 410)"/>
    <path d="M410 300 Q480 200 550 300 L565 470 Q520 430 520 400 L440 400 Q440 430 395 470 Z" fill="${accent}"/>
    <circle cx="480" cy="320" r="52" fill="#f8dcc4" ${OUTLINE}/>
    <circle cx="462" cy="318" r="6" fill="#1f2937"/><circle cx="498" cy="318" r="6" fill="#1f2937"/>
    <path d="M466 342 Q480 352 494 342" stroke="#be123c" stroke-width="4" fill="none"/>`,
  plane: (body, accent) => `
    <rect x="170" y="420" width="620" height="300" rx="14" fill="${accent}" ${OUTLINE}/>
    <rect x="170" y="420" width="620" height="56" rx="14" fill="#111827" fill-opacity="0.8"/>
    <rect x="200" y="436" width="200" height="24" rx="6" fill="#f8fafc"/>
    <g transform="translate(480 590) rotate(-12)">
      <path d="M-230 0 Q-200 -30 -120 -30 L200 -24 Q250 -20 262 0 Q250 20 200 24 L-120 30 Q-200 30 -230 0 Z" fill="${body}" ${OUTLINE}/>
      <path d="M-40 -26 L60 -150 L110 -150 L60 -24 Z M-40 26 L60 150 L110 150 L60 24 Z" fill="${body}" ${OUTLINE}/>
      <path d="M-210 -10 L-250 -80 L-215 -80 L-170 -14 Z" fill="${body}" ${OUTLINE}/>
      <ellipse cx="150" cy="-6" rx="46" ry="16" fill="#bae6fd"/>
      <circle cx="30" cy="0" r="18" fill="#f8fafc"/><circle cx="30" cy="0" r="9" fill="#dc2626"/>
    </g>`,
  plush: (body, accent) => `
    <circle cx="390" cy="360" r="50" fill="${body}" ${OUTLINE}/><circle cx="570" cy="360" r="50" fill="${body}" ${OUTLINE}/>
    <circle cx="390" cy="360" r="26" fill="${accent}"/><circle cx="570" cy="360" r="26" fill="${accent}"/>
    <ellipse cx="480" cy="600" rx="150" ry="140" fill="${body}" ${OUTLINE}/>
    <ellipse cx="480" cy="620" rx="90" ry="90" fill="${accent}" fill-opacity="0.7"/>
    <ellipse cx="370" cy="690" rx="60" ry="42" fill="${body}" ${OUTLINE}/><ellipse cx="590" cy="690" rx="60" ry="42" fill="${body}" ${OUTLINE}/>
    <circle cx="480" cy="420" r="110" fill="${body}" ${OUTLINE}/>
    <ellipse cx="480" cy="455" rx="48" ry="36" fill="${accent}"/>
    <ellipse cx="480" cy="440" rx="16" ry="11" fill="#1f2937"/>
    <circle cx="440" cy="400" r="11" fill="#1f2937"/><circle cx="520" cy="400" r="11" fill="#1f2937"/>
    <path d="M430 510 L480 535 L530 510 L530 545 L480 525 L430 545 Z" fill="#dc2626"/>`,
  card: (body, accent) => `
    <g transform="translate(480 540) rotate(-6)">
      <rect x="-200" y="-280" width="400" height="560" rx="22" fill="${accent}" ${OUTLINE}/>
      <rect x="-176" y="-256" width="352" height="512" rx="14" fill="${body}"/>
      <rect x="-150" y="-200" width="300" height="230" rx="8" fill="#f8fafc" fill-opacity="0.9"/>
      <path d="M0 -170 L26 -110 L92 -104 L42 -62 L58 2 L0 -32 L-58 2 L-42 -62 L-92 -104 L-26 -110 Z" fill="${accent}" ${OUTLINE}/>
      <rect x="-150" y="60" width="300" height="26" rx="6" fill="#f8fafc" fill-opacity="0.85"/>
      <rect x="-150" y="104" width="220" height="18" rx="6" fill="#f8fafc" fill-opacity="0.6"/>
      <rect x="-150" y="136" width="260" height="18" rx="6" fill="#f8fafc" fill-opacity="0.6"/>
      <rect x="-200" y="-280" width="400" height="260" rx="22" fill="url(#shine)"/>
    </g>`,
  robot: (body, accent) => `
    <rect x="400" y="620" width="60" height="100" rx="8" fill="${accent}" ${OUTLINE}/><rect x="500" y="620" width="60" height="100" rx="8" fill="${accent}" ${OUTLINE}/>
    <rect x="360" y="430" width="240" height="200" rx="16" fill="${body}" ${OUTLINE}/>
    <rect x="300" y="450" width="50" height="140" rx="14" fill="${accent}" ${OUTLINE}/><rect x="610" y="450" width="50" height="140" rx="14" fill="${accent}" ${OUTLINE}/>
    <rect x="400" y="470" width="160" height="80" rx="8" fill="#111827"/>
    <circle cx="430" cy="510" r="12" fill="#f87171"/><circle cx="480" cy="510" r="12" fill="#facc15"/><circle cx="530" cy="510" r="12" fill="#4ade80"/>
    <rect x="390" y="290" width="180" height="130" rx="20" fill="${body}" ${OUTLINE}/>
    <circle cx="440" cy="350" r="22" fill="#fef08a"/><circle cx="520" cy="350" r="22" fill="#fef08a"/>
    <rect x="450" y="385" width="60" height="12" rx="4" fill="#111827"/>
    <rect x="474" y="240" width="12" height="50" fill="#6b7280"/><circle cx="480" cy="236" r="14" fill="${accent}"/>
    <rect x="360" y="430" width="240" height="80" rx="16" fill="url(#shine)"/>`,
};
