package jp.konbini.city;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.RegisterRecords.ForeignItems;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.Recipient;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.KojinBangoRule;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.PrintedCertificate;

/** Reads what a certificate shows and draws it: one place for the five types, used per request. */
final class CertificatePrinter {
    private final Issuer issuer;
    private final ResidentDirectory directory;
    private final StandingLookup standings;
    private final CertificateRecords records;
    private final Function<PrintedCertificate, CertificateRenderer.Rendered> render;
    private final Eligibility eligibility;
    private final KojinBangoRule kojinBango;

    CertificatePrinter(Issuer issuer, ResidentDirectory directory, StandingLookup standings, CertificateRecords records,
                       CertificateRenderer renderer, Eligibility eligibility, KojinBangoRule kojinBango) {
        this(issuer, directory, standings, records, renderer::render, eligibility, kojinBango);
    }

    /** With {@code render} drawing the page images of a record: the renderer, or the benchmark timing it. */
    CertificatePrinter(Issuer issuer, ResidentDirectory directory, StandingLookup standings, CertificateRecords records,
                       Function<PrintedCertificate, CertificateRenderer.Rendered> render, Eligibility eligibility,
                       KojinBangoRule kojinBango) {
        this.kojinBango = kojinBango;
        this.issuer = issuer;
        this.directory = directory;
        this.standings = standings;
        this.records = records;
        this.render = render;
        this.eligibility = eligibility;
    }

    /** The document, or why it cannot be printed after all (a record changed since the rules looked). */
    sealed interface Printing {
        /**
         * @param pdf     the page images (no extractable text)
         * @param printed exactly what the images show, item by item
         * @param pages   how many page images the certificate was drawn on
         */
        record Document(byte[] pdf, PrintedCertificate printed, int pages) implements Printing {
            /** The structured record the city keeps for good: what the images show, and on how many pages. */
            String recordText() {
                return printed.asText(pages);
            }
        }

        record Refused(ErrorCode code, String detail) implements Printing {
        }
    }

    Printing print(CertificateType type, ResidentRecord resident, String cardHex, String serial,
                           LocalDate today) {
        return print(type, 0, resident, cardHex, serial, today);
    }

    Printing print(CertificateType type, int options, ResidentRecord resident, String cardHex, String serial,
                           LocalDate today) {
        return switch (type) {
            case JUMINHYO -> juminhyo(resident, options, serial, today);
            case KISAI_JIKO -> document(KisaiJikoAssembler.assemble(resident, directory.householdOf(resident), issuer,
                    serial, today));
            case INKAN -> records.liveSeal(resident.id())
                    .map(seal -> document(InkanAssembler.assemble(resident,
                            directory.householdOf(resident).address(), seal, issuer, serial, today)))
                    .orElse(new Printing.Refused(ErrorCode.NO_SEAL_REGISTRATION, "seal registration gone"));
            case SHOTOKU_KAZEI -> records.tax(resident.id(), eligibility.taxYear().latestFiscalYear(today))
                    .map(tax -> document(TaxCertificateAssembler.assemble(
                            resident, directory.householdOf(resident).address(), tax, issuer, serial, today)))
                    .orElse(new Printing.Refused(ErrorCode.NO_TAX_RECORD, "tax record gone"));
            case KOSEKI_ZENBU, KOSEKI_KOJIN -> koseki(type, cardHex, serial, today);
        };
    }

    /**
     * A 戸籍 certificate, for whoever holds the card's 本籍地利用登録: a resident, or a person of a 戸籍 here who
     * lives elsewhere (who has no resident record to pass).
     */
    Printing koseki(CertificateType type, String cardHex, String serial, LocalDate today) {
        return standings.registrationOf(cardHex)
                .map(place -> koseki(type, place, serial, today))
                .orElse(new Printing.Refused(ErrorCode.HONSEKI_NOT_REGISTERED, "registration gone"));
    }

    /** The 全部事項 of the member's 戸籍, or the 個人事項 of the member. */
    Printing koseki(CertificateType type, Recipient.RegisterMember place, String serial, LocalDate today) {
        return records.register(place.registerId())
                .map(register -> document(type == CertificateType.KOSEKI_ZENBU
                        ? KosekiAssembler.zenbu(register, issuer, serial, today)
                        : KosekiAssembler.kojin(register, place.seq(), issuer, serial, today)))
                .orElse(new Printing.Refused(ErrorCode.NOT_IN_FAMILY_REGISTER, "register gone"));
    }

    /** The page images of a structured record, with the record itself, which the ledger keeps. */
    private Printing document(PrintedCertificate printed) {
        CertificateRenderer.Rendered rendered = render.apply(printed);
        return new Printing.Document(rendered.pdf(), printed, rendered.pages());
    }

    /**
     * The 住民票の写し, always as page images from its structured record: the whole household or the card
     * holder only, with the kiosk's options, and the foreign residents' items of any foreign member.
     */
    private Printing juminhyo(ResidentRecord resident, int options, String serial, LocalDate today) {
        Household household = directory.householdOf(resident);
        Map<Long, ForeignItems> foreign = new HashMap<>();
        Map<Long, String[]> honseki = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        boolean withNumbers = kojinBango.prints(CertificateType.JUMINHYO, options);
        boolean selfOnly = (options & CertificateType.OPTION_SELF_ONLY) != 0;
        for (ResidentRecord member : household.members()) {
            records.foreignItems(member.id()).ifPresent(f -> foreign.put(member.id(), f));
            if ((options & CertificateType.OPTION_WITH_HONSEKI) != 0) {
                records.honsekiOf(member.id()).ifPresent(h -> honseki.put(member.id(), h));
            }
            if (withNumbers && (!selfOnly || member.id() == resident.id())) {
                records.kojinBango(member.id()).ifPresent(n -> numbers.put(member.id(), n));
            }
        }
        return document(JuminhyoItems.assemble(household, resident, options, foreign, honseki, numbers, issuer, serial,
                today));
    }
}
