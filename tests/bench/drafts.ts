/** The bench's drafts, deterministic so every run (and the profiling loop) measures the same texts. */

/** Deterministic pseudo-random numbers, so every run measures the same drafts. */
export function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const SENTENCES = [
  'Gezellige namiddag gehad met de bewoners van de woongroep, iedereen genoot.',
  'Vandaag hadden we een teamoverleg over de nieuwe werking in Gent.',
  'Our volunteers ran a lovely bake sale for the neighbourhood last weekend.',
  'Bel gerust naar het onthaal als je vragen hebt over de inschrijving.',
  'Wendelien heeft samen met haar begeleider een fietstocht gemaakt langs de Schelde.',
  'De vrijwilligers bakten wafels voor het goede doel en haalden veel geld op.',
  'Ik ben het soms echt beu, die eindeloze wachtlijsten in de jeugdhulp!',
  'Meneer Vercauteren uit het dagcentrum vierde zijn verjaardag met taart en muziek.',
  'Interesting webinar today about media literacy for youth workers.',
  'Mail naar jan.devos@example.org of bel 0478 12 34 56 voor meer info.',
];

export function draftOf(length: number, seed: number): string {
  const next = rng(seed);
  let text = '';
  while (text.length < length) text += `${SENTENCES[Math.floor(next() * SENTENCES.length)]} `;
  return text.slice(0, length);
}

/** Pseudo-words no lexicon knows (the slow path of unknown words), deterministic. */
export function unseenWords(length: number, seed: number): string {
  const next = rng(seed);
  const syllables = ['bra', 'ki', 'zol', 'mep', 'tru', 'van', 'sko', 'dil', 'wer', 'gun', 'fa', 'lo', 'xim', 'pe', 'dor'];
  let text = '';
  while (text.length < length) {
    const n = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < n; i++) word += syllables[Math.floor(next() * syllables.length)];
    text += next() < 0.1 ? `${word}. ` : `${word} `;
  }
  return text.slice(0, length);
}

