package jp.konbini.city;

/** Who issues: the city's name, code and the mayor's title and name, as printed on every certificate. */
record Issuer(String cityName, String cityCode, String mayor) {
    static Issuer of(CityConfig config) {
        return new Issuer(config.cityName(), config.cityCode().value(), config.mayor());
    }
}
