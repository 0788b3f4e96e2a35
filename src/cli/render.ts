/** Human-readable findings: each with its line, the offending text marked, the reason and the policy's words. */
import type { Finding, Locale } from '../engine';

const COLOR = { info: '\x1b[36m', warn: '\x1b[33m', block: '\x1b[31m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function renderFindings(text: string, findings: readonly Finding[], opts: { name: string; color: boolean; locale: Locale }): string {
  const paint = (code: string, s: string) => (opts.color ? `${code}${s}${COLOR.reset}` : s);
  const nl = opts.locale === 'nl';
  if (findings.length === 0) return nl ? `${opts.name}: geen bevindingen.` : `${opts.name}: no findings.`;
  const lines: string[] = [];
  for (const f of findings) {
    const { line, column, lineText, lineStart } = locate(text, f.start);
    const { shown, from } = excerpt(lineText, f.start - lineStart, f.end - lineStart);
    const markEnd = Math.min(f.end, lineStart + lineText.length);
    const width = Math.max(1, [...text.slice(f.start, markEnd)].length);
    const before = (from > 0 ? '…' : '') + lineText.slice(from, f.start - lineStart);
    const pad = [...before].map((ch) => (ch === '\t' ? '\t' : ' ')).join('');
    lines.push(
      `${opts.name}:${line}:${column}  ${paint(COLOR[f.severity], f.severity.padEnd(5))}  ${paint(COLOR.bold, f.rule)}`,
      `  ${shown}`,
      `  ${pad}${paint(COLOR[f.severity], '^'.repeat(width))}`,
      `  ${f.message}`,
    );
    if (f.quote) lines.push(paint(COLOR.dim, `  ${nl ? 'Beleid' : 'Policy'}: “${f.quote}”`));
    if (f.suggestion) lines.push(`  ${nl ? 'Voorstel' : 'Suggestion'}: ${f.suggestion}`);
    if (f.link) lines.push(paint(COLOR.dim, `  ${f.link}`));
    lines.push('');
  }
  const counts = (['block', 'warn', 'info'] as const).map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  lines.push(counts.map(([s, n]) => `${n} ${s}`).join(', '));
  return lines.join('\n');
}

/** A long line is cut to a window around the finding, so the mark stays on screen. */
const CONTEXT = 40;
function excerpt(line: string, start: number, end: number): { shown: string; from: number } {
  if (line.length <= 2 * CONTEXT + (end - start)) return { shown: line, from: 0 };
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(line.length, end + CONTEXT);
  // Cut at spaces where possible, never inside a surrogate pair.
  const space = line.indexOf(' ', from);
  if (from > 0 && space >= 0 && space < start) from = space + 1;
  const after = line.lastIndexOf(' ', to);
  if (to < line.length && after >= end) to = after;
  if (/[\uDC00-\uDFFF]/.test(line[from] ?? '')) from--;
  return { shown: `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`, from };
}

function locate(text: string, offset: number) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndRaw = text.indexOf('\n', offset);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const line = text.slice(0, lineStart).split('\n').length;
  return { line, column: [...text.slice(lineStart, offset)].length + 1, lineText: text.slice(lineStart, lineEnd), lineStart };
}
