package jp.konbini.city.data;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import jp.konbini.city.data.JapaneseNames.Name;
import jp.konbini.city.data.SyntheticHouseholds.Person;
import jp.konbini.city.data.SyntheticHouseholds.Planned;

/**
 * The records beside the 住民記録 for a synthetic city: foreign residents' items, 印鑑登録 with seal
 * impressions, tax assessments of the last two 年度, 戸籍 over two generations with their events,
 * and a few 支援措置 and 転出届. Its own random numbers, so the residents themselves are what
 * {@link SyntheticHouseholds} makes for the same seed.
 *
 * <p>Card holders (heads of the first households) never get a 支援措置 or 転出届, so the demo cards
 * keep working.
 */
final class SyntheticRecords implements AutoCloseable {
    /** Akita has few foreign residents; one household in a hundred here. */
    private static final int FOREIGN_PERCENT = 1;
    private static final int HONSEKI_HERE_PERCENT = 85;
    /** Of the registers here, those with a grown-up child who lives in another city and kept this 本籍. */
    private static final int CHILD_ELSEWHERE_PERCENT = 8;

    private final Random random;
    private final CityAddresses addresses;
    /** Apart from {@link #random}, so the rest of the city stays what it was for the same seed. */
    private final Random elsewhereRandom;
    private final long seed;
    /** Places in a 戸籍 here of persons who live elsewhere, in the order they were made. */
    private final List<Recipient.RegisterMember> livingElsewhere = new ArrayList<>();
    private final Function<String, byte[]> sealPng;
    private final int protectedFromHousehold;
    private final Map<String, String> impressions = new HashMap<>();
    /** resident id → their live place in a 戸籍 of this city, for the 本籍地利用登録 of card holders. */
    private final Map<Long, long[]> registerPlace = new HashMap<>();

    private final PreparedStatement foreign;
    private final PreparedStatement impression;
    private final PreparedStatement seal;
    private final PreparedStatement tax;
    private final PreparedStatement support;
    private final PreparedStatement moveOut;
    private final PreparedStatement register;
    private final PreparedStatement member;
    private final PreparedStatement event;
    private final PreparedStatement kojinBango;

    int foreignResidents;
    int seals;
    int taxAssessments;
    int registers;

    /**
     * @param addresses           the city's addresses, and where its residents were born
     * @param sealPng             draws a seal impression (PNG) for a name
     * @param cardHouseholds      households 1..cardHouseholds have card holders: no flags for them
     */
    SyntheticRecords(Connection connection, long seed, CityAddresses addresses, Function<String, byte[]> sealPng,
                     int cardHouseholds) throws SQLException {
        this.addresses = addresses;
        this.random = new Random(seed * 7919 + 17);
        this.elsewhereRandom = new Random(seed * 104_729 + 3);
        this.seed = seed;
        this.sealPng = sealPng;
        this.protectedFromHousehold = cardHouseholds + 1;
        foreign = connection.prepareStatement("INSERT INTO foreign_resident (resident_id, nationality, category,"
                + " residence_status, period_of_stay, stay_expires_on, card_number, alias, became_foreign_resident_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        impression = connection.prepareStatement("INSERT INTO seal_impression (sha256, png) VALUES (?, ?)");
        seal = connection.prepareStatement("INSERT INTO seal_registration (registration_number, resident_id,"
                + " registered_on, status, abolished_on, impression_sha256) VALUES (?, ?, ?, ?, ?, ?)");
        tax = connection.prepareStatement("INSERT INTO tax_assessment (resident_id, fiscal_year, salary_income_yen,"
                + " salary_after_ded_yen, pension_income_yen, pension_after_ded_yen, other_income_yen,"
                + " total_income_yen, deductions_yen, taxable_income_yen, city_tax_yen, prefecture_tax_yen, dependants)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        support = connection.prepareStatement(
                "INSERT INTO support_measure (resident_id, starts_on, ends_on) VALUES (?, ?, NULL)");
        moveOut = connection.prepareStatement("INSERT INTO move_out_notice (resident_id, notified_on, planned_on,"
                + " destination) VALUES (?, ?, ?, ?)");
        register = connection.prepareStatement("INSERT INTO family_register (id, honseki, head_name, made_on,"
                + " made_reason) VALUES (?, ?, ?, ?, ?)");
        member = connection.prepareStatement("INSERT INTO family_register_member (register_id, seq, resident_id,"
                + " family_name, given_name, date_of_birth, sex, father_name, mother_name, relationship,"
                + " adoptive_parent, spouse, entered_on, entered_reason, previous_honseki, previous_head, left_on,"
                + " left_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        event = connection.prepareStatement("INSERT INTO family_register_event (register_id, seq, event_no, kind,"
                + " event_date, details) VALUES (?, ?, ?, ?, ?, ?)");
        kojinBango = connection.prepareStatement("INSERT INTO kojin_bango (resident_id, number) VALUES (?, ?)");
    }

    /** A household as drawn, with the origin of its members when they are foreign residents. */
    record Drawn(Planned planned, ForeignNames.Origin origin) {
        boolean foreign() {
            return origin != null;
        }
    }

    /** Turns a few households into foreign residents' households before they are written. */
    Drawn draw(Planned planned) {
        if (random.nextInt(100) >= FOREIGN_PERCENT) {
            return new Drawn(planned, null);
        }
        ForeignNames.Origin origin = ForeignNames.origin(random);
        Name family = origin.family().get(random.nextInt(origin.family().size()));
        List<Person> members = new ArrayList<>();
        for (Person p : planned.members()) {
            Name given = origin.given().get(random.nextInt(origin.given().size()));
            members.add(new Person(family, given, p.dateOfBirth(), p.female(), p.relationship(), p.becameResidentOn(),
                    p.addressSetOn(), p.addressNotifiedOn(), p.previousAddress(), p.status()));
        }
        return new Drawn(new Planned(planned.address(), members), origin);
    }

    /** Everything beside the resident rows of one household, whose first resident has id {@code firstId}. */
    void add(long householdId, Drawn drawn, long firstId) throws SQLException {
        Planned planned = drawn.planned();
        boolean isForeign = drawn.foreign();
        ForeignNames.Origin origin = drawn.origin();
        List<Person> members = planned.members();
        for (int i = 0; i < members.size(); i++) {
            Person p = members.get(i);
            long id = firstId + i;
            kojinBango.setLong(1, id);
            kojinBango.setString(2, KojinBango.synthetic(id, seed));
            kojinBango.addBatch();
            if (isForeign) {
                addForeign(id, p, origin);
            }
            if (!p.status().equals(ResidentRecord.ACTIVE) || !p.adultOn(SyntheticHouseholds.AS_OF)) {
                continue;
            }
            addSeal(id, p);
            addTax(id, p, i == 0 ? members.size() - 1 : 0);
            if (householdId >= protectedFromHousehold) {
                int draw = random.nextInt(1000);
                if (draw < 2) {
                    support.setLong(1, id);
                    support.setObject(2, SyntheticHouseholds.AS_OF.minusDays(random.nextInt(700)));
                    support.addBatch();
                } else if (draw < 5) {
                    moveOut.setLong(1, id);
                    moveOut.setObject(2, SyntheticHouseholds.AS_OF.minusDays(3));
                    moveOut.setObject(3, SyntheticHouseholds.AS_OF.plusDays(10));
                    moveOut.setString(4, addresses.elsewhere(random));
                    moveOut.addBatch();
                }
            }
        }
        if (!isForeign && random.nextInt(100) < HONSEKI_HERE_PERCENT) {
            addRegisters(householdId, planned, firstId);
        }
    }

    private void addForeign(long id, Person p, ForeignNames.Origin origin) throws SQLException {
        String status = origin.statuses().get(random.nextInt(origin.statuses().size()));
        boolean special = status.equals("特別永住者");
        boolean permanent = special || status.equals("永住者");
        foreign.setLong(1, id);
        foreign.setString(2, origin.nationality());
        foreign.setString(3, special ? "特別永住者" : "中長期在留者");
        foreign.setString(4, special ? null : status);
        foreign.setString(5, permanent ? null : (1 + random.nextInt(3)) + "年");
        foreign.setObject(6, permanent ? null : SyntheticHouseholds.AS_OF.plusDays(30 + random.nextInt(1000)), Types.DATE);
        foreign.setString(7, cardNumber());
        foreign.setString(8, null);
        foreign.setObject(9, p.becameResidentOn());
        foreign.addBatch();
        foreignResidents++;
    }

    private String cardNumber() {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        s.append(String.format("%08d", random.nextInt(100_000_000)));
        s.append((char) ('A' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        return s.toString();
    }

    private void addSeal(long id, Person p) throws SQLException {
        int draw = random.nextInt(100);
        if (draw >= 48) {
            return;
        }
        String text = p.family().written();
        String sha = impressions.get(text);
        if (sha == null) {
            byte[] png = sealPng.apply(text);
            sha = sha256(png);
            impressions.put(text, sha);
            impression.setString(1, sha);
            impression.setBytes(2, png);
            impression.addBatch();
        }
        LocalDate registered = max(p.becameResidentOn(), p.dateOfBirth().plusYears(18))
                .plusDays(random.nextInt(3000));
        if (registered.isAfter(SyntheticHouseholds.AS_OF)) {
            registered = SyntheticHouseholds.AS_OF.minusDays(1);
        }
        boolean abolished = draw < 3;
        seal.setString(1, "S" + id);
        seal.setLong(2, id);
        seal.setObject(3, registered);
        seal.setString(4, abolished ? "ABOLISHED" : "ACTIVE");
        seal.setObject(5, abolished ? SyntheticHouseholds.AS_OF.minusDays(10) : null, Types.DATE);
        seal.setString(6, sha);
        seal.addBatch();
        seals++;
    }

    /** Assessments for the 年度 2025 and 2026 of a person who lived here on the 1 January before each. */
    private void addTax(long id, Person p, int dependants) throws SQLException {
        int age = Period.between(p.dateOfBirth(), SyntheticHouseholds.AS_OF).getYears();
        long salary = age >= 65 ? 0 : (random.nextInt(100) < 80 ? 1_000_000L + random.nextInt(6_000_000) : 0);
        long pension = age >= 65 ? 1_200_000L + random.nextInt(1_500_000) : 0;
        for (int year = 2025; year <= 2026; year++) {
            if (p.becameResidentOn().isAfter(LocalDate.of(year, 1, 1))) {
                continue;
            }
            long salaryIncome = TaxArithmetic.salaryIncome(salary);
            long pensionIncome = TaxArithmetic.pensionIncome(pension, age);
            long total = salaryIncome + pensionIncome;
            long deductions = Math.min(total, 430_000L + salary * 15 / 100 + 330_000L * dependants);
            long taxable = (total - deductions) / 1000 * 1000;
            tax.setLong(1, id);
            tax.setInt(2, year);
            tax.setLong(3, salary);
            tax.setLong(4, salaryIncome);
            tax.setLong(5, pension);
            tax.setLong(6, pensionIncome);
            tax.setLong(7, 0);
            tax.setLong(8, total);
            tax.setLong(9, deductions);
            tax.setLong(10, taxable);
            tax.setLong(11, TaxArithmetic.cityTax(taxable, total));
            tax.setLong(12, TaxArithmetic.prefectureTax(taxable, total));
            tax.setInt(13, dependants);
            tax.addBatch();
            taxAssessments++;
        }
    }

    /**
     * The household's own 戸籍 (head as 筆頭者, spouse, children) and, when the head's parents live with
     * them, the parents' 戸籍 from which the head left by marriage: two generations.
     */
    private void addRegisters(long householdId, Planned planned, long firstId) throws SQLException {
        Person head = planned.members().get(0);
        String honseki = planned.address().replaceFirst("\\d+号$", "").replaceFirst("番$", "番地");
        Person father = null;
        Person mother = null;
        Person spouse = null;
        List<Person> children = new ArrayList<>();
        List<Long> childIds = new ArrayList<>();
        long fatherId = 0;
        long motherId = 0;
        long spouseId = 0;
        for (int i = 0; i < planned.members().size(); i++) {
            Person p = planned.members().get(i);
            switch (p.relationship()) {
                case "父" -> { father = p; fatherId = firstId + i; }
                case "母" -> { mother = p; motherId = firstId + i; }
                case "妻", "夫" -> { spouse = p; spouseId = firstId + i; }
                case "子" -> { children.add(p); childIds.add(firstId + i); }
                default -> { }
            }
        }
        String headName = name(head);
        LocalDate married = spouse == null ? null : marriageDay(head, spouse, children);
        LocalDate made = married != null ? married : head.dateOfBirth().plusYears(20 + random.nextInt(10));
        if (made.isAfter(SyntheticHouseholds.AS_OF)) {
            made = SyntheticHouseholds.AS_OF.minusDays(1);
        }
        boolean transferred = random.nextInt(100) < 10;
        String parentsName = father != null ? name(father) : head.family().written() + " " + "一郎";
        String parentsHonseki = father != null ? honseki : "秋田県横手市中央町" + (1 + random.nextInt(20)) + "番地";
        long registerId = householdId;
        register.setLong(1, registerId);
        register.setString(2, honseki);
        register.setString(3, headName);
        register.setObject(4, made);
        register.setString(5, transferred ? "転籍" : married != null ? "婚姻" : "分籍");
        register.addBatch();
        registers++;
        int seq = 1;
        addMember(registerId, seq, firstId, head, parentsName, mother != null ? name(mother) : "花子",
                head.female() ? "長女" : "長男", null, false, made, married != null ? "婚姻" : "分籍",
                parentsHonseki, parentsName, null, null);
        addBirth(registerId, seq, head);
        if (married != null) {
            addEvent(registerId, seq, 2, "婚姻", married, "【配偶者氏名】" + name(spouse));
        }
        if (transferred) {
            addEvent(registerId, seq, 3, "転籍", made, "【従前本籍】秋田県大仙市大曲通町1番地");
        }
        registerPlace.put(firstId, new long[] {registerId, seq});
        if (spouse != null) {
            seq++;
            addMember(registerId, seq, spouseId, spouse, spouse.family().written() + " 清", spouse.family().written()
                    + " 和子", spouse.female() ? "長女" : "長男", null, true, married, "婚姻",
                    addresses.elsewhere(random).replaceFirst("\\d+号$", ""), spouse.family().written() + " 清",
                    null, null);
            addBirth(registerId, seq, spouse);
            addEvent(registerId, seq, 2, "婚姻", married, "【配偶者氏名】" + headName);
            registerPlace.put(spouseId, new long[] {registerId, seq});
        }
        int sons = 0;
        int daughters = 0;
        for (int c = 0; c < children.size(); c++) {
            Person child = children.get(c);
            seq++;
            String relationship = child.female() ? ordinal(++daughters) + "女" : ordinal(++sons) + "男";
            boolean adopted = random.nextInt(200) == 0 && spouse != null;
            addMember(registerId, seq, childIds.get(c), child, head.female() ? spouse == null ? "" : name(spouse) : headName,
                    head.female() ? headName : spouse == null ? "" : name(spouse), relationship,
                    adopted ? headName : null, false, child.dateOfBirth(), adopted ? "養子縁組" : "出生", null, null,
                    null, null);
            addBirth(registerId, seq, child);
            if (adopted) {
                addEvent(registerId, seq, 2, "養子縁組", child.dateOfBirth().plusYears(1), "【養親氏名】" + headName);
            }
            registerPlace.put(childIds.get(c), new long[] {registerId, seq});
        }
        LocalDate childBorn = head.dateOfBirth().plusYears(24 + elsewhereRandom.nextInt(8));
        if (elsewhereRandom.nextInt(100) < CHILD_ELSEWHERE_PERCENT
                && !childBorn.plusYears(20).isAfter(SyntheticHouseholds.AS_OF)) {
            // a grown-up child who moved to another city and kept the 本籍 here, unmarried: still in this 戸籍
            seq++;
            boolean female = elsewhereRandom.nextBoolean();
            Person child = new Person(head.family(), JapaneseNames.givenName(elsewhereRandom, female,
                    childBorn.getYear()), childBorn, female, "子", childBorn, null, null, null, ResidentRecord.ACTIVE);
            String relationship = female ? ordinal(++daughters) + "女" : ordinal(++sons) + "男";
            addMember(registerId, seq, null, child, head.female() ? spouse == null ? "" : name(spouse) : headName,
                    head.female() ? headName : spouse == null ? "" : name(spouse), relationship, null, false,
                    childBorn, "出生", null, null, null, null);
            addBirth(registerId, seq, child);
            livingElsewhere.add(new Recipient.RegisterMember(registerId, seq));
        }
        if (father != null) {
            // the parents' register, in which the head is 除籍 by marriage (or 分籍)
            long parentsId = householdId + 50_000_000L;
            LocalDate parentsMarried = father.dateOfBirth().plusYears(25);
            register.setLong(1, parentsId);
            register.setString(2, parentsHonseki);
            register.setString(3, parentsName);
            register.setObject(4, parentsMarried);
            register.setString(5, "婚姻");
            register.addBatch();
            registers++;
            addMember(parentsId, 1, fatherId, father, "不詳", "不詳", "長男", null, false, parentsMarried, "婚姻",
                    null, null, null, null);
            addBirth(parentsId, 1, father);
            int pseq = 1;
            if (mother != null) {
                pseq++;
                addMember(parentsId, pseq, motherId, mother, "不詳", "不詳", "長女", null, true, parentsMarried,
                        "婚姻", null, null, null, null);
                addBirth(parentsId, pseq, mother);
            }
            pseq++;
            addMember(parentsId, pseq, null, head, parentsName, mother != null ? name(mother) : "不詳",
                    head.female() ? "長女" : "長男", null, false, head.dateOfBirth(), "出生", null, null, made,
                    married != null ? "婚姻" : "分籍");
            addBirth(parentsId, pseq, head);
        }
    }

    private LocalDate marriageDay(Person head, Person spouse, List<Person> children) {
        LocalDate adult = max(head.dateOfBirth(), spouse.dateOfBirth()).plusYears(20);
        LocalDate latest = children.stream().map(Person::dateOfBirth).min(LocalDate::compareTo)
                .orElse(SyntheticHouseholds.AS_OF).minusDays(1);
        if (!latest.isAfter(adult)) {
            return adult;
        }
        long span = latest.toEpochDay() - adult.toEpochDay();
        return adult.plusDays(span <= 0 ? 0 : (long) (random.nextDouble() * Math.min(span, 3650)));
    }

    private void addMember(long registerId, int seq, Long residentId, Person p, String father, String mother,
                           String relationship, String adoptive, boolean spouse, LocalDate entered, String reason,
                           String previousHonseki, String previousHead, LocalDate leftOn, String leftReason)
            throws SQLException {
        member.setLong(1, registerId);
        member.setInt(2, seq);
        member.setObject(3, residentId, Types.BIGINT);
        member.setString(4, p.family().written());
        member.setString(5, p.given().written());
        member.setObject(6, p.dateOfBirth());
        member.setString(7, p.female() ? "女" : "男");
        member.setString(8, father);
        member.setString(9, mother);
        member.setString(10, relationship);
        member.setString(11, adoptive);
        member.setShort(12, (short) (spouse ? 1 : 0));
        member.setObject(13, entered);
        member.setString(14, reason);
        member.setString(15, previousHonseki);
        member.setString(16, previousHead);
        member.setObject(17, leftOn, Types.DATE);
        member.setString(18, leftReason);
        member.addBatch();
    }

    private void addBirth(long registerId, int seq, Person p) throws SQLException {
        addEvent(registerId, seq, 1, "出生", p.dateOfBirth(), "【出生地】" + addresses.birthPlace());
    }

    private void addEvent(long registerId, int seq, int no, String kind, LocalDate day, String details)
            throws SQLException {
        event.setLong(1, registerId);
        event.setInt(2, seq);
        event.setInt(3, no);
        event.setString(4, kind);
        event.setObject(5, day);
        event.setString(6, details);
        event.addBatch();
    }

    /** Runs the batches, in foreign-key order, after the residents' own batch. */
    void flush() throws SQLException {
        foreign.executeBatch();
        impression.executeBatch();
        seal.executeBatch();
        tax.executeBatch();
        support.executeBatch();
        moveOut.executeBatch();
        register.executeBatch();
        member.executeBatch();
        event.executeBatch();
        kojinBango.executeBatch();
    }

    /** Persons of a 戸籍 here who live elsewhere (no resident row), for the cards of such persons. */
    List<Recipient.RegisterMember> livingElsewhere() {
        return livingElsewhere;
    }

    /** The live 戸籍 place of a resident, for a 本籍地利用登録 made with their card. */
    long[] registerPlaceOf(long residentId) {
        return registerPlace.get(residentId);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(foreign, impression, seal, tax, support, moveOut, register, member, event,
                kojinBango)) {
            s.close();
        }
    }

    private static String name(Person p) {
        return p.family().written() + " " + p.given().written();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "長";
            case 2 -> "二";
            case 3 -> "三";
            case 4 -> "四";
            default -> "五";
        };
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
