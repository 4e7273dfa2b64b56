package jp.konbini.hub;

import jp.konbini.node.Upstream;
import jp.konbini.protocol.LocalGovernmentCode;

/** One line of the routing table: a city's code and the server (and certificate) that answers for it. */
record CityRoute(LocalGovernmentCode code, Upstream upstream) {
}
