/**
 * Test helper: run distribution code against WXT's in-memory `fakeBrowser`.
 * Use with `vi.mock('wxt/browser', () => import('./test-browser'))`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
