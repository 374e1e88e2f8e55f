// Benign generated images (gradients and shapes, no people) for tests and the audit benchmark.
import sharp from 'sharp';

/** A distinct image for each index: a two-colour gradient with a few shapes. JPEG unless asked. */
export async function syntheticImage(index: number, options: { size?: number; format?: 'jpeg' | 'png' } = {}): Promise<Buffer> {
  const size = options.size ?? 256;
  let seed = (index + 1) * 2654435761;
  const rnd = () => {
    seed = (seed ^ (seed << 13)) >>> 0;
    seed = (seed ^ (seed >>> 17)) >>> 0;
    seed = (seed ^ (seed << 5)) >>> 0;
    return seed / 4294967296;
  };
  const colour = () => `rgb(${Math.floor(rnd() * 256)},${Math.floor(rnd() * 256)},${Math.floor(rnd() * 256)})`;
  const shapes: string[] = [];
  for (let i = 0; i < 4; i++) {
    const x = Math.floor(rnd() * size),
      y = Math.floor(rnd() * size),
      r = Math.floor(8 + (rnd() * size) / 4);
    shapes.push(
      rnd() < 0.5
        ? `<circle cx="${x}" cy="${y}" r="${r}" fill="${colour()}"/>`
        : `<rect x="${x - r}" y="${y - r}" width="${r * 2}" height="${r}" fill="${colour()}" transform="rotate(${Math.floor(rnd() * 90)} ${x} ${y})"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><defs><linearGradient id="g" x1="0" y1="0" x2="${rnd().toFixed(2)}" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes.join('')}</svg>`;
  const image = sharp(Buffer.from(svg));
  return options.format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}
