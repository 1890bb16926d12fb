import * as zlib from 'zlib';
import JSZip from 'jszip';

/** What a PNG's IHDR chunk says about the image. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGB + alpha. */
  colourType: number;
  interlaced: boolean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunks(bytes: Buffer): Array<{ type: string; data: Buffer }> {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file');
  }
  const found: Array<{ type: string; data: Buffer }> = [];
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    found.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
  }
  return found;
}

export function readPngHeader(bytes: Buffer): PngHeader {
  const ihdr = chunks(bytes)[0];
  if (ihdr.type !== 'IHDR') {
    throw new Error('PNG does not start with IHDR');
  }
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8],
    colourType: ihdr.data[9],
    interlaced: ihdr.data[12] === 1
  };
}

/**
 * The pixels of an 8-bit, non-interlaced RGB or RGBA PNG as RGBA bytes (what our icons are; anything
 * else throws, so a test fails with a clear message rather than misreading the file).
 */
export function decodePngRgba(bytes: Buffer): { header: PngHeader; rgba: Buffer } {
  const header = readPngHeader(bytes);
  if (header.bitDepth !== 8 || header.interlaced || (header.colourType !== 2 && header.colourType !== 6)) {
    throw new Error(`unsupported PNG layout ${JSON.stringify(header)}`);
  }
  const channels = header.colourType === 6 ? 4 : 3;
  const stride = header.width * channels;
  const raw = zlib.inflateSync(Buffer.concat(chunks(bytes).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const pixels = Buffer.alloc(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default:
          throw new Error(`unknown PNG filter ${filter} on row ${y}`);
      }
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = Buffer.alloc(header.width * header.height * 4);
  for (let i = 0; i < header.width * header.height; i++) {
    pixels.copy(rgba, i * 4, i * channels, i * channels + 3);
    rgba[i * 4 + 3] = channels === 4 ? pixels[i * channels + 3] : 255;
  }
  return { header, rgba };
}

/** The entries of a Teams app zip (folders too, sorted) and its parsed root manifest.json. */
export async function readTeamsZip(bytes: Buffer): Promise<{ names: string[]; manifest: unknown; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  const manifestFile = zip.file('manifest.json');
  const manifest: unknown = manifestFile === null ? undefined : JSON.parse(await manifestFile.async('string'));
  return { names, manifest, zip };
}
