package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.konbini.city.CityHours;
import jp.konbini.city.rules.DayKind;
import jp.konbini.city.rules.JapaneseHolidays;
import jp.konbini.city.rules.MaintenanceWindow;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.LocalGovernmentCode;
import jp.konbini.render.Wareki;

/**
 * {@code konbini tools calendar}: every day of a year with the convenience-store hours per certificate
 * type and why a day is closed, for a clerk to check against the city's 実施要綱. Computed by the very
 * rules the city server applies.
 */
final class CalendarCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools calendar --year Y [--city CODE] [--config city.conf]

                Prints every day of year Y (%d–%d): 開庁日 or 閉庁日 and why (土曜日, 日曜日, the holiday's
                name), 年末年始, the hours of 住民票・記載事項・印鑑・課税 and of 戸籍, and the maintenance
                windows of the city's config (--config). --city names the city (local government code).
                Japan time."""
                .formatted(JapaneseHolidays.FIRST_YEAR, JapaneseHolidays.LAST_YEAR);
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("year", "city", "config"), Set.of());
        int year = PkiInitCommand.Numbers.parse(cl.get("year"), -1, JapaneseHolidays.FIRST_YEAR,
                JapaneseHolidays.LAST_YEAR, "--year");
        if (year < 0) {
            throw new UsageException("--year is required");
        }
        Optional<String> city = cl.get("city");
        if (city.isPresent() && LocalGovernmentCode.parse(city.get()).isEmpty()) {
            throw new UsageException("--city " + city.get() + " is not a local government code (6 digits, check digit)");
        }
        ServiceHours hours = ServiceHours.standard();
        String name = "";
        if (cl.get("config").isPresent()) {
            Path config = Path.of(cl.get("config").get());
            hours = CityHours.of(config);
            name = CityHours.cityName(config);
        }
        String title = name.isEmpty() ? city.map(c -> "市区町村コード " + c).orElse("")
                : name + city.map(c -> "（" + c + "）").orElse("");
        print(out, year, title, hours);
        return 0;
    }

    static void print(PrintStream out, int year, String city, ServiceHours hours) {
        out.printf("%s%sコンビニ交付 利用時間 %d年（%s） 日本時間%n", city, city.isEmpty() ? "" : "　", year,
                Wareki.format(LocalDate.of(year, 12, 31)).replaceFirst("年.*", "年"));
        out.println("日付        曜  区分                          住民票・記載事項・印鑑・課税  戸籍全部・個人   保守");
        int open = 0;
        int closed = 0;
        int stopped = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            DayKind kind = ServiceHours.kindOf(day);
            switch (kind) {
                case DayKind.OfficeOpen o -> open++;
                case DayKind.OfficeClosed c -> closed++;
                case DayKind.YearEnd y -> stopped++;
            }
            String general = ServiceHours.hoursOn(day, CertificateType.JUMINHYO).map(Object::toString).orElse("休止");
            String koseki = ServiceHours.hoursOn(day, CertificateType.KOSEKI_ZENBU).map(Object::toString).orElse("休止");
            List<MaintenanceWindow> windows = hours.maintenanceOn(day);
            String maintenance = windows.stream().map(MaintenanceWindow::toString).collect(Collectors.joining(", "));
            out.println(pad(day.toString(), 12) + pad(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE), 4)
                    + pad(kind.label(), 30) + pad(general, 30) + pad(koseki, 17) + maintenance);
        }
        out.printf("開庁日 %d日, 閉庁日 %d日, 年末年始の休止 %d日%n", open, closed, stopped);
    }

    /** Pads to a width counted in half-width columns (a kanji counts two), so the columns line up. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> c < 0x2000 || c == 0x2013 ? 1 : 2).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }
}
