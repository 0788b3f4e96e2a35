/** What the options page is given by its entrypoint: the background client and browser-bound helpers. */
import type { LoadedPolicy } from '../../policy';
import type { OverrideStats } from '../../policy/override-stats';
import type { Replies, Request, RequestKind } from '../../policy/protocol';

export interface OptionsDeps {
  send<K extends RequestKind>(request: Extract<Request, { kind: K }>): Promise<Replies[K]>;
  /** The active policy, compiled (for the rule tester). */
  activePolicy(): Promise<LoadedPolicy>;
  /** Call back when the active rules or the sync status change; returns "stop". */
  watch(cb: () => void): () => void;
  /** Ask for host permission on a rules URL's origin (needs the click's user gesture). */
  requestOrigin(origin: string): Promise<boolean>;
  /** Match patterns of the policy's generic hosts that still lack host permission (`sites.generic`). */
  missingGenericHosts?(policy: LoadedPolicy): Promise<string[]>;
  /** Ask for host permission on these match patterns (needs the click's user gesture). */
  requestOrigins?(patterns: string[]): Promise<boolean>;
  /** The personal client list (hashed in this page, stored locally; src/distribution/personal.ts). */
  personal: {
    split(input: string): string[];
    count(): Promise<number>;
    add(names: readonly string[]): Promise<number>;
    remove(names: readonly string[]): Promise<number>;
    clear(): Promise<void>;
  };
  /** The override statistics kept in this browser. */
  stats(): Promise<OverrideStats>;
  /** Offer a text file for download (the statistics export). */
  download(name: string, text: string): void;
  /** Ask a yes/no question (window.confirm). */
  confirm(question: string): boolean;
}
