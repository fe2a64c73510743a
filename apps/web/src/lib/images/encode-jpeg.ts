// Draws a decoded image at a size and encodes it as JPEG: an OffscreenCanvas where the browser has one, a canvas
// element otherwise. Re-encoding also drops the photo's metadata, location included.

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;

function draw(context: Context2D, image: CanvasImageSource, width: number, height: number) {
  if (!context) throw new Error('no 2d canvas');
  // JPEG has no transparency: a PNG's transparent parts become white, not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
}

export async function encodeJpeg(
  image: CanvasImageSource,
  { width, height, quality }: { width: number; height: number; quality: number },
): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    draw(canvas.getContext('2d'), image, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  draw(canvas.getContext('2d'), image, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))), 'image/jpeg', quality),
  );
}
