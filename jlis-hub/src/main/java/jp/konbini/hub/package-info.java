/**
 * J-LIS 証明書交付センター (the certificate issuance hub). {@link jp.konbini.hub.HubMain} starts it:
 * it accepts listed relays, checks each card's certificate and signature, routes each request by its
 * local government code to the city server, checks the city's answer against the request, and stores
 * nothing.
 */
package jp.konbini.hub;
