package jp.konbini.city.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jp.konbini.city.data.JapaneseNames.Name;

/**
 * Makes up households of Akita City: a 世帯主 (head), usually a spouse, children, sometimes the
 * head's parents, with dates that agree with each other (children born to parents aged 20–45,
 * nobody resident before birth, a move notified within 14 days). The same seed gives the same
 * city, whatever day it is run.
 */
final class SyntheticHouseholds {

    /** The day the synthetic city describes. Fixed, so that a seed always gives the same data. */
    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    /** A resident before the database gives them an id. */
    record Person(Name family, Name given, LocalDate dateOfBirth, boolean female, String relationship,
                  LocalDate becameResidentOn, LocalDate addressSetOn, LocalDate addressNotifiedOn,
                  String previousAddress, String status) {

        boolean adultOn(LocalDate day) {
            return !dateOfBirth.plusYears(18).isAfter(day);
        }
    }

    /** A household; {@code members.get(0)} is the head. */
    record Planned(String address, List<Person> members) {
    }

    /** How the household came to its address, which decides the 住所を定めた年月日 and 前住所. */
    private enum Arrival { MOVED_IN_FROM_ELSEWHERE, MOVED_WITHIN_CITY, ALWAYS_HERE }

    /** Akita has many one- and two-person households: weights for sizes 1 to 6, in percent. */
    private static final int[] SIZE_WEIGHTS = {35, 30, 17, 12, 4, 2};

    private final Random random;
    private final CityAddresses addresses;

    SyntheticHouseholds(long seed, CityAddresses addresses) {
        this.random = new Random(seed);
        this.addresses = addresses;
    }

    /** The next household, of at most {@code maxSize} persons (at least one). */
    Planned next(int maxSize) {
        int size = Math.min(maxSize, drawSize());
        boolean single = size == 1;
        int headAge = single ? between(18, 95) : between(25, 85);
        boolean headFemale = random.nextInt(100) < (single ? 50 : 20);
        Name family = JapaneseNames.surname(random);

        List<Draft> drafts = new ArrayList<>();
        Draft head = draft(family, headAge, headFemale, "世帯主");
        drafts.add(head);
        Draft spouse = null;
        if (size > 1 && random.nextInt(100) < 90) {
            int spouseAge = Math.max(20, headAge + between(-5, 5));
            spouse = draft(family, spouseAge, !headFemale, headFemale ? "夫" : "妻");
            drafts.add(spouse);
        }
        if (size - drafts.size() >= 1 && headAge <= 60 && random.nextInt(100) < (size >= 4 ? 35 : 15)) {
            drafts.add(draft(family, Math.min(100, headAge + between(25, 35)), false, "父"));
            if (size - drafts.size() >= 1 && random.nextInt(100) < 70) {
                drafts.add(draft(family, Math.min(100, headAge + between(23, 33)), true, "母"));
            }
        }
        List<Draft> parents = spouse == null ? List.of(head) : List.of(head, spouse);
        while (drafts.size() < size) {
            drafts.add(child(family, parents));
        }
        return plan(drafts);
    }

    /** Before the dates of moving are known. */
    private record Draft(Name family, Name given, LocalDate dateOfBirth, boolean female, String relationship) {
    }

    private Draft draft(Name family, int age, boolean female, String relationship) {
        LocalDate born = AS_OF.minusYears(age).minusDays(random.nextInt(365));
        return new Draft(family, JapaneseNames.givenName(random, female, born.getYear()), born, female, relationship);
    }

    /** A child (子) born when both parents were between 20 and 45. */
    private Draft child(Name family, List<Draft> parents) {
        LocalDate earliest = AS_OF.minusYears(200);
        LocalDate latest = AS_OF.minusDays(1);
        for (Draft parent : parents) {
            earliest = max(earliest, parent.dateOfBirth().plusYears(20));
            latest = min(latest, parent.dateOfBirth().plusYears(45));
        }
        LocalDate born = earliest.isAfter(latest) ? latest : earliest.plusDays(
                random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
        boolean female = random.nextBoolean();
        return new Draft(family, JapaneseNames.givenName(random, female, born.getYear()), born, female, "子");
    }

    private Planned plan(List<Draft> drafts) {
        Draft head = drafts.get(0);
        Arrival arrival = switch (random.nextInt(100) / 15) {
            case 0, 1, 2 -> Arrival.MOVED_IN_FROM_ELSEWHERE;
            case 3, 4, 5 -> Arrival.MOVED_WITHIN_CITY;
            default -> Arrival.ALWAYS_HERE;
        };
        // The household settled here after the head turned 18, at most 40 years ago.
        LocalDate earliest = max(head.dateOfBirth().plusYears(18), AS_OF.minusYears(40));
        LocalDate settled = earliest.plusDays(random.nextInt((int) (AS_OF.toEpochDay() - earliest.toEpochDay()) + 1));
        LocalDate notified = min(settled.plusDays(random.nextInt(15)), AS_OF);
        String previous = arrival == Arrival.MOVED_IN_FROM_ELSEWHERE
                ? addresses.elsewhere(random) : addresses.inCity(random);

        List<Person> members = new ArrayList<>();
        for (Draft d : drafts) {
            boolean bornHereLater = d.dateOfBirth().isAfter(settled);
            Person person;
            if (bornHereLater || arrival == Arrival.ALWAYS_HERE) {
                person = person(d, d.dateOfBirth(), null, null, null);
            } else if (arrival == Arrival.MOVED_IN_FROM_ELSEWHERE) {
                person = person(d, settled, settled, notified, previous);
            } else {
                person = person(d, d.dateOfBirth(), settled, notified, previous);
            }
            members.add(person);
        }
        return new Planned(addresses.inCity(random), members);
    }

    private Person person(Draft d, LocalDate became, LocalDate set, LocalDate notified, String previous) {
        return new Person(d.family(), d.given(), d.dateOfBirth(), d.female(), d.relationship(), became, set,
                notified, previous, status(d));
    }

    /** A few members (never the head) have moved out (転出) or died (死亡) but are still on file. */
    private String status(Draft d) {
        if (d.relationship().equals("世帯主")) {
            return ResidentRecord.ACTIVE;
        }
        int draw = random.nextInt(1000);
        if (draw < 10) {
            return ResidentRecord.MOVED_OUT;
        }
        if (draw < 15 && d.dateOfBirth().isBefore(AS_OF.minusYears(70))) {
            return ResidentRecord.DECEASED;
        }
        return ResidentRecord.ACTIVE;
    }

    private int drawSize() {
        int draw = random.nextInt(100);
        for (int size = 1; size <= SIZE_WEIGHTS.length; size++) {
            draw -= SIZE_WEIGHTS[size - 1];
            if (draw < 0) {
                return size;
            }
        }
        return SIZE_WEIGHTS.length;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
