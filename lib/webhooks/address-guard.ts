import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

// SSRF: a partner chooses the URL, so without a check it could make the app POST to its own
// network (loopback, private ranges, the cloud metadata service at 169.254.169.254). The check is
// made on the address actually connected to, inside the socket's own DNS lookup, at every
// delivery: a name that resolved outward when the endpoint was saved and inward later is refused.

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT (also Alibaba Cloud's metadata, 100.100.100.200)
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7], // unique local (AWS's IPv6 metadata fd00:ec2::254 is in it)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["100::", 64], // discard
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** The IPv4 address an IPv6 one carries (IPv4-mapped, IPv4-compatible, NAT64, 6to4), if any. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const groups = expandIPv6(lower);
  if (!groups) return null;
  const tail = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return tail(groups[6]!, groups[7]!); // ::ffff:a.b.c.d
  if (zero(0, 6)) return tail(groups[6]!, groups[7]!); // ::a.b.c.d (deprecated compatible)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return tail(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return tail(groups[1]!, groups[2]!); // 6to4
  return null;
}

function expandIPv6(address: string): number[] | null {
  const withoutZone = address.split("%")[0]!;
  const [head, rest] = withoutZone.split("::");
  const parse = (part: string | undefined) =>
    part ? part.split(":").map((g) => Number.parseInt(g, 16)) : [];
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  if (rest === undefined && left.length !== 8) return null;
  const groups = [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null;
}

/** Whether a literal IP address is one webhooks must never reach. Anything unparsable is refused. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return true;
  const v4 = embeddedIPv4(address);
  if (v4 !== null) return isIP(v4) !== 4 || blocked.check(v4, "ipv4");
  return blocked.check(address.split("%")[0]!, "ipv6");
}

export class ForbiddenAddressError extends Error {
  constructor(host: string, address: string) {
    super(`refused: ${host} resolves to ${address}, a private, loopback or link-local address`);
    this.name = "ForbiddenAddressError";
  }
}

type Resolver = (
  host: string,
  options: { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s).request: resolves every address of the name and refuses the connection
 * if any of them is forbidden (so a name cannot mix one public and one inward address either).
 */
export function guardedLookup(resolve: Resolver = dnsLookup as unknown as Resolver) {
  return (host: string, options: { all?: boolean }, callback: LookupCallback) => {
    resolve(host, { all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const bad = addresses.find((a) => isForbiddenAddress(a.address));
      if (bad) return callback(new ForbiddenAddressError(host, bad.address) as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${host}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
