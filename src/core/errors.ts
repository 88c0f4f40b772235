// One error type crosses the port boundary. Adapters throw it (or a subclass such as the Graph
// adapter's GraphError) with a `kind` that the UI maps to a message from the catalogue, so no
// adapter-specific wording ever reaches the user and no layer parses another's messages.

export type ErrorKind =
  /** The host lacks an Office.js requirement set Roombook needs. */
  | 'unsupportedHost'
  /** An Office.js call failed. */
  | 'office'
  /** The item could not be saved, so Graph cannot see it yet. */
  | 'notSaved'
  /** Sign-in needs the user (popup/dialog) and could not complete. */
  | 'interactionRequired'
  /** The user or the tenant declined the permission a feature needs. */
  | 'consentDeclined'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  /** The event changed underneath us (ETag mismatch). */
  | 'conflict'
  /** Still throttled after the retries allowed. */
  | 'throttled'
  /** 5xx after the retries allowed. */
  | 'unavailable'
  /** No response: offline, dropped connection, timeout. */
  | 'network'
  /** The service answered with something Roombook cannot read. */
  | 'invalidResponse'
  /** Roombook refused the request itself (e.g. a forbidden field in $select). */
  | 'refused'
  /** The properties read back after writing did not match what was written. */
  | 'verificationFailed'
  /** The room did not accept the sent meeting (busy, or its booking policy refused it). */
  | 'roomDeclined'
  /** Another booking of the same meeting is still running (one booking at a time per item). */
  | 'bookingRunning'
  /** The user stopped the step (a booking stops at its next wait, and is undone). */
  | 'stopped';

/**
 * What the user was relying on when the error happened, so the message names it: the room directory,
 * rooms' availability, the meeting itself, My bookings, other times (findMeetingTimes) or sign-in.
 * Adapters set it where they know (the Graph client, from the call); a view may name its own.
 */
export type ErrorContext = 'directory' | 'availability' | 'meeting' | 'bookings' | 'suggestions' | 'signIn';

export interface RoombookErrorOptions {
  readonly cause?: unknown;
  readonly context?: ErrorContext | null;
  /** For a refusal an admin can lift (403): the permission to grant, as Entra ID names it. */
  readonly permission?: string | null;
}

export class RoombookError extends Error {
  readonly context: ErrorContext | null;
  readonly permission: string | null;

  constructor(
    readonly kind: ErrorKind,
    message: string,
    options: RoombookErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RoombookError';
    this.context = options.context ?? null;
    this.permission = options.permission ?? null;
  }
}
