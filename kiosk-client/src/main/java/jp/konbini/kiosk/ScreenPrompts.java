package jp.konbini.kiosk;

import jp.konbini.protocol.CertificateType;

/** What each screen of the copier shows: Japanese first, English beside it, the keys last. */
final class ScreenPrompts {
    private static final String CANCEL_KEY = "C: 取消 / cancel";

    private ScreenPrompts() {
    }

    static String text(Screen screen) {
        return switch (screen) {
            case Screen.InsertCard s -> """
                    ── 証明書交付サービス / Certificate issuance ──
                    マイナンバーカードを置いて Enter を押してください / Place your My Number card and press Enter
                    """ + "(" + CANCEL_KEY + ")";
            case Screen.EnterPin s -> "利用者証明用電子証明書の暗証番号（数字4桁）を入力してください / Enter your card's 4-digit PIN"
                    + " (" + CANCEL_KEY + ")";
            case Screen.ChooseCityKind s -> """
                    どちらの市区町村の証明書ですか / Which city's certificate?
                      1  お住まいの市区町村（住民票・印鑑登録・所得課税）/ where you live (residence records, seal, tax)
                      2  本籍地の市区町村（戸籍）/ your 本籍地 (family register)
                    """ + "(" + CANCEL_KEY + ")";
            case Screen.EnterCityCode s -> (s.chosen().cityKind() == Selection.CityKind.HONSEKI
                    ? "本籍地の市区町村コード（6桁）を入力してください / Enter the 6-digit code of your 本籍地's city"
                    : "お住まいの市区町村コード（6桁）を入力してください / Enter the 6-digit code of the city you live in")
                    + "（例 / e.g. 052019 秋田市）(" + CANCEL_KEY + ")";
            case Screen.ChooseCertificate s -> certificates(s);
            case Screen.ChooseOptions s -> options(s.chosen());
            case Screen.ChooseCopies s -> "部数を入力してください（1〜" + CopierFlow.MAX_COPIES + "）/ How many copies (1-"
                    + CopierFlow.MAX_COPIES + ")? 1通 " + s.chosen().perCopyYen() + "円 / " + s.chosen().perCopyYen()
                    + " yen a copy (" + CANCEL_KEY + ")";
            case Screen.Confirm s -> confirm(s.chosen());
            case Screen.Pay s -> "お金を入れてください（10・50・100・500円硬貨、1000円札）/ Insert coins or a note: type 10, 50, 100, "
                    + "500 or 1000\n  手数料 " + s.chosen().feeYen() + "円 / fee " + s.chosen().feeYen() + " yen ・ 投入金額 "
                    + s.insertedYen() + "円 / inserted " + s.insertedYen() + " yen (" + CANCEL_KEY + ")";
            case Screen.Issuing s -> "証明書を取得しています。しばらくお待ちください / Getting your certificate, please wait…";
            case Screen.Retry s -> s.reason();
            case Screen.Done s -> s.message();
        };
    }

    private static String certificates(Screen.ChooseCertificate s) {
        StringBuilder sb = new StringBuilder("証明書を選んでください（市区町村 " + s.chosen().cityCode()
                + "）/ Choose the certificate (city " + s.chosen().cityCode() + ")\n");
        for (int i = 0; i < s.offered().size(); i++) {
            CertificateType t = s.offered().get(i);
            sb.append("  ").append(i + 1).append("  ").append(t.japaneseName()).append(" / ").append(t.cliName()).append('\n');
        }
        return sb.append("(").append(CANCEL_KEY).append(")").toString();
    }

    private static String options(Selection v) {
        int o = v.options();
        return "住民票の写しに記載する内容 / What the 住民票の写し shows\n"
                + "  1 [" + mark((o & CertificateType.OPTION_SELF_ONLY) == 0) + "] 世帯全員（外すと本人のみ）/ the whole household (off: only you)\n"
                + "  2 [" + mark((o & CertificateType.OPTION_WITH_HONSEKI) != 0) + "] 本籍・筆頭者 / 本籍 and 筆頭者\n"
                + "  3 [" + mark((o & CertificateType.OPTION_WITHOUT_HEAD) == 0) + "] 世帯主・続柄 / 世帯主 and 続柄\n"
                + "  4 [" + mark((o & CertificateType.OPTION_WITH_KOJIN_BANGO) != 0)
                + "] 個人番号（市区町村が認める場合のみ）/ My Number (only where the city allows it)\n"
                + "番号で切り替え、0 で次へ / A number switches it, 0 goes on (" + CANCEL_KEY + ")";
    }

    private static String mark(boolean on) {
        return on ? "x" : " ";
    }

    private static String confirm(Selection v) {
        return "ご確認ください / Please check\n"
                + "  " + v.type().japaneseName() + " / " + v.type().cliName() + "（市区町村 / city " + v.cityCode() + "）\n"
                + (v.type() == CertificateType.JUMINHYO ? "  記載内容 / shows: " + optionWords(v.options()) + "\n" : "")
                + "  部数 / copies: " + v.copies() + "\n"
                + "  手数料 " + v.feeYen() + "円 / fee " + v.feeYen() + " yen\n"
                + "よろしければ 1 を押してください / Press 1 to confirm (" + CANCEL_KEY + ")";
    }

    private static String optionWords(int o) {
        return ((o & CertificateType.OPTION_SELF_ONLY) != 0 ? "本人のみ / only you" : "世帯全員 / whole household")
                + ((o & CertificateType.OPTION_WITH_HONSEKI) != 0 ? "、本籍・筆頭者あり / with 本籍" : "")
                + ((o & CertificateType.OPTION_WITHOUT_HEAD) != 0 ? "、世帯主・続柄なし / without 世帯主" : "")
                + ((o & CertificateType.OPTION_WITH_KOJIN_BANGO) != 0 ? "、個人番号あり / with My Number" : "");
    }
}
