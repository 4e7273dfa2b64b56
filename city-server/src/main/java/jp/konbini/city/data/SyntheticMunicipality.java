package jp.konbini.city.data;

import java.util.Arrays;
import java.util.List;

/**
 * The municipalities a synthetic city can be, with the 町名 its made-up addresses use (each with how many 丁目 it
 * has, 0 when none). The 町名 are real; the 番・号 drawn for them are not.
 */
public enum SyntheticMunicipality {
    AKITA("052019", "秋田県", "秋田市", List.of(
            new Town("山王", 7), new Town("中通", 7), new Town("大町", 6), new Town("旭北栄町", 0),
            new Town("旭北錦町", 0), new Town("旭北寺町", 0), new Town("旭南", 3), new Town("手形住吉町", 0),
            new Town("手形新栄町", 0), new Town("楢山本町", 0), new Town("楢山南中町", 0), new Town("楢山登町", 0),
            new Town("八橋本町", 6), new Town("八橋南", 2), new Town("土崎港中央", 7), new Town("土崎港北", 7),
            new Town("土崎港西", 5), new Town("新屋扇町", 0), new Town("新屋表町", 0), new Town("仁井田栄町", 0),
            new Town("仁井田緑町", 0), new Town("御所野地蔵田", 5), new Town("御所野下堤", 5), new Town("泉中央", 6),
            new Town("千秋久保田町", 0), new Town("保戸野千代田町", 0), new Town("東通", 8), new Town("将軍野南", 5))),
    YOKOTE("052035", "秋田県", "横手市", List.of(
            new Town("中央町", 0), new Town("駅前町", 0), new Town("平和町", 0), new Town("大町", 0),
            new Town("本町", 0), new Town("四日町", 0), new Town("田中町", 0), new Town("寿町", 0),
            new Town("前郷", 0), new Town("安田", 0), new Town("赤坂", 0), new Town("条里", 3),
            new Town("卸町", 0), new Town("根岸町", 0), new Town("幸町", 0), new Town("朝日が丘", 4),
            new Town("鍛冶町", 0), new Town("柳田", 0), new Town("横山町", 0), new Town("城南町", 0)));

    /** A 町名 and how many 丁目 it has (0 when it has none). */
    record Town(String name, int chome) {
    }

    private final String code;
    private final String prefecture;
    private final String name;
    private final List<Town> towns;

    SyntheticMunicipality(String code, String prefecture, String name, List<Town> towns) {
        this.code = code;
        this.prefecture = prefecture;
        this.name = name;
        this.towns = towns;
    }

    /** The municipality of a local government code ({@code 052019}, {@code 052035}). */
    public static SyntheticMunicipality ofCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no synthetic city for local government code " + code
                        + "; known: " + Arrays.stream(values()).map(m -> m.code + " " + m.name).toList()));
    }

    /** The six-digit local government code. */
    public String code() {
        return code;
    }

    /** The municipality's name, e.g. 横手市. */
    public String cityName() {
        return name;
    }

    String prefecture() {
        return prefecture;
    }

    List<Town> towns() {
        return towns;
    }
}
