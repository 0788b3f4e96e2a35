import { defineBackground } from 'wxt/utils/define-background';
import { startDistribution } from '../src/distribution/background';

export default defineBackground(() => {
  // Listeners are registered synchronously here, so the event that woke the worker is delivered.
  startDistribution();
});
