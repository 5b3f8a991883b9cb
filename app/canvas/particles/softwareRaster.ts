// Whether this browser draws canvases without a GPU. There, copying a sprite per dot is what
// costs (see ./dotPixels.ts), and stamping the dots as pixels into one buffer wins by far. With a
// GPU it is the other way round: sprite copies are batched on the GPU, while putting a buffer the
// size of a hi-DPI canvas each frame uploads megabytes. WebGL names the renderer it runs on; a
// software one (SwiftShader, llvmpipe), or no WebGL at all, means the canvas rasters in software.

let answer: boolean | null = null;

/** Whether canvases raster in software here (asked once, then remembered). */
export function rastersInSoftware(): boolean {
  if (answer === null) answer = probe();
  return answer;
}

function probe(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(renderer);
  } catch {
    return true;
  }
}
