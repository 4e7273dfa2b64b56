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
import java.util.Optional;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.LedgerEntry;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
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

    private final CityConfig config;
    private final ResidentDirectory directory;
    private final IssuanceLedger ledger;
    private final CertificateRenderer renderer;
    private final FeeSchedule fees;
    private final Clock clock;

    IssuanceService(CityConfig config, ResidentDirectory directory, IssuanceLedger ledger,
                    CertificateRenderer renderer, Clock clock) {
        this.config = config;
        this.directory = directory;
        this.ledger = ledger;
        this.renderer = renderer;
        this.fees = new FeeSchedule(config.feeJuminhyoYen());
        this.clock = clock;
    }

    IssueOutcome issue(IssueRequest request) {
        if (!config.cityCode().value().equals(request.cityCode())) {
            return new IssueOutcome.Refused(ErrorCode.UNKNOWN_CITY, "request for " + request.cityCode()
                    + " reached city " + config.cityCode().value());
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
        byte[] cardDigest = Digests.sha256(request.cardCertificate());
        Optional<ResidentRecord> resident = directory.findByCard(Digests.hex(cardDigest));
        if (resident.isEmpty()) {
            return new IssueOutcome.Refused(ErrorCode.CARD_UNKNOWN, "no resident linked to this card");
        }
        Optional<IssueOutcome.Refused> refusal = EligibilityRule.check(resident.get(), request.certificateType());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (ledger.find(request.requestId()).isPresent()) {
            return new IssueOutcome.Refused(ErrorCode.DUPLICATE_REQUEST, "request id already in the ledger");
        }
        LocalDate today = LocalDate.now(clock);
        String serial = ledger.nextCertificateSerial(config.cityCode().value(), today);
        Household household = directory.householdOf(resident.get());
        byte[] pdf = renderer.renderJuminhyo(JuminhyoAssembler.assemble(household, config.cityName(),
                config.cityCode().value(), config.mayor(), serial, today));
        byte[] documentDigest = Digests.sha256(pdf);
        LedgerEntry entry = ledger.recordIssued(request.requestId(), serial, resident.get().id(),
                request.certificateType().cliName(), request.kioskId(), Digests.hex(documentDigest),
                fees.feeYen(request.certificateType(), request.copies()));
        if (!entry.certificateSerial().equals(serial)) {
            // another thread recorded the same request id first: answer as a duplicate, never twice
            return new IssueOutcome.Refused(ErrorCode.DUPLICATE_REQUEST, "request id recorded concurrently");
        }
        List<DocumentChunk> chunks = chunk(request, pdf);
        IssueResponse response = new IssueResponse(request.requestId(), serial, pdf.length, documentDigest,
                cardDigest, chunks.size(), new byte[0]);
        LOG.info("issued {} serial {} for kiosk {} ({} bytes)", request.certificateType().cliName(), serial,
                request.kioskId(), pdf.length);
        return new IssueOutcome.Issued(response, chunks);
    }

    /** Records what the kiosk did with the paper: PRINTED, or PRINT_FAILED which voids the entry. */
    Optional<ErrorCode> recordPrint(PrintResult result) {
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
