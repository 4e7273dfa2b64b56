package jp.konbini.city.data;

import java.util.List;
import java.util.Random;

/**
 * Common Japanese surnames (weighted towards Akita, where 佐藤 is by far the most frequent) and
 * given names typical of each generation, each with its reading (フリガナ). For synthetic
 * residents only.
 */
final class JapaneseNames {

    /** A name in kanji (or kana) and its reading in katakana. */
    record Name(String written, String kana) {
    }

    /** Repeated entries weight the draw: 佐藤, 高橋 and 佐々木 lead in Akita. */
    private static final List<Name> SURNAMES = names(
            "佐藤", "サトウ", "佐藤", "サトウ", "佐藤", "サトウ", "佐藤", "サトウ",
            "高橋", "タカハシ", "高橋", "タカハシ", "佐々木", "ササキ", "佐々木", "ササキ",
            "伊藤", "イトウ", "鈴木", "スズキ", "斎藤", "サイトウ", "工藤", "クドウ",
            "加藤", "カトウ", "渡辺", "ワタナベ", "小林", "コバヤシ", "藤田", "フジタ",
            "三浦", "ミウラ", "阿部", "アベ", "菅原", "スガワラ", "柴田", "シバタ",
            "田中", "タナカ", "千葉", "チバ", "後藤", "ゴトウ", "近藤", "コンドウ",
            "成田", "ナリタ", "小松", "コマツ", "進藤", "シンドウ", "武田", "タケダ",
            "木村", "キムラ", "原田", "ハラダ", "熊谷", "クマガイ", "今野", "コンノ",
            "畠山", "ハタケヤマ", "小野", "オノ", "鎌田", "カマタ", "石川", "イシカワ",
            "加賀谷", "カガヤ", "嵯峨", "サガ", "田口", "タグチ", "村上", "ムラカミ",
            "吉田", "ヨシダ", "山田", "ヤマダ", "松田", "マツダ", "小玉", "コダマ");

    private static final List<Name> MEN_BEFORE_1950 = names(
            "清", "キヨシ", "勇", "イサム", "博", "ヒロシ", "茂", "シゲル", "正", "タダシ",
            "実", "ミノル", "進", "ススム", "武", "タケシ", "三郎", "サブロウ", "一郎", "イチロウ",
            "正雄", "マサオ", "和夫", "カズオ", "義雄", "ヨシオ", "幸雄", "ユキオ", "昭", "アキラ",
            "栄一", "エイイチ", "孝", "タカシ");
    private static final List<Name> MEN_1950_TO_1979 = names(
            "誠", "マコト", "浩", "ヒロシ", "隆", "タカシ", "修", "オサム", "健一", "ケンイチ",
            "哲也", "テツヤ", "和彦", "カズヒコ", "秀樹", "ヒデキ", "直樹", "ナオキ", "聡", "サトシ",
            "淳", "ジュン", "剛", "ツヨシ", "浩二", "コウジ", "博之", "ヒロユキ", "達也", "タツヤ",
            "英樹", "ヒデキ");
    private static final List<Name> MEN_1980_TO_1999 = names(
            "大輔", "ダイスケ", "拓也", "タクヤ", "翔太", "ショウタ", "健太", "ケンタ", "和也", "カズヤ",
            "大樹", "ダイキ", "翔", "ショウ", "亮", "リョウ", "直人", "ナオト", "雄太", "ユウタ",
            "貴之", "タカユキ", "拓海", "タクミ", "優太", "ユウタ", "達也", "タツヤ");
    private static final List<Name> MEN_FROM_2000 = names(
            "蓮", "レン", "湊", "ミナト", "陽翔", "ハルト", "大翔", "ヒロト", "悠真", "ユウマ",
            "蒼", "アオイ", "樹", "イツキ", "颯太", "ソウタ", "悠斗", "ユウト", "陸", "リク",
            "朝陽", "アサヒ", "律", "リツ", "大和", "ヤマト", "結翔", "ユイト");

    private static final List<Name> WOMEN_BEFORE_1950 = names(
            "和子", "カズコ", "幸子", "サチコ", "節子", "セツコ", "京子", "キョウコ", "信子", "ノブコ",
            "洋子", "ヨウコ", "久子", "ヒサコ", "美代子", "ミヨコ", "文子", "フミコ", "トシ", "トシ",
            "ハナ", "ハナ", "キヨ", "キヨ", "千代", "チヨ", "静子", "シズコ", "弘子", "ヒロコ",
            "澄子", "スミコ");
    private static final List<Name> WOMEN_1950_TO_1979 = names(
            "恵子", "ケイコ", "由美子", "ユミコ", "美智子", "ミチコ", "裕子", "ユウコ", "真由美", "マユミ",
            "久美子", "クミコ", "智子", "トモコ", "直美", "ナオミ", "明美", "アケミ", "純子", "ジュンコ",
            "陽子", "ヨウコ", "典子", "ノリコ", "香織", "カオリ", "美香", "ミカ");
    private static final List<Name> WOMEN_1980_TO_1999 = names(
            "愛", "アイ", "美咲", "ミサキ", "彩", "アヤ", "麻衣", "マイ", "舞", "マイ",
            "沙織", "サオリ", "千尋", "チヒロ", "瞳", "ヒトミ", "遥", "ハルカ", "萌", "モエ",
            "優子", "ユウコ", "彩香", "アヤカ", "美穂", "ミホ", "奈々", "ナナ", "明日香", "アスカ");
    private static final List<Name> WOMEN_FROM_2000 = names(
            "陽菜", "ヒナ", "結衣", "ユイ", "葵", "アオイ", "凛", "リン", "さくら", "サクラ",
            "結菜", "ユイナ", "芽依", "メイ", "紬", "ツムギ", "莉子", "リコ", "美結", "ミユ",
            "杏", "アン", "澪", "ミオ", "心春", "コハル", "結愛", "ユア", "陽葵", "ヒマリ");

    private JapaneseNames() {
    }

    static Name surname(Random random) {
        return pick(SURNAMES, random);
    }

    /** A given name of the kind parents chose in the year of birth. */
    static Name givenName(Random random, boolean female, int yearOfBirth) {
        List<Name> names;
        if (yearOfBirth < 1950) {
            names = female ? WOMEN_BEFORE_1950 : MEN_BEFORE_1950;
        } else if (yearOfBirth < 1980) {
            names = female ? WOMEN_1950_TO_1979 : MEN_1950_TO_1979;
        } else if (yearOfBirth < 2000) {
            names = female ? WOMEN_1980_TO_1999 : MEN_1980_TO_1999;
        } else {
            names = female ? WOMEN_FROM_2000 : MEN_FROM_2000;
        }
        return pick(names, random);
    }

    private static Name pick(List<Name> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }

    /** Pairs of (written, kana). */
    private static List<Name> names(String... writtenThenKana) {
        Name[] names = new Name[writtenThenKana.length / 2];
        for (int i = 0; i < names.length; i++) {
            names[i] = new Name(writtenThenKana[2 * i], writtenThenKana[2 * i + 1]);
        }
        return List.of(names);
    }
}
