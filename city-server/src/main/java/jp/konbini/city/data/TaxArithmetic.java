package jp.konbini.city.data;

/**
 * Rough 個人住民税 arithmetic for synthetic tax assessments: 給与所得控除 and 公的年金等控除 (2020 rules),
 * Akita City's 所得割 (市 6%, 県 4%) and 均等割 (市 3,000円, 県 1,000円 + 水と緑の森づくり税 800円), and
 * no tax at or below 415,000円 of income. Plausible numbers, not a tax office's computation.
 */
final class TaxArithmetic {
    private TaxArithmetic() {
    }

    static long salaryIncome(long salary) {
        long deduction;
        if (salary <= 1_625_000) {
            deduction = 550_000;
        } else if (salary <= 1_800_000) {
            deduction = salary * 40 / 100 - 100_000;
        } else if (salary <= 3_600_000) {
            deduction = salary * 30 / 100 + 80_000;
        } else if (salary <= 6_600_000) {
            deduction = salary * 20 / 100 + 440_000;
        } else if (salary <= 8_500_000) {
            deduction = salary * 10 / 100 + 1_100_000;
        } else {
            deduction = 1_950_000;
        }
        return Math.max(0, salary - deduction);
    }

    static long pensionIncome(long pension, int age) {
        long deduction = age >= 65
                ? (pension <= 3_300_000 ? 1_100_000 : pension * 25 / 100 + 275_000)
                : (pension <= 1_300_000 ? 600_000 : pension * 25 / 100 + 275_000);
        return Math.max(0, pension - deduction);
    }

    static long cityTax(long taxable, long totalIncome) {
        return totalIncome <= 415_000 ? 0 : taxable * 6 / 100 / 100 * 100 + 3_000;
    }

    static long prefectureTax(long taxable, long totalIncome) {
        return totalIncome <= 415_000 ? 0 : taxable * 4 / 100 / 100 * 100 + 1_800;
    }
}
