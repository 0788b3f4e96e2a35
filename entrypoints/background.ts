import { defineBackground } from 'wxt/utils/define-background';
import { startDistribution } from '../src/distribution/background';
import { startGenericSites } from '../src/distribution/generic-sites';

export default defineBackground(() => {
  // Listeners are registered synchronously here, so the event that woke the worker is delivered.
  startDistribution();
  // The content script on the organisation's own hosts (rule file `sites.generic`), where permitted.
  startGenericSites();
});
