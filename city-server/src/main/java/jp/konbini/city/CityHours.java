package jp.konbini.city;

import java.nio.file.Path;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.node.ConfigException;

/** The service hours a city's config sets (its maintenance windows), for the operator's calendar. */
public final class CityHours {
    private CityHours() {
    }

    /** The hours of the city whose config this is; the law's hours even when a lab says {@code always}. */
    public static ServiceHours of(Path configFile) throws ConfigException {
        return CityConfig.load(configFile).rules().hours().orElse(ServiceHours.standard());
    }

    /** The city's name from its config, e.g. 秋田市. */
    public static String cityName(Path configFile) throws ConfigException {
        return CityConfig.load(configFile).cityName();
    }
}
