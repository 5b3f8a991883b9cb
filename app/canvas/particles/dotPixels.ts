// The plain dots of a frame, stamped pixel by pixel into one buffer the size of the canvas and put
// on it with one putImageData. Without a GPU (software raster, as in the benchmark) a drawImage
// per dot cost about 3 µs of script and as much again when the canvas was flushed: 2,000 dots took
// ~25 ms a frame, so two canvases could not keep 60 Hz. Stamping words into a Uint32Array costs a
// fraction of that, and only the rectangle that holds dots is cleared and put.
//
// The words are ImageData's RGBA bytes read four at a time (not premultiplied). Where dots
// overlap, the more opaque pixel stays (the later one on a tie): inside a dot that is what
// drawing over it gave, and at the soft rims the difference is a shade.

/** A dot's pixels: `size` × `size` words, transparent around the disc. */
export interface Stamp {
  size: number;
  pixels: Uint32Array;
}

/** The same stamp at `alpha` of its opacity (duplicates are drawn paler). */
export function fadedStamp(stamp: Stamp, alpha: number): Stamp {
  const pixels = new Uint32Array(stamp.pixels.length);
  for (let i = 0; i < pixels.length; i++) {
    const word = stamp.pixels[i];
    pixels[i] = ((word & 0x00ffffff) | (Math.round((word >>> 24) * alpha) << 24)) >>> 0;
  }
  return { size: stamp.size, pixels };
}

/** One canvas's dots as pixels, and the rectangle [x0, x1) × [y0, y1) that holds them. */
export class DotPixels {
  width = 0;
  height = 0;
  bytes: Uint8ClampedArray<ArrayBuffer> = new Uint8ClampedArray(0);
  pixels = new Uint32Array(0);
  x0 = 0;
  y0 = 0;
  x1 = 0;
  y1 = 0;

  /** Fits the canvas's size in pixels; a new size starts empty. */
  resize(width: number, height: number): void {
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.bytes = new Uint8ClampedArray(width * height * 4);
    this.pixels = new Uint32Array(this.bytes.buffer);
    this.x0 = this.y0 = this.x1 = this.y1 = 0;
  }

  /** Nothing stamped: clears only the rectangle the last frame's dots held. */
  clear(): void {
    const { pixels, width } = this;
    for (let y = this.y0; y < this.y1; y++) pixels.fill(0, y * width + this.x0, y * width + this.x1);
    this.x0 = this.y0 = this.x1 = this.y1 = 0;
  }

  /** Whether any dot was stamped since the last clear. */
  get empty(): boolean {
    return this.x1 <= this.x0 || this.y1 <= this.y0;
  }

  /** Stamps `stamp` with its top-left corner at pixel (x, y); what falls off the canvas is cut. */
  stamp(stamp: Stamp, x: number, y: number): void {
    const { size } = stamp;
    const from = { x: Math.max(0, -x), y: Math.max(0, -y) };
    const to = { x: Math.min(size, this.width - x), y: Math.min(size, this.height - y) };
    if (to.x <= from.x || to.y <= from.y) return;
    if (this.empty) {
      this.x0 = x + from.x;
      this.y0 = y + from.y;
      this.x1 = x + to.x;
      this.y1 = y + to.y;
    } else {
      if (x + from.x < this.x0) this.x0 = x + from.x;
      if (y + from.y < this.y0) this.y0 = y + from.y;
      if (x + to.x > this.x1) this.x1 = x + to.x;
      if (y + to.y > this.y1) this.y1 = y + to.y;
    }
    const { pixels, width } = this;
    const source = stamp.pixels;
    for (let row = from.y; row < to.y; row++) {
      let at = (y + row) * width + x + from.x;
      let k = row * size + from.x;
      for (let col = from.x; col < to.x; col++, at++, k++) {
        const word = source[k];
        if (word === 0) continue;
        if (word >>> 24 >= pixels[at] >>> 24) pixels[at] = word;
      }
    }
  }
}
