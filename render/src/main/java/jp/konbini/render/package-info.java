/**
 * Certificate layouts for コンビニ交付 (convenience-store issuance): the 住民票の写し (copy of the
 * resident record) drawn on A4 with PDFBox, dates in 和暦 (Japanese era years), and the embedded
 * IPAex Mincho (IPAex明朝) font.
 *
 * <p>Entry points: {@link jp.konbini.render.JapaneseFont#locate} finds the font,
 * {@link jp.konbini.render.CertificateRenderer} turns a
 * {@link jp.konbini.render.JuminhyoCertificate} into PDF bytes, {@link jp.konbini.render.Wareki}
 * formats dates the way a city clerk writes them.
 */
package jp.konbini.render;
