package jp.konbini.protocol;

/**
 * Why a request or connection was refused. Each code carries whether repeating the same request may succeed
 * and the one line a kiosk shows the resident, in Japanese and English. The numbers are wire values: never
 * reuse or renumber one.
 */
public enum ErrorCode {
    // The connection itself.
    BAD_FRAME(1, false,
            "通信エラーが発生したため、証明書を発行できませんでした。",
            "A communication error occurred, so the certificate could not be issued."),
    UNSUPPORTED_VERSION(2, false,
            "この端末は現在ご利用いただけません。",
            "This terminal cannot be used at the moment."),
    PROTOCOL_VIOLATION(3, false,
            "通信エラーが発生したため、証明書を発行できませんでした。",
            "A communication error occurred, so the certificate could not be issued."),

    // Capacity and reachability: these pass, so a retry may help.
    BUSY(10, true,
            "ただいま大変混み合っております。しばらくしてから再度お試しください。",
            "The service is very busy. Please try again in a little while."),
    TIMEOUT(11, true,
            "通信がタイムアウトしました。しばらくしてから再度お試しください。",
            "The connection timed out. Please try again in a little while."),
    UNAVAILABLE(12, true,
            "ご指定の市区町村のシステムに接続できません。しばらくしてから再度お試しください。",
            "The municipality's system cannot be reached. Please try again in a little while."),

    // What was asked for.
    INVALID_CITY_CODE(20, false,
            "市区町村の指定に誤りがあります。",
            "The municipality code is not valid."),
    UNKNOWN_CITY(21, false,
            "ご指定の市区町村では、コンビニ交付サービスを行っておりません。",
            "This municipality does not offer certificates at convenience stores."),
    UNSUPPORTED_CERTIFICATE_TYPE(22, false,
            "ご指定の証明書は、この市区町村ではコンビニ交付の対象外です。",
            "This municipality does not issue this certificate at convenience stores."),
    UNSUPPORTED_OPTION(23, false,
            "ご指定の記載内容は、コンビニ交付では選択できません。",
            "The chosen printing option is not offered at convenience stores."),
    INVALID_COPIES(24, false,
            "発行部数の指定に誤りがあります。",
            "The number of copies is not valid."),
    NO_SUCH_TAX_YEAR(25, false,
            "ご指定の年度の所得・課税証明書は発行できません。",
            "A certificate of income and taxation cannot be issued for the chosen year."),

    // The card and its signature.
    CHALLENGE_INVALID(30, true,
            "処理の有効期限が切れました。最初からやり直してください。",
            "The session has expired. Please start again."),
    CARD_CERTIFICATE_INVALID(31, false,
            "マイナンバーカードの電子証明書を確認できませんでした。",
            "The certificate on your My Number Card could not be verified."),
    CARD_CERTIFICATE_EXPIRED(32, false,
            "マイナンバーカードの電子証明書の有効期限が切れています。市区町村の窓口で更新してください。",
            "The certificate on your My Number Card has expired. Please renew it at your municipal office."),
    CARD_SIGNATURE_INVALID(33, false,
            "マイナンバーカードの電子署名を確認できませんでした。",
            "The signature from your My Number Card could not be verified."),
    CARD_UNKNOWN(34, false,
            "このカードでは、ご指定の市区町村の証明書を発行できません。",
            "Certificates of the selected municipality cannot be issued with this card."),
    CARD_REVOKED(35, false,
            "このマイナンバーカードの電子証明書は失効しています。市区町村の窓口にお問い合わせください。",
            "The certificate on this My Number Card has been revoked. Please contact your municipal office."),
    // Neither OCSP nor a fresh enough CRL could say whether the card certificate is revoked.
    REVOCATION_STATUS_UNKNOWN(36, false,
            "マイナンバーカードの電子証明書の失効確認ができませんでした。しばらくしてから再度お試しください。",
            "The status of the certificate on your My Number Card could not be checked. Please try again in a little while."),
    PIN_WRONG(40, false,
            "暗証番号が正しくありません。",
            "The PIN is incorrect."),
    PIN_BLOCKED(41, false,
            "暗証番号がロックされています。市区町村の窓口で再設定してください。",
            "The PIN is locked. Please have it reset at your municipal office."),
    // Kiosk-local: the card or its reader did not answer as a JPKI card does.
    CARD_UNREADABLE(42, false,
            "カードを読み取れませんでした。カードを置き直して、もう一度お試しください。",
            "The card could not be read. Please place it again and retry."),

    // The city's rules.
    NOT_ELIGIBLE(50, false,
            "この証明書はコンビニ交付では発行できません。市区町村の窓口にお問い合わせください。",
            "This certificate cannot be issued to you at a convenience store. Please contact your municipal office."),
    OUTSIDE_SERVICE_HOURS(51, false,
            "ただいまサービス提供時間外のため、ご利用いただけません。",
            "The service is not available at this time of day."),
    // 支援措置 (DV, stalking and abuse protection): the line does not say why, because another person
    // may be reading the screen; the counter knows.
    SUPPORT_MEASURE(52, false,
            "お客様の証明書はコンビニ交付では発行できません。市区町村の窓口にお問い合わせください。",
            "Your certificate cannot be issued at a convenience store. Please contact your municipal office."),
    MOVED_OUT(53, false,
            "転出済みまたは転出の届出をされているため、証明書を発行できません。",
            "You have moved out of the municipality or notified a move, so the certificate cannot be issued."),
    DECEASED(54, false,
            "この方の証明書はコンビニ交付では発行できません。市区町村の窓口にお問い合わせください。",
            "This person's certificate cannot be issued at a convenience store. Please contact the municipal office."),
    NO_SEAL_REGISTRATION(55, false,
            "印鑑登録がされていないため、印鑑登録証明書を発行できません。",
            "There is no valid seal registration, so the seal registration certificate cannot be issued."),
    NO_TAX_RECORD(56, false,
            "課税の記録がないため、所得・課税証明書を発行できません。市区町村の窓口にお問い合わせください。",
            "There is no tax record, so the certificate of income and taxation cannot be issued."),
    NOT_IN_FAMILY_REGISTER(57, false,
            "ご指定の市区町村に本籍がないため、戸籍証明書を発行できません。",
            "Your family register is not in this municipality, so the certificate cannot be issued."),
    HONSEKI_NOT_REGISTERED(58, false,
            "本籍地の利用登録がされていない（または登録の手続き中の）ため、戸籍証明書を発行できません。",
            "You are not (yet) registered to use this service for your family register."),
    MAINTENANCE(59, false,
            "ただいまシステムの保守中のため、ご利用いただけません。しばらくしてから再度お試しください。",
            "The service is down for maintenance. Please try again later."),

    // A person whose 本籍 is in the city but who lives elsewhere: only the 戸籍 certificates are theirs to get here.
    NOT_A_RESIDENT(70, false,
            "ご指定の市区町村に住民登録がないため、この証明書を発行できません。戸籍証明書は発行できます。",
            "You are not registered as a resident of this municipality, so this certificate cannot be issued (family register certificates can)."),

    // The answer itself.
    BINDING_MISMATCH(60, false,
            "証明書の発行中にエラーが発生しました。料金はかかりません。",
            "An error occurred while issuing the certificate. You have not been charged."),
    DUPLICATE_REQUEST(61, false,
            "この申請はすでに処理されています。",
            "This request has already been processed."),

    INTERNAL_ERROR(99, false,
            "システムエラーが発生したため、証明書を発行できませんでした。",
            "A system error occurred, so the certificate could not be issued.");

    private final int code;
    private final boolean retryable;
    private final String japanese;
    private final String english;

    ErrorCode(int code, boolean retryable, String japanese, String english) {
        this.code = code;
        this.retryable = retryable;
        this.japanese = japanese;
        this.english = english;
    }

    /** The value carried on the wire. */
    public int code() {
        return code;
    }

    /** Whether sending the same request again (with a fresh challenge where needed) may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** The line the kiosk shows a resident. */
    public String japanese() {
        return japanese;
    }

    /** The same line in English, for the kiosk's language switch and for operators. */
    public String english() {
        return english;
    }

    /**
     * The code for a wire value. A code from a newer peer that this build does not know becomes
     * {@link #INTERNAL_ERROR}: the kiosk still shows a sensible line and does not retry blindly.
     */
    public static ErrorCode fromCode(int code) {
        for (ErrorCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return INTERNAL_ERROR;
    }
}
