/**
 * J-LIS 証明書交付センター: validates the card certificate and routes requests to city servers.
 * Stores nothing.
 */
module konbini.hub {
    requires konbini.node;
    requires org.slf4j;

    exports jp.konbini.hub;
}
