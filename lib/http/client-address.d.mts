export declare const CLIENT_ADDRESS_HEADER: "x-prc-client-address";
export declare function markServerEntry(): void;
export declare function startedByServerEntry(): boolean;
export declare function trustedProxyCount(value: string | undefined): number;
export declare function parseAddress(value: string | null | undefined): string | null;
export declare function clientAddress(request: {
  socketAddress?: string | null;
  forwardedFor?: string | null;
  trustProxy: number;
}): string;
