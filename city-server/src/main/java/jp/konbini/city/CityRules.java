package jp.konbini.city;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.HonsekiRegistrationRule;
import jp.konbini.city.rules.MaintenanceWindow;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.city.rules.TaxYearRule;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.protocol.CertificateType;

/**
 * The city's settings for its rules: hours (or none, in a test lab), who may get what, fees, and whether
 * the 個人番号 may be printed.
 *
 * @param hours          the service hours; empty when {@code service.hours = always} (test labs only)
 * @param eligibility    交付の可否
 * @param fees           手数料 per type
 * @param printKojinBango whether a 住民票 may show the 個人番号 when asked (off unless the city decides)
 * @param operators      which store operator each kiosk belongs to, for the ledger
 */
record CityRules(Optional<ServiceHours> hours, Eligibility eligibility, FeeSchedule fees, boolean printKojinBango,
                 KioskOperators operators) {

    static CityRules defaults() {
        return new CityRules(Optional.of(ServiceHours.standard()), Eligibility.withDefaults(),
                new FeeSchedule(FeeSchedule.DEFAULTS), false, KioskOperators.none());
    }

    static CityRules from(NodeConfig c) throws ConfigException {
        List<MaintenanceWindow> windows = new ArrayList<>();
        for (NodeConfig.Entry e : c.all("maintenance")) {
            try {
                windows.add(MaintenanceWindow.parse(e.value()));
            } catch (IllegalArgumentException ex) {
                throw c.error(e, ex.getMessage());
            }
        }
        Optional<ServiceHours> hours = Optional.of(new ServiceHours(windows));
        Optional<NodeConfig.Entry> mode = c.optional("service.hours");
        if (mode.isPresent()) {
            switch (mode.get().value()) {
                case "law" -> { }
                // a lab on loopback must work at 3 a.m. too; a real city never sets this
                case "always" -> hours = Optional.empty();
                default -> throw c.error(mode.get(), "service.hours is 'law' or 'always'");
            }
        }
        MonthDay switchOver = TaxYearRule.DEFAULT_SWITCH_OVER;
        Optional<NodeConfig.Entry> sw = c.optional("tax.year.switch");
        if (sw.isPresent()) {
            try {
                switchOver = MonthDay.parse("--" + sw.get().value());
            } catch (DateTimeParseException e) {
                throw c.error(sw.get(), "tax.year.switch is a day in June as MM-DD, e.g. 06-01");
            }
            if (switchOver.getMonthValue() != 6) {
                throw c.error(sw.get(), "the tax year switches over in June, not on " + sw.get().value());
            }
        }
        int businessDays = c.integer("honseki.effective.business-days",
                HonsekiRegistrationRule.DEFAULT_BUSINESS_DAYS, 0, 60);
        Map<CertificateType, Integer> fees = new EnumMap<>(CertificateType.class);
        for (CertificateType type : CertificateType.values()) {
            fees.put(type, c.integer("fee." + type.cliName(), FeeSchedule.DEFAULTS.get(type), 0, 100_000));
        }
        Optional<NodeConfig.Entry> kojin = c.optional("print.kojin-bango");
        boolean printKojinBango = false;
        if (kojin.isPresent()) {
            switch (kojin.get().value()) {
                case "true" -> printKojinBango = true;
                case "false" -> { }
                default -> throw c.error(kojin.get(), "print.kojin-bango is true or false");
            }
        }
        Map<String, String> operators = new java.util.LinkedHashMap<>();
        for (NodeConfig.Entry e : c.all("operator")) {
            String[] parts = e.value().trim().split("\\s+");
            if (parts.length != 2) {
                throw c.error(e, "operator is 'KIOSK-ID-PREFIX OPERATOR', e.g. 'kiosk-7 seven-eleven'");
            }
            operators.put(parts[0], parts[1]);
        }
        return new CityRules(hours, new Eligibility(new TaxYearRule(switchOver), new HonsekiRegistrationRule(businessDays)),
                new FeeSchedule(fees), printKojinBango, new KioskOperators(operators));
    }
}
