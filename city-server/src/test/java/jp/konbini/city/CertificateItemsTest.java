package jp.konbini.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.konbini.city.data.Household;
import jp.konbini.city.data.RegisterRecords.Event;
import jp.konbini.city.data.RegisterRecords.FamilyRegister;
import jp.konbini.city.data.RegisterRecords.ForeignItems;
import jp.konbini.city.data.RegisterRecords.Member;
import jp.konbini.city.data.RegisterRecords.Seal;
import jp.konbini.city.data.RegisterRecords.TaxAssessment;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.PrintedCertificate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every item of the seed's table (資料 6) per certificate, checked against the structured record of the
 * printed page, for a Japanese and a foreign resident; and the items that must never appear.
 */
class CertificateItemsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Issuer ISSUER = new Issuer("秋田市", "052019", "秋田市長　久保田　誠");
    private static final String SERIAL = "052019-20261201-000007";

    private static final ResidentRecord TARO = new ResidentRecord(11, 5, "秋田", "太郎", "アキタ", "タロウ",
            LocalDate.of(1980, 5, 1), "男", "世帯主", LocalDate.of(1980, 5, 1), LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 5), "秋田市中通二丁目3番4号", "ACTIVE");
    private static final ResidentRecord HANAKO = new ResidentRecord(12, 5, "秋田", "花子", "アキタ", "ハナコ",
            LocalDate.of(1982, 7, 7), "女", "妻", LocalDate.of(2008, 6, 1), null, null, null, "ACTIVE");
    private static final ResidentRecord AN = new ResidentRecord(21, 9, "NGUYEN", "VAN AN", "グエン", "ヴァンアン",
            LocalDate.of(1999, 2, 3), "男", "世帯主", LocalDate.of(2024, 4, 1), null, null, null, "ACTIVE");
    private static final Household AKITA = new Household(5, "秋田市山王一丁目1番1号", TARO, List.of(TARO, HANAKO));
    private static final Household NGUYEN = new Household(9, "秋田市八橋本町三丁目2番1号", AN, List.of(AN));
    private static final Seal SEAL = new Seal("S11", LocalDate.of(2010, 4, 1), new byte[] {1, 2, 3});
    private static final TaxAssessment TAX = new TaxAssessment(2026, 4_000_000, 2_760_000, 0, 0, 0, 2_760_000,
            1_030_000, 1_730_000, 106_800, 71_000, 1);
    private static final FamilyRegister REGISTER = new FamilyRegister(5, "秋田市山王一丁目1番地", "秋田 太郎",
            LocalDate.of(2008, 6, 1), "婚姻", List.of(
            new Member(1, 11L, "秋田", "太郎", LocalDate.of(1980, 5, 1), "男", "秋田 一郎", "秋田 春子", "長男", null,
                    false, LocalDate.of(2008, 6, 1), "婚姻", "秋田県横手市中央町3番地", "秋田 一郎", null, null,
                    List.of(new Event("出生", LocalDate.of(1980, 5, 1), "【出生地】秋田県秋田市"),
                            new Event("婚姻", LocalDate.of(2008, 6, 1), "【配偶者氏名】秋田 花子"))),
            new Member(2, 12L, "秋田", "花子", LocalDate.of(1982, 7, 7), "女", "高橋 清", "高橋 和子", "長女", null,
                    true, LocalDate.of(2008, 6, 1), "婚姻", "岩手県盛岡市中央通一丁目5番地", "高橋 清", null, null,
                    List.of(new Event("出生", LocalDate.of(1982, 7, 7), "【出生地】岩手県盛岡市"))),
            new Member(3, null, "秋田", "一子", LocalDate.of(2009, 9, 9), "女", "秋田 太郎", "秋田 花子", "長女",
                    "秋田 太郎", false, LocalDate.of(2009, 9, 9), "出生", null, null, LocalDate.of(2026, 1, 10),
                    "分籍", List.of(new Event("出生", LocalDate.of(2009, 9, 9), "【出生地】秋田県秋田市")))));

    private static final ForeignItems AN_ITEMS = new ForeignItems("ベトナム", "中長期在留者", "技能実習", "3年",
            LocalDate.of(2027, 3, 31), "AB12345678CD", null, LocalDate.of(2024, 4, 1));

    static Stream<Arguments> certificates() {
        return Stream.of(
                Arguments.of("juminhyo with 本籍", JuminhyoItems.assemble(AKITA, TARO,
                                CertificateType.OPTION_WITH_HONSEKI, Map.of(),
                                Map.of(11L, new String[] {"秋田市山王一丁目1番地", "秋田 太郎"}), ISSUER, SERIAL, TODAY),
                        Map.ofEntries(Map.entry("住所", "秋田市山王一丁目1番1号"), Map.entry("世帯主", "秋田 太郎"),
                                Map.entry("氏名", "秋田 太郎"), Map.entry("フリガナ", "アキタ\u3000タロウ"),
                                Map.entry("生年月日", "昭和55年5月1日"), Map.entry("性別", "男"), Map.entry("続柄", "世帯主"),
                                Map.entry("住民となった年月日", "昭和55年5月1日"), Map.entry("本籍", "秋田市山王一丁目1番地"),
                                Map.entry("筆頭者", "秋田 太郎"), Map.entry("住所を定めた年月日", "令和8年3月1日"),
                                Map.entry("届出日", "令和8年3月5日"), Map.entry("前住所", "秋田市中通二丁目3番4号"))),
                Arguments.of("juminhyo foreign", JuminhyoItems.assemble(NGUYEN, AN, 0, Map.of(21L, AN_ITEMS), Map.of(),
                                ISSUER, SERIAL, TODAY),
                        Map.ofEntries(Map.entry("住所", "秋田市八橋本町三丁目2番1号"), Map.entry("世帯主", "NGUYEN VAN AN"),
                                Map.entry("氏名", "NGUYEN VAN AN"), Map.entry("生年月日", "平成11年2月3日"),
                                Map.entry("性別", "男"), Map.entry("続柄", "世帯主"), Map.entry("国籍・地域", "ベトナム"),
                                Map.entry("第30条45規定区分", "中長期在留者"), Map.entry("在留資格", "技能実習"),
                                Map.entry("在留期間", "3年"), Map.entry("在留期間の満了の日", "令和9年3月31日"),
                                Map.entry("在留カード等の番号", "AB12345678CD"),
                                Map.entry("外国人住民となった年月日", "令和6年4月1日"))),
                Arguments.of("kisai-jiko Japanese", KisaiJikoAssembler.assemble(HANAKO, AKITA, ISSUER, SERIAL, TODAY),
                        Map.of("住所", "秋田市山王一丁目1番1号", "世帯主", "秋田 太郎", "氏名", "秋田 花子", "性別", "女",
                                "生年月日", "昭和57年7月7日", "世帯主との続柄", "妻")),
                Arguments.of("kisai-jiko foreign", KisaiJikoAssembler.assemble(AN, NGUYEN, ISSUER, SERIAL, TODAY),
                        Map.of("住所", "秋田市八橋本町三丁目2番1号", "世帯主", "NGUYEN VAN AN", "氏名", "NGUYEN VAN AN",
                                "性別", "男", "生年月日", "平成11年2月3日", "世帯主との続柄", "世帯主")),
                Arguments.of("inkan", InkanAssembler.assemble(TARO, AKITA.address(), SEAL, ISSUER, SERIAL, TODAY),
                        Map.of("氏名", "秋田 太郎", "生年月日", "昭和55年5月1日", "性別", "男", "住所", "秋田市山王一丁目1番1号")),
                Arguments.of("inkan foreign", InkanAssembler.assemble(AN, NGUYEN.address(), SEAL, ISSUER, SERIAL, TODAY),
                        Map.of("氏名", "NGUYEN VAN AN", "生年月日", "平成11年2月3日", "性別", "男",
                                "住所", "秋田市八橋本町三丁目2番1号")),
                Arguments.of("shotoku-kazei", TaxCertificateAssembler.assemble(TARO, AKITA.address(), TAX, ISSUER, SERIAL,
                                TODAY),
                        // moved within the city on 2026-03-01: on 1 January (賦課期日) they lived at the old address
                        Map.ofEntries(Map.entry("賦課期日氏名", "秋田 太郎"), Map.entry("賦課期日住所", "秋田市中通二丁目3番4号"),
                                Map.entry("生年月日", "昭和55年5月1日"), Map.entry("合計所得金額", "2,760,000円"),
                                Map.entry("給与収入", "4,000,000円"), Map.entry("給与所得", "2,760,000円"),
                                Map.entry("所得控除額合計", "1,030,000円"), Map.entry("課税標準額", "1,730,000円"),
                                Map.entry("市民税額", "106,800円"), Map.entry("県民税額", "71,000円"),
                                Map.entry("市県民税額合計", "177,800円"), Map.entry("扶養人数", "1人"))),
                Arguments.of("koseki-kojin", KosekiAssembler.kojin(REGISTER, 2, ISSUER, SERIAL, TODAY),
                        Map.of("本籍", "秋田市山王一丁目1番地", "氏名", "秋田 太郎", "名", "花子", "生年月日", "昭和57年7月7日",
                                "父", "高橋 清", "母", "高橋 和子", "続柄", "長女", "配偶者区分", "夫または妻",
                                "入籍", "【婚姻】平成20年6月1日", "従前戸籍", "岩手県盛岡市中央通一丁目5番地　高橋 清")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificates")
    void everyItemOfTheSeedsTableIsPrintedAsRecorded(String name, PrintedCertificate printed,
                                                     Map<String, String> expected) {
        expected.forEach((label, value) -> assertThat(printed.value(label)).as(name + " " + label).contains(value));
        assertThat(printed.serial()).isEqualTo(SERIAL);
        assertThat(printed.mayor()).isEqualTo("秋田市長　久保田　誠");
        assertThat(printed.issueDate()).isEqualTo(TODAY);
        assertThat(printed.certification()).endsWith("。");
        neverPrinted(printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificates")
    void onlyTheItemsOfTheTableArePrinted(String name, PrintedCertificate printed, Map<String, String> expected) {
        if (name.startsWith("kisai-jiko") || name.startsWith("inkan")) {
            assertThat(printed.items().map(PrintedCertificate.Item::label)).containsExactlyInAnyOrderElementsOf(
                    expected.keySet());
        }
    }

    @org.junit.jupiter.api.Test
    void theSealCertificateCarriesTheImpression() {
        assertThat(InkanAssembler.assemble(TARO, AKITA.address(), SEAL, ISSUER, SERIAL, TODAY).image())
                .hasValueSatisfying(png -> assertThat(png).isEqualTo(SEAL.png()));
    }

    @org.junit.jupiter.api.Test
    void theWholeRegisterShowsEveryMemberAndMarksThoseWhoLeft() {
        PrintedCertificate zenbu = KosekiAssembler.zenbu(REGISTER, ISSUER, SERIAL, TODAY);
        assertThat(zenbu.sections()).hasSize(1 + 3);
        assertThat(zenbu.sections().get(3).heading()).endsWith("除籍");
        assertThat(zenbu.texts()).contains("【分籍】令和8年1月10日", "養子", "秋田 太郎",
                "【出生日】昭和55年5月1日　【出生地】秋田県秋田市", "【婚姻日】平成20年6月1日　【配偶者氏名】秋田 花子");
        assertThat(zenbu.certification()).isEqualTo(KosekiAssembler.CERTIFICATION_ZENBU);
        PrintedCertificate kojin = KosekiAssembler.kojin(REGISTER, 1, ISSUER, SERIAL, TODAY);
        assertThat(kojin.sections()).hasSize(2);
        assertThat(kojin.texts()).doesNotContain("花子");
        neverPrinted(zenbu);
    }

    @org.junit.jupiter.api.Test
    void theJuminhyoOptionsChooseThePersonsAndItems() {
        PrintedCertificate household = JuminhyoItems.assemble(AKITA, HANAKO, 0, Map.of(), Map.of(), ISSUER, SERIAL,
                TODAY);
        assertThat(household.items().filter(i -> i.label().equals("氏名")).map(PrintedCertificate.Item::value))
                .containsExactly("秋田 太郎", "秋田 花子");
        assertThat(household.value("本籍")).isEmpty();
        assertThat(household.certification()).isEqualTo(JuminhyoItems.CERTIFICATION_HOUSEHOLD);

        PrintedCertificate self = JuminhyoItems.assemble(AKITA, HANAKO,
                CertificateType.OPTION_SELF_ONLY | CertificateType.OPTION_WITHOUT_HEAD, Map.of(), Map.of(), ISSUER,
                SERIAL, TODAY);
        assertThat(self.items().filter(i -> i.label().equals("氏名")).map(PrintedCertificate.Item::value))
                .containsExactly("秋田 花子");
        assertThat(self.value("世帯主")).isEmpty();
        assertThat(self.value("続柄")).isEmpty();
        assertThat(self.certification()).isEqualTo(JuminhyoItems.CERTIFICATION_PART);
        neverPrinted(self);
    }

    private static void neverPrinted(PrintedCertificate printed) {
        assertThat(printed.texts()).noneMatch(t -> t.contains("住民票コード") || t.contains("個人番号")
                || t.contains("除票") || t.contains("備考") || t.contains("履歴"));
    }
}
