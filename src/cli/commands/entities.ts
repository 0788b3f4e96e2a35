/** `volle-zaal entities --jsonl`: what the name and age recognisers saw, for debugging and measuring rules. */
import { prepare, recognizeEntities } from '../../engine';
import { EXIT, policyFrom, UsageError, type Output } from '../io';
import { eachDraftLine } from '../jsonl';
import type { CommandArgs } from '../args';
import { draftContext } from './check';

export async function entitiesCommand(args: CommandArgs, output: Output): Promise<number> {
  if (!args.values.jsonl) throw new UsageError('entities reads drafts as JSON lines: volle-zaal entities --jsonl < drafts.jsonl');
  const policy = policyFrom(args.values.rules);
  const { bad } = await eachDraftLine(output, draftContext(args), (line) => ({
    entities: recognizeEntities(prepare(line.text), policy.engine).map(({ type, start, end, text, value }) =>
      value === undefined ? { type, start, end, text } : { type, start, end, text, value },
    ),
  }));
  return bad > 0 ? EXIT.usage : EXIT.clean;
}
