/**
 * The copier in the shop: card access, the resident's flow, printing and erasing.
 */
module konbini.kiosk {
    requires konbini.node;
    requires org.slf4j;
    // Real My Number cards (and the virtual reader in tests) through PC/SC.
    requires java.smartcardio;
    // Printing on a system printer (javax.print) when --printer or 'printer' names one.
    requires java.desktop;

    exports jp.konbini.kiosk;
}
