package jp.konbini.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void idsAreLowerCaseNames() {
        assertThat(Role.CITY.id()).isEqualTo("city");
        assertThat(Role.KIOSK.id()).isEqualTo("kiosk");
    }

    @Test
    void parsesIdsIgnoringAsciiCase() {
        assertThat(Role.parse("hub")).contains(Role.HUB);
        assertThat(Role.parse("RELAY")).contains(Role.RELAY);
    }

    @Test
    void rejectsUnknownTextAndUnicodeLookAlikes() {
        assertThat(Role.parse("store")).isEmpty();
        assertThat(Role.parse("")).isEmpty();
        assertThat(Role.parse(null)).isEmpty();
        assertThat(Role.parse("\u212Aiosk")).isEmpty();
        assertThat(Role.parse("c\u0131ty")).isEmpty();
    }
}
