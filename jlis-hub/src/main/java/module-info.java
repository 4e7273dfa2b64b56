/**
 * J-LIS 証明書交付センター: validates the card certificate and routes requests to city servers.
 * Stores nothing.
 */
module konbini.hub {
    requires konbini.node;
    // Paper security: the hub turns the city's certificate into the print data (issue 5).
    requires konbini.render;
    requires org.slf4j;

    exports jp.konbini.hub;
}
