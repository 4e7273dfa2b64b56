package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CidrRangeTest {

    @Test
    void aBareIpv4AddressIsASingleHost() {
        CidrRange range = CidrRange.parse("127.0.0.1");
        assertThat(range.prefixLength()).isEqualTo(32);
        assertThat(range.contains(ip("127.0.0.1"))).isTrue();
        assertThat(range.contains(ip("127.0.0.2"))).isFalse();
    }

    @Test
    void aBareIpv6AddressIsASingleHost() {
        CidrRange range = CidrRange.parse("::1");
        assertThat(range.prefixLength()).isEqualTo(128);
        assertThat(range.contains(ip("::1"))).isTrue();
        assertThat(range.contains(ip("::2"))).isFalse();
    }

    @Test
    void anIpv4NetworkContainsItsWholeBlockOnly() {
        CidrRange range = CidrRange.parse("10.0.0.0/8");
        assertThat(range.contains(ip("10.0.0.0"))).isTrue();
        assertThat(range.contains(ip("10.255.255.255"))).isTrue();
        assertThat(range.contains(ip("11.0.0.0"))).isFalse();
        assertThat(range.contains(ip("9.255.255.255"))).isFalse();
    }

    @Test
    void aPrefixInsideAByteIsHonoured() {
        CidrRange range = CidrRange.parse("192.168.4.0/22");
        assertThat(range.contains(ip("192.168.7.255"))).isTrue();
        assertThat(range.contains(ip("192.168.8.0"))).isFalse();
        assertThat(range.contains(ip("192.168.3.255"))).isFalse();
    }

    @Test
    void anIpv6NetworkContainsItsBlock() {
        CidrRange range = CidrRange.parse("fd00:1234::/32");
        assertThat(range.contains(ip("fd00:1234:ffff::1"))).isTrue();
        assertThat(range.contains(ip("fd00:1235::1"))).isFalse();
    }

    @Test
    void edgePrefixesMatchEverythingOrOneAddressOfTheFamily() {
        assertThat(CidrRange.parse("0.0.0.0/0").contains(ip("203.0.113.9"))).isTrue();
        assertThat(CidrRange.parse("::/0").contains(ip("2001:db8::1"))).isTrue();
        assertThat(CidrRange.parse("203.0.113.9/32").contains(ip("203.0.113.9"))).isTrue();
        assertThat(CidrRange.parse("2001:db8::1/128").contains(ip("2001:db8::1"))).isTrue();
    }

    @Test
    void familiesNeverMatchEachOther() {
        assertThat(CidrRange.parse("0.0.0.0/0").contains(ip("::1"))).isFalse();
        assertThat(CidrRange.parse("::/0").contains(ip("127.0.0.1"))).isFalse();
    }

    @Test
    void printsInCidrNotation() {
        assertThat(CidrRange.parse("10.0.0.0/8")).hasToString("10.0.0.0/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "localhost", "example.com/24", "1.2.3/8", "1.2.3.4/", "/8", "1.2.3.4/33",
        "1.2.3.4/-1", "1.2.3.4/+8", "1.2.3.4/8/9", "1.2.3.4/ 8", "::1/129", "256.1.1.1", "1.2.3.4 ", "10.0.0.5/8",
        "fe80::1%eth0/64"})
    void refusesGarbageWithAClearMessage(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> CidrRange.parse(text))
                .withMessageNotContaining("null");
    }

    @Test
    void hostBitsSetSuggestsTheNetwork() {
        assertThatIllegalArgumentException().isThrownBy(() -> CidrRange.parse("10.0.0.5/8"))
                .withMessageContaining("did you mean 10.0.0.0/8");
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
