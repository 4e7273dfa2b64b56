/**
 * The copier in the shop: card access, the resident's flow, printing and erasing.
 */
module konbini.kiosk {
    requires konbini.node;
    requires org.slf4j;

    exports jp.konbini.kiosk;
}
