/** Words for what goes wrong underneath: the map's graphics context lost and being restored. */
export const resilience = {
  mapContextLost: '地图暂时无法绘制（WebGL 图形上下文丢失），正在恢复……若长时间没有恢复，请刷新页面。',
};
