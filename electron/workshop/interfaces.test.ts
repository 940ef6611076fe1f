import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isPrivateIPv4, listenAddresses, originOf, preferredAddress } from './interfaces';

/** A faked interface list as the operating system gives it: no address here is ever contacted. */
function info(address: string, family: 'IPv4' | 'IPv6', internal = false): NetworkInterfaceInfo {
  const base = { address, netmask: '', mac: '00:00:00:00:00:00', internal, cidr: null };
  return family === 'IPv4' ? { ...base, family } : { ...base, family, scopeid: 0 };
}

const laptop: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [info('127.0.0.1', 'IPv4', true), info('::1', 'IPv6', true)],
  docker0: [info('172.17.0.1', 'IPv4')],
  wlp2s0: [info('192.168.1.23', 'IPv4'), info('fe80::1c2b:3a4d', 'IPv6')],
  tun0: [info('100.64.0.7', 'IPv4')],
};

describe('the addresses a workshop can listen on', () => {
  it('lists the LAN address first, containers and tunnels after it, loopback last, and preselects the LAN', () => {
    const list = listenAddresses(laptop);
    expect(list.map((a) => a.address)).toEqual([
      '192.168.1.23',
      '172.17.0.1',
      '100.64.0.7',
      'fe80::1c2b:3a4d',
      '127.0.0.1',
      '::1',
    ]);
    // The Wi-Fi's address, not the container bridge's nor the VPN's.
    expect(preferredAddress(list)?.address).toBe('192.168.1.23');
    expect(list.find((a) => a.address.startsWith('fe80'))).toMatchObject({ linkLocal: true, privateRange: false });
  });

  it('falls back to loopback when the computer is on no network', () => {
    const list = listenAddresses({ lo: [info('127.0.0.1', 'IPv4', true)] });
    expect(preferredAddress(list)).toMatchObject({ address: '127.0.0.1', loopback: true });
    expect(preferredAddress([])).toBeNull();
  });

  it('knows the private ranges exactly', () => {
    for (const a of ['10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1']) expect(isPrivateIPv4(a)).toBe(true);
    for (const a of ['172.15.0.1', '172.32.0.1', '192.169.0.1', '8.8.8.8', '1.2.3', 'x.1.1.1'])
      expect(isPrivateIPv4(a)).toBe(false);
  });

  it('writes an IPv6 origin in brackets', () => {
    expect(originOf('::1', 4100)).toBe('http://[::1]:4100');
    expect(originOf('127.0.0.1', 4100)).toBe('http://127.0.0.1:4100');
  });
});
