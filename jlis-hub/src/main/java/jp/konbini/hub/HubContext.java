package jp.konbini.hub;

import java.util.concurrent.Executor;
import jp.konbini.crypto.NodeIdentity;

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

    /** The hub's own key and certificate: they sign the binding of the print data towards the kiosk. */
    default NodeIdentity identity() {
        throw new IllegalStateException("this hub has no identity to sign with");
    }

    /**
     * Where work that may block or take milliseconds of CPU runs (revocation lookups, sealing the print data),
     * never a connection's event loop. Bounded: a full queue rejects, and the caller answers BUSY.
     */
    default Executor workers() {
        return Runnable::run;
    }

    /** A relay connection began: the hub sends it GOAWAY when it stops. */
    default void sessionOpened(RelaySessionHandler session) {
    }

    default void sessionClosed(RelaySessionHandler session) {
    }
}
