package jp.konbini.hub;

import jp.konbini.protocol.ProtocolLimits;

/** What every relay session of the hub shares. */
interface HubContext {
    String nodeId();

    ProtocolLimits limits();

    ChallengeBook challenges();

    RequestAuthenticator authenticator();

    CityLink cityLink(String cityCode);

    /** Step 6: the paper security the hub adds to every certificate (off without paper keys). */
    default PaperSecurityStage paperSecurity() {
        return PaperSecurityStage.OFF;
    }

    /** A relay connection began: the hub sends it GOAWAY when it stops. */
    default void sessionOpened(RelaySessionHandler session) {
    }

    default void sessionClosed(RelaySessionHandler session) {
    }
}
