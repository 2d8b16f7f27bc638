export declare const CLIENT_ADDRESS_HEADER: "x-prc-client-address";
export declare const SERVER_ENTRY_MARKER: "PRC_SERVER_ENTRY";
export declare function trustedProxyCount(value: string | undefined): number;
export declare function parseAddress(value: string | null | undefined): string | null;
export declare function clientAddress(request: {
  socketAddress?: string | null;
  forwardedFor?: string | null;
  trustProxy: number;
}): string;
