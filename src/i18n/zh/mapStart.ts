/** The map could not start (its worker, WebGL or the style): what to check. A lazy domain (../messages.ts LazyMessages): shown from its own chunk. */
export const mapStart = {
  failed: '地图无法启动。请检查：浏览器是否启用了 WebGL（硬件加速）；服务器是否把 .mjs 文件作为 JavaScript（text/javascript）提供；是否有东西拦截了 assets/ 下的文件。',
};
