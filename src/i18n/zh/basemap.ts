import type { BasemapWords, FailureKind, PresetId } from '../../core/basemapTypes.ts';

/**
 * The online basemaps' words: preset names, why one is unavailable, the attribution and the one
 * message when a basemap fails. A lazy domain (messages.ts LazyMessages): imported by the basemap
 * picker's lazy chunk (src/features/basemapPicker/basemaps.ts), which loads after the first
 * screen and hands the words to src/map/basemaps.
 */
export const basemap: BasemapWords = {
  presets: {
    embedded: '离线示意底图',
    osm: 'OpenStreetMap',
    'tianditu-vec': '天地图 · 矢量',
    'tianditu-img': '天地图 · 影像',
    style: '自定义样式',
    pmtiles: 'PMTiles 底图',
  } satisfies Record<PresetId, string>,
  missingKey: '本站未开通天地图',
  noStyleUrl: '本站未提供',
  noPmtilesUrl: '本站未提供',
  /** The attribution: `底图：<provider> · 审图号：…`. */
  prefix: '底图：',
  embedded: '本项目自绘示意底图（离线）',
  osm: '© OpenStreetMap 贡献者',
  tianditu: '天地图',
  review: '审图号：',
  failure(label: string, kind: FailureKind, status: number | null, tianditu: boolean): string {
    const http = status ? `（HTTP ${status}）` : '';
    let cause: string;
    let retries = true;
    switch (kind) {
      case 'missing-key':
        return '本站未开通天地图：继续显示离线示意底图，规划图层照常显示。';
      case 'offline':
        cause = `网络不可用，${label}无法加载`;
        break;
      case 'timeout':
        cause = `${label}响应超时`;
        break;
      case 'refused':
        cause = tianditu ? `天地图拒绝了密钥${http}：请检查 tk、域名白名单和调用配额` : `${label}拒绝访问${http}`;
        break;
      case 'not-found':
        cause = `${label}的地址不存在${http}，请检查配置的地址`;
        break;
      case 'cors':
        cause = tianditu
          ? '天地图拒绝了密钥或本站的跨域请求（天地图拒绝时不带 CORS 头，浏览器看不到 418）：请检查 tk 和域名白名单'
          : `${label}不允许本站跨域读取（服务器未发送 CORS 响应头）`;
        break;
      case 'network':
        cause = `无法连接${label}的服务器`;
        break;
      case 'server':
        cause = `${label}的服务器出错${http}`;
        break;
      case 'no-range':
        cause = `${label}：服务器不支持 HTTP 范围请求（Range），无法读取 PMTiles 文件`;
        retries = false;
        break;
      case 'invalid':
        cause = `${label}的内容无法识别`;
        retries = false;
        break;
    }
    return `${cause}。已改用离线示意底图，规划图层照常显示${retries ? '；网络恢复后自动重试' : ''}。`;
  },
  layerTiles: '部分图层的瓦片无法加载（网络不可用或服务器拒绝）；其余规划图层照常显示，网络恢复后自动重试。',
  datum: '换底图只换背景：规划图层、筛选和所选地点不变。',
};
