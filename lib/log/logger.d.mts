import type { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "pino";
export type RequestContext = { requestId: string; route?: string; actorId?: string; traceId?: string };
export declare function requestContext(): AsyncLocalStorage<RequestContext>;
export declare function logger(): Logger;
export declare function setLogActor(actorId: string): void;
