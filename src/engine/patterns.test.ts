import { describe, expect, it } from 'vitest';
import { compilePattern } from './patterns';
import { prepare } from './text';

const spans = (find: ReturnType<typeof compilePattern>, text: string) => find(prepare(text)).map((s) => text.slice(s.start, s.end));

describe('compilePattern', () => {
  it('finds words, near pairs and exceptions with matchers built on first use', () => {
    expect(spans(compilePattern({ words: ['fusie', 'Cliënt*'] }), 'De fusie en de cliënten.')).toEqual(['fusie', 'cliënten']);
    const near = compilePattern({ near: { a: ['bewoner'], b: ['foto'], within: 3 } }, ['foto van de tuin']);
    expect(spans(near, 'Een bewoner op de foto.')).toEqual(['bewoner op de foto']);
    expect(spans(near, 'Een bewoner en een foto van de tuin.')).toEqual([]);
  });

  it('reads the phrases as they were when it compiled (a rule file changed later changes nothing)', () => {
    const words = ['fusie'];
    const exceptions = ['fusie gaat niet door'];
    const find = compilePattern({ words }, exceptions);
    words[0] = 'sluiting';
    exceptions[0] = 'fusie gaat door';
    expect(spans(find, 'De fusie gaat door, de sluiting niet.')).toEqual(['fusie']);
  });
});
