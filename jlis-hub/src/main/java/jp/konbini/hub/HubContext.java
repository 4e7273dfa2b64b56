package jp.konbini.hub;

import jp.konbini.protocol.ProtocolLimits;

/** What every relay session of the hub shares. */
interface HubContext {
    String nodeId();

    ProtocolLimits limits();

    ChallengeBook challenges();

    RequestAuthenticator authenticator();

    CityLink cityLink(String cityCode);
}
