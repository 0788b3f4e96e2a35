import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // TODO(2026-11-21): rule sync, being written.
});
