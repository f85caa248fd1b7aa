/*
 * The link's share state, one module per job: the format (parameters, state, notices: shareFormat.ts),
 * the checks of the real data (shareContext.ts), reading (shareParse.ts), the camera (shareCamera.ts)
 * and writing (shareSerialize.ts). Importers take them from here.
 */
export * from './shareFormat.ts';
export { shareContextOf } from './shareContext.ts';
export { display, parseShareState } from './shareParse.ts';
export { formatCamera } from './shareCamera.ts';
export { foreignParams, serializeShareState } from './shareSerialize.ts';
