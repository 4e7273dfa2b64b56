package jp.konbini.city.data;

import java.util.List;
import java.util.Random;

/**
 * Plausible addresses: in the synthetic city's municipality with its real 町名 and 丁目, and elsewhere for the
 * 前住所 of people who moved in and the 本籍 of people who married in. For synthetic residents only; the 番・号 are
 * random.
 */
final class CityAddresses {

    /** 前住所 outside the city: prefecture, municipality and 町名 (with 丁目 where it has them). */
    private static final List<String> ELSEWHERE = List.of(
            "秋田県秋田市山王三丁目", "秋田県秋田市中通二丁目", "秋田県横手市中央町", "秋田県横手市駅前町",
            "秋田県大仙市大曲通町", "秋田県能代市上町", "秋田県由利本荘市尾崎", "秋田県湯沢市佐竹町",
            "秋田県男鹿市船川港船川", "秋田県鹿角市花輪", "青森県青森市新町一丁目", "岩手県盛岡市中央通一丁目",
            "宮城県仙台市青葉区本町三丁目", "山形県山形市旅篭町二丁目", "東京都新宿区西新宿二丁目",
            "埼玉県さいたま市浦和区高砂三丁目", "神奈川県横浜市中区港町一丁目", "北海道札幌市中央区北一条西二丁目");

    private static final String[] KANJI_NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八"};

    private final SyntheticMunicipality city;
    /** {@link #ELSEWHERE} without the city itself: nobody moves in from where they already are. */
    private final List<String> elsewhere;

    CityAddresses(SyntheticMunicipality city) {
        this.city = city;
        String self = city.prefecture() + city.cityName();
        this.elsewhere = ELSEWHERE.stream().filter(a -> !a.startsWith(self)).toList();
    }

    /** An address in the city, e.g. 秋田市山王一丁目3番12号 or 横手市中央町8番3号. */
    String inCity(Random random) {
        List<SyntheticMunicipality.Town> towns = city.towns();
        SyntheticMunicipality.Town town = towns.get(random.nextInt(towns.size()));
        String chome = town.chome() == 0 ? "" : KANJI_NUMERALS[random.nextInt(town.chome())] + "丁目";
        return city.cityName() + town.name() + chome + banGo(random);
    }

    /** An address outside the city, e.g. 岩手県盛岡市中央通一丁目5番8号. */
    String elsewhere(Random random) {
        return elsewhere.get(random.nextInt(elsewhere.size())) + banGo(random);
    }

    /** Where the city's own residents were born, as a 戸籍 writes it: 秋田県横手市. */
    String birthPlace() {
        return city.prefecture() + city.cityName();
    }

    private static String banGo(Random random) {
        return (1 + random.nextInt(30)) + "番" + (1 + random.nextInt(40)) + "号";
    }
}
