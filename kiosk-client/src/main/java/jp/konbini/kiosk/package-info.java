/**
 * The kiosk (キオスク端末, the shop's copier). {@link jp.konbini.kiosk.KioskMain} is its command line:
 * it reads the resident's card, checks the PIN on the card, asks the hub (through the relay) for a
 * challenge, has the card sign the request, checks that the certificate that comes back is for this
 * request and this card, prints it, and erases it.
 */
package jp.konbini.kiosk;
