// Every request that any in-process emulator instance handles in this process, so that one
// suite-wide check (test/setup/forbiddenFields.ts) can prove no request named a forbidden field.
export interface TracedRequest {
  readonly method: string;
  readonly url: string;
}

const traced: TracedRequest[] = [];

export function traceRequest(request: TracedRequest): void {
  traced.push(request);
}

export function tracedRequests(): readonly TracedRequest[] {
  return traced;
}
