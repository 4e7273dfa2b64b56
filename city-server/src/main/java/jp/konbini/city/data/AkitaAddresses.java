package jp.konbini.city.data;

import java.util.List;
import java.util.Random;

/**
 * Plausible addresses: in Akita City (秋田市) with its real 町名 and 丁目, and elsewhere for the
 * 前住所 of people who moved in. For synthetic residents only; the 番・号 are random.
 */
final class AkitaAddresses {

    /** A 町名 and how many 丁目 it has (0 when it has none). */
    private record Town(String name, int chome) {
    }

    private static final List<Town> AKITA_TOWNS = List.of(
            new Town("山王", 7), new Town("中通", 7), new Town("大町", 6), new Town("旭北栄町", 0),
            new Town("旭北錦町", 0), new Town("旭北寺町", 0), new Town("旭南", 3), new Town("手形住吉町", 0),
            new Town("手形新栄町", 0), new Town("楢山本町", 0), new Town("楢山南中町", 0), new Town("楢山登町", 0),
            new Town("八橋本町", 6), new Town("八橋南", 2), new Town("土崎港中央", 7), new Town("土崎港北", 7),
            new Town("土崎港西", 5), new Town("新屋扇町", 0), new Town("新屋表町", 0), new Town("仁井田栄町", 0),
            new Town("仁井田緑町", 0), new Town("御所野地蔵田", 5), new Town("御所野下堤", 5), new Town("泉中央", 6),
            new Town("千秋久保田町", 0), new Town("保戸野千代田町", 0), new Town("東通", 8), new Town("将軍野南", 5));

    /** 前住所 outside the city: prefecture, municipality and 町名 (with 丁目 where it has them). */
    private static final List<String> ELSEWHERE = List.of(
            "秋田県横手市中央町", "秋田県横手市駅前町", "秋田県大仙市大曲通町", "秋田県能代市上町",
            "秋田県由利本荘市尾崎", "秋田県湯沢市佐竹町", "秋田県男鹿市船川港船川", "秋田県鹿角市花輪",
            "青森県青森市新町一丁目", "岩手県盛岡市中央通一丁目", "宮城県仙台市青葉区本町三丁目",
            "山形県山形市旅篭町二丁目", "東京都新宿区西新宿二丁目", "埼玉県さいたま市浦和区高砂三丁目",
            "神奈川県横浜市中区港町一丁目", "北海道札幌市中央区北一条西二丁目");

    private static final String[] KANJI_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八"};

    private AkitaAddresses() {
    }

    /** An address in Akita City, e.g. 秋田市山王一丁目3番12号. */
    static String inAkita(Random random) {
        Town town = AKITA_TOWNS.get(random.nextInt(AKITA_TOWNS.size()));
        String chome = town.chome() == 0 ? "" : KANJI_NUMERALS[random.nextInt(town.chome())] + "丁目";
        return "秋田市" + town.name() + chome + banGo(random);
    }

    /** An address outside the city, e.g. 岩手県盛岡市中央通一丁目5番8号. */
    static String elsewhere(Random random) {
        return ELSEWHERE.get(random.nextInt(ELSEWHERE.size())) + banGo(random);
    }

    private static String banGo(Random random) {
        return (1 + random.nextInt(30)) + "番" + (1 + random.nextInt(40)) + "号";
    }
}
