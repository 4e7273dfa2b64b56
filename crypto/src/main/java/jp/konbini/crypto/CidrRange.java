package jp.konbini.crypto;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A block of IPv4 or IPv6 addresses, such as {@code 10.0.0.0/8} or {@code ::1/128}: one line of a
 * node's source-address allow-list.
 *
 * @param network the first address of the block (no host bits set)
 * @param prefixLength the number of leading bits that are fixed: 0–32 for IPv4, 0–128 for IPv6
 */
public record CidrRange(InetAddress network, int prefixLength) {

    /** @throws IllegalArgumentException if the prefix does not fit the address family or host bits are set */
    public CidrRange {
        Objects.requireNonNull(network, "network");
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is not within 0.." + bits
                    + " for " + network.getHostAddress());
        }
        InetAddress masked = mask(network, prefixLength);
        if (!masked.equals(network)) {
            // Usually a typo ("10.0.0.5/8"): refuse rather than silently widen or narrow the list.
            throw new IllegalArgumentException("host bits set in " + network.getHostAddress() + "/" + prefixLength
                    + "; did you mean " + masked.getHostAddress() + "/" + prefixLength + "?");
        }
    }

    /**
     * Parses {@code address/prefix} or a bare address (a single host: /32 or /128). Only IP literals are
     * accepted; a host name is refused rather than resolved, so parsing never touches DNS.
     */
    public static CidrRange parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes == null || address.indexOf('%') >= 0) {
            throw new IllegalArgumentException("not an IP address range: \"" + text
                    + "\" (expected e.g. 10.0.0.0/8, 127.0.0.1 or ::1/128)");
        }
        InetAddress network = byAddress(bytes);
        int bits = network.getAddress().length * 8;
        if (slash < 0) {
            return new CidrRange(network, bits);
        }
        String prefix = text.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a prefix length in \"" + text + "\": \"" + prefix + "\"");
        }
        return new CidrRange(network, Integer.parseInt(prefix));
    }

    /** True if {@code address} is of the same family and lies within this block. */
    public boolean contains(InetAddress address) {
        if (address.getAddress().length != network.getAddress().length) {
            return false;
        }
        return mask(address, prefixLength).equals(network);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static InetAddress mask(InetAddress address, int prefixLength) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int fixedBits = Math.clamp(prefixLength - i * 8L, 0, 8);
            bytes[i] &= (byte) (0xff00 >> fixedBits);
        }
        return byAddress(bytes);
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            // getByAddress never resolves a name; it also turns an IPv4-mapped IPv6 address into IPv4.
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("illegal address length " + bytes.length, e);
        }
    }
}
