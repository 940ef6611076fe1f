import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** One address the facilitator may open a workshop on. */
export interface ListenAddress {
  /** The operating system's name of the interface (`en0`, `Wi-Fi`, `wlp2s0`). */
  interfaceName: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** Loopback: only this computer can reach it. */
  loopback: boolean;
  /** A private-range address (10/8, 172.16/12, 192.168/16, fc00::/7): the room's network, not the internet. */
  privateRange: boolean;
  /** An IPv6 link-local address (fe80::/10), which browsers cannot open without a zone: listed, never chosen. */
  linkLocal: boolean;
  /** An interface of a container, virtual machine or VPN (by its name): private, but not the room's network. */
  virtual: boolean;
}

/** Interface names of containers, virtual machines and tunnels, which are private but never where the room is. */
const VIRTUAL =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|vethernet|utun|tun|tap|wg|zt|tailscale|lxc|lxd|podman|cni|flannel)/i;

/** Whether an IPv4 address is in a private range (RFC 1918). */
export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return false;
  const [a, b] = parts as [number, number, number, number];
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The addresses of this computer a workshop can listen on, from the operating system's list (given in tests): private
 * LAN addresses first, then other addresses, loopback last. Nothing listens on any of them until the facilitator
 * chooses one and starts the session.
 */
export function listenAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): ListenAddress[] {
  const out: ListenAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      const family = info.family === 'IPv6' ? 'IPv6' : 'IPv4';
      const address = info.address.toLowerCase();
      out.push({
        interfaceName: name,
        address,
        family,
        loopback: info.internal,
        privateRange: family === 'IPv4' ? isPrivateIPv4(address) : /^f[cd]/.test(address),
        linkLocal: family === 'IPv6' && /^fe[89ab]/.test(address),
        virtual: VIRTUAL.test(name),
      });
    }
  }
  const rank = (a: ListenAddress) => {
    if (a.loopback) return 5;
    if (a.linkLocal) return 4;
    if (a.virtual) return 3;
    if (a.privateRange) return a.family === 'IPv4' ? 0 : 1;
    return 2;
  };
  return out.sort((a, b) => rank(a) - rank(b) || a.interfaceName.localeCompare(b.interfaceName));
}

/**
 * The address preselected in the picker: the first private LAN address of a real interface, else loopback (this
 * computer only). A container's or VPN's address is offered but never preselected.
 */
export function preferredAddress(list: readonly ListenAddress[]): ListenAddress | null {
  return (
    list.find((a) => a.privateRange && !a.loopback && !a.linkLocal && !a.virtual) ??
    list.find((a) => a.loopback) ??
    null
  );
}

/** The origin participants' browsers use for an address and port (IPv6 in brackets). */
export function originOf(address: string, port: number): string {
  return address.includes(':') ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
