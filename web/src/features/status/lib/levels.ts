import type { StatusLevel } from '../api/types';

/** A shape per traffic light, so a cell reads without its colour (and in greyscale print). */
export const LEVEL_SYMBOL: Record<StatusLevel, string> = { GREEN: '●', YELLOW: '▲', RED: '■', BLUE: '◆' };
export const NO_STATUS_SYMBOL = '–';
export const LEVELS: StatusLevel[] = ['GREEN', 'YELLOW', 'RED', 'BLUE'];
