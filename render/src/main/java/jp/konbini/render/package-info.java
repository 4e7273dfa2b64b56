/**
 * Certificate layouts for コンビニ交付 (convenience-store issuance): every certificate drawn on A4 as 300 dpi
 * bilevel page images, dates in 和暦 (Japanese era years), the IPAex Mincho (IPAex明朝) font.
 *
 * <p>Entry points: {@link jp.konbini.render.JapaneseFont#locate} finds the font,
 * {@link jp.konbini.render.CertificateRenderer} turns a {@link jp.konbini.render.PrintedCertificate} into
 * the city's document, {@link jp.konbini.render.ImageDocument} writes and reads that document as
 * {@link jp.konbini.render.PageImage}s, {@link jp.konbini.render.Wareki} formats dates the way a city clerk
 * writes them.
 */
package jp.konbini.render;
