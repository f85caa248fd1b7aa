import type { CameraProblem, LinkNotice, ListWhat, ShareParam } from '../../core/link/shareState.ts';

const PARAMS: Record<ShareParam, string> = {
  v: '版本',
  c: '地图视图',
  hide: '隐藏图层',
  op: '图层透明度',
  status: '状态筛选',
  period: '时期筛选',
  theme: '主题筛选',
  sub: '街道筛选',
  feature: '要素',
  plan: '规划章节',
  panel: '面板',
  year: '年份',
  lang: '语言',
  colour: '着色',
};

const WHAT: Record<ListWhat, string> = { layer: '图层', status: '状态', period: '时期', theme: '主题', subdistrict: '街道' };

const head = (p: ShareParam) => `链接参数 ${p}（${PARAMS[p]}）`;
const swapped = (s: boolean) => (s ? '（经纬度是否写反？）' : '');

function camera(w: CameraProblem): string {
  switch (w.kind) {
    case 'shape':
      return '应为“经度,纬度,缩放”或“经度,纬度,缩放,方位角,俯仰角”';
    case 'notNumber':
      return '含有不是数字的部分';
    case 'lat':
      return `纬度 ${w.lat} 超出 −90…90${swapped(w.swapped)}`;
    case 'lng':
      return `经度 ${w.lng} 超出 −180…180`;
    case 'zoom':
      return `缩放级别 ${w.zoom} 超出 ${w.min}…${w.max}`;
    case 'pitch':
      return `俯仰角 ${w.pitch} 超出 0…${w.max}`;
    case 'outside':
      return `位置 ${w.lng},${w.lat} 不在兴隆台区附近${swapped(w.swapped)}`;
  }
}

/** The notices about a link's ignored values (src/core/link/shareState.ts LinkNotice). */
export const link = {
  notice(n: LinkNotice): string {
    switch (n.kind) {
      case 'linkTooLong':
        return `链接过长（${n.length} 个字符），只读取了前 ${n.max} 个字符`;
      case 'unreadable':
        return '链接参数无法解析，已打开默认视图';
      case 'badVersion':
        return `${head(n.param)}的值 ${n.value} 无效，已按第 ${n.version} 版读取`;
      case 'newerVersion':
        return `${head(n.param)}为 ${n.version}：此链接来自更新的版本，已尽量还原能识别的设置`;
      case 'badId':
        return `${head(n.param)}的值 ${n.value} 格式不正确，已忽略`;
      case 'notFound':
        return `${head(n.param)}的值 ${n.value} 未找到，已忽略`;
      case 'tooLong':
        return `${head(n.param)}的值过长（${n.length} 个字符），已忽略`;
      case 'tooMany':
        return `${head(n.param)}列出的项目过多（${n.count} 项），已忽略`;
      case 'unknownItems':
        return `${head(n.param)}中的 ${n.items.join('、')}${n.count > n.items.length ? ` 等 ${n.count} 项` : ''} 不是已知的${WHAT[n.what]}，已忽略`;
      case 'badCamera':
        return `${head(n.param)}的值 ${n.value} 无效：${camera(n.why)}，已使用默认视图`;
      case 'badOpacity':
        return `${head(n.param)}中的 ${n.items.join('、')} 应为“图层:0 到 1 之间的数”，已忽略`;
      case 'unknownPanel':
        return `${head(n.param)}的值 ${n.value} 未知，已忽略`;
      case 'badYear':
        return `${head(n.param)}的值 ${n.value} 不在 ${n.first}–${n.last} 之间，已忽略`;
      case 'unknownLang':
        return `${head(n.param)}的值 ${n.value} 未知（可用 zh 或 en），已使用中文`;
      case 'unknownColour':
        return `${head(n.param)}的值 ${n.value} 未知（可用 kind 或 status），已按类别着色`;
      case 'badTourStep':
        return `链接中的演示步骤 ${n.value} 不是 1–${n.max} 之间的整数，已忽略`;
      case 'badAutoplay':
        return `链接中的自动播放间隔 ${n.value} 不是 ${n.min}–${n.max} 秒，已忽略`;
      case 'badLoop':
        return `链接中的循环参数 ${n.value} 应为 0 或 1，已忽略`;
    }
  },
};
