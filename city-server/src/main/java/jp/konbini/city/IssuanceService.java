package jp.konbini.city;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.LedgerEntry;
import jp.konbini.city.data.Recipient;
import jp.konbini.city.data.RequestDeadline;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.rules.Availability;
import jp.konbini.city.rules.KojinBangoRule;
import jp.konbini.city.rules.Refusal;
import jp.konbini.city.rules.ResidentStanding;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.protocol.CertificateType;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.Digests;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.IssueResponse;
import jp.konbini.protocol.PrintOutcome;
import jp.konbini.protocol.PrintResult;
import jp.konbini.render.CertificateRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One issuance at the city: find the resident by the card, apply the rules, render, record. Every
 * value used to build the document comes from this request's own variables: nothing is cached or
 * shared between requests, so two requests at the same moment cannot swap residents.
 */
final class IssuanceService {
    private static final Logger LOG = LoggerFactory.getLogger(IssuanceService.class);
    static final int CHUNK_BYTES = 64 * 1024;
    /** More copies than this in one request is a mistake at the kiosk, not a wish. */
    static final int MAX_COPIES = 10;
    /** The types this city can print so far; the others are refused plainly. */
    static final Set<CertificateType> PRINTABLE = EnumSet.allOf(CertificateType.class);

    private final CityConfig config;
    private final ResidentDirectory directory;
    private final IssuanceLedger ledger;
    private final CertificateRenderer renderer;
    private final StandingLookup standings;
    private final CertificateRecords records;
    private final CertificatePrinter printer;
    private final CityRules rules;
    private final KojinBangoRule kojinBango;
    private final Clock clock;

    IssuanceService(CityConfig config, ResidentDirectory directory, StandingLookup standings,
                    CertificateRecords records, IssuanceLedger ledger,
                    CertificateRenderer renderer, Clock clock) {
        this.config = config;
        this.directory = directory;
        this.standings = standings;
        this.records = records;
        this.kojinBango = new KojinBangoRule(config.rules().printKojinBango());
        this.printer = new CertificatePrinter(Issuer.of(config), directory, standings, records, renderer,
                config.rules().eligibility(), kojinBango);
        this.ledger = ledger;
        this.renderer = renderer;
        this.rules = config.rules();
        this.clock = clock;
    }

    IssueOutcome issue(IssueRequest request) {
        if (!config.cityCode().value().equals(request.cityCode())) {
            return new IssueOutcome.Refused(ErrorCode.UNKNOWN_CITY, "request for " + request.cityCode()
                    + " reached city " + config.cityCode().value());
        }
        if (request.copies() < 1 || request.copies() > MAX_COPIES) {
            return new IssueOutcome.Refused(ErrorCode.INVALID_COPIES, "copies " + request.copies());
        }
        if (!PRINTABLE.contains(request.certificateType())) {
            return new IssueOutcome.Refused(ErrorCode.UNSUPPORTED_CERTIFICATE_TYPE,
                    "type " + request.certificateType().cliName() + " not offered yet");
        }
        int allowed = request.certificateType() == CertificateType.JUMINHYO ? CertificateType.JUMINHYO_OPTIONS : 0;
        if ((request.options() & ~allowed) != 0) {
            return new IssueOutcome.Refused(ErrorCode.UNSUPPORTED_OPTION,
                    "options 0x" + Integer.toHexString(request.options()));
        }
        // Hours first: outside them the city reads nothing at all.
        if (rules.hours().isPresent()
                && rules.hours().get().check(request.certificateType(), clock.instant())
                        instanceof Availability.Closed closed) {
            return new IssueOutcome.Refused(closed.code(), closed.why());
        }
        X509Certificate card;
        try {
            card = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(request.cardCertificate()));
        } catch (CertificateException | RuntimeException e) {
            return new IssueOutcome.Refused(ErrorCode.CARD_CERTIFICATE_INVALID, "unparseable card certificate");
        }
        // The hub validated the chain (J-LIS step 3); the city checks the signature again so that the
        // document is bound to the card that asked, whatever happened on the way.
        if (!CardSignatures.verify(card, request.signedContent(), request.signature())) {
            return new IssueOutcome.Refused(ErrorCode.CARD_SIGNATURE_INVALID, "card signature does not verify");
        }
        return issueForCard(request, Digests.sha256(request.cardCertificate()));
    }

    /**
     * The card is the one that signed: find whom it belongs to (a resident, or a person of a 戸籍 here who lives
     * elsewhere), apply the rules, render, record. All its reads and writes together get
     * {@code db.timeout.seconds}: past it the database work stops, nothing is committed, and the caller gets a
     * {@code CityDatabaseException} to answer "try later" (UNAVAILABLE).
     */
    IssueOutcome issueForCard(IssueRequest request, byte[] cardDigest) {
        return RequestDeadline.within(config.dbTimeout(), () -> issueWithinDeadline(request, cardDigest));
    }

    private IssueOutcome issueWithinDeadline(IssueRequest request, byte[] cardDigest) {
        Optional<Refusal> numberRefused = kojinBango.check(request.certificateType(), request.options());
        if (numberRefused.isPresent()) {
            return new IssueOutcome.Refused(numberRefused.get().code(), numberRefused.get().detail());
        }
        String cardHex = Digests.hex(cardDigest);
        LocalDate today = LocalDate.now(clock.withZone(ServiceHours.JAPAN));
        Optional<ResidentRecord> resident = directory.findByCard(cardHex);
        ResidentStanding standing = standings.standing(cardHex, resident, today);
        Optional<Refusal> refusal = rules.eligibility().check(request.certificateType(), standing, today);
        if (refusal.isPresent()) {
            return new IssueOutcome.Refused(refusal.get().code(), refusal.get().detail());
        }
        // past the rules, someone without a resident record may only be getting their 戸籍 (本籍地利用登録)
        Optional<Recipient> recipient = resident.isPresent()
                ? Optional.of(new Recipient.Resident(resident.get().id()))
                : standings.registrationOf(cardHex).map(Recipient.class::cast);
        if (recipient.isEmpty()) {
            return new IssueOutcome.Refused(ErrorCode.CARD_UNKNOWN, "no person of this city linked to this card");
        }
        Optional<LedgerEntry> recorded = ledger.find(request.requestId());
        if (recorded.isPresent()) {
            return replay(recorded.get(), request, recipient.get(), cardDigest);
        }
        String serial = ledger.nextCertificateSerial(config.cityCode().value(), today);
        CertificatePrinter.Printing printing = resident.isPresent()
                ? printer.print(request.certificateType(), request.options(), resident.get(), cardHex, serial, today)
                : printer.koseki(request.certificateType(), cardHex, serial, today);
        if (printing instanceof CertificatePrinter.Printing.Refused refused) {
            return new IssueOutcome.Refused(refused.code(), refused.detail());
        }
        CertificatePrinter.Printing.Document document = (CertificatePrinter.Printing.Document) printing;
        byte[] pdf = document.pdf();
        LedgerEntry entry = ledger.recordIssued(request.requestId(), serial, recipient.get(),
                request.certificateType().cliName(), request.kioskId(),
                rules.operators().operatorOf(request.kioskId()), request.copies(), pdf, document.recordText(),
                rules.fees().feeYen(request.certificateType(), request.copies()));
        if (!entry.certificateSerial().equals(serial)) {
            // another thread recorded the same request id first: its document is the answer, never a second
            return replay(entry, request, recipient.get(), cardDigest);
        }
        LOG.info("issued {} serial {} for kiosk {} ({} bytes)", request.certificateType().cliName(), serial,
                request.kioskId(), pdf.length);
        return issued(request, serial, pdf, cardDigest);
    }

    /**
     * The same request id again (a kiosk's or the hub's retry, or two at once): the same document, if it
     * is the same card's holder asking for the same type and it has not been printed or voided yet;
     * otherwise a refusal. Never a second row, never another person's document.
     */
    private IssueOutcome replay(LedgerEntry entry, IssueRequest request, Recipient recipient, byte[] cardDigest) {
        boolean same = recipient.equals(entry.recipient())
                && entry.certificateType().equals(request.certificateType().cliName())
                && entry.kioskId().equals(request.kioskId());
        if (!same || !entry.state().equals(IssuanceLedger.ISSUED)) {
            return new IssueOutcome.Refused(ErrorCode.DUPLICATE_REQUEST, "request id already in the ledger ("
                    + entry.state() + ")");
        }
        Optional<byte[]> pdf = ledger.document(request.requestId());
        if (pdf.isEmpty()) {
            return new IssueOutcome.Refused(ErrorCode.DUPLICATE_REQUEST, "document of the request no longer kept");
        }
        LOG.info("re-sent serial {} for kiosk {} (same request id)", entry.certificateSerial(), request.kioskId());
        return issued(request, entry.certificateSerial(), pdf.get(), cardDigest);
    }

    private IssueOutcome issued(IssueRequest request, String serial, byte[] pdf, byte[] cardDigest) {
        List<DocumentChunk> chunks = chunk(request, pdf);
        IssueResponse response = new IssueResponse(request.requestId(), serial, pdf.length, Digests.sha256(pdf),
                cardDigest, chunks.size(), new byte[0]);
        return new IssueOutcome.Issued(CityBinding.sign(response, request, config.node().identity()), chunks);
    }

    /** Records what the kiosk did with the paper: PRINTED, or PRINT_FAILED which voids the entry. */
    Optional<ErrorCode> recordPrint(PrintResult result) {
        return RequestDeadline.within(config.dbTimeout(), () -> recordPrintWithinDeadline(result));
    }

    private Optional<ErrorCode> recordPrintWithinDeadline(PrintResult result) {
        Optional<LedgerEntry> entry = ledger.find(result.requestId());
        if (entry.isEmpty()) {
            return Optional.of(ErrorCode.PROTOCOL_VIOLATION);
        }
        try {
            LedgerEntry updated = result.outcome() == PrintOutcome.PRINTED
                    ? ledger.markPrinted(result.requestId())
                    : ledger.markVoided(result.requestId());
            LOG.info("ledger {} -> {}", updated.certificateSerial(), updated.state());
            return Optional.empty();
        } catch (IllegalStateException e) {
            LOG.warn("print result refused for serial {}: {}", entry.get().certificateSerial(), e.getMessage());
            return Optional.of(ErrorCode.PROTOCOL_VIOLATION);
        }
    }

    private static List<DocumentChunk> chunk(IssueRequest request, byte[] pdf) {
        List<DocumentChunk> chunks = new ArrayList<>();
        int count = Math.max(1, (pdf.length + CHUNK_BYTES - 1) / CHUNK_BYTES);
        for (int i = 0; i < count; i++) {
            int from = i * CHUNK_BYTES;
            int to = Math.min(pdf.length, from + CHUNK_BYTES);
            chunks.add(new DocumentChunk(request.requestId(), i, i == count - 1, Arrays.copyOfRange(pdf, from, to)));
        }
        return chunks;
    }
}
