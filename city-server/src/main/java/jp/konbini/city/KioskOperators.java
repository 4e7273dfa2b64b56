package jp.konbini.city;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which store operator (コンビニ事業者) a kiosk belongs to, by the start of its id, from the city's
 * settings ({@code operator = kiosk-7 seven-eleven}); the fees each operator collected are settled with
 * the city per operator. The longest matching prefix wins; a kiosk no line names is "unassigned".
 */
record KioskOperators(Map<String, String> byPrefix) {
    static final String UNASSIGNED = "unassigned";

    KioskOperators {
        byPrefix = Map.copyOf(new LinkedHashMap<>(Objects.requireNonNull(byPrefix, "byPrefix")));
    }

    static KioskOperators none() {
        return new KioskOperators(Map.of());
    }

    String operatorOf(String kioskId) {
        String best = null;
        String operator = UNASSIGNED;
        for (Map.Entry<String, String> e : byPrefix.entrySet()) {
            if (kioskId.startsWith(e.getKey()) && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
                operator = e.getValue();
            }
        }
        return operator;
    }
}
