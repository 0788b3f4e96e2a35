/** Other hosts, only where the rule file turns them on: any textarea or editable textbox with a submit nearby. */
import type { SiteSpec } from './adapter';

export const GENERIC_SPEC: SiteSpec = {
  id: 'generic',
  platform: 'other',
  composer: ['textarea', '[contenteditable="true"][role="textbox"]', '.ql-editor[contenteditable="true"]', '.ProseMirror[contenteditable="true"]'],
  publish: ['button[type="submit"]', 'input[type="submit"]'],
  organisationContext: [],
  maxDepth: 6,
};
