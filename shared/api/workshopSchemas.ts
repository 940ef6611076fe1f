import { z } from 'zod';

/** One address a workshop can listen on (electron/workshop/interfaces.ts). */
export const listenAddressSchema = z.object({
  interfaceName: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  loopback: z.boolean(),
  privateRange: z.boolean(),
  linkLocal: z.boolean(),
  virtual: z.boolean(),
});

/** The facilitator's countdown as a screen should show it: the time left when sent, counted on by the screen. */
export const timerViewSchema = z
  .object({ running: z.boolean(), remainingMs: z.number().min(0), durationMs: z.number().min(0) })
  .nullable();

/** A live workshop as the facilitator sees it. */
export const workshopStatusSchema = z.union([
  z.object({ running: z.literal(false) }),
  z.object({
    running: z.literal(true),
    address: z.string(),
    /** The link participants open (and the QR code shows); it carries the session secret. */
    joinUrl: z.string(),
    /** The short code, as shown ("KX7-MPQ"). */
    code: z.string(),
    people: z.array(z.object({ id: z.string(), name: z.string(), team: z.string().nullable(), online: z.boolean() })),
    /** What the facilitator set for the room (never written to the map); the timer as it was when asked. */
    room: z.object({
      locked: z.boolean(),
      timer: timerViewSchema,
      followStage: z.string().nullable(),
      privateMode: z.boolean(),
    }),
  }),
]);
