/** `volle-zaal schema`: the JSON Schema of rule files (the same as rules/schema.json). */
import { ruleFileJsonSchema } from '../../policy';
import { EXIT, type Output } from '../io';

export function schemaText(): string {
  return `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`;
}

export async function schemaCommand(_args: unknown, output: Output): Promise<number> {
  output.out(schemaText());
  return EXIT.clean;
}
