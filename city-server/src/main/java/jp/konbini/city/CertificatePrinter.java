package jp.konbini.city;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.RegisterRecords.ForeignItems;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.render.CertificateRenderer;

/** Reads what a certificate shows and draws it: one place for the five types, used per request. */
final class CertificatePrinter {
    private final Issuer issuer;
    private final ResidentDirectory directory;
    private final StandingLookup standings;
    private final CertificateRecords records;
    private final CertificateRenderer renderer;
    private final Eligibility eligibility;

    CertificatePrinter(Issuer issuer, ResidentDirectory directory, StandingLookup standings, CertificateRecords records,
                       CertificateRenderer renderer, Eligibility eligibility) {
        this.issuer = issuer;
        this.directory = directory;
        this.standings = standings;
        this.records = records;
        this.renderer = renderer;
        this.eligibility = eligibility;
    }

    /** The document, or why it cannot be printed after all (a record changed since the rules looked). */
    sealed interface Printing {
        record Document(byte[] pdf) implements Printing {
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
            case KISAI_JIKO -> new Printing.Document(renderer.render(KisaiJikoAssembler.assemble(resident,
                    directory.householdOf(resident), issuer, serial, today)));
            case INKAN -> records.liveSeal(resident.id())
                    .<Printing>map(seal -> new Printing.Document(renderer.render(InkanAssembler.assemble(resident,
                            directory.householdOf(resident).address(), seal, issuer, serial, today))))
                    .orElse(new Printing.Refused(ErrorCode.NO_SEAL_REGISTRATION, "seal registration gone"));
            case SHOTOKU_KAZEI -> records.tax(resident.id(), eligibility.taxYear().latestFiscalYear(today))
                    .<Printing>map(tax -> new Printing.Document(renderer.render(TaxCertificateAssembler.assemble(
                            resident, directory.householdOf(resident).address(), tax, issuer, serial, today))))
                    .orElse(new Printing.Refused(ErrorCode.NO_TAX_RECORD, "tax record gone"));
            case KOSEKI_ZENBU, KOSEKI_KOJIN -> standings.registrationOf(cardHex)
                    .flatMap(place -> records.register(place.registerId()).map(register ->
                            (Printing) new Printing.Document(renderer.render(type == CertificateType.KOSEKI_ZENBU
                                    ? KosekiAssembler.zenbu(register, issuer, serial, today)
                                    : KosekiAssembler.kojin(register, place.seq(), issuer, serial, today)))))
                    .orElse(new Printing.Refused(ErrorCode.HONSEKI_NOT_REGISTERED, "registration gone"));
        };
    }


    /**
     * The 住民票の写し. Plain (whole household, no options, no foreign resident): the text layout the
     * chain's system test reads. With options or a foreign resident in the household: the structured
     * record with every item, as page images. (Moving the plain one to page images too waits for the
     * system test to check the structured record instead of the PDF's text.)
     */
    private Printing juminhyo(ResidentRecord resident, int options, String serial, LocalDate today) {
        Household household = directory.householdOf(resident);
        Map<Long, ForeignItems> foreign = new HashMap<>();
        Map<Long, String[]> honseki = new HashMap<>();
        for (ResidentRecord member : household.members()) {
            records.foreignItems(member.id()).ifPresent(f -> foreign.put(member.id(), f));
            if ((options & CertificateType.OPTION_WITH_HONSEKI) != 0) {
                records.honsekiOf(member.id()).ifPresent(h -> honseki.put(member.id(), h));
            }
        }
        if (options == 0 && foreign.isEmpty()) {
            return new Printing.Document(renderer.renderJuminhyo(JuminhyoAssembler.assemble(household,
                    issuer.cityName(), issuer.cityCode(), issuer.mayor(), serial, today)));
        }
        return new Printing.Document(renderer.render(JuminhyoItems.assemble(household, resident, options, foreign,
                honseki, issuer, serial, today)));
    }
}
