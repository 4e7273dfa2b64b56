/**
 * The emulated My Number card (個人番号カード) for tests and demos: {@link jp.konbini.crypto.card.CardFile}
 * holds the JPKI user-authentication certificate, its RSA-2048 key sealed under the 4-digit PIN, and
 * the 3-try counter, and behaves as the card's JPKI applet does for the kiosk. It is weaker than a chip
 * (see {@link jp.konbini.crypto.card.CardFile}); real cards are driven through {@code javax.smartcardio}.
 */
package jp.konbini.crypto.card;
