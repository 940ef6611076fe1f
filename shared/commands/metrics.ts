import { z } from 'zod';
import { idSchema } from '../schema/common';
import type { TandemDoc } from '../schema/document';
import { metricDefinitionSchema, metricValueBaseSchema, metricValueSchema } from '../schema/metric';
import { pairingSchema } from '../schema/survey';
import { removeWithCascade } from './cascade';
import { getEntity } from './collection';
import { addEntity, updateEntity } from './entity';
import { CommandError } from './errors';
import type { Handlers } from './handler';
import { checkReferences } from './references';

/** Commands that change metric definitions, hand-entered values and survey pairings. */
export const metricCommandSchemas = [
  z.object({ type: z.literal('metric/add'), metric: metricDefinitionSchema }),
  z.object({
    type: z.literal('metric/update'),
    id: idSchema,
    patch: metricDefinitionSchema.omit({ id: true }).partial(),
  }),
  z.object({ type: z.literal('metric/delete'), id: idSchema }),
  z.object({ type: z.literal('metricValue/add'), value: metricValueSchema }),
  z.object({
    type: z.literal('metricValue/update'),
    id: idSchema,
    patch: metricValueBaseSchema.omit({ id: true }).partial(),
  }),
  z.object({ type: z.literal('metricValue/delete'), id: idSchema }),
  z.object({ type: z.literal('pairing/add'), pairing: pairingSchema }),
  z.object({ type: z.literal('pairing/update'), id: idSchema, patch: pairingSchema.omit({ id: true }).partial() }),
  z.object({ type: z.literal('pairing/delete'), id: idSchema }),
] as const;

function checkPairingUnique(doc: TandemDoc, id: string, customerQuestion: string, employeeQuestion: string): void {
  const dup = doc.pairings.find(
    (p) => p.id !== id && p.customerQuestion === customerQuestion && p.employeeQuestion === employeeQuestion,
  );
  if (dup) throw new CommandError('conflict', `"${customerQuestion}" is already paired with "${employeeQuestion}"`);
}

export const metricHandlers: Handlers<(typeof metricCommandSchemas)[number]> = {
  'metric/add': (doc, cmd) => ({
    doc: addEntity(doc, 'metrics', cmd.metric, 'metric'),
    inverse: { type: 'metric/delete', id: cmd.metric.id },
  }),
  'metric/update': (doc, cmd) => {
    const r = updateEntity(doc, 'metrics', cmd.id, cmd.patch, metricDefinitionSchema, 'metric');
    return { doc: r.doc, inverse: { type: 'metric/update', id: cmd.id, patch: r.undo } };
  },
  'metric/delete': (doc, cmd) => {
    getEntity(doc, 'metrics', cmd.id, 'metric');
    return removeWithCascade(doc, { metrics: [cmd.id] });
  },
  'metricValue/add': (doc, cmd) => {
    checkReferences(doc, 'metricValues', cmd.value);
    return {
      doc: addEntity(doc, 'metricValues', cmd.value, 'metric value'),
      inverse: { type: 'metricValue/delete', id: cmd.value.id },
    };
  },
  'metricValue/update': (doc, cmd) => {
    const r = updateEntity(doc, 'metricValues', cmd.id, cmd.patch, metricValueSchema, 'metric value');
    checkReferences(doc, 'metricValues', r.entity);
    return { doc: r.doc, inverse: { type: 'metricValue/update', id: cmd.id, patch: r.undo } };
  },
  'metricValue/delete': (doc, cmd) => {
    getEntity(doc, 'metricValues', cmd.id, 'metric value');
    return removeWithCascade(doc, { metricValues: [cmd.id] });
  },
  'pairing/add': (doc, cmd) => {
    checkPairingUnique(doc, cmd.pairing.id, cmd.pairing.customerQuestion, cmd.pairing.employeeQuestion);
    return {
      doc: addEntity(doc, 'pairings', cmd.pairing, 'pairing'),
      inverse: { type: 'pairing/delete', id: cmd.pairing.id },
    };
  },
  'pairing/update': (doc, cmd) => {
    const r = updateEntity(doc, 'pairings', cmd.id, cmd.patch, pairingSchema, 'pairing');
    checkPairingUnique(doc, cmd.id, r.entity.customerQuestion, r.entity.employeeQuestion);
    return { doc: r.doc, inverse: { type: 'pairing/update', id: cmd.id, patch: r.undo } };
  },
  'pairing/delete': (doc, cmd) => {
    getEntity(doc, 'pairings', cmd.id, 'pairing');
    return removeWithCascade(doc, { pairings: [cmd.id] });
  },
};
