package jp.konbini.city.data;

import java.util.List;
import java.util.Random;
import jp.konbini.city.data.JapaneseNames.Name;

/**
 * Made-up foreign residents' names as a 在留カード writes them (alphabet, or kanji for 漢字圏 nationals)
 * with a katakana reading, and their nationality and usual 在留資格. For synthetic residents only.
 */
final class ForeignNames {
    record Origin(String nationality, List<Name> family, List<Name> given, List<String> statuses) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin("ベトナム",
                    List.of(new Name("NGUYEN", "グエン"), new Name("TRAN", "チャン"), new Name("LE", "レ")),
                    List.of(new Name("VAN AN", "ヴァンアン"), new Name("THI HOA", "ティホア"), new Name("MINH", "ミン")),
                    List.of("技能実習", "特定技能", "留学")),
            new Origin("中国",
                    List.of(new Name("王", "ワン"), new Name("李", "リー"), new Name("張", "チャン")),
                    List.of(new Name("偉", "ウェイ"), new Name("芳", "ファン"), new Name("静", "ジン")),
                    List.of("永住者", "技術・人文知識・国際業務", "留学")),
            new Origin("フィリピン",
                    List.of(new Name("SANTOS", "サントス"), new Name("REYES", "レイエス")),
                    List.of(new Name("MARIA", "マリア"), new Name("JOSE", "ホセ")),
                    List.of("日本人の配偶者等", "永住者", "定住者")),
            new Origin("韓国",
                    List.of(new Name("金", "キム"), new Name("朴", "パク")),
                    List.of(new Name("民俊", "ミンジュン"), new Name("瑞妍", "ソヨン")),
                    List.of("特別永住者", "永住者")),
            new Origin("アメリカ合衆国",
                    List.of(new Name("SMITH", "スミス"), new Name("JOHNSON", "ジョンソン")),
                    List.of(new Name("EMILY", "エミリー"), new Name("DAVID", "デイビッド")),
                    List.of("教育", "技術・人文知識・国際業務")));

    private ForeignNames() {
    }

    static Origin origin(Random random) {
        return ORIGINS.get(random.nextInt(ORIGINS.size()));
    }
}
