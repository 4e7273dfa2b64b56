package jp.konbini.kiosk;

/**
 * The service behind the screens: {@link IssueFlow} over the relay in the shop, a stand-in in tests.
 * It prints on {@code printer} only once the certificate is known to be for this card and request.
 */
@FunctionalInterface
interface Issuer {
    IssueResult issue(Card card, String pin, IssueFlow.Order order, Printer printer) throws InterruptedException;

    static Issuer through(KioskConfig config) {
        return (card, pin, order, printer) -> new IssueFlow(config, printer).run(card, pin, order);
    }
}
