package jp.konbini.protocol;

import java.util.Optional;

/** The certificates a resident can ask for at a convenience store. */
public enum CertificateType {
    JUMINHYO(1, "juminhyo", "住民票の写し"),
    KISAI_JIKO(2, "kisai-jiko", "住民票記載事項証明書"),
    INKAN(3, "inkan", "印鑑登録証明書"),
    KOSEKI_ZENBU(4, "koseki-zenbu", "戸籍全部事項証明書"),
    KOSEKI_KOJIN(5, "koseki-kojin", "戸籍個人事項証明書"),
    SHOTOKU_KAZEI(6, "shotoku-kazei", "所得・課税証明書");

    /** 住民票の写し option (ISSUE_REQUEST options bit): only the card holder, not the whole household. */
    public static final int OPTION_SELF_ONLY = 0x1;
    /** 住民票の写し option: print 本籍 and 筆頭者 (omitted unless asked). */
    public static final int OPTION_WITH_HONSEKI = 0x2;
    /** 住民票の写し option: omit 世帯主 and 続柄 (printed unless asked). */
    public static final int OPTION_WITHOUT_HEAD = 0x4;
    /** 住民票の写し option: print the 個人番号 (My Number); only where the city allows it, else refused. */
    public static final int OPTION_WITH_KOJIN_BANGO = 0x8;
    /** Every option bit the 住民票の写し knows; other types take none. */
    public static final int JUMINHYO_OPTIONS = OPTION_SELF_ONLY | OPTION_WITH_HONSEKI | OPTION_WITHOUT_HEAD
            | OPTION_WITH_KOJIN_BANGO;

    private final int code;
    private final String cliName;
    private final String japaneseName;

    CertificateType(int code, String cliName, String japaneseName) {
        this.code = code;
        this.cliName = cliName;
        this.japaneseName = japaneseName;
    }

    /** The value carried on the wire. */
    public int code() {
        return code;
    }

    /** The name used on command lines and in config files. */
    public String cliName() {
        return cliName;
    }

    /** The name printed on the certificate and shown on the kiosk. */
    public String japaneseName() {
        return japaneseName;
    }

    public static Optional<CertificateType> fromCode(int code) {
        for (CertificateType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static Optional<CertificateType> fromCliName(String name) {
        for (CertificateType type : values()) {
            if (type.cliName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
