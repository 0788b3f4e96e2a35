/**
 * Recognisers shared by several check families: people's names, ages, schools
 * and classes, care and child words. Computed once per check run.
 */
import type { PreparedText } from './text';
import type { EnginePolicy, Entity } from './types';

// TODO(2026-11-21): first version being written.
export function recognizeEntities(_text: PreparedText, _policy: EnginePolicy): Entity[] {
  return [];
}
