/** The eight bytes every PNG file starts with. */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The width and height a PNG file declares in its header chunk (IHDR, which
 * must come first), or `undefined` when the bytes are not a PNG.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const isPng = SIGNATURE.every((byte, index) => bytes[index] === byte);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = new TextDecoder().decode(bytes.subarray(12, 16));
  if (!isPng || chunkType !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
