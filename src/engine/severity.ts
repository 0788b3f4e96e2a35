/** Severities, apart from types.ts so that the language-data format can use them without an import cycle. */
export type Severity = 'off' | 'info' | 'warn' | 'block';
/** Severities a finding can carry (an `off` rule reports nothing). */
export type ReportedSeverity = Exclude<Severity, 'off'>;
