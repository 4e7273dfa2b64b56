/**
 * What every node process shares: its config file (with line-numbered errors) and the secure
 * pipelines (source-address filter, TLS 1.3, peer-certificate check, frame codec) on both ends.
 */
module konbini.node {
    requires transitive konbini.protocol;
    requires transitive konbini.crypto;
    requires org.slf4j;

    exports jp.konbini.node;
}
