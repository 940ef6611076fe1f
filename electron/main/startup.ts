import { existsSync } from 'node:fs';
import type { ApiImplementation } from '../../shared/api/contract';

/**
 * The map to show when nothing was asked for: the most recently opened map that still exists, else the
 * sample map (created on first run by `sample()`).
 */
export async function defaultMapToOpen(
  api: Pick<ApiImplementation, 'recent/list'>,
  sample: () => string,
): Promise<string> {
  try {
    const recent = await api['recent/list']({});
    const last = recent.find((entry) => existsSync(entry.path));
    if (last) return last.path;
  } catch {
    // An unreadable recent list is not a reason to start empty-handed.
  }
  return sample();
}
