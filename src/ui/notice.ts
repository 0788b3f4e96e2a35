/**
 * A notice: one short message at the top of the page, in its own shadow host, until the person
 * closes it or a newer notice replaces it. Plain DOM, so the content script can show it without
 * the prompt's module (it says that module could not be loaded).
 */
import { CONTAINED_EVENTS, containEvents, createShadowHost, type ShadowHost } from './host';
import type { Translate } from './i18n';
import { NOTICE_CSS } from './styles';

let shown: { host: ShadowHost; lifetime: AbortController } | undefined;

/** Show `messageKey`'s text as an alert (read out at once); returns a function that removes it. */
export function showNotice(messageKey: string, t: Translate, doc: Document = document): () => void {
  closeNotice();
  const host = createShadowHost('notice', NOTICE_CSS, doc);
  const lifetime = new AbortController();
  containEvents(host.host, CONTAINED_EVENTS, lifetime.signal);
  const box = doc.createElement('div');
  box.className = 'notice';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('p');
  text.textContent = t(messageKey);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = t('notice_close');
  box.append(text, close);
  host.root.append(box);
  const current = { host, lifetime };
  shown = current;
  const remove = () => {
    if (shown === current) closeNotice();
  };
  close.addEventListener('click', remove, { signal: lifetime.signal });
  return remove;
}

/** Remove the notice on screen, if any. */
function closeNotice(): void {
  if (!shown) return;
  shown.lifetime.abort();
  shown.host.remove();
  shown = undefined;
}
