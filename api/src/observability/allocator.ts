import fs from 'node:fs';

/** Which malloc this process runs on, for the start-up log (api/bin/with-allocator.sh picks it). */
export type MemoryAllocator = 'jemalloc' | 'glibc' | 'unknown';

/**
 * Read from the process's own mappings rather than from the environment: LD_PRELOAD names a
 * library the loader may have refused, and a process started without the launcher (node
 * directly) has neither variable. Where /proc is missing (macOS, Windows) the answer is unknown.
 */
export function memoryAllocator(mapsPath = '/proc/self/maps'): MemoryAllocator {
  let maps: string;
  try {
    maps = fs.readFileSync(mapsPath, 'utf8');
  } catch {
    return 'unknown';
  }
  return maps.includes('libjemalloc') ? 'jemalloc' : 'glibc';
}
