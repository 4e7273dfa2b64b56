package jp.konbini.city.rules;

/**
 * What kind of day it is for the city hall: 開庁日 (office open) or one of the 閉庁日 (office closed).
 * The 戸籍 hours depend on it, and 年末年始 stops the whole service.
 */
public sealed interface DayKind {
    /** 開庁日: a weekday that is no holiday. */
    record OfficeOpen() implements DayKind {
    }

    /** 閉庁日: Saturday, Sunday or a national holiday (with its name, e.g. 「振替休日」). */
    record OfficeClosed(String why) implements DayKind {
    }

    /** 年末年始 (12/29–1/3): the convenience-store service itself is stopped. */
    record YearEnd() implements DayKind {
    }

    /** What the calendar prints for the day. */
    default String label() {
        return switch (this) {
            case OfficeOpen o -> "開庁日";
            case OfficeClosed c -> "閉庁日（" + c.why() + "）";
            case YearEnd y -> "休止（年末年始）";
        };
    }
}
