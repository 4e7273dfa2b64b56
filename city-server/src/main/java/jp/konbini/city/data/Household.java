package jp.konbini.city.data;

import java.util.List;
import java.util.Objects;

/**
 * 世帯 (household) as a 住民票の写し of the whole household shows it.
 *
 * @param id      the household's number
 * @param address 住所
 * @param head    世帯主 (head of household), also the first of {@code members}
 * @param members the residents living in it: the head first, then by date of birth
 */
public record Household(long id, String address, ResidentRecord head, List<ResidentRecord> members) {

    public Household {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(head, "head");
        members = List.copyOf(members);
    }
}
