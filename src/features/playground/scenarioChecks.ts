// Checks on scenarios and saved experiments that come from outside the page (a link, a file, a
// backup), through zod. Loaded only when there is such input to check: zod's code is not part
// of the playground's first screen.
import { z } from '../../lib/zod';
import { policySlots, type Workbench } from './workbench';

const text = z.string().max(4096);
const scalar = z.union([text, z.number(), z.boolean()]);
// What scenarioToWorkbench reads from a scenario that comes from outside (a link, a file).
const openableScenario = z.looseObject({
  name: z.string().max(500).optional(),
  request: z.strictObject({
    principal: text,
    action: text,
    resource: text,
    resourceAccount: text.optional(),
    sessionIssuer: text.optional(),
    context: z.record(text, z.union([scalar, z.array(scalar).max(100)])).optional(),
  }),
  identityPolicies: z.array(z.unknown()).max(50).optional(),
  endpointPolicies: z.array(z.unknown()).max(10).optional(),
  scps: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
  rcps: z.array(z.array(z.unknown()).max(20)).max(10).optional(),
  organization: z.looseObject({ managementAccount: text.optional() }).optional(),
});

/** Why a scenario from a link or a file cannot be opened for editing, or null if it can. */
export function openScenarioProblem(value: unknown): string | null {
  const parsed = openableScenario.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') || 'the top level'}: ${issue?.message ?? 'invalid'}`;
}

// A saved experiment is stored data, and may come from an imported backup: read it back
// through this schema, so a damaged record is reported instead of breaking the page.
const savedWorkbenchSchema = z.looseObject({
  name: z.string(),
  principal: z.string(),
  action: z.string(),
  resource: z.string(),
  resourceAccount: z.string(),
  contextText: z.string(),
  managementAccount: z.string(),
  policies: z.array(
    z.looseObject({
      id: z.string(),
      slot: z.enum(policySlots),
      // at most 10 SCP/RCP levels, as in a scenario link
      level: z.number().int().min(0).max(9),
      text: z.string(),
    }),
  ),
});

/** A saved experiment read back from storage, or what is wrong with it. */
export function readSavedWorkbench(value: unknown): { workbench: Workbench } | { problem: string } {
  const parsed = savedWorkbenchSchema.safeParse(value);
  if (parsed.success) return { workbench: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${issue?.path.join('.') || 'the record'}: ${issue?.message ?? 'invalid'}` };
}
